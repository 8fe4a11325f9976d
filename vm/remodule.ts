// The re module (CPython's _sre.c and re/__init__.py): patterns are parsed and translated to
// JavaScript RegExps by reparse.ts; this file has Pattern, Match, re.error, RegexFlag and the
// module functions, with CPython's search loop (empty matches, pos/endpos) on top of RegExp.exec.

import { callObject } from './call';
import { bindArgs } from './modargs';
import { finishSource, parseTemplate, RE, ReSyntaxError, translatePattern, type Template, type Translated } from './reparse';
import { repr, strRepr } from './repr';
import { asIndex, iterToArray } from './ops';
import { PyBoxed } from './objects/boxed';
import { fromLatin1, latin1, PyBytes, bytesRepr } from './objects/bytes';
import { PyDict } from './objects/dict';
import {
  Exception, IndexError, OverflowError, PyBaseException, PyException, pyErr, TypeError, ValueError,
} from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyClassMethod, PyProperty } from './objects/function';
import { makeGenericAlias } from './genericalias';
import { addIteratorProtocol, FnIter } from './objects/iterators';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import { intType, objectType, PyObj, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';

function extType(name: string, base: PyType = objectType): PyType {
  const t = new PyType(name, [base], false);
  t.dict.set('__module__', 're');
  return t;
}

function prop(t: PyType, name: string, get: (self: PyObject) => PyObject): void {
  t.dict.set(name, new PyProperty(new PyBuiltin(name, (a) => get(a[0])), None, None, None));
}

// ---------------------------------------------------------------- re.error

export const reErrorType = extType('error', Exception);
reErrorType.heapType = true; // a Python class in CPython: messages name it without its module

function setErrorFields(e: PyBaseException, msg: PyObject, pattern: PyObject, pos: PyObject): void {
  let full = msg;
  let lineno: PyObject = None, colno: PyObject = None;
  if (pos !== None && typeof msg === 'string') {
    const p = asIndex(pos);
    const text = pattern instanceof PyBytes ? latin1(pattern.bytes) : typeof pattern === 'string' ? pattern : null;
    full = `${msg} at position ${p}`;
    if (text !== null) {
      const before = text.slice(0, p);
      const line = before.split('\n').length;
      const col = p - (before.lastIndexOf('\n') + 1) + 1;
      lineno = line;
      colno = col;
      if (text.includes('\n')) full += ` (line ${line}, column ${col})`;
    }
  }
  e.args = [full];
  e.dict.set('msg', msg);
  e.dict.set('pattern', pattern);
  e.dict.set('pos', pos);
  e.dict.set('lineno', lineno);
  e.dict.set('colno', colno);
}

defExtMethod(reErrorType, '__init__', (args, kw) => {
  const [self, msg, pattern, pos] = bindArgs('error', args, kw, ['self', 'msg', 'pattern', 'pos'], 2, 'py');
  setErrorFields(self as PyBaseException, msg!, pattern ?? None, pos ?? None);
  return None;
});

function reError(e: ReSyntaxError, pattern: PyObject): PyException {
  if (e.overflow) return pyErr(OverflowError, e.msg);
  const exc = new PyBaseException(reErrorType, []);
  setErrorFields(exc, e.msg, pattern, e.pos === null ? None : e.pos);
  return new PyException(exc);
}

// ---------------------------------------------------------------- RegexFlag

export const regexFlagType = extType('RegexFlag', intType);
regexFlagType.heapType = true; // a Python class in CPython: messages name it without its module
regexFlagType.newInstance = (cls, args) => new PyBoxed(cls, asIndex(args[0] ?? 0));

const FLAG_ORDER: [string, number][] = [
  ['ASCII', RE.A], ['IGNORECASE', RE.I], ['LOCALE', RE.L], ['UNICODE', RE.U], ['MULTILINE', RE.M],
  ['DOTALL', RE.S], ['VERBOSE', RE.X], ['TEMPLATE', RE.T], ['DEBUG', RE.DEBUG],
];
const ALL_FLAGS = 511;

function flagNames(n: number, order: [string, number][]): string {
  if (n === 0) return 're.NOFLAG';
  const parts: string[] = [];
  let rest = n;
  for (const [name, bit] of order) {
    if (n & bit) {
      parts.push('re.' + name);
      rest &= ~bit;
    }
  }
  if (rest) parts.push('0x' + rest.toString(16));
  return parts.join('|');
}

const flagObjs = new Map<number, PyBoxed>();
function regexFlag(n: number): PyBoxed {
  let f = flagObjs.get(n);
  if (f === undefined) {
    f = new PyBoxed(regexFlagType, n);
    if (flagObjs.size < 1024) flagObjs.set(n, f);
  }
  return f;
}

function flagValue(v: PyObject): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && typeof v.value === 'number') return v.value;
  return null;
}

