// The re module's pattern parser (the job of CPython's re/_parser.py): reads Python regular
// expression syntax, reports CPython's re.error messages and positions, and translates the pattern
// into JavaScript RegExp source (flag 'u') with Python's semantics where the two differ.

import { strRepr } from './repr';

/** Python's re flag bits (re.RegexFlag values). */
export const RE = { T: 1, I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, DEBUG: 128, A: 256 } as const;

const MAXREPEAT = 4294967295;

/** A syntax error in a pattern or template: becomes re.error(msg, pattern, pos). */
export class ReSyntaxError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
    /** Raised as this builtin exception instead of re.error (CPython's OverflowError for huge repeats). */
    readonly overflow = false,
  ) {}
}

/** A pattern parsed and translated. `raw` still holds group markers; see finishSource(). */
export interface Translated {
  raw: string;
  /** JS RegExp flags besides d/g/y: 'u' or 'ui'. */
  jsFlags: string;
  /** The pattern's flags after inline global flags, as CPython's Pattern.flags. */
  flags: number;
  groups: number;
  groupIndex: Map<string, number>;
  /** Pattern offset of each group's closing parenthesis (orders group closes for lastindex). */
  closeAt: number[];
  lo: number;
  hi: number;
  /** Uses lookbehind or a start anchor: cannot be run on a slice of the subject. */
  leftContext: boolean;
}

const SPECIAL = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const WHITESPACE = ' \t\n\r\v\f';
const FLAG_CHARS: Record<string, number> = { i: RE.I, L: RE.L, m: RE.M, s: RE.S, x: RE.X, a: RE.A, t: RE.T, u: RE.U };
const TYPE_FLAGS = RE.A | RE.L | RE.U;
const GLOBAL_FLAGS = RE.DEBUG | RE.T;
const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const isDigit = (c: string | null) => c !== null && c.length === 1 && c >= '0' && c <= '9';
const isOct = (c: string | null) => c !== null && c.length === 1 && c >= '0' && c <= '7';
const isHex = (c: string | null) => c !== null && c.length === 1 && /[0-9a-fA-F]/.test(c);
const isAsciiLetter = (c: string) => /^[a-zA-Z]$/.test(c);
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

// Python's \s for str patterns (Py_UNICODE_ISSPACE); JS's \s differs (\ufeff in, \x1c-\x1f and \x85 out).
const UNI_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const ASCII_SPACE = ' \\t\\n\\r\\f\\v';
const UNI_WORD = '\\p{L}\\p{N}_';

const enum Kind { Plain, At, Repeat }
interface Item { src: string; lo: number; hi: number; kind: Kind; single: boolean }
interface Sub { src: string; lo: number; hi: number }
type ClassItem = [number, number] | string;

class Restart {}

const cap = (n: number) => Math.min(n, MAXREPEAT);

/** A code point as JS RegExp source (u mode), inside or outside a class. */
function lit(c: number, inClass: boolean): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
  if (c >= 0x20 && c < 0x7f) {
    const ch = String.fromCharCode(c);
    if ('^$\\.*+?()[]{}|/'.includes(ch) || (inClass && ch === '-')) return '\\' + ch;
    return ch;
  }
  return '\\u{' + c.toString(16) + '}';
}

/** The other-case forms of a code point (simple case mapping), itself first. */
function caseVariants(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
    if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
    return [c];
  }
  const out = [c];
  const s = String.fromCodePoint(c);
  for (const t of [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase()]) {
    const cp = t.codePointAt(0)!;
    if (t.length === String.fromCodePoint(cp).length && !out.includes(cp)) out.push(cp);
  }
  // U+017F long s and U+212A Kelvin sign fold to s and k, as in CPython's ignore-case tables.
  const extra: Record<number, number[]> = { 0x73: [0x17f], 0x53: [0x17f], 0x6b: [0x212a], 0x4b: [0x212a] };
  for (const e of extra[c] ?? []) if (!out.includes(e)) out.push(e);
  return out;
}

