// The json module (CPython's json package and _json.c): dumps/dump with CPython's formatting
// (separators, indent, ensure_ascii escapes, float repr), loads/load with JSONDecodeError's
// messages and positions, and the JSONEncoder/JSONDecoder classes (subclassable: default()).

import { callObject } from './call';
import { getAttr } from './attributes';
import { bindArgs } from './modargs';
import { iterToArray, truthy, asIndex } from './ops';
import { PyBoxed } from './objects/boxed';
import { PyBytes } from './objects/bytes';
import { PyDict } from './objects/dict';
import { PyBaseException, PyException, pyErr, RecursionError, TypeError, ValueError } from './objects/exceptions';
import { getVM } from './eval';
import { floatRepr, PyFloat } from './objects/float';
import { defExtMethod, PyBuiltin } from './objects/function';
import { PyInstance } from './objects/instance';
import { normBig } from './objects/int';
import { ArrayIter } from './objects/iterators';
import { PyList, sortItems } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { objectType, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';

function extType(name: string, module: string, base: PyType = objectType): PyType {
  const t = new PyType(name, [base], false);
  t.dict.set('__module__', module);
  return t;
}

// ---------------------------------------------------------------- encoding

/** Python frames CPython has on the stack inside json's C code (dumps, encode, iterencode, or
 * loads, decode, raw_decode); each nested container counts one more, as Py_EnterRecursiveCall. */
const JSON_FRAMES = 3;

/** The container nesting CPython allows from the current Python call depth. */
function nestingLimit(): number {
  const vm = getVM();
  return vm.recursionLimit - vm.depth - JSON_FRAMES;
}

interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: PyObject | null;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const NEEDS_ASCII = /["\\\x00-\x1f\x7f-\uffff]/;
const NEEDS = /["\\\x00-\x1f]/;

function escapeChar(c: string): string {
  return ESCAPES[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

/** A JSON string literal; with ensure_ascii, non-BMP characters become surrogate-pair escapes. */
export function encodeString(s: string, ascii: boolean): string {
  if (ascii) return NEEDS_ASCII.test(s) ? '"' + s.replace(/["\\\x00-\x1f\x7f-\uffff]/g, escapeChar) + '"' : '"' + s + '"';
  return NEEDS.test(s) ? '"' + s.replace(/["\\\x00-\x1f]/g, escapeChar) + '"' : '"' + s + '"';
}

function floatStr(x: number, o: EncodeOptions): string {
  if (x === x && x !== Infinity && x !== -Infinity) return floatRepr(x);
  if (!o.allowNan) throw pyErr(ValueError, 'Out of range float values are not JSON compliant');
  return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

class Encoder {
  private markers: Set<PyObject> | null;
  private level = 0;
  private readonly maxLevel = nestingLimit();
  constructor(readonly o: EncodeOptions) {
    this.markers = o.checkCircular ? new Set() : null;
  }

  enter(v: PyObject): void {
    if (++this.level >= this.maxLevel) {
      this.level = 0;
      throw pyErr(RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
    }
    if (this.markers === null) return;
    if (this.markers.has(v)) throw pyErr(ValueError, 'Circular reference detected');
    this.markers.add(v);
  }

  leave(v: PyObject): void {
    this.level--;
    this.markers?.delete(v);
  }

  /** A scalar's JSON text, or null for containers and unknown objects. */
  scalar(v: PyObject): string | null {
    switch (typeof v) {
      case 'string': return encodeString(v, this.o.ensureAscii);
      case 'number': case 'bigint': return String(v);
      case 'boolean': return v ? 'true' : 'false';
    }
    if (v === None) return 'null';
    if (v instanceof PyFloat) return floatStr(v.value, this.o);
    if (v instanceof PyBoxed) {
      const x = v.value;
      if (typeof x === 'string') return encodeString(x, this.o.ensureAscii);
      if (typeof x === 'number' || typeof x === 'bigint') return String(x);
      if (x instanceof PyFloat) return floatStr(x.value, this.o);
    }
    return null;
  }

  /** The document so far: appending to one string lets V8 build a rope, flattened once. */
  private buf = '';

  /** The whole document's text. */
  encode(v: PyObject): string {
    this.buf = '';
    this.write(v, 0);
    const r = this.buf;
    this.buf = '';
    return r;
  }

  private newline(level: number): string {
    return '\n' + this.o.indent!.repeat(level);
  }

  write(v: PyObject, level: number): void {
    const s = this.scalar(v);
    if (s !== null) {
      this.buf += s;
      return;
    }
    if (v instanceof PyList || v instanceof PyTuple) return this.array(v, v.items, level);
    if (v instanceof PyDict) return this.object(v, level);
    if (this.o.dflt === null) throw pyErr(TypeError, `Object of type ${typeOf(v).tpName} is not JSON serializable`);
    this.enter(v);
    this.write(callObject(this.o.dflt, [v]), level);
    this.leave(v);
  }

  array(v: PyObject, items: PyObject[], level: number): void {
    if (items.length === 0) {
      // CPython enters a recursion level for an empty container too.
      if (this.level + 1 >= this.maxLevel) this.enter(v);
      this.buf += '[]';
      return;
    }
    this.enter(v);
    const nl = this.o.indent === null ? null : this.newline(level + 1);
    const sep = nl === null ? this.o.itemSep : this.o.itemSep + nl;
    this.buf += nl === null ? '[' : '[' + nl;
    for (let i = 0; i < items.length; i++) {
      if (i) this.buf += sep;
      const x = items[i];
      const s = this.scalar(x);
      if (s !== null) this.buf += s;
      else this.write(x, level + 1);
    }
    this.buf += nl === null ? ']' : this.newline(level) + ']';
    this.leave(v);
  }

  key(k: PyObject): string | null {
    if (typeof k === 'string') return k;
    if (typeof k === 'number' || typeof k === 'bigint') return String(k);
    if (typeof k === 'boolean') return k ? 'true' : 'false';
    if (k === None) return 'null';
    if (k instanceof PyFloat) return floatStr(k.value, this.o);
    if (k instanceof PyBoxed) {
      const s = this.scalar(k);
      if (s !== null) return typeof k.value === 'string' ? k.value : s;
    }
    if (this.o.skipkeys) return null;
    throw pyErr(TypeError, `keys must be str, int, float, bool or None, not ${typeOf(k).tpName}`);
  }

  object(d: PyDict, level: number): void {
    if (d.size === 0) {
      if (this.level + 1 >= this.maxLevel) this.enter(d);
      this.buf += '{}';
      return;
    }
    this.enter(d);
    const nl = this.o.indent === null ? null : this.newline(level + 1);
    const sep = nl === null ? this.o.itemSep : this.o.itemSep + nl;
    const before = this.buf;
    this.buf += nl === null ? '{' : '{' + nl;
    let first = true;
    const ascii = this.o.ensureAscii, keySep = this.o.keySep;
    const one = (k: PyObject, val: PyObject) => {
      const ks = typeof k === 'string' ? k : this.key(k);
      if (ks === null) return;
      if (first) first = false;
      else this.buf += sep;
      this.buf += encodeString(ks, ascii) + keySep;
      const s = this.scalar(val);
      if (s !== null) this.buf += s;
      else this.write(val, level + 1);
    };
    if (this.o.sortKeys) {
      const items: PyObject[] = [];
      for (const [k, val] of d.map) items.push(new PyTuple([d.origKey(k), val]));
      sortItems(items, None, false);
      for (const t of items) one((t as PyTuple).items[0], (t as PyTuple).items[1]);
    } else if (d.origKeys === null) {
      for (const [k, val] of d.map) one(k as PyObject, val);
    } else {
      for (const [k, val] of d.map) one(d.origKey(k), val);
    }
    // Every key skipped (skipkeys): an empty object.
    if (first) this.buf = before + '{}';
    else this.buf += nl === null ? '}' : this.newline(level) + '}';
    this.leave(d);
  }
}

function indentOf(v: PyObject | undefined): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v === 'string') return v;
  return ' '.repeat(Math.max(0, asIndex(v)));
}

function separatorsOf(v: PyObject | undefined, indent: string | null): [string, string] {
  if (v === undefined || v === None) return indent === null ? [', ', ': '] : [',', ': '];
  const parts = iterToArray(v);
  if (parts.length !== 2) throw pyErr(ValueError, `too many values to unpack (expected 2)`);
  return [parts[0] as string, parts[1] as string];
}

const DUMPS_NAMES = ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'];

function dumps(fname: string, args: PyObject[], kw: Map<string, PyObject> | null, npos: number): string {
  // Extra keywords go to cls, as CPython's **kw.
  let extra: Map<string, PyObject> | null = null;
  if (kw !== null) {
    for (const k of kw.keys()) {
      if (!DUMPS_NAMES.includes(k) && !(npos === 2 && k === 'fp')) {
        extra ??= new Map();
        extra.set(k, kw.get(k)!);
      }
    }
    if (extra !== null) {
      kw = new Map(kw);
      for (const k of extra.keys()) kw.delete(k);
    }
  }
  const names = npos === 2 ? ['obj', 'fp', ...DUMPS_NAMES.slice(1)] : DUMPS_NAMES;
  const a = bindArgs(fname, args, kw, names, npos, 'py', npos);
  const [obj, skipkeys, ensureAscii, checkCircular, allowNan, cls, indent, separators, dflt, sortKeys] =
    npos === 2 ? [a[0], ...a.slice(2)] : a;
  if ((cls === undefined || cls === None) && extra === null) {
    const ind = indentOf(indent);
    const [itemSep, keySep] = separatorsOf(separators, ind);
    const enc = new Encoder({
      skipkeys: skipkeys !== undefined && truthy(skipkeys),
      ensureAscii: ensureAscii === undefined || truthy(ensureAscii),
      checkCircular: checkCircular === undefined || truthy(checkCircular),
      allowNan: allowNan === undefined || truthy(allowNan),
      sortKeys: sortKeys !== undefined && truthy(sortKeys),
      indent: ind,
      itemSep,
      keySep,
      dflt: dflt === undefined || dflt === None ? null : dflt,
    });
    return enc.encode(obj!);
  }
  const ckw = new Map<string, PyObject>([
    ['skipkeys', skipkeys ?? false], ['ensure_ascii', ensureAscii ?? true], ['check_circular', checkCircular ?? true],
    ['allow_nan', allowNan ?? true], ['indent', indent ?? None], ['separators', separators ?? None],
    ['default', dflt ?? None], ['sort_keys', sortKeys ?? false],
  ]);
  if (extra !== null) for (const [k, v] of extra) ckw.set(k, v);
  const encoder = callObject(cls === undefined || cls === None ? encoderType : cls, [], ckw);
  const r = callObject(getAttr(encoder, 'encode'), [obj!]);
  if (typeof r !== 'string') throw pyErr(TypeError, `encode() returned non-string (type ${typeOf(r).tpName})`);
  return r;
}

// ---------------------------------------------------------------- JSONEncoder

export const encoderType = extType('JSONEncoder', 'json.encoder');
encoderType.heapType = true; // a Python class in CPython: messages name it without its module
encoderType.newInstance = (cls) => new PyInstance(cls);
encoderType.dict.set('item_separator', ', ');
encoderType.dict.set('key_separator', ': ');

const ENCODER_INIT = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];
defExtMethod(encoderType, '__init__', (args, kw) => {
  const self = args[0] as PyInstance;
  const [, skipkeys, ensureAscii, checkCircular, allowNan, sortKeys, indent, separators, dflt] =
    bindArgs('JSONEncoder.__init__', args, kw, ['self', ...ENCODER_INIT], 1, 'py', 1);
  const d = self.dict;
  d.set('skipkeys', skipkeys ?? false);
  d.set('ensure_ascii', ensureAscii ?? true);
  d.set('check_circular', checkCircular ?? true);
  d.set('allow_nan', allowNan ?? true);
  d.set('sort_keys', sortKeys ?? false);
  d.set('indent', indent ?? None);
  if (separators !== undefined && separators !== None) {
    const [i, k] = iterToArray(separators);
    d.set('item_separator', i);
    d.set('key_separator', k);
  } else if (indent !== undefined && indent !== None) {
    d.set('item_separator', ',');
  }
  if (dflt !== undefined && dflt !== None) d.set('default', dflt);
  return None;
});
defExtMethod(encoderType, 'default', (args) => {
  throw pyErr(TypeError, `Object of type ${typeOf(args[1]).tpName} is not JSON serializable`);
});

function encoderOptions(self: PyObject): EncodeOptions {
  const get = (n: string) => getAttr(self, n);
  const ind = get('indent');
  return {
    skipkeys: truthy(get('skipkeys')),
    ensureAscii: truthy(get('ensure_ascii')),
    checkCircular: truthy(get('check_circular')),
    allowNan: truthy(get('allow_nan')),
    sortKeys: truthy(get('sort_keys')),
    indent: indentOf(ind),
    itemSep: get('item_separator') as string,
    keySep: get('key_separator') as string,
    dflt: get('default'),
  };
}

defExtMethod(encoderType, 'encode', (args) => {
  const o = encoderOptions(args[0]);
  const v = args[1];
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  return new Encoder(o).encode(v);
});
defExtMethod(encoderType, 'iterencode', (args) => {
  const o = encoderOptions(args[0]);
  return new ArrayIter([new Encoder(o).encode(args[1])]);
});

// ---------------------------------------------------------------- decoding

export const decodeErrorType = extType('JSONDecodeError', 'json.decoder', ValueError);
decodeErrorType.heapType = true; // a Python class in CPython: messages name it without its module

function setDecodeError(e: PyBaseException, msg: PyObject, doc: PyObject, pos: PyObject): void {
  const p = asIndex(pos);
  const chars = typeof doc === 'string' ? [...doc].slice(0, p) : [];
  const lastNl = chars.lastIndexOf('\n');
  let lineno = 1;
  for (const c of chars) if (c === '\n') lineno++;
  const colno = p - lastNl;
  e.args = [`${msg}: line ${lineno} column ${colno} (char ${p})`];
  e.dict.set('msg', msg);
  e.dict.set('doc', doc);
  e.dict.set('pos', p);
  e.dict.set('lineno', lineno);
  e.dict.set('colno', colno);
}

defExtMethod(decodeErrorType, '__init__', (args, kw) => {
  const [self, msg, doc, pos] = bindArgs('JSONDecodeError.__init__', args, kw, ['self', 'msg', 'doc', 'pos'], 4, 'py');
  setDecodeError(self as PyBaseException, msg!, doc!, pos!);
  return None;
});

function cpIndex(s: string, i: number): number {
  let n = i;
  for (let j = 0; j < i; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00) {
      n--;
      j++;
    }
  }
  return n;
}

interface DecodeOptions {
  objectHook: PyObject | null;
  pairsHook: PyObject | null;
  parseFloat: PyObject | null;
  parseInt: PyObject | null;
  parseConstant: PyObject | null;
  strict: boolean;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const STRING_CHUNK = /["\\\x00-\x1f]/g;
const STRING_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Decoder {
  private level = 0;
  private readonly maxLevel = nestingLimit();
  constructor(readonly s: string, readonly o: DecodeOptions) {}

  nest(what: string): void {
    if (++this.level >= this.maxLevel) throw pyErr(RecursionError, `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
  }

  fail(msg: string, i: number): never {
    const e = new PyBaseException(decodeErrorType, []);
    setDecodeError(e, msg, this.s, cpIndex(this.s, i));
    throw new PyException(e);
  }

  ws(i: number): number {
    WS.lastIndex = i;
    WS.test(this.s);
    return WS.lastIndex;
  }

  /** The value starting exactly at i, and the index after it. */
  value(i: number): [PyObject, number] {
    const s = this.s;
    const c = s[i];
    switch (c) {
      case '"': return this.string(i + 1);
      case '{': return this.object(i + 1);
      case '[': return this.array(i + 1);
      case 'n': if (s.startsWith('null', i)) return [None, i + 4]; break;
      case 't': if (s.startsWith('true', i)) return [true, i + 4]; break;
      case 'f': if (s.startsWith('false', i)) return [false, i + 5]; break;
      case 'N': if (s.startsWith('NaN', i)) return [this.constant('NaN'), i + 3]; break;
      case 'I': if (s.startsWith('Infinity', i)) return [this.constant('Infinity'), i + 8]; break;
      case '-': if (s.startsWith('-Infinity', i)) return [this.constant('-Infinity'), i + 9]; break;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m === null) this.fail('Expecting value', i);
    const text = m[0];
    const end = i + text.length;
    if (m[2] === undefined && m[3] === undefined) {
      if (this.o.parseInt !== null) return [callObject(this.o.parseInt, [text]), end];
      return [text.length < 16 ? Number(text) : normBig(BigInt(text)), end];
    }
    if (this.o.parseFloat !== null) return [callObject(this.o.parseFloat, [text]), end];
    return [new PyFloat(Number(text)), end];
  }

  constant(name: string): PyObject {
    if (this.o.parseConstant !== null) return callObject(this.o.parseConstant, [name]);
    return new PyFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
  }

  /** A string whose opening quote is at i - 1. */
  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = '';
    for (;;) {
      STRING_CHUNK.lastIndex = i;
      const m = STRING_CHUNK.exec(s);
      if (m === null) this.fail('Unterminated string starting at', begin);
      const j = m.index;
      out += s.slice(i, j);
      const c = s[j];
      if (c === '"') return [out, j + 1];
      if (c !== '\\') {
        if (this.o.strict) this.fail('Invalid control character at', j);
        out += c;
        i = j + 1;
        continue;
      }
      if (j + 1 >= s.length) this.fail('Unterminated string starting at', begin);
      const e = s[j + 1];
      if (e !== 'u') {
        const r = STRING_ESCAPES[e];
        if (r === undefined) this.fail('Invalid \\escape', j);
        out += r;
        i = j + 2;
        continue;
      }
      const hex = s.slice(j + 2, j + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', j + 1);
      out += String.fromCharCode(parseInt(hex, 16));
      i = j + 6;
    }
  }

  object(i: number): [PyObject, number] {
    this.nest('object');
    const r = this.objectBody(i);
    this.level--;
    return r;
  }

  objectBody(i: number): [PyObject, number] {
    const s = this.s;
    const pairs: [PyObject, PyObject][] = [];
    i = this.ws(i);
    if (s[i] === '}') return [this.finishObject(pairs), i + 1];
    if (s[i] !== '"') this.fail('Expecting property name enclosed in double quotes', i);
    for (;;) {
      const [key, afterKey] = this.string(i + 1);
      i = this.ws(afterKey);
      if (s[i] !== ':') this.fail("Expecting ':' delimiter", i);
      i = this.ws(i + 1);
      const [val, afterVal] = this.value(i);
      pairs.push([key, val]);
      i = this.ws(afterVal);
      if (s[i] === '}') return [this.finishObject(pairs), i + 1];
      if (s[i] !== ',') this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
      if (s[i] !== '"') this.fail('Expecting property name enclosed in double quotes', i);
    }
  }

  finishObject(pairs: [PyObject, PyObject][]): PyObject {
    if (this.o.pairsHook !== null) return callObject(this.o.pairsHook, [new PyList(pairs.map((p) => new PyTuple(p)))]);
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    if (this.o.objectHook !== null) return callObject(this.o.objectHook, [d]);
    return d;
  }

  array(i: number): [PyObject, number] {
    this.nest('array');
    const r = this.arrayBody(i);
    this.level--;
    return r;
  }

  arrayBody(i: number): [PyObject, number] {
    const s = this.s;
    const items: PyObject[] = [];
    i = this.ws(i);
    if (s[i] === ']') return [new PyList(items), i + 1];
    for (;;) {
      const [v, after] = this.value(i);
      items.push(v);
      i = this.ws(after);
      if (s[i] === ']') return [new PyList(items), i + 1];
      if (s[i] !== ',') this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }

  decode(): PyObject {
    const start = this.ws(0);
    const [v, end] = this.value(start);
    const after = this.ws(end);
    if (after !== this.s.length) this.fail('Extra data', after);
    return v;
  }
}

function docText(s: PyObject): string {
  if (typeof s === 'string') return s;
  if (s instanceof PyBoxed && typeof s.value === 'string') return s.value;
  if (s instanceof PyBytes) {
    const b = s.bytes;
    let enc = 'utf-8';
    if (b[0] === 0xff && b[1] === 0xfe) enc = b[2] === 0 && b[3] === 0 ? 'utf-32le' : 'utf-16le';
    else if (b[0] === 0xfe && b[1] === 0xff) enc = 'utf-16be';
    else if (b.length >= 4 && !b[0] && !b[1] && !b[2]) enc = 'utf-32be';
    else if (b.length >= 2 && !b[0]) enc = b.length >= 4 && !b[1] ? 'utf-32be' : 'utf-16be';
    else if (b.length >= 2 && !b[1]) enc = b.length >= 4 && !b[2] && !b[3] ? 'utf-32le' : 'utf-16le';
    if (enc.startsWith('utf-32')) throw pyErr(ValueError, 'tspy json.loads cannot decode UTF-32 bytes');
    let text = new TextDecoder(enc).decode(b);
    if (enc === 'utf-8' && text.startsWith('\ufeff')) text = text.slice(1);
    return text;
  }
  throw pyErr(TypeError, `the JSON object must be str, bytes or bytearray, not ${typeOf(s).tpName}`);
}

function strArg(v: PyObject): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  throw pyErr(TypeError, `first argument must be a string, not ${typeOf(v).tpName}`);
}

function opt(v: PyObject | undefined): PyObject | null {
  return v === undefined || v === None ? null : v;
}

const LOADS_NAMES = ['s', 'cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook'];

function loads(fname: string, text: string | null, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  let extra: Map<string, PyObject> | null = null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (!LOADS_NAMES.includes(k) && !(text !== null && k === 'fp')) (extra ??= new Map()).set(k, v);
    }
    if (extra !== null) {
      kw = new Map(kw);
      for (const k of extra.keys()) kw.delete(k);
    }
  }
  const names = text !== null ? ['fp', ...LOADS_NAMES.slice(1)] : LOADS_NAMES;
  const [s, cls, objectHook, parseFloat, parseInt, parseConstant, pairsHook] = bindArgs(fname, args, kw, names, 1, 'py', 1);
  const doc = text ?? docText(s!);
  if (doc.startsWith('\ufeff')) {
    const e = new PyBaseException(decodeErrorType, []);
    setDecodeError(e, 'Unexpected UTF-8 BOM (decode using utf-8-sig)', doc, 0);
    throw new PyException(e);
  }
  if (opt(cls) === null && extra === null) {
    return new Decoder(doc, {
      objectHook: opt(objectHook), pairsHook: opt(pairsHook), parseFloat: opt(parseFloat),
      parseInt: opt(parseInt), parseConstant: opt(parseConstant), strict: true,
    }).decode();
  }
  const ckw = new Map<string, PyObject>();
  const pass: [string, PyObject | undefined][] = [['object_hook', objectHook], ['parse_float', parseFloat], ['parse_int', parseInt],
    ['parse_constant', parseConstant], ['object_pairs_hook', pairsHook]];
  for (const [k, v] of pass) if (v !== undefined && v !== None) ckw.set(k, v);
  if (extra !== null) for (const [k, v] of extra) ckw.set(k, v);
  const decoder = callObject(opt(cls) ?? decoderType, [], ckw);
  return callObject(getAttr(decoder, 'decode'), [doc]);
}

// ---------------------------------------------------------------- JSONDecoder

export const decoderType = extType('JSONDecoder', 'json.decoder');
decoderType.heapType = true; // a Python class in CPython: messages name it without its module
decoderType.newInstance = (cls) => new PyInstance(cls);

const DECODER_INIT = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict', 'object_pairs_hook'];
defExtMethod(decoderType, '__init__', (args, kw) => {
  const self = args[0] as PyInstance;
  const vals = bindArgs('JSONDecoder.__init__', args, kw, ['self', ...DECODER_INIT], 1, 'py', 1).slice(1);
  DECODER_INIT.forEach((n, i) => self.dict.set(n, vals[i] ?? (n === 'strict' ? true : None)));
  return None;
});

function decoderOptions(self: PyObject): DecodeOptions {
  const get = (n: string) => opt(getAttr(self, n));
  return {
    objectHook: get('object_hook'), pairsHook: get('object_pairs_hook'), parseFloat: get('parse_float'),
    parseInt: get('parse_int'), parseConstant: get('parse_constant'), strict: truthy(getAttr(self, 'strict')),
  };
}

defExtMethod(decoderType, 'decode', (args) => {
  const doc = docText(args[1]);
  return new Decoder(doc, decoderOptions(args[0])).decode();
});
defExtMethod(decoderType, 'raw_decode', (args, kw) => {
  const [s, idx] = bindArgs('raw_decode', args.slice(1), kw, ['s', 'idx'], 1, 'py');
  const doc = docText(s!);
  const dec = new Decoder(doc, decoderOptions(args[0]));
  let start = idx === undefined ? 0 : asIndex(idx);
  if (doc !== '' && /[\ud800-\udfff]/.test(doc)) {
    // idx counts code points
    let u = 0;
    for (let cp = 0; cp < start && u < doc.length; cp++) u += doc.codePointAt(u)! > 0xffff ? 2 : 1;
    start = u;
  }
  const [v, end] = dec.value(start);
  return new PyTuple([v, cpIndex(doc, end)]);
});

// ---------------------------------------------------------------- the module

/** The json module; json.decoder and json.encoder go into `modules` (sys.modules) with it. */
export function makeJsonModule(modules: PyDict): PyModule {
  const m = new PyModule('json');
  const decoder = new PyModule('json.decoder');
  decoder.dict.setStr('JSONDecoder', decoderType);
  decoder.dict.setStr('JSONDecodeError', decodeErrorType);
  const encoder = new PyModule('json.encoder');
  encoder.dict.setStr('JSONEncoder', encoderType);
  encoder.dict.setStr('encode_basestring', new PyBuiltin('encode_basestring', (a) => encodeString(strArg(a[0]), false)));
  encoder.dict.setStr('encode_basestring_ascii', new PyBuiltin('encode_basestring_ascii', (a) => encodeString(strArg(a[0]), true)));
  modules.setStr('json.decoder', decoder);
  modules.setStr('json.encoder', encoder);
  m.dict.setStr('decoder', decoder);
  m.dict.setStr('encoder', encoder);
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  def('dumps', (args, kw) => dumps('dumps', args, kw, 1));
  def('dump', (args, kw) => {
    const fp = args.length > 1 ? args[1] : kw?.get('fp');
    const text = dumps('dump', args, kw, 2);
    callObject(getAttr(fp!, 'write'), [text]);
    return None;
  });
  def('loads', (args, kw) => loads('loads', null, args, kw));
  def('load', (args, kw) => {
    const fp = args.length ? args[0] : kw?.get('fp');
    if (fp === undefined) return loads('load', '', args, kw);
    const text = callObject(getAttr(fp, 'read'), []);
    return loads('load', docText(text), args, kw);
  });
  d.setStr('JSONDecodeError', decodeErrorType);
  d.setStr('JSONEncoder', encoderType);
  d.setStr('JSONDecoder', decoderType);
  d.setStr('__all__', new PyList(['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']));
  return m;
}
