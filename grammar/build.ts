// Postprocessor helpers for python.ne. nearley runs postprocessors on every tentative completion,
// so each helper is small, never mutates its inputs and never throws; lists grow as cons cells.
// Raw nodes (Flat, Prefix, Paren, Strings, RawParams, RawArgs, RawGens, BareGenerator) are
// resolved by finish.ts once the parse is known to be unique. Imports only ast.ts and tokens.ts.

import type { Pos } from './ast';
import { TOKEN_TYPES, type Token, type TokenType } from './tokens';

export type Loc = Token | Pos;

/**
 * nearley's view of tokens[start, end): tokens in, already classified by lexer.ts. Adjacent
 * STRING tokens arrive as one (with `parts`) and `is not` / `not in` as one KEYWORD each, so the
 * grammar needs no rule for either and a prefix `not` is never ambiguous.
 */
export class TokenStream {
  /** Index in `tokens` of the token last returned (for error positions). */
  last = -1;
  private i: number;

  constructor(private readonly tokens: Token[], private readonly end = tokens.length, start = 0) {
    this.i = start;
  }

  next(): Token | undefined {
    if (this.i >= this.end) return undefined;
    const t = this.tokens[(this.last = this.i++)];
    if (t.type === 'STRING' && this.i < this.end && this.tokens[this.i].type === 'STRING') {
      const parts = [t];
      while (this.i < this.end && this.tokens[this.i].type === 'STRING') parts.push(this.tokens[this.i++]);
      const e = parts[parts.length - 1];
      return { type: 'STRING', text: t.text, line: t.line, col: t.col, endLine: e.endLine, endCol: e.endCol, parts };
    }
    if (t.type === 'KEYWORD' && this.i < this.end) {
      const u = this.tokens[this.i];
      if (u.type === 'KEYWORD' && ((t.text === 'is' && u.text === 'not') || (t.text === 'not' && u.text === 'in'))) {
        this.i++;
        return { type: 'KEYWORD', text: `${t.text} ${u.text}`, line: t.line, col: t.col, endLine: u.endLine, endCol: u.endCol };
      }
    }
    return t;
  }

  // The rest of nearley's lexer interface.
  reset(_chunk: string, _state?: unknown): void {}
  save(): unknown {
    return undefined;
  }
  formatError(_token: Token, message: string): string {
    return message;
  }
  has(type: string): boolean {
    return TOKEN_TYPES.includes(type as TokenType);
  }
}

/** The lexer the compiled grammar is built against; parse.ts passes a fresh TokenStream per parse. */
export const nearleyLexer = new TokenStream([]);

/** A cons cell: h is the list before t, n the length. Flattened with `list`. */
export interface Cons<T> { h: Cons<T> | null; t: T; n: number; f: T }

export function cons1<T>(t: T): Cons<T> {
  return { h: null, t, n: 1, f: t };
}
export function consN<T>(h: Cons<T>, t: T): Cons<T> {
  return { h, t, n: h.n + 1, f: h.f };
}
export function list<T>(c: Cons<T> | null): T[] {
  if (c === null) return [];
  const out = new Array<T>(c.n);
  for (let i = c.n - 1, p: Cons<T> | null = c; p !== null; p = p.h, i--) out[i] = p.t;
  return out;
}

function isTok(x: Loc): x is Token {
  return (x as Token).endCol !== undefined;
}

/** Build a node of `kind` with `fields`, spanning a..b. */
export function node(kind: string, fields: Record<string, unknown>, a: Loc, b: Loc): any {
  // fields is always a fresh literal written in the postprocessor, so filling it in is safe
  fields.kind = kind;
  if (isTok(a)) { fields.lineno = a.line; fields.col_offset = a.col; }
  else { fields.lineno = a.lineno; fields.col_offset = a.col_offset; }
  if (isTok(b)) { fields.end_lineno = b.endLine; fields.end_col_offset = b.endCol; }
  else { fields.end_lineno = b.end_lineno; fields.end_col_offset = b.end_col_offset; }
  return fields;
}

export function last<T>(xs: T[]): T {
  return xs[xs.length - 1];
}

// ---- expressions -------------------------------------------------------------------------------

export function name(d: any[]): any {
  const t: Token = d[0];
  return node('Name', { id: t.text, ctx: 'Load' }, t, t);
}

/** A one-token atom: name, number, string(s), None/True/False or `...`. */
export function simpleAtom(d: any[]): any {
  const t: Token = d[0];
  switch (t.type) {
    case 'NAME': return node('Name', { id: t.text, ctx: 'Load' }, t, t);
    case 'NUMBER': return node('Constant', { value: { kind: 'Number', text: t.text } }, t, t);
    case 'STRING': return node('Strings', { tokens: t.parts ?? [t] }, t, t);
    default: {
      const value = t.text === 'None' ? null : t.text === 'True' ? true : t.text === 'False' ? false : { kind: 'Ellipsis' };
      return node('Constant', { value }, t, t);
    }
  }
}