class Parser {
  pos = 0;
  groups = 1;
  names = new Map<string, number>();
  widths: ([number, number] | null)[] = [null];
  closeAt: number[] = [0];
  hidden = 0;
  lookbehindGroups: number | null = null;
  leftContext = false;

  constructor(
    readonly s: string,
    public flags: number,
    readonly isBytes: boolean,
    readonly negI: boolean,
  ) {}

  err(msg: string, pos: number | null = this.pos): never {
    throw new ReSyntaxError(msg, pos);
  }

  /** JS's 'i' flag does the case folding (else literals and classes are expanded by hand). */
  jsI(): boolean {
    return (this.flags & RE.I) !== 0 && !this.negI && !this.isBytes && (this.flags & (RE.A | RE.L)) === 0;
  }

  ascii(f: number): boolean {
    return this.isBytes || (f & (RE.A | RE.L)) !== 0;
  }

  peek(): string | null {
    return this.pos < this.s.length ? this.s[this.pos] : null;
  }

  /** The next token: one code point, or a backslash and the character after it. */
  get(): string | null {
    const s = this.s;
    if (this.pos >= s.length) return null;
    const c = s[this.pos];
    let t: string;
    if (c === '\\') t = '\\' + s[this.pos + 1];
    else t = s.codePointAt(this.pos)! > 0xffff ? s.slice(this.pos, this.pos + 2) : c;
    this.pos += t.length;
    this.lookahead();
    return t;
  }

  /** CPython's tokenizer reads one token ahead: a final lone backslash fails as soon as the
   * token before it is taken. */
  lookahead(): void {
    if (this.pos === this.s.length - 1 && this.s[this.pos] === '\\') this.err('bad escape (end of pattern)', this.pos);
  }

  match(c: string): boolean {
    if (this.s[this.pos] === c && c !== '\\') {
      this.pos++;
      this.lookahead();
      return true;
    }
    return false;
  }

  getWhile(n: number, ok: (c: string | null) => boolean): string {
    let out = '';
    while (out.length < n && ok(this.peek())) out += this.get();
    return out;
  }

  getUntil(term: string, what: string): string {
    let result = '';
    for (;;) {
      const c = this.get();
      if (c === null) {
        if (!result) this.err('missing ' + what);
        this.err(`missing ${term}, unterminated name`, this.pos - result.length);
      }
      if (c === term) {
        if (!result) this.err('missing ' + what, this.pos - 1);
        return result;
      }
      result += c;
    }
  }

  checkGroupName(name: string, offset: number): void {
    if (!IDENT.test(name)) this.err(`bad character in group name ${strRepr(name)}`, this.pos - name.length - offset);
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.widths[gid] !== null;
  }

