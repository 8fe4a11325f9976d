// Prints a tspy AST exactly as CPython 3.11's `ast.dump` does (with or without positions, on one
// line or indented), so learners can compare with `python3 -m ast` and tests can paste real
// python3 output. Imports nothing from outside grammar/.

import { ELLIPSIS } from './ast';

// Field order per node, as CPython's Python.asdl; `?` marks optional fields (omitted when None).
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'], Delete: ['targets'], Assign: ['targets', 'value'], AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'], For: ['target', 'iter', 'body', 'orelse'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'], With: ['items', 'body'],
  Raise: ['exc?', 'cause?'], Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg?'],
  Import: ['names'], ImportFrom: ['module?', 'names', 'level'], Global: ['names'], Nonlocal: ['names'],
  Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value?'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'], Constant: ['value'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'], List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'], Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?'], keyword: ['arg?', 'value'], alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
};
const NO_POS = new Set(['Module', 'comprehension', 'arguments', 'withitem']);

export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === ELLIPSIS) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v, '');
  if (v instanceof Uint8Array) return strRepr(String.fromCharCode(...v), 'b');
  if (typeof v === 'object' && 'imag' in (v as object)) {
    const im = (v as { imag: number }).imag;
    return `${Number.isInteger(im) ? String(im) : floatRepr(im)}j`;
  }
  return String(v);
}

function floatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mant, exp] = n.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const s = String(n);
  return s.includes('.') ? s : `${s}.0`;
}

// Python's str.isprintable() is false for these categories; repr() escapes them.
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function escape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function strRepr(s: string, prefix: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((prefix === 'b' && c > 127) || (ch !== ' ' && NOT_PRINTABLE.test(ch))) out += escape(c);
    else out += ch;
  }
  return `${prefix}${q}${out}${q}`;
}

export interface DumpOptions {
  /** Add lineno, col_offset, end_lineno, end_col_offset (CPython's include_attributes). */
  includeAttributes?: boolean;
  /** Spaces per level; absent for one line (CPython's indent). */
  indent?: number;
}

/** `ast.dump(node, include_attributes=True)` of a tspy node, on one line. */
export function dump(node: unknown): string {
  return dumpAst(node, { includeAttributes: true });
}

/** `ast.dump(node, ...)` of a tspy node, with CPython's layout rules for `indent`. */
export function dumpAst(node: unknown, options: DumpOptions = {}): string {
  return format(node, 0, options)[0];
}

/** Returns the text and whether it is "simple" (CPython keeps simple nodes on one line). */
function format(node: unknown, level: number, o: DumpOptions): [string, boolean] {
  let prefix = '';
  let sep = ', ';
  if (o.indent !== undefined) {
    level++;
    prefix = '\n' + ' '.repeat(o.indent * level);
    sep = ',\n' + ' '.repeat(o.indent * level);
  }
  if (Array.isArray(node)) {
    if (node.length === 0) return ['[]', true];
    return [`[${prefix}${node.map((x) => format(x, level, o)[0]).join(sep)}]`, false];
  }
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return [pyRepr(node), true];
  const n = node as Record<string, any>;
  const kind: string = n.kind ?? 'comprehension';
  const args: string[] = [];
  let allSimple = true;
  const add = (name: string, text: string, simple: boolean) => {
    args.push(`${name}=${text}`);
    allSimple = allSimple && simple;
  };
  for (const f of FIELDS[kind] ?? []) {
    const optional = f.endsWith('?');
    const name = optional ? f.slice(0, -1) : f;
    const v = kind === 'Module' && name === 'type_ignores' ? [] : n[name];
    if (optional && (v === null || v === undefined)) continue;
    if (name === 'ctx' || name === 'op') add(name, `${v}()`, true);
    else if (name === 'ops') add('ops', format((v as string[]).map((op) => ({ kind: '__op', op })), level, o)[0], false);
    else if (typeof v === 'number' && ['simple', 'level', 'conversion', 'is_async'].includes(name)) add(name, String(v), true);
    else if (kind === 'Constant' && name === 'value') add('value', pyRepr(v), true);
    else if (typeof v === 'string') add(name, pyRepr(v), true);
    else if (name === 'names' && (kind === 'Global' || kind === 'Nonlocal')) {
      add('names', format((v as string[]).map((s) => ({ kind: '__str', s })), level, o)[0], (v as string[]).length === 0);
    } else {
      const [text, simple] = format(v, level, o);
      add(name, text, simple);
    }
  }
  if (kind === '__op') return [`${n.op}()`, true];
  if (kind === '__str') return [pyRepr(n.s), true];
  if (o.includeAttributes && !NO_POS.has(kind)) {
    for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) add(a, String(n[a]), true);
  }
  if (allSimple && args.length <= 3) return [`${kind}(${args.join(', ')})`, args.length === 0];
  return [`${kind}(${prefix}${args.join(sep)})`, false];
}