export function flatList(d: any[]): any {
  const c: Cons<any> = d[0];
  return c.n === 1 ? c.t : node('Flat', { items: c }, c.f, c.t);
}

/** `flat op operand`: items alternate operand, operator string, operand. */
export function flatN(d: any[]): Cons<any> {
  return consN(consN(d[0], d[1].text), d[2]);
}

/** A token class for the grammar (`%binop`): a token of one of `types` whose text is listed (`_` for a space). */
export function tokenClass(types: string, texts: string): { test: (t: Token) => boolean } {
  const ts = new Set(types.split(' '));
  const xs = new Set(texts.split(' ').map((x) => x.replace('_', ' ')));
  return { test: (t: Token) => xs.has(t.text) && ts.has(t.type) };
}

export function call(d: any[]): any {
  const args = d[2][0];
  return node('Call', { func: d[0], args: Array.isArray(args) ? args : { ...args, lpar: d[1] }, keywords: [] }, d[0], d[2][1]);
}

export const AUG_OPS: Record<string, string> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** An expression statement with its tail: augmented, annotated or (chained) assignment. */
export function exprStmt(d: any[]): any {
  const [target, rest] = d;
  switch (rest[0]) {
    case 'aug': return node('AugAssign', { target, op: rest[1], value: rest[2] }, target, rest[2]);
    case ':': return node('AnnAssign', { target, annotation: rest[1], value: rest[2], simple: target.kind === 'Name' ? 1 : 0 }, target, rest[2] ?? rest[1]);
    default: {
      const r: any[] = list(rest[1]);
      return node('Assign', { targets: [target, ...r.slice(0, -1)], value: last(r) }, target, last(r));
    }
  }
}

/** An atom in brackets, from the tail rule's [kind, closing token, ...data]. */
export function bracketed(open: Token, t: any[]): any {
  const close: Token = t[1];
  switch (t[0]) {
    case 'Paren': return node('Paren', { inner: t[2] }, open, close);
    case 'Tuple': return node('Tuple', { elts: t[2], ctx: 'Load' }, open, close);
    case 'List': return node('List', { elts: t[2], ctx: 'Load' }, open, close);
    case 'Set': return node('Set', { elts: t[2] }, open, close);
    case 'Dict': return node('Dict', { keys: t[2].map((p: any) => p[0]), values: t[2].map((p: any) => p[1]) }, open, close);
    case 'DictComp': return node('DictComp', { key: t[2], value: t[4], generators: { kind: 'RawGens', c: t[3] } }, open, close);
    default: return comp(t[0], t[2], t[3], open, close);
  }
}

/** A prefix operator (`-`, `+`, `~`, `not`, `await`) before an operand; see finish.ts. */
export function prefix(d: any[]): any {
  return node('Prefix', { op: d[0].text, operand: d[1], tok: d[0] }, d[0], d[1]);
}

export function tupleOf(elts: any[], a: Loc, b: Loc): any {
  return node('Tuple', { elts, ctx: 'Load' }, a, b);
}

/** `a, b` without brackets: a single element stays itself. */
export function bareTuple(d: any[]): any {
  const c: Cons<any> = d[0];
  if (d.length === 1 && c.n === 1) return c.t;
  const elts = list(c);
  return tupleOf(elts, elts[0], d.length > 1 ? d[1] : last(elts));
}

export function slice(d: any[]): any {
  const parts = d.filter((x) => x !== null);
  return node('Slice', { lower: d[0], upper: d[2], step: d.length > 3 ? d[4] : null }, parts[0], last(parts));
}

export function comp(kind: string, elt: any, gens: Cons<any>, a: Token, b: Token): any {
  return node(kind, { elt, generators: { kind: 'RawGens', c: gens } }, a, b);
}

// ---- statements --------------------------------------------------------------------------------

/**
 * `with (a, b):` also parses as one item, the tuple `(a, b)`; CPython's PEG grammar tries the
 * parenthesized item list first, so that reading wins and the tuple reading is rejected.
 */
export function parenthesizedItems(items: Cons<any>): boolean {
  if (items.n !== 1 || items.t.optional_vars !== null) return false;
  const e = items.t.context_expr;
  const plain = (x: any) => x.kind !== 'Starred' && x.kind !== 'Yield' && x.kind !== 'YieldFrom';
  if (e.kind === 'Paren') return plain(e.inner);
  return e.kind === 'Tuple' && e.elts.length > 0 && e.elts.every(plain);
}

export function suiteBody(c: Cons<any[]>): any[] {
  return list(c).flat();
}

export function dotted(parts: Token[]): string {
  return parts.map((t) => t.text).join('.');
}