defExtMethod(regexFlagType, '__repr__', (args) => flagNames(args[0] as number, FLAG_ORDER));
defExtMethod(regexFlagType, '__str__', (args) => flagNames(args[0] as number, FLAG_ORDER));
defExtMethod(regexFlagType, '__format__', (args) => {
  if (args[1] === '') return flagNames(args[0] as number, FLAG_ORDER);
  return callObject(intType.dict.get('__format__')!, [args[0], args[1]]);
});
for (const [name, op] of [['or', (a: number, b: number) => a | b], ['and', (a: number, b: number) => a & b], ['xor', (a: number, b: number) => a ^ b]] as const) {
  const fn: NativeFn = (args) => {
    const b = flagValue(args[1]);
    return b === null ? NotImplemented : regexFlag(op(args[0] as number, b));
  };
  defExtMethod(regexFlagType, `__${name}__`, fn);
  defExtMethod(regexFlagType, `__r${name}__`, fn);
}
defExtMethod(regexFlagType, '__invert__', (args) => regexFlag(~(args[0] as number) & ALL_FLAGS));

function flagsArg(v: PyObject | undefined): number {
  if (v === undefined) return 0;
  const n = flagValue(v);
  if (n === null) throw pyErr(TypeError, `unsupported operand type(s) for &: '${typeOf(v).tpName}' and 'RegexFlag'`);
  return n;
}

// ---------------------------------------------------------------- subjects

const SURROGATE = /[\ud800-\udfff]/;

/** A string or bytes being searched, as a JS string, with code point <-> UTF-16 index maps. */
class Subject {
  private cpToU16: Int32Array | null = null;
  private u16ToCpMap: Int32Array | null = null;
  readonly wide: boolean;
  constructor(readonly obj: PyObject, readonly text: string, readonly isBytes: boolean) {
    this.wide = !isBytes && SURROGATE.test(text);
  }
  private build(): void {
    const s = this.text;
    const a: number[] = [];
    const b = new Int32Array(s.length + 1);
    let cp = 0;
    for (let i = 0; i < s.length; cp++) {
      a.push(i);
      const c = s.charCodeAt(i);
      const w = c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      b[i] = cp;
      if (w === 2) b[i + 1] = cp + 1;
      i += w;
    }
    a.push(s.length);
    b[s.length] = cp;
    this.cpToU16 = Int32Array.from(a);
    this.u16ToCpMap = b;
  }
  /** Length in code points. */
  get length(): number {
    if (!this.wide) return this.text.length;
    if (this.cpToU16 === null) this.build();
    return this.cpToU16!.length - 1;
  }
  toU16(cp: number): number {
    if (!this.wide) return cp;
    if (this.cpToU16 === null) this.build();
    return this.cpToU16![cp];
  }
  toCp(i: number): number {
    if (!this.wide || i < 0) return i;
    if (this.u16ToCpMap === null) this.build();
    return this.u16ToCpMap![i];
  }
  slice(a: number, b: number): PyObject {
    const s = this.text.slice(a, b);
    return this.isBytes ? new PyBytes(fromLatin1(s)) : s;
  }
  /** The index after the code point at UTF-16 index i. */
  advance(i: number): number {
    const c = this.text.charCodeAt(i);
    return c >= 0xd800 && c < 0xdc00 && (this.text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
  }
}

function subjectOf(v: PyObject, isBytes: boolean): Subject {
  if (typeof v === 'string' || (v instanceof PyBoxed && typeof v.value === 'string')) {
    if (isBytes) throw pyErr(TypeError, 'cannot use a bytes pattern on a string-like object');
    return new Subject(v, typeof v === 'string' ? v : (v.value as string), false);
  }
  if (v instanceof PyBytes) {
    if (!isBytes) throw pyErr(TypeError, 'cannot use a string pattern on a bytes-like object');
    return new Subject(v, latin1(v.bytes), true);
  }
  throw pyErr(TypeError, `expected string or bytes-like object, got '${typeOf(v).tpName}'`);
}

// ---------------------------------------------------------------- Pattern

export const patternType = extType('Pattern');
patternType.newInstance = null;

/** Group spans in UTF-16 indexes, [start0, end0, start1, end1, ...]; -1 for a group that did not match. */
type Spans = number[];

class PyPattern extends PyObj {
  readonly flags: number;
  readonly groups: number;
  readonly index: number[];
  readonly src: string;
  readonly rSearch: RegExp;
  private rMatch: RegExp | null = null;
  private rFull: RegExp | null = null;
  private rNonEmpty: RegExp | null = null;
  private nonEmptyIndex: number[] = [];
  templates: Map<string, Template> | null = null;