  checkLookbehindGroup(gid: number): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(gid)) this.err('cannot refer to an open group');
      if (gid >= this.lookbehindGroups) this.err('cannot refer to group defined in the same lookbehind subpattern');
    }
  }

  groupRef(gid: number): Item {
    const w = this.widths[gid]!;
    return { src: `\x01B${gid}\x02`, lo: w[0], hi: w[1], kind: Kind.Plain, single: true };
  }

  // ------------------------------------------------------------ structure

  parseSub(verbose: boolean, nested: number, f: number): Sub {
    const alts: string[] = [];
    let lo = MAXREPEAT, hi = 0;
    for (;;) {
      const top = nested === 0;
      const seq = this.parseSeq(top ? (this.flags & RE.X) !== 0 : verbose, nested + 1, top && alts.length === 0, top ? this.flags : f);
      alts.push(seq.src);
      lo = Math.min(lo, seq.lo);
      hi = Math.max(hi, seq.hi);
      if (!this.match('|')) break;
    }
    return { src: alts.join('|'), lo, hi };
  }

  parseSeq(verbose: boolean, nested: number, first: boolean, f: number): Sub {
    const items: Item[] = [];
    for (;;) {
      const c = this.peek();
      if (c === null || c === '|' || c === ')') break;
      const start = this.pos;
      const tok = this.get()!;
      if (verbose) {
        if (WHITESPACE.includes(tok)) continue;
        if (tok === '#') {
          for (;;) {
            const t = this.get();
            if (t === null || t === '\n') break;
          }
          continue;
        }
      }
      if (tok[0] === '\\') {
        items.push(this.escape(tok, start, f));
      } else if (!SPECIAL.includes(tok)) {
        items.push(this.literal(tok.codePointAt(0)!, f));
      } else if (tok === '[') {
        items.push(this.parseClass(start, f));
      } else if (REPEAT_CHARS.includes(tok)) {
        const here = this.pos;
        let min: number, max: number;
        if (tok === '?') [min, max] = [0, 1];
        else if (tok === '*') [min, max] = [0, MAXREPEAT];
        else if (tok === '+') [min, max] = [1, MAXREPEAT];
        else {
          if (this.peek() === '}') {
            items.push(this.literal(0x7b, f));
            continue;
          }
          [min, max] = [0, MAXREPEAT];
          let lo = '', hi = '';
          while (isDigit(this.peek())) lo += this.get();
          if (this.match(',')) {
            while (isDigit(this.peek())) hi += this.get();
          } else hi = lo;
          if (!this.match('}')) {
            items.push(this.literal(0x7b, f));
            this.pos = here;
            continue;
          }
          if (lo) {
            min = Number(lo);
            if (min >= MAXREPEAT) throw new ReSyntaxError('the repetition number is too large', null, true);
          }
          if (hi) {
            max = Number(hi);
            if (max >= MAXREPEAT) throw new ReSyntaxError('the repetition number is too large', null, true);
            if (max < min) this.err('min repeat greater than max repeat', here);
          }
        }
        const last = items.length ? items[items.length - 1] : null;
        if (last === null || last.kind === Kind.At) this.err('nothing to repeat', here - tok.length);
        if (last.kind === Kind.Repeat) this.err('multiple repeat', here - tok.length);
        const lazy = this.match('?');
        const possessive = !lazy && this.match('+');
        let q: string;
        if (min === 0 && max === 1) q = '?';
        else if (min === 0 && max === MAXREPEAT) q = '*';
        else if (min === 1 && max === MAXREPEAT) q = '+';
        else if (min === max) q = `{${min}}`;
        else q = max === MAXREPEAT ? `{${min},}` : `{${min},${max}}`;
        let src: string;
        if (min === 0 && max === 1 && last.lo === 0) {
          // An optional item that can match empty: JavaScript rejects an empty iteration of a
          // quantifier (and backtracks into the item); Python accepts it. An alternation does not.
          src = lazy ? `(?:|${last.src})` : `(?:${last.src}|)`;
        } else src = (last.single ? last.src : `(?:${last.src})`) + q + (lazy ? '?' : '');
        if (possessive) src = this.atomic(src);
        const lo = cap(last.lo * min);
        const hi = max === MAXREPEAT && last.hi ? MAXREPEAT : cap(last.hi * max);
        items[items.length - 1] = { src, lo, hi, kind: Kind.Repeat, single: false };
      } else if (tok === '.') {
        items.push({ src: f & RE.S ? '[^]' : '[^\\n]', lo: 1, hi: 1, kind: Kind.Plain, single: true });
      } else if (tok === '(') {
        const r = this.parseGroup(start, verbose, nested, first && items.length === 0, f);
        if (r === null) continue;
        if (typeof r === 'number') {
          // global flags: they apply to the rest of the pattern
          f = this.flags;
          verbose = (this.flags & RE.X) !== 0;
          continue;
        }
        items.push(r);
      } else if (tok === '^') {
        this.leftContext = true;
        items.push({ src: f & RE.M ? '(?<![^\\n])' : '^', lo: 0, hi: 0, kind: Kind.At, single: false });
      } else if (tok === '$') {
        items.push({ src: f & RE.M ? '(?=\\n|$)' : '(?=\\n?$)', lo: 0, hi: 0, kind: Kind.At, single: false });
      }
    }
    let src = '', lo = 0, hi = 0;
    for (const it of items) {
      src += it.src;
      lo += it.lo;
      hi += it.hi;
    }
    return { src, lo: cap(lo), hi: cap(hi) };
  }

  atomic(src: string): string {
    const h = ++this.hidden;
    return `(?=(\x01H${h}\x02${src}))\x01R${h}\x02`;
  }

  /** After '(': a group, assertion, comment (null) or global flags (a number). */
  parseGroup(start: number, verbose: boolean, nested: number, first: boolean, f: number): Item | null | number {
    let capture = true, atomic = false, name: string | null = null, addF = 0, delF = 0;
    if (this.match('?')) {
      let ch = this.get();
      if (ch === null) this.err('unexpected end of pattern');
      if (ch === 'P') {
        if (this.match('<')) {
          name = this.getUntil('>', 'group name');
          this.checkGroupName(name, 1);
        } else if (this.match('=')) {
          const ref = this.getUntil(')', 'group name');
          this.checkGroupName(ref, 1);
          const gid = this.names.get(ref);
          if (gid === undefined) this.err(`unknown group name ${strRepr(ref)}`, this.pos - ref.length - 1);
          if (!this.checkGroup(gid)) this.err('cannot refer to an open group', this.pos - ref.length - 1);
          this.checkLookbehindGroup(gid);
          return this.groupRef(gid);
        } else {
          const c2 = this.get();
          if (c2 === null) this.err('unexpected end of pattern');
          this.err('unknown extension ?P' + c2, this.pos - c2.length - 2);
        }
      } else if (ch === ':') {
        capture = false;
      } else if (ch === '#') {
        for (;;) {
          if (this.peek() === null) this.err('missing ), unterminated comment', start);
          if (this.get() === ')') break;
        }
        return null;
      } else if (ch === '=' || ch === '!' || ch === '<') {
        let behind = false;
        let saved: number | null = null;
        if (ch === '<') {
          const c2 = this.get();
          if (c2 === null) this.err('unexpected end of pattern');
          if (c2 !== '=' && c2 !== '!') this.err('unknown extension ?<' + c2, this.pos - c2.length - 2);
          ch = c2;
          behind = true;
          saved = this.lookbehindGroups;
          if (saved === null) this.lookbehindGroups = this.groups;
        }
        const p = this.parseSub(verbose, nested + 1, f);
        if (behind && saved === null) this.lookbehindGroups = null;
        if (!this.match(')')) this.err('missing ), unterminated subpattern', start);
        if (behind) {
          if (p.lo !== p.hi) this.err('look-behind requires fixed-width pattern', null);
          this.leftContext = true;
        }
        return { src: `(?${behind ? '<' : ''}${ch}${p.src})`, lo: 0, hi: 0, kind: Kind.Plain, single: false };
      } else if (ch === '(') {
        const cond = this.getUntil(')', 'group name');
        if (IDENT.test(cond)) {
          if (!this.names.has(cond)) this.err(`unknown group name ${strRepr(cond)}`, this.pos - cond.length - 1);
        } else {
          if (!/^[0-9]+$/.test(cond)) this.err(`bad character in group name ${strRepr(cond)}`, this.pos - cond.length - 1);
          if (Number(cond) === 0) this.err('bad group number', this.pos - cond.length - 1);
        }
        // CPython: JavaScript cannot test whether a group took part in the match.
        this.err('tspy does not support conditional groups (?(group)yes|no)', start);
      } else if (ch === '>') {
        capture = false;
        atomic = true;
      } else if (FLAG_CHARS[ch] !== undefined || ch === '-') {
        const fl = this.parseFlags(ch);
        if (fl === null) {
          if (!first) this.err('global flags not at the start of the expression', start);
          return this.flags;
        }
        [addF, delF] = fl;
        capture = false;
      } else {
        this.err('unknown extension ?' + ch, this.pos - ch.length - 1);
      }
    }
    let gid = 0;
    if (capture) {
      gid = this.groups++;
      this.widths.push(null);
      this.closeAt.push(0);
      if (name !== null) {
        const ogid = this.names.get(name);
        if (ogid !== undefined) {
          this.err(`redefinition of group name ${strRepr(name)} as group ${gid}; was group ${ogid}`, this.pos - name.length - 1);
        }
        this.names.set(name, gid);
      }
    }
    if ((delF & RE.I) && this.jsI()) throw new Restart();
    const subVerbose = (verbose || (addF & RE.X) !== 0) && !(delF & RE.X);
    const p = this.parseSub(subVerbose, nested + 1, (f | addF) & ~delF);
    if (!this.match(')')) this.err('missing ), unterminated subpattern', start);
    if (gid) {
      this.widths[gid] = [p.lo, p.hi];
      this.closeAt[gid] = this.pos - 1;
      return { src: `(\x01G${gid}\x02${p.src})`, lo: p.lo, hi: p.hi, kind: Kind.Plain, single: true };
    }
    if (atomic) return { src: this.atomic(p.src), lo: p.lo, hi: p.hi, kind: Kind.Plain, single: false };
    return { src: `(?:${p.src})`, lo: p.lo, hi: p.hi, kind: Kind.Plain, single: true };
  }

  /** Inline flags after '(?': null for global flags '(?aiLmsux)', else [add, delete]. */
  parseFlags(ch: string | null): [number, number] | null {
    let add = 0, del = 0;
    if (ch !== '-') {
      for (;;) {
        const flag = FLAG_CHARS[ch!];
        if (!this.isBytes && ch === 'L') this.err("bad inline flags: cannot use 'L' flag with a str pattern");
        if (this.isBytes && ch === 'u') this.err("bad inline flags: cannot use 'u' flag with a bytes pattern");
        add |= flag;
        if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) !== flag) this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        ch = this.get();
        if (ch === null) this.err('missing -, : or )');
        if (ch === ')' || ch === '-' || ch === ':') break;
        if (FLAG_CHARS[ch] === undefined) this.err(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', this.pos - ch.length);
      }
    }
    if (ch === ')') {
      this.flags |= add;
      return null;
    }
    if (add & GLOBAL_FLAGS) this.err('bad inline flags: cannot turn on global flag', this.pos - 1);
    if (ch === '-') {
      ch = this.get();
      if (ch === null) this.err('missing flag');
      if (FLAG_CHARS[ch] === undefined) this.err(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', this.pos - ch.length);
      for (;;) {
        const flag = FLAG_CHARS[ch];
        if (flag & TYPE_FLAGS) this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        ch = this.get();
        if (ch === null) this.err('missing :');
        if (ch === ':') break;
        if (FLAG_CHARS[ch] === undefined) this.err(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', this.pos - ch.length);
      }
    }
    if (del & GLOBAL_FLAGS) this.err('bad inline flags: cannot turn off global flag', this.pos - 1);
    if (add & del) this.err('bad inline flags: flag turned on and off', this.pos - 1);
    return [add, del];
  }

  // ------------------------------------------------------------ atoms

  literal(c: number, f: number): Item {
    if ((f & RE.I) && !this.jsI()) {
      const vs = caseVariants(c, this.ascii(f));
      if (vs.length > 1) return { src: '[' + vs.map((v) => lit(v, true)).join('') + ']', lo: 1, hi: 1, kind: Kind.Plain, single: true };
    }
    const src = lit(c, false);
    return { src, lo: 1, hi: 1, kind: Kind.Plain, single: true };
  }

  category(c: string, f: number): Item {
    const ascii = this.ascii(f);
    let src: string;
    switch (c) {
      case 'd': src = ascii ? '\\d' : '\\p{Nd}'; break;
      case 'D': src = ascii ? '\\D' : '\\P{Nd}'; break;
      case 'w': src = ascii ? '\\w' : `[${UNI_WORD}]`; break;
      case 'W': src = ascii ? '\\W' : `[^${UNI_WORD}]`; break;
      case 's': src = `[${ascii ? ASCII_SPACE : UNI_SPACE}]`; break;
      default: src = `[^${ascii ? ASCII_SPACE : UNI_SPACE}]`;
    }
    return { src, lo: 1, hi: 1, kind: Kind.Plain, single: true };
  }

  boundary(neg: boolean, f: number): Item {
    this.leftContext = true;
    let src: string;
    if (this.ascii(f) && !this.jsI()) {
      src = neg ? '\\B' : '\\b';
    } else {
      const w = this.ascii(f) ? '[A-Za-z0-9_]' : `[${UNI_WORD}]`;
      src = neg ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    }
    // CPython 3.11: \B does not match an empty string.
    if (neg) src = '(?!^$)' + src;
    return { src, lo: 0, hi: 0, kind: Kind.At, single: false };
  }

  /** An escape outside a class: `tok` is the backslash and the character after it. */
  escape(tok: string, start: number, f: number): Item {
    const c = tok[1];
    switch (c) {
      case 'A': this.leftContext = true; return { src: '^', lo: 0, hi: 0, kind: Kind.At, single: false };
      case 'Z': return { src: '$', lo: 0, hi: 0, kind: Kind.At, single: false };
      case 'b': return this.boundary(false, f);
      case 'B': return this.boundary(true, f);
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': return this.category(c, f);
    }
    if (c !== 'b' && ESCAPES[c] !== undefined) return this.literal(ESCAPES[c], f);
    const code = this.numericEscape(tok, start, false);
    if (code !== null) return typeof code === 'number' ? this.literal(code, f) : code;
    if (isAsciiLetter(c)) this.err('bad escape ' + tok, start);
    return this.literal(tok.codePointAt(1)!, f);
  }

  /** \x \u \U \N and digits: a code point, a group reference (outside classes), or null. */
  numericEscape(tok: string, start: number, inClass: boolean): number | Item | null {
    const c = tok[1];
    const text = !this.isBytes;
    if (c === 'x' || (text && (c === 'u' || c === 'U'))) {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const esc = tok + this.getWhile(n, isHex);
      if (esc.length !== n + 2) this.err('incomplete escape ' + esc, start);
      const v = parseInt(esc.slice(2), 16);
      if (v > 0x10ffff) this.err('bad escape ' + esc, start);
      return v;
    }
    if (c === 'N' && text) {
      this.err('tspy does not support named Unicode escapes \\N{...} in patterns', start);
    }
    if (inClass) {
      if (isOct(c)) {
        const esc = tok + this.getWhile(2, isOct);
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) this.err(`octal escape value ${esc} outside of range 0-0o377`, start);
        return v;
      }
      if (isDigit(c)) this.err('bad escape ' + tok, start);
      return null;
    }
    if (c === '0') return parseInt((tok + this.getWhile(2, isOct)).slice(1), 8);
    if (isDigit(c)) {
      let esc = tok;
      if (isDigit(this.peek())) {
        esc += this.get();
        if (isOct(esc[1]) && isOct(esc[2]) && isOct(this.peek())) {
          esc += this.get();
          const v = parseInt(esc.slice(1), 8);
          if (v > 0o377) this.err(`octal escape value ${esc} outside of range 0-0o377`, start);
          return v;
        }
      }
      const gid = Number(esc.slice(1));
      if (gid < this.groups) {
        if (!this.checkGroup(gid)) this.err('cannot refer to an open group', start);
        this.checkLookbehindGroup(gid);
        return this.groupRef(gid);
      }
      this.err(`invalid group reference ${gid}`, start + 1);
    }
    return null;
  }

  parseClass(start: number, f: number): Item {
    const items: ClassItem[] = [];
    const neg = this.match('^');
    for (;;) {
      const tok = this.get();
      if (tok === null) this.err('unterminated character set', start);
      if (tok === ']' && items.length) break;
      const code1 = tok[0] === '\\' ? this.classEscape(tok) : tok.codePointAt(0)!;
      if (this.match('-')) {
        const that = this.get();
        if (that === null) this.err('unterminated character set', start);
        if (that === ']') {
          items.push(typeof code1 === 'number' ? [code1, code1] : code1, [0x2d, 0x2d]);
          break;
        }
        const code2 = that[0] === '\\' ? this.classEscape(that) : that.codePointAt(0)!;
        if (typeof code1 !== 'number' || typeof code2 !== 'number' || code2 < code1) {
          this.err(`bad character range ${tok}-${that}`, this.pos - tok.length - 1 - that.length);
        }
        items.push([code1, code2]);
      } else {
        items.push(typeof code1 === 'number' ? [code1, code1] : code1);
      }
    }
    return { src: this.classSource(items, neg, f), lo: 1, hi: 1, kind: Kind.Plain, single: true };
  }

  /** An escape inside [...]: a code point, or a category letter (d D s S w W). */
  classEscape(tok: string): number | string {
    const start = this.pos - 2;
    const c = tok[1];
    if (ESCAPES[c] !== undefined) return ESCAPES[c];
    if ('dDsSwW'.includes(c)) return c;
    const code = this.numericEscape(tok, start, true);
    if (typeof code === 'number') return code;
    if (isAsciiLetter(c)) this.err('bad escape ' + tok, start);
    return tok.codePointAt(1)!;
  }

  classSource(items: ClassItem[], neg: boolean, f: number): string {
    const ascii = this.ascii(f);
    const fold = (f & RE.I) !== 0 && !this.jsI();
    let inl = '';
    const alts: string[] = [];
    const addRange = (lo: number, hi: number) => {
      inl += lo === hi ? lit(lo, true) : lit(lo, true) + '-' + lit(hi, true);
    };
    for (const it of items) {
      if (typeof it === 'string') {
        switch (it) {
          case 'd': inl += ascii ? '0-9' : '\\p{Nd}'; break;
          case 'D': inl += ascii ? '\\D' : '\\P{Nd}'; break;
          case 'w': inl += ascii ? '\\w' : UNI_WORD; break;
          case 'W': if (ascii) inl += '\\W'; else alts.push(`[^${UNI_WORD}]`); break;
          case 's': inl += ascii ? ASCII_SPACE : UNI_SPACE; break;
          default: alts.push(`[^${ascii ? ASCII_SPACE : UNI_SPACE}]`);
        }
        continue;
      }
      const [lo, hi] = it;
      addRange(lo, hi);
      if (!fold) continue;
      if (hi - lo <= 0x400) {
        for (let c = lo; c <= hi; c++) {
          const vs = caseVariants(c, ascii);
          for (let i = 1; i < vs.length; i++) if (vs[i] < lo || vs[i] > hi) addRange(vs[i], vs[i]);
        }
      } else {
        // A wide range: fold its ASCII letters (the rest folds with the range's own cases mostly).
        const a = Math.max(lo, 0x41), b = Math.min(hi, 0x5a);
        if (a <= b) addRange(a + 32, b + 32);
        const c = Math.max(lo, 0x61), d = Math.min(hi, 0x7a);
        if (c <= d) addRange(c - 32, d - 32);
      }
    }
    if (alts.length === 0) return neg ? `[^${inl}]` : `[${inl}]`;
    if (inl) alts.unshift(`[${inl}]`);
    const pos = alts.join('|');
    return neg ? `(?:(?!${pos})[^])` : `(?:${pos})`;
  }

  run(): Translated {
    this.lookahead();
    const body = this.parseSub((this.flags & RE.X) !== 0, 0, this.flags);
    if (this.pos < this.s.length) this.err('unbalanced parenthesis');
    return {
      raw: body.src,
      jsFlags: this.jsI() ? 'ui' : 'u',
      flags: this.flags,
      groups: this.groups - 1,
      groupIndex: this.names,
      closeAt: this.closeAt,
      lo: body.lo,
      hi: body.hi,
      leftContext: this.leftContext,
    };
  }
}

