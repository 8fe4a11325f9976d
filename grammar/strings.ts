// String literals: escape decoding, bytes, implicit concatenation and f-strings (JoinedStr /
// FormattedValue), as CPython's Parser/string_parser.c. Field expressions are parsed by a callback
// from parse.ts. Imports only ast.ts, errors.ts and tokens.ts.

import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast';
import { PySyntaxError } from './errors';
import type { Token } from './tokens';

/** Parses an f-string field's expression text placed at (line, col) of the file. */
export type FieldParser = (text: string, line: number, col: number) => Expr;

interface Literal { tok: Token; bytes: boolean; raw: boolean; f: boolean; body: string; bodyLine: number; bodyCol: number }

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function splitLiteral(tok: Token): Literal {
  const text = tok.text;
  let p = 0;
  while (text[p] !== "'" && text[p] !== '"') p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text.startsWith(text[p].repeat(3), p) && text.length - p >= 6 ? 3 : 1;
  return {
    tok,
    bytes: prefix.includes('b'),
    raw: prefix.includes('r'),
    f: prefix.includes('f'),
    body: text.slice(p + q, text.length - q),
    bodyLine: tok.line,
    bodyCol: tok.col + p + q,
  };
}

class StringError extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}

function unicodeError(kind: string, start: number, end: number, what: string): StringError {
  return new StringError(`(unicode error) '${kind}' codec can't decode bytes in position ${start}-${end}: ${what}`);
}