  constructor(readonly pattern: PyObject, readonly isBytes: boolean, readonly t: Translated) {
    super();
    this.flags = t.flags;
    this.groups = t.groups;
    const fin = finishSource(t.raw, 0);
    this.src = fin.src;
    this.index = fin.index;
    this.rSearch = this.regex(this.src, 'g');
  }

  regex(src: string, extra: string): RegExp {
    try {
      return new RegExp(src, this.t.jsFlags + 'd' + extra);
    } catch (e) {
      throw reError(new ReSyntaxError(`tspy cannot translate this pattern to a JavaScript RegExp (${(e as Error).message})`, null), this.pattern);
    }
  }

  spans(m: RegExpExecArray | null, index: number[], offset: number): Spans | null {
    if (m === null) return null;
    const ind = m.indices!;
    const n = this.groups;
    const out: Spans = new Array(2 * n + 2);
    for (let g = 0; g <= n; g++) {
      const r = ind[g === 0 ? 0 : index[g]];
      if (r === undefined) out[2 * g] = out[2 * g + 1] = -1;
      else {
        out[2 * g] = r[0] + offset;
        out[2 * g + 1] = r[1] + offset;
      }
    }
    return out;
  }

  search(input: string, at: number): Spans | null {
    const r = this.rSearch;
    r.lastIndex = at;
    return this.spans(r.exec(input), this.index, 0);
  }

  match(input: string, at: number): Spans | null {
    const r = (this.rMatch ??= this.regex(this.src, 'y'));
    r.lastIndex = at;
    return this.spans(r.exec(input), this.index, 0);
  }

  fullmatch(input: string, at: number): Spans | null {
    const r = (this.rFull ??= this.regex(`(?:${this.src})$`, 'y'));
    r.lastIndex = at;
    return this.spans(r.exec(input), this.index, 0);
  }