/** Parse and translate a pattern (flags already checked); throws ReSyntaxError. */
export function translatePattern(pattern: string, flags: number, isBytes: boolean): Translated {
  try {
    return new Parser(pattern, flags, isBytes, false).run();
  } catch (e) {
    if (!(e instanceof Restart)) throw e;
    // A (?-i:...) under a global IGNORECASE: JS's 'i' flag cannot be turned off locally.
    return new Parser(pattern, flags, isBytes, true).run();
  }
}

/**
 * The final RegExp source. `shift` extra capture groups come before the pattern's (a prefix the
 * caller adds); returns the source and the JS capture index of each Python group.
 */
export function finishSource(raw: string, shift: number): { src: string; index: number[] } {
  const user: number[] = [0];
  const hidden: number[] = [];
  let n = shift;
  const marked = raw.replace(/\x01([GH])(\d+)\x02/g, (_m, k: string, d: string) => {
    (k === 'G' ? user : hidden)[Number(d)] = ++n;
    return '';
  });
  const src = marked.replace(/\x01([BR])(\d+)\x02/g, (_m, k: string, d: string) => `(?:\\${(k === 'B' ? user : hidden)[Number(d)]})`);
  return { src, index: user };
}

// ---------------------------------------------------------------- replacement templates

/** A parsed sub() template: literal strings and group numbers. */
export type Template = (string | number)[];

