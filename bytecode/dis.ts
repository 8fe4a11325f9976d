// Disassembly in CPython 3.7's `dis.dis` layout (with `dis.code_info`'s header per code object),
// and Python reprs of constants. Arguments are explained by operand kind alone (CPython's
// hasconst/hasname), never per opcode. A leaf module: imports only bytecode/.

import { BytesConst, CO, CodeObject, EllipsisConst, FloatConst, ImagConst, TupleConst, type Const } from './code';
import { lineStarts } from './linetable';
import { COMPARE_OPS, Op, OPINFO, OPNAME } from './opcodes';

export interface DisOptions {
  /** Also disassemble nested code objects (default true), as dis.dis does. */
  recursive?: boolean;
  /** Print each code object's fields first, as dis.code_info does (default true). */
  header?: boolean;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** Python's repr of a float: shortest round-trip digits, `1.0`, `1e+16`, `1.5e-05`, `inf`, `nan`. */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = v.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

// Built on first use: a Unicode property class costs an ICU lookup when the RegExp is created,
// and a warm run loads this module without disassembling anything.
let nonPrintable: RegExp | null = null;

/** Python's repr of a str: single quotes unless the text has ' and no ", escapes as CPython. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if ((nonPrintable ??= /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u).test(ch)) out += cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's repr of bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    else if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (x === 0x0a) out += '\\n';
    else if (x === 0x0d) out += '\\r';
    else if (x === 0x09) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += `\\x${hex(x, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/** `<code object f, file "x.py", line 3>` (CPython prints an address after the name; tspy omits it). */
export function codeRepr(c: CodeObject): string {
  return `<code object ${c.co_name}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
}

/** Python's repr of a constant. */
export function constRepr(c: Const): string {
  if (c === null) return 'None';
  switch (typeof c) {
    case 'boolean': return c ? 'True' : 'False';
    case 'number': return String(c);
    case 'bigint': return c.toString();
    case 'string': return strRepr(c);
  }
  if (c instanceof FloatConst) return floatRepr(c.value);
  if (c instanceof ImagConst) {
    const r = floatRepr(c.imag);
    return `${r.endsWith('.0') ? r.slice(0, -2) : r}j`;
  }
  if (c instanceof BytesConst) return bytesRepr(c.bytes);
  if (c instanceof TupleConst) {
    if (c.items.length === 1) return `(${constRepr(c.items[0])},)`;
    return `(${c.items.map(constRepr).join(', ')})`;
  }
  if (c instanceof EllipsisConst) return 'Ellipsis';
  return codeRepr(c);
}

// What an instruction's argument means, from its operand kind only (null when nothing to say).
function argRepr(code: CodeObject, op: number, arg: number, offset: number): string | null {
  switch (OPINFO[op]!.arg) {
    case 'const': return arg < code.co_consts.length ? constRepr(code.co_consts[arg]) : '<bad const>';
    case 'name': return code.co_names[arg] ?? '<bad name>';
    case 'local': return code.co_varnames[arg] ?? '<bad local>';
    case 'free': {
      const nc = code.co_cellvars.length;
      return (arg < nc ? code.co_cellvars[arg] : code.co_freevars[arg - nc]) ?? '<bad cell>';
    }
    case 'jrel': return `to ${offset + 2 + arg}`;
    case 'compare': return COMPARE_OPS[arg] ?? '<bad compare>';
    case 'jabs':
    case 'count':
    case 'none':
      return null;
  }
}

interface RawInstr {
  offset: number;
  op: number;
  arg: number;
}

/** Like CPython 3.7's _unpack_opargs: EXTENDED_ARG stays its own row with the accumulated argument. */
function unpack(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let ext = 0;
  for (let i = 0; i + 1 < code.length; i += 2) {
    const op = code[i];
    const arg = code[i + 1] | ext;
    ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    out.push({ offset: i, op, arg });
  }
  return out;
}

interface Row {
  readonly offset: number;
  readonly startsLine: boolean;
  readonly text: string;
}

const listings = new WeakMap<CodeObject, Row[]>();

// One formatted row per instruction (EXTENDED_ARG included), cached per code object.
function rows(code: CodeObject): Row[] {
  const cached = listings.get(code);
  if (cached) return cached;
  const instrs = unpack(code.co_code);
  const starts = new Map<number, number>(lineStarts(code.co_firstlineno, code.co_linetable));
  const targets = new Set<number>();
  for (const ins of instrs) {
    const kind = OPINFO[ins.op]?.arg;
    if (kind === 'jrel') targets.add(ins.offset + 2 + ins.arg);
    else if (kind === 'jabs') targets.add(ins.arg);
  }
  let maxLine = 0;
  for (const l of starts.values()) maxLine = Math.max(maxLine, l);
  const lineWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const out: Row[] = [];
  for (const ins of instrs) {
    const start = starts.get(ins.offset);
    const fields: string[] = [];
    fields.push(start !== undefined ? String(start).padStart(lineWidth) : ' '.repeat(lineWidth));
    fields.push('   ');
    fields.push(targets.has(ins.offset) ? '>>' : '  ');
    fields.push(String(ins.offset).padStart(offsetWidth));
    const name = OPNAME[ins.op] ?? `<${ins.op}>`;
    const info = OPINFO[ins.op];
    fields.push(name.padEnd(OPNAME_WIDTH));
    if (info && info.arg !== 'none') {
      fields.push(String(ins.arg).padStart(OPARG_WIDTH));
      const r = argRepr(code, ins.op, ins.arg, ins.offset);
      if (r) fields.push(`(${r})`); // an empty meaning (IMPORT_NAME '') prints nothing, as CPython
    }
    out.push({ offset: ins.offset, startsLine: start !== undefined, text: fields.join(' ').trimEnd() });
  }
  listings.set(code, out);
  return out;
}

/** Disassemble one code object (no recursion). */
export function disassemble(code: CodeObject): string {
  const lines: string[] = [];
  for (const row of rows(code)) {
    if (row.startsLine && row.offset > 0) lines.push('');
    lines.push(row.text);
  }
  return lines.join('\n') + '\n';
}

/**
 * The line `dis` prints for the instruction at byte `offset` (for tracers: "print exactly the
 * line dis prints"). Cached per code object, so calling it for every executed instruction is cheap.
 * Throws a RangeError when no instruction starts at `offset`.
 */
export function disLine(code: CodeObject, offset: number): string {
  const row = rows(code)[offset >> 1];
  if (!row || row.offset !== offset) throw new RangeError(`no instruction at offset ${offset}`);
  return row.text;
}

const FLAG_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(CO).map(([name, bit]) => [bit, name]));

/** co_flags as dis.pretty_flags prints them: `OPTIMIZED, NEWLOCALS, NOFREE`; `0x0` when none. */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  for (let i = 0; i < 32 && flags; i++) {
    const bit = 2 ** i;
    if (flags & bit) {
      names.push(FLAG_NAMES.get(bit) ?? `0x${bit.toString(16)}`);
      flags -= bit;
    }
  }
  return names.length ? names.join(', ') : '0x0';
}

/** The fields of a code object in dis.code_info's layout (CPython 3.8+, with positional-only arguments). */
export function codeInfo(code: CodeObject): string {
  const lines = [
    `Name:              ${code.co_name}`,
    `Filename:          ${code.co_filename}`,
    `Argument count:    ${code.co_argcount}`,
    `Positional-only arguments: ${code.co_posonlyargcount}`,
    `Kw-only arguments: ${code.co_kwonlyargcount}`,
    `Number of locals:  ${code.co_nlocals}`,
    `Stack size:        ${code.co_stacksize}`,
    `Flags:             ${prettyFlags(code.co_flags)}`,
  ];
  const table = (title: string, items: readonly string[]) => {
    if (!items.length) return;
    lines.push(`${title}:`);
    items.forEach((x, i) => lines.push(`${String(i).padStart(4)}: ${x}`));
  };
  table('Constants', code.co_consts.map(constRepr));
  table('Names', code.co_names);
  table('Variable names', code.co_varnames);
  table('Free variables', code.co_freevars);
  table('Cell variables', code.co_cellvars);
  return lines.join('\n') + '\n';
}

/**
 * Disassemble a code object like CPython 3.7's dis.dis, nested code objects after it. With the
 * header (the default), each code object's dis.code_info comes first, then a blank line.
 */
export function dis(code: CodeObject, options: DisOptions = {}): string {
  let out = options.header === false ? disassemble(code) : `${codeInfo(code)}\n${disassemble(code)}`;
  if (options.recursive === false) return out;
  for (const c of code.co_consts) {
    if (c instanceof CodeObject) out += `\nDisassembly of ${codeRepr(c)}:\n${dis(c, options)}`;
  }
  return out;
}