/** Decode the escapes of a str body (or of bytes, returning char codes < 256). */
function decode(body: string, raw: boolean, bytes: boolean): string {
  if (raw || !body.includes('\\')) return body;
  const codec = bytes ? 'bytes' : 'unicodeescape';
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const e = body[i + 1];
    if (e === undefined) { out += '\\'; break; }
    if (e in SIMPLE_ESCAPES) { out += SIMPLE_ESCAPES[e]; i++; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && body[j] >= '0' && body[j] <= '7') j++;
      out += String.fromCharCode(parseInt(body.slice(i + 1, j), 8) & (bytes ? 0xff : 0xffff));
      i = j - 1;
      continue;
    }
    const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < width) {
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        if (bytes) throw new StringError(`(value error) invalid \\x escape at position ${i}`);
        throw unicodeError(codec, i, i + 1 + (hex.match(/^[0-9a-fA-F]*/)?.[0].length ?? 0), `truncated ${name} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw unicodeError(codec, i, i + 9, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i += 1 + width;
      continue;
    }
    if (!bytes && e === 'N') {
      // CPython: \N{...} looks names up in the Unicode database, which tspy does not carry.
      throw new StringError(`(unicode error) \\N{...} escapes are not supported by tspy`);
    }
    out += '\\' + e;
    i++;
  }
  return out;
}

function toBytes(s: string, lit: Literal): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Build the Constant or JoinedStr for adjacent string tokens (implicit concatenation). */
export function buildStrings(tokens: Token[], pos: Pos, filename: string, lines: string[], parseField: FieldParser): Expr {
  const lits = tokens.map(splitLiteral);
  const bytes = lits[0].bytes;
  const fail = (msg: string, line: number, col: number): PySyntaxError =>
    new PySyntaxError('SyntaxError', msg, filename, line, col + 1, (lines[line - 1] ?? '') + '\n');
  if (lits.some((l) => l.bytes !== bytes)) {
    const end = tokens[tokens.length - 1];
    throw fail('cannot mix bytes and nonbytes literals', end.endLine, end.endCol);
  }
  try {
    if (bytes) {
      let s = '';
      for (const l of lits) {
        if (/[^\x00-\x7f]/.test(l.body)) throw new StringError('bytes can only contain ASCII literal characters');
        s += decode(l.body, l.raw, true);
      }
      return { kind: 'Constant', value: toBytes(s, lits[0]), ...pos };
    }
    if (!lits.some((l) => l.f)) {
      let s = '';
      for (const l of lits) s += decode(l.body, l.raw, false);
      return { kind: 'Constant', value: s, ...pos };
    }
    const parts = new FString(pos, pos, parseField);
    for (const l of lits) {
      if (l.f) parts.scan(l, 0, l.body.length, false);
      else parts.text(decode(l.body, l.raw, false));
    }
    return parts.joined();
  } catch (e) {
    if (!(e instanceof StringError)) throw e;
    const last = tokens[tokens.length - 1];
    throw fail(e.msg, last.endLine, last.endCol);
  }
}

/**
 * Collects the pieces of one f-string (or format spec) as CPython 3.11 lays them out: fields and
 * the text before a field get the whole literal's span (`outer`); a format spec and its trailing
 * text get the span of the string token holding it (`pos`).
 */
class FString {
  private readonly values: Expr[] = [];
  private pending = '';

  constructor(
    private readonly pos: Pos,
    private readonly outer: Pos,
    private readonly parseField: FieldParser,
    private readonly depth = 0,
  ) {}

  text(s: string): void {
    this.pending += s;
  }

  joined(): JoinedStr {
    this.flush(this.pos);
    return { kind: 'JoinedStr', values: this.values, ...this.pos };
  }

  private flush(pos: Pos): void {
    if (this.pending !== '') {
      const c: Constant = { kind: 'Constant', value: this.pending, ...pos };
      this.values.push(c);
      this.pending = '';
    }
  }

  /** Scan body[from, to) of an f-string literal; returns the index where scanning stopped. */
  scan(lit: Literal, from: number, to: number, inSpec: boolean): number {
    const b = lit.body;
    let seg = '';
    let i = from;
    while (i < to) {
      const c = b[i];
      if (c === '{') {
        if (!inSpec && b[i + 1] === '{') { seg += '{'; i += 2; continue; }
        this.text(decode(seg, lit.raw, false));
        seg = '';
        i = this.field(lit, i + 1, to);
        continue;
      }
      if (c === '}') {
        if (inSpec) break;
        if (b[i + 1] === '}') { seg += '}'; i += 2; continue; }
        throw new StringError("f-string: single '}' is not allowed");
      }
      if (c === '\\' && !lit.raw && i + 1 < to) { seg += c + b[i + 1]; i += 2; continue; }
      seg += c;
      i++;
    }
    this.text(decode(seg, lit.raw, false));
    return i;
  }

  /** Parse one replacement field starting after its `{`; returns the index after its `}`. */
  private field(lit: Literal, start: number, to: number): number {
    if (this.depth >= 2) throw new StringError('f-string: expressions nested too deeply');
    const b = lit.body;
    let depth = 0;
    let quote = '';
    let i = start;
    let debugEnd = -1;
    for (; i < to; i++) {
      const c = b[i];
      if (quote) { if (c === quote) quote = ''; continue; }
      if (c === "'" || c === '"') { quote = c; continue; }
      if ('([{'.includes(c)) { depth++; continue; }
      if (')]'.includes(c) || (c === '}' && depth > 0)) { depth--; continue; }
      if (depth > 0) continue;
      if (c === '}' || c === ':') break;
      if (c === '!' && b[i + 1] !== '=') break;
      if (c === '=' && b[i + 1] !== '=' && !'=!<>'.includes(b[i - 1])) { debugEnd = i; break; }
      if (c === '\\') throw new StringError('f-string expression part cannot include a backslash');
      if (c === '#') throw new StringError("f-string expression part cannot include '#'");
    }
    if (i >= to) throw new StringError("f-string: expecting '}'");
    const exprText = b.slice(start, debugEnd >= 0 ? debugEnd : i);
    if (exprText.trim() === '') throw new StringError('f-string: empty expression not allowed');
    if (debugEnd >= 0) {
      i++;
      while (b[i] === ' ') i++;
      this.text(b.slice(start, i));
    }
    const [line, col] = where(lit, start);
    const value = this.parseField(exprText, line, col);
    let conversion = debugEnd >= 0 ? 114 : -1;
    if (b[i] === '!') {
      const conv = b[i + 1];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') throw new StringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = conv.charCodeAt(0);
      i += 2;
    }
    let spec: JoinedStr | null = null;
    if (b[i] === ':') {
      if (debugEnd >= 0 && conversion === 114 && b[i - 1] !== 'r') conversion = -1;
      const tok: Pos = { lineno: lit.tok.line, col_offset: lit.tok.col, end_lineno: lit.tok.endLine, end_col_offset: lit.tok.endCol };
      const inner = new FString(tok, this.outer, this.parseField, this.depth + 1);
      i = inner.scan(lit, i + 1, to, true);
      spec = inner.joined();
    }
    if (b[i] !== '}') throw new StringError("f-string: expecting '}'");
    this.flush(this.outer);
    const fv: FormattedValue = { kind: 'FormattedValue', value, conversion, format_spec: spec, ...this.outer };
    this.values.push(fv);
    return i + 1;
  }
}

function where(lit: Literal, index: number): [number, number] {
  const before = lit.body.slice(0, index);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return [lit.bodyLine, lit.bodyCol + index];
  return [lit.bodyLine + before.split('\n').length - 1, index - nl - 1];
}