/** Parse a replacement template (CPython's parse_template); throws ReSyntaxError or, for an
 * unknown group name, a string (the IndexError message). */
export function parseTemplate(s: string, groups: number, groupIndex: Map<string, number>, isBytes: boolean): Template {
  const out: Template = [];
  let literal = '';
  let i = 0;
  const err = (msg: string, pos: number): never => {
    throw new ReSyntaxError(msg, pos);
  };
  const addGroup = (index: number, pos: number) => {
    if (index > groups) err(`invalid group reference ${index}`, pos);
    if (literal) out.push(literal);
    literal = '';
    out.push(index);
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch !== '\\') {
      literal += ch;
      i++;
      continue;
    }
    if (i + 1 >= s.length) err('bad escape (end of pattern)', s.length - 1);
    const c = s[i + 1];
    const start = i;
    i += 2;
    if (c === 'g') {
      if (s[i] !== '<') err('missing <', i);
      i++;
      const nameStart = i;
      let name = '';
      for (;;) {
        if (i >= s.length) {
          if (!name) err('missing group name', i);
          err('missing >, unterminated name', nameStart);
        }
        const t = s[i];
        if (t === '>') {
          if (!name) err('missing group name', i);
          i++;
          break;
        }
        name += t;
        i++;
      }
      let index: number;
      if (IDENT.test(name)) {
        const g = groupIndex.get(name);
        if (g === undefined) throw `unknown group name ${strRepr(name)}`;
        index = g;
      } else {
        if (!/^[0-9]+$/.test(name)) err(`bad character in group name ${strRepr(name)}`, nameStart);
        index = Number(name);
        if (index >= 2 ** 30) err(`invalid group reference ${index}`, nameStart);
      }
      addGroup(index, nameStart);
    } else if (c === '0') {
      let digits = '0';
      if (isOct(s[i] ?? null)) {
        digits += s[i++];
        if (isOct(s[i] ?? null)) digits += s[i++];
      }
      literal += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (isDigit(c)) {
      let digits = c;
      let octal = false;
      if (isDigit(s[i] ?? null)) {
        digits += s[i++];
        if (isOct(c) && isOct(digits[1]) && isOct(s[i] ?? null)) {
          digits += s[i++];
          octal = true;
          const v = parseInt(digits, 8);
          if (v > 0o377) err(`octal escape value \\${digits} outside of range 0-0o377`, start);
          literal += String.fromCharCode(v);
        }
      }
      if (!octal) addGroup(Number(digits), start + 1);
    } else if (ESCAPES[c] !== undefined) {
      literal += String.fromCharCode(ESCAPES[c]);
    } else {
      if (isAsciiLetter(c)) err('bad escape \\' + c, start);
      literal += '\\' + c;
    }
  }
  if (literal) out.push(literal);
  void isBytes;
  return out;
}