  /** A non-empty match starting exactly at `at` (CPython's must_advance after an empty match). */
  nonEmpty(input: string, at: number): Spans | null {
    if (this.t.hi === 0 || at >= input.length) return null;
    if (!this.t.leftContext) {
      // Nothing looks left of the start: run on the rest of the subject and forbid an empty match.
      const r = (this.rNonEmpty ??= this.regex(`(?:${this.src})(?<!^)`, 'y'));
      r.lastIndex = 0;
      return this.spans(r.exec(input.slice(at)), this.index, at);
    }
    if (this.rNonEmpty === null) {
      // Capture the rest of the subject, and refuse to end where that capture still matches.
      const fin = finishSource(this.t.raw, 1);
      this.nonEmptyIndex = fin.index;
      this.rNonEmpty = this.regex(`(?=([^]*))(?:${fin.src})(?!\\1$)`, 'y');
    }
    const r = this.rNonEmpty;
    r.lastIndex = at;
    return this.spans(r.exec(input), this.nonEmptyIndex, 0);
  }
}
PyPattern.prototype.cls = patternType;

/** CPython's search loop for findall/finditer/sub/split: empty matches may follow non-empty ones. */
class Scanner {
  private at: number;
  private mustAdvance = false;
  private done = false;
  constructor(readonly p: PyPattern, readonly input: string, start: number, readonly subj: Subject) {
    this.at = start;
  }
  next(): Spans | null {
    if (this.done) return null;
    const input = this.input;
    let sp: Spans | null;
    if (this.mustAdvance) {
      sp = this.p.nonEmpty(input, this.at);
      if (sp === null) {
        const nxt = this.at < input.length ? this.subj.advance(this.at) : input.length + 1;
        sp = nxt > input.length ? null : this.p.search(input, nxt);
      }
    } else {
      sp = this.at > input.length ? null : this.p.search(input, this.at);
    }
    if (sp === null) {
      this.done = true;
      return null;
    }
    this.mustAdvance = sp[1] === sp[0];
    this.at = sp[1];
    return sp;
  }
}

// ---------------------------------------------------------------- compiling and caching

const cache = new Map<string, PyPattern>();
const CACHE_MAX = 512;

function compile(pattern: PyObject, flagsV: PyObject | undefined): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flagsV !== undefined && flagsArg(flagsV) !== 0) throw pyErr(ValueError, 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const flags = flagsArg(flagsV);
  let text: string, isBytes: boolean;
  if (typeof pattern === 'string') {
    text = pattern;
    isBytes = false;
  } else if (pattern instanceof PyBytes) {
    text = latin1(pattern.bytes);
    isBytes = true;
  } else if (pattern instanceof PyBoxed && typeof pattern.value === 'string') {
    text = pattern.value;
    isBytes = false;
  } else {
    throw pyErr(TypeError, 'first argument must be string or compiled pattern');
  }
  const key = (isBytes ? 'b' : 's') + flags + ':' + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let f = flags;
  if (isBytes) {
    if (f & RE.U) throw pyErr(ValueError, 'cannot use UNICODE flag with a bytes pattern');
    if ((f & RE.L) && (f & RE.A)) throw pyErr(ValueError, 'ASCII and LOCALE flags are incompatible');
  } else {
    if (f & RE.L) throw pyErr(ValueError, 'cannot use LOCALE flag with a str pattern');
    if ((f & RE.A) && (f & RE.U)) throw pyErr(ValueError, 'ASCII and UNICODE flags are incompatible');
  }
  let t: Translated;
  try {
    t = translatePattern(text, f, isBytes);
  } catch (e) {
    if (e instanceof ReSyntaxError) throw reError(e, pattern);
    throw e;
  }
  f = t.flags;
  if (!isBytes && !(f & RE.A)) f |= RE.U;
  (t as { flags: number }).flags = f;
  const p = new PyPattern(pattern, isBytes, t);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

// ---------------------------------------------------------------- Match

export const matchType = extType('Match');
matchType.newInstance = null;

class PyMatch extends PyObj {
  constructor(
    readonly pat: PyPattern,
    readonly subj: Subject,
    readonly spans: Spans,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super();
  }
  group(g: number, dflt: PyObject = None): PyObject {
    const a = this.spans[2 * g];
    return a < 0 ? dflt : this.subj.slice(a, this.spans[2 * g + 1]);
  }
  groupIndex(v: PyObject): number {
    let g: number | null = null;
    if (typeof v === 'number' || typeof v === 'boolean') g = Number(v);
    else if (typeof v === 'string') g = this.pat.t.groupIndex.get(v) ?? null;
    else if (typeof v === 'bigint') g = -1;
    else if (v instanceof PyBoxed && typeof v.value === 'number') g = v.value;
    if (g === null || g < 0 || g > this.pat.groups) throw pyErr(IndexError, 'no such group');
    return g;
  }
  cp(i: number): number {
    return this.subj.toCp(i);
  }
  lastIndex(): number {
    let best = -1, bestEnd = -1;
    for (let g = 1; g <= this.pat.groups; g++) {
      const e = this.spans[2 * g + 1];
      if (this.spans[2 * g] < 0) continue;
      if (e > bestEnd || (e === bestEnd && this.pat.t.closeAt[g] > this.pat.t.closeAt[best])) {
        best = g;
        bestEnd = e;
      }
    }
    return best;
  }
}
PyMatch.prototype.cls = matchType;

function mt(args: PyObject[]): PyMatch {
  return args[0] as PyMatch;
}

defExtMethod(matchType, 'group', (args) => {
  const m = mt(args);
  if (args.length <= 1) return m.group(0);
  if (args.length === 2) return m.group(m.groupIndex(args[1]));
  return new PyTuple(args.slice(1).map((g) => m.group(m.groupIndex(g))));
});
defExtMethod(matchType, '__getitem__', (args) => mt(args).group(mt(args).groupIndex(args[1])));
defExtMethod(matchType, 'groups', (args, kw) => {
  const [self, dflt] = bindArgs('groups', args, kw, ['self', 'default'], 1, 'c');
  const m = self as PyMatch;
  const out: PyObject[] = [];
  for (let g = 1; g <= m.pat.groups; g++) out.push(m.group(g, dflt ?? None));
  return new PyTuple(out);
});
defExtMethod(matchType, 'groupdict', (args, kw) => {
  const [self, dflt] = bindArgs('groupdict', args, kw, ['self', 'default'], 1, 'c');
  const m = self as PyMatch;
  const d = new PyDict();
  for (const [name, g] of m.pat.t.groupIndex) d.set(name, m.group(g, dflt ?? None));
  return d;
});
function spanOf(args: PyObject[]): [number, number] {
  const m = mt(args);
  const g = args.length > 1 ? m.groupIndex(args[1]) : 0;
  const a = m.spans[2 * g];
  return a < 0 ? [-1, -1] : [m.cp(a), m.cp(m.spans[2 * g + 1])];
}
defExtMethod(matchType, 'start', (args) => spanOf(args)[0]);
defExtMethod(matchType, 'end', (args) => spanOf(args)[1]);
defExtMethod(matchType, 'span', (args) => new PyTuple(spanOf(args)));
defExtMethod(matchType, 'expand', (args) => {
  const m = mt(args);
  return expandTemplate(m, templateFor(m.pat, args[1]));
});
defExtMethod(matchType, '__repr__', (args) => {
  const m = mt(args);
  const [a, b] = spanOf([m]);
  const g0 = m.group(0);
  return `<re.Match object; span=(${a}, ${b}), match=${g0 instanceof PyBytes ? bytesRepr(g0.bytes) : strRepr(g0 as string)}>`;
});
defExtMethod(matchType, '__copy__', (args) => args[0]);
defExtMethod(matchType, '__deepcopy__', (args) => args[0]);
prop(matchType, 'string', (m) => (m as PyMatch).subj.obj);
prop(matchType, 're', (m) => (m as PyMatch).pat);
prop(matchType, 'pos', (m) => (m as PyMatch).pos);
prop(matchType, 'endpos', (m) => (m as PyMatch).endpos);
prop(matchType, 'lastindex', (m) => {
  const g = (m as PyMatch).lastIndex();
  return g < 0 ? None : g;
});
prop(matchType, 'lastgroup', (m) => {
  const mm = m as PyMatch;
  const g = mm.lastIndex();
  if (g < 0) return None;
  for (const [name, i] of mm.pat.t.groupIndex) if (i === g) return name;
  return None;
});
prop(matchType, 'regs', (m) => {
  const mm = m as PyMatch;
  const out: PyObject[] = [];
  for (let g = 0; g <= mm.pat.groups; g++) out.push(new PyTuple(spanOf([mm, g])));
  return new PyTuple(out);
});

// ---------------------------------------------------------------- templates

function templateFor(p: PyPattern, repl: PyObject): Template {
  let text: string;
  if (typeof repl === 'string' && !p.isBytes) text = repl;
  else if (repl instanceof PyBytes && p.isBytes) text = latin1(repl.bytes);
  else if (typeof repl === 'string' || repl instanceof PyBytes) {
    const want = p.isBytes ? 'a bytes-like object' : 'str instance';
    throw pyErr(TypeError, `sequence item 0: expected ${want}, ${typeOf(repl).tpName} found`);
  } else throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeOf(repl).tpName} found`);
  const cached = p.templates?.get(text);
  if (cached !== undefined) return cached;
  let t: Template;
  try {
    t = parseTemplate(text, p.groups, p.t.groupIndex, p.isBytes);
  } catch (e) {
    if (e instanceof ReSyntaxError) throw reError(e, repl);
    if (typeof e === 'string') throw pyErr(IndexError, e);
    throw e;
  }
  p.templates ??= new Map();
  if (p.templates.size < 64) p.templates.set(text, t);
  return t;
}

function expandText(subj: Subject, spans: Spans, t: Template): string {
  let out = '';
  for (const part of t) {
    if (typeof part === 'string') out += part;
    else {
      const a = spans[2 * part];
      if (a >= 0) out += subj.text.slice(a, spans[2 * part + 1]);
    }
  }
  return out;
}

function expandTemplate(m: PyMatch, t: Template): PyObject {
  const s = expandText(m.subj, m.spans, t);
  return m.subj.isBytes ? new PyBytes(fromLatin1(s)) : s;
}

// ---------------------------------------------------------------- Pattern methods

interface Range {
  subj: Subject;
  input: string;
  start: number;
  pos: number;
  endpos: number;
}

/** The subject and its pos/endpos window (clamped as CPython's state_init does). */
function range(p: PyPattern, string: PyObject, posV: PyObject | undefined, endV: PyObject | undefined): Range {
  const subj = subjectOf(string, p.isBytes);
  const n = subj.length;
  let pos = posV === undefined ? 0 : asIndex(posV);
  let endpos = endV === undefined ? n : asIndex(endV);
  pos = pos < 0 ? 0 : pos > n ? n : pos;
  endpos = endpos < 0 ? 0 : endpos > n ? n : endpos;
  const end16 = subj.toU16(endpos);
  const input = end16 < subj.text.length ? subj.text.slice(0, end16) : subj.text;
  return { subj, input, start: subj.toU16(pos), pos, endpos };
}

function doMatch(kind: 'search' | 'match' | 'fullmatch', p: PyPattern, string: PyObject, posV?: PyObject, endV?: PyObject): PyObject {
  const r = range(p, string, posV, endV);
  if (r.pos > r.endpos) return None;
  const sp = kind === 'search' ? p.search(r.input, r.start) : kind === 'match' ? p.match(r.input, r.start) : p.fullmatch(r.input, r.start);
  return sp === null ? None : new PyMatch(p, r.subj, sp, r.pos, r.endpos);
}

function findall(p: PyPattern, string: PyObject, posV?: PyObject, endV?: PyObject): PyList {
  const r = range(p, string, posV, endV);
  const out: PyObject[] = [];
  if (r.pos > r.endpos) return new PyList(out);
  const sc = new Scanner(p, r.input, r.start, r.subj);
  const empty = p.isBytes ? new PyBytes(new Uint8Array(0)) : '';
  const g = p.groups;
  for (let sp = sc.next(); sp !== null; sp = sc.next()) {
    const one = (i: number) => (sp![2 * i] < 0 ? empty : r.subj.slice(sp![2 * i], sp![2 * i + 1]));
    if (g <= 1) out.push(one(g));
    else {
      const t: PyObject[] = [];
      for (let i = 1; i <= g; i++) t.push(one(i));
      out.push(new PyTuple(t));
    }
  }
  return new PyList(out);
}

const callableIterType = addIteratorProtocol(new PyType('callable_iterator', [objectType]));
callableIterType.newInstance = null;

function finditer(p: PyPattern, string: PyObject, posV?: PyObject, endV?: PyObject): PyObject {
  const r = range(p, string, posV, endV);
  const sc = r.pos > r.endpos ? null : new Scanner(p, r.input, r.start, r.subj);
  return new FnIter(callableIterType, () => {
    const sp = sc?.next() ?? null;
    return sp === null ? undefined : new PyMatch(p, r.subj, sp, r.pos, r.endpos);
  });
}

function split(p: PyPattern, string: PyObject, maxsplitV?: PyObject): PyList {
  const subj = subjectOf(string, p.isBytes);
  const maxsplit = maxsplitV === undefined ? 0 : asIndex(maxsplitV);
  const out: PyObject[] = [];
  if (maxsplit < 0) return new PyList([subj.obj instanceof PyBytes ? subj.slice(0, subj.text.length) : subj.text]);
  const sc = new Scanner(p, subj.text, 0, subj);
  let last = 0, n = 0;
  while (maxsplit === 0 || n < maxsplit) {
    const sp = sc.next();
    if (sp === null) break;
    out.push(subj.slice(last, sp[0]));
    for (let g = 1; g <= p.groups; g++) out.push(sp[2 * g] < 0 ? None : subj.slice(sp[2 * g], sp[2 * g + 1]));
    last = sp[1];
    n++;
  }
  out.push(subj.slice(last, subj.text.length));
  return new PyList(out);
}

function isCallable(v: PyObject): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType) return true;
  const n = typeOf(v).name;
  return n === 'function' || n === 'builtin_function_or_method' || n === 'method' || typeOf(v).lookup('__call__') !== undefined;
}

function subn(p: PyPattern, repl: PyObject, string: PyObject, countV?: PyObject): [PyObject, number] {
  const subj = subjectOf(string, p.isBytes);
  const count = countV === undefined ? 0 : asIndex(countV);
  let literal: string | null = null;
  let tmpl: Template | null = null;
  let fn: PyObject | null = null;
  if (typeof repl === 'string' || repl instanceof PyBytes) {
    tmpl = templateFor(p, repl);
    if (tmpl.length === 0) literal = '';
    else if (tmpl.length === 1 && typeof tmpl[0] === 'string') literal = tmpl[0];
  } else if (isCallable(repl)) {
    fn = repl;
  } else {
    templateFor(p, repl);
  }
  const text = subj.text;
  const sc = new Scanner(p, text, 0, subj);
  let out = '', last = 0, n = 0;
  // How many pieces CPython's join list holds before this one (its TypeError names the index).
  let pieces = 0;
  while (count <= 0 || n < count) {
    const sp = sc.next();
    if (sp === null) break;
    if (sp[0] > last) pieces++;
    out += text.slice(last, sp[0]);
    if (literal !== null) out += literal;
    else if (tmpl !== null) out += expandText(subj, sp, tmpl);
    else {
      const r = callObject(fn!, [new PyMatch(p, subj, sp, 0, subj.length)]);
      if (r !== None) {
        if (p.isBytes) {
          if (!(r instanceof PyBytes)) throw pyErr(TypeError, `sequence item ${pieces}: expected a bytes-like object, ${typeOf(r).tpName} found`);
          out += latin1(r.bytes);
        } else {
          if (typeof r !== 'string') throw pyErr(TypeError, `sequence item ${pieces}: expected str instance, ${typeOf(r).tpName} found`);
          out += r;
        }
        pieces++;
      }
    }
    last = sp[1];
    n++;
  }
  if (n === 0) return [subj.obj instanceof PyBoxed ? subj.text : subj.obj, 0];
  out += text.slice(last);
  return [p.isBytes ? new PyBytes(fromLatin1(out)) : out, n];
}

function pt(args: PyObject[]): PyPattern {
  return args[0] as PyPattern;
}

for (const kind of ['search', 'match', 'fullmatch'] as const) {
  defExtMethod(patternType, kind, (args, kw) => {
    const [string, pos, endpos] = bindArgs(kind, args.slice(1), kw, ['string', 'pos', 'endpos'], 1, 'c');
    return doMatch(kind, pt(args), string!, pos, endpos);
  });
}
defExtMethod(patternType, 'findall', (args, kw) => {
  const [string, pos, endpos] = bindArgs('findall', args.slice(1), kw, ['string', 'pos', 'endpos'], 1, 'c');
  return findall(pt(args), string!, pos, endpos);
});
defExtMethod(patternType, 'finditer', (args, kw) => {
  const [string, pos, endpos] = bindArgs('finditer', args.slice(1), kw, ['string', 'pos', 'endpos'], 1, 'c');
  return finditer(pt(args), string!, pos, endpos);
});
defExtMethod(patternType, 'split', (args, kw) => {
  const [string, maxsplit] = bindArgs('split', args.slice(1), kw, ['string', 'maxsplit'], 1, 'c');
  return split(pt(args), string!, maxsplit);
});
defExtMethod(patternType, 'sub', (args, kw) => {
  const [repl, string, count] = bindArgs('sub', args.slice(1), kw, ['repl', 'string', 'count'], 2, 'c');
  return subn(pt(args), repl!, string!, count)[0];
});
defExtMethod(patternType, 'subn', (args, kw) => {
  const [repl, string, count] = bindArgs('subn', args.slice(1), kw, ['repl', 'string', 'count'], 2, 'c');
  return new PyTuple(subn(pt(args), repl!, string!, count));
});

const PATTERN_FLAG_ORDER: [string, number][] = [
  ['TEMPLATE', RE.T], ['IGNORECASE', RE.I], ['LOCALE', RE.L], ['MULTILINE', RE.M], ['DOTALL', RE.S],
  ['UNICODE', RE.U], ['VERBOSE', RE.X], ['DEBUG', RE.DEBUG], ['ASCII', RE.A],
];
defExtMethod(patternType, '__repr__', (args) => {
  const p = pt(args);
  let flags = p.flags;
  if (!p.isBytes && (flags & (RE.L | RE.U | RE.A)) === RE.U) flags &= ~RE.U;
  const r = repr(p.pattern).slice(0, 200);
  return flags ? `re.compile(${r}, ${flagNames(flags, PATTERN_FLAG_ORDER)})` : `re.compile(${r})`;
});
defExtMethod(patternType, '__eq__', (args) => {
  const a = pt(args), b = args[1];
  if (!(b instanceof PyPattern)) return NotImplemented;
  return a === b || (a.flags === b.flags && a.isBytes === b.isBytes && keyText(a) === keyText(b));
});
defExtMethod(patternType, '__hash__', (args) => {
  const s = keyText(pt(args));
  let h = pt(args).flags;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
});
defExtMethod(patternType, '__copy__', (args) => args[0]);
defExtMethod(patternType, '__deepcopy__', (args) => args[0]);
function keyText(p: PyPattern): string {
  return p.pattern instanceof PyBytes ? latin1(p.pattern.bytes) : String(p.pattern instanceof PyBoxed ? p.pattern.value : p.pattern);
}
for (const t of [patternType, matchType]) {
  t.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (a) => makeGenericAlias(a[0], a[1]))));
}
prop(patternType, 'pattern', (p) => (p as PyPattern).pattern);
prop(patternType, 'flags', (p) => (p as PyPattern).flags);
prop(patternType, 'groups', (p) => (p as PyPattern).groups);
prop(patternType, 'groupindex', (p) => {
  const d = new PyDict();
  for (const [k, v] of (p as PyPattern).t.groupIndex) d.set(k, v);
  return d;
});

// ---------------------------------------------------------------- the module

const ESCAPE_CHARS = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

function escape(v: PyObject): PyObject {
  const esc = (s: string) => {
    let out = '';
    for (const c of s) out += ESCAPE_CHARS.has(c) ? '\\' + c : c;
    return out;
  };
  if (typeof v === 'string') return esc(v);
  if (v instanceof PyBytes) return new PyBytes(fromLatin1(esc(latin1(v.bytes))));
  if (v instanceof PyBoxed && typeof v.value === 'string') return esc(v.value);
  throw pyErr(TypeError, `expected str or bytes-like object, got '${typeOf(v).tpName}'`);
}

/** The re module. */
export function makeReModule(): PyModule {
  const m = new PyModule('re');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  for (const kind of ['search', 'match', 'fullmatch'] as const) {
    def(kind, (args, kw) => {
      const [pattern, string, flags] = bindArgs(kind, args, kw, ['pattern', 'string', 'flags'], 2, 'py');
      return doMatch(kind, compile(pattern!, flags), string!);
    });
  }
  def('compile', (args, kw) => {
    const [pattern, flags] = bindArgs('compile', args, kw, ['pattern', 'flags'], 1, 'py');
    return compile(pattern!, flags);
  });
  def('findall', (args, kw) => {
    const [pattern, string, flags] = bindArgs('findall', args, kw, ['pattern', 'string', 'flags'], 2, 'py');
    return findall(compile(pattern!, flags), string!);
  });
  def('finditer', (args, kw) => {
    const [pattern, string, flags] = bindArgs('finditer', args, kw, ['pattern', 'string', 'flags'], 2, 'py');
    return finditer(compile(pattern!, flags), string!);
  });
  def('split', (args, kw) => {
    const [pattern, string, maxsplit, flags] = bindArgs('split', args, kw, ['pattern', 'string', 'maxsplit', 'flags'], 2, 'py');
    return split(compile(pattern!, flags), string!, maxsplit);
  });
  def('sub', (args, kw) => {
    const [pattern, repl, string, count, flags] = bindArgs('sub', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3, 'py');
    return subn(compile(pattern!, flags), repl!, string!, count)[0];
  });
  def('subn', (args, kw) => {
    const [pattern, repl, string, count, flags] = bindArgs('subn', args, kw, ['pattern', 'repl', 'string', 'count', 'flags'], 3, 'py');
    return new PyTuple(subn(compile(pattern!, flags), repl!, string!, count));
  });
  def('escape', (args, kw) => escape(bindArgs('escape', args, kw, ['pattern'], 1, 'py')[0]!));
  def('purge', () => {
    cache.clear();
    return None;
  });
  d.setStr('error', reErrorType);
  d.setStr('Pattern', patternType);
  d.setStr('Match', matchType);
  d.setStr('RegexFlag', regexFlagType);
  d.setStr('NOFLAG', regexFlag(0));
  const short: Record<string, string> = { ASCII: 'A', IGNORECASE: 'I', LOCALE: 'L', UNICODE: 'U', MULTILINE: 'M', DOTALL: 'S', VERBOSE: 'X', TEMPLATE: 'T' };
  for (const [name, bit] of FLAG_ORDER) {
    d.setStr(name, regexFlag(bit));
    if (short[name]) d.setStr(short[name], regexFlag(bit));
  }
  d.setStr('__all__', new PyList(['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
    'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
    'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']));
  void iterToArray;
  return m;
}
