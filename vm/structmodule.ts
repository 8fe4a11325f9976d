// The struct module (CPython's _struct.c): formats with byte order, size and alignment prefixes,
// pack/unpack and friends, the Struct class, and struct.error with CPython's messages. The
// platform is x86-64 Linux (native little-endian, long and pointers of 8 bytes).

import { bindArgs } from './modargs';
import { callSpecial, truthy, userSpecial } from './ops';
import { PyBoxed } from './objects/boxed';
import { isByteArray, PyBytes, latin1 } from './objects/bytes';
import { Exception, OverflowError, PyBaseException, PyException, pyErr, TypeError } from './objects/exceptions';
import { PyFloat } from './objects/float';
import { defExtMethod, PyBuiltin, PyProperty } from './objects/function';
import { normBig } from './objects/int';
import { addIteratorProtocol, PyIterator } from './objects/iterators';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { objectType, PyObj, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';

export const structErrorType = new PyType('error', [Exception], false);
structErrorType.dict.set('__module__', 'struct');

function structErr(msg: string): PyException {
  return new PyException(new PyBaseException(structErrorType, [msg]));
}

// ---------------------------------------------------------------- integer and float conversion

/** An integer argument as number or bigint (CPython's get_pylong), else struct.error. */
export function intArg(v: PyObject, err: () => PyException = () => structErr('required argument is not an integer')): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) {
    if (userSpecial(v, '__index__') === undefined) return v.value;
  }
  if (typeof v === 'object' && !(v instanceof PyFloat)) {
    const m = userSpecial(v, '__index__');
    if (m !== undefined) return intArg(callSpecial(m, v, []), err);
  }
  throw err();
}

/** A float argument (CPython's PyFloat_AsDouble), else struct.error. */
export function floatArg(v: PyObject, err: () => PyException = () => structErr('required argument is not a float')): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!isFinite(x)) throw pyErr(OverflowError, 'int too large to convert to float');
    return x;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed) return floatArg(v.value, err);
  if (typeof v === 'object') {
    const f = userSpecial(v, '__float__');
    if (f !== undefined) return floatArg(callSpecial(f, v, []), err);
    const i = userSpecial(v, '__index__');
    if (i !== undefined) return floatArg(callSpecial(i, v, []), err);
  }
  throw err();
}

/** The IEEE 754 half-precision bits of x, rounding half to even (CPython's PyFloat_Pack2). */
export function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (x !== x) return 0x7e00 | sign;
  const a = Math.abs(x);
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  // Scale to an integer mantissa at the half format's resolution for this exponent.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    // subnormal: units of 2^-24
    const m = roundEven(a * 2 ** 24);
    return sign | m; // m may reach 0x400, which is the smallest normal: still the right bits
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) throw pyErr(OverflowError, 'float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The value of half-precision bits. */
export function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

// ---------------------------------------------------------------- formats

type IntGet = 'long' | 'ulong' | 'bytes' | 'ptr';
interface IntRule {
  get: IntGet;
  lo: bigint;
  hi: bigint;
  /** The message when the value passes `get` but is outside lo..hi, or null when none can be. */
  msg: string | null;
}

interface Item {
  code: string;
  offset: number;
  size: number;
  le: boolean;
  /** From a '@' format (CPython's native packers). */
  native: boolean;
  int: IntRule | null;
}

interface Format {
  text: string;
  size: number;
  items: Item[];
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};
const INT_CODES = 'bBhHiIlLqQnNP';
const NATIVE_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function intRule(code: string, size: number, mode: 'native' | 'little' | 'big'): IntRule {
  const signed = code === code.toLowerCase() || code === 'P';
  const bits = BigInt(size * 8);
  const lo = code === 'P' ? -(1n << 63n) : signed ? -(1n << (bits - 1n)) : 0n;
  const hi = code === 'P' ? (1n << 64n) - 1n : signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  // CPython uses its native packers for the standard little-endian codes whose sizes match.
  const native = mode === 'native' || code === 'b' || code === 'B' || (mode === 'little' && code !== 'l' && code !== 'L');
  if (code === 'P') return { get: 'ptr', lo, hi, msg: null };
  if (!native && size === 8) return { get: 'bytes', lo, hi, msg: null };
  let get: IntGet = 'long';
  if (!signed && (!native || code === 'I' || size === 8)) get = 'ulong';
  let msg: string | null = null;
  if (size < 8) {
    msg = native && NATIVE_NAMES[code] ? `${NATIVE_NAMES[code]} format requires ${lo} <= number <= ${hi}` : `'${code}' format requires ${lo} <= number <= ${hi}`;
  }
  return { get, lo, hi, msg };
}

const formatCache = new Map<string, Format>();

/** Parse a struct format (cached); throws struct.error for a bad one. */
export function parseFormat(text: string): Format {
  const hit = formatCache.get(text);
  if (hit !== undefined) return hit;
  let i = 0;
  let mode: 'native' | 'little' | 'big' = 'native';
  let align = true;
  const c0 = text[0];
  if (c0 === '@') i = 1;
  else if (c0 === '=' || c0 === '<') [mode, align, i] = ['little', false, 1];
  else if (c0 === '>' || c0 === '!') [mode, align, i] = ['big', false, 1];
  const sizes = mode === 'native' ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let offset = 0;
  while (i < text.length) {
    let c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let n = 0;
      while (i < text.length && text[i] >= '0' && text[i] <= '9') n = n * 10 + Number(text[i++]);
      if (i >= text.length) throw structErr('repeat count given without format specifier');
      count = n;
      c = text[i];
    }
    i++;
    const size = sizes[c];
    if (size === undefined) throw structErr('bad char in struct format');
    if (align && size > 1 && c !== 's' && c !== 'p') offset = Math.ceil(offset / size) * size;
    if (c === 'x') {
      offset += count;
      continue;
    }
    if (c === 's' || c === 'p') {
      items.push({ code: c, offset, size: count, le: mode !== 'big', native: mode === 'native', int: null });
      offset += count;
      continue;
    }
    const rule = INT_CODES.includes(c) ? intRule(c, size, mode) : null;
    for (let k = 0; k < count; k++) {
      items.push({ code: c, offset, size, le: mode !== 'big', native: mode === 'native', int: rule });
      offset += size;
    }
  }
  const f = { text, size: offset, items };
  if (formatCache.size > 256) formatCache.clear();
  formatCache.set(text, f);
  return f;
}

function formatText(v: PyObject): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return latin1(v.bytes);
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  throw pyErr(TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeOf(v).tpName}`);
}

// ---------------------------------------------------------------- packing

function packInt(view: DataView, it: Item, v: PyObject): void {
  const r = it.int!;
  const x = intArg(v);
  const b = typeof x === 'bigint' ? x : BigInt(x);
  if (r.get === 'long' && (b < -(1n << 63n) || b >= 1n << 63n)) throw structErr('argument out of range');
  if (r.get === 'ulong' && (b < 0n || b >= 1n << 64n)) throw structErr('argument out of range');
  if ((r.get === 'bytes' || r.get === 'ptr') && (b < r.lo || b > r.hi)) throw structErr('int too large to convert');
  if (b < r.lo || b > r.hi) throw structErr(r.msg ?? 'argument out of range');
  const o = it.offset;
  switch (it.size) {
    case 1: view.setUint8(o, Number(b) & 0xff); break;
    case 2: view.setUint16(o, Number(b) & 0xffff, it.le); break;
    case 4: view.setUint32(o, Number(BigInt.asUintN(32, b)), it.le); break;
    default: view.setBigUint64(o, BigInt.asUintN(64, b), it.le);
  }
}

function packItem(view: DataView, bytes: Uint8Array, it: Item, v: PyObject): void {
  const o = it.offset;
  switch (it.code) {
    case '?': view.setUint8(o, truthy(v) ? 1 : 0); return;
    case 'c':
      if (!(v instanceof PyBytes) || v.bytes.length !== 1) throw structErr('char format requires a bytes object of length 1');
      bytes[o] = v.bytes[0];
      return;
    case 's':
    case 'p': {
      if (!(v instanceof PyBytes)) throw structErr(`argument for '${it.code}' must be a bytes object`);
      const src = v.bytes;
      if (it.code === 's') {
        bytes.set(src.subarray(0, it.size), o);
        return;
      }
      if (it.size === 0) return;
      const n = Math.min(src.length, it.size - 1, 255);
      bytes[o] = n;
      bytes.set(src.subarray(0, n), o + 1);
      return;
    }
    case 'e': view.setUint16(o, halfBits(floatArg(v)), it.le); return;
    case 'f': {
      const x = floatArg(v);
      // CPython: the native 'f' packer casts to float (inf); the standard ones raise.
      if (it.native === false && isFinite(x) && !isFinite(Math.fround(x))) throw pyErr(OverflowError, 'float too large to pack with f format');
      view.setFloat32(o, x, it.le);
      return;
    }
    case 'd': view.setFloat64(o, floatArg(v), it.le); return;
    default: packInt(view, it, v);
  }
}

function unpackItem(view: DataView, bytes: Uint8Array, it: Item): PyObject {
  const o = it.offset;
  switch (it.code) {
    case '?': return bytes[o] !== 0;
    case 'c': return new PyBytes(bytes.slice(o, o + 1));
    case 's': return new PyBytes(bytes.slice(o, o + it.size));
    case 'p': {
      if (it.size === 0) return new PyBytes(new Uint8Array(0));
      const n = Math.min(bytes[o], it.size - 1);
      return new PyBytes(bytes.slice(o + 1, o + 1 + n));
    }
    case 'e': return new PyFloat(halfValue(view.getUint16(o, it.le)));
    case 'f': return new PyFloat(view.getFloat32(o, it.le));
    case 'd': return new PyFloat(view.getFloat64(o, it.le));
  }
  const signed = it.code === it.code.toLowerCase();
  switch (it.size) {
    case 1: return signed ? view.getInt8(o) : view.getUint8(o);
    case 2: return signed ? view.getInt16(o, it.le) : view.getUint16(o, it.le);
    case 4: return signed ? view.getInt32(o, it.le) : view.getUint32(o, it.le);
    default: return normBig(signed ? view.getBigInt64(o, it.le) : view.getBigUint64(o, it.le));
  }
}

function packInto(f: Format, target: Uint8Array, base: number, values: PyObject[]): void {
  const view = new DataView(target.buffer, target.byteOffset + base, f.size);
  const bytes = target.subarray(base, base + f.size);
  for (let k = 0; k < f.items.length; k++) packItem(view, bytes, f.items[k], values[k]);
}

function pack(f: Format, values: PyObject[], fname = 'pack'): PyBytes {
  if (values.length !== f.items.length) throw structErr(`${fname} expected ${f.items.length} items for packing (got ${values.length})`);
  const out = new Uint8Array(f.size);
  packInto(f, out, 0, values);
  return new PyBytes(out);
}

function unpackAt(f: Format, src: Uint8Array, base: number): PyTuple {
  const view = new DataView(src.buffer, src.byteOffset + base, f.size);
  const bytes = src.subarray(base, base + f.size);
  const out: PyObject[] = new Array(f.items.length);
  for (let k = 0; k < f.items.length; k++) out[k] = unpackItem(view, bytes, f.items[k]);
  return new PyTuple(out);
}

/** The readable bytes of a buffer argument (bytes, bytearray, array.array). */
export function bufferOf(v: PyObject): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  const b = (v as { bufferBytes?: () => Uint8Array }).bufferBytes;
  if (typeof v === 'object' && typeof b === 'function') return b.call(v);
  throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

interface BufferObject {
  bufferBytes(): Uint8Array;
  setBufferBytes(b: Uint8Array): void;
}

/** The writable bytes of a buffer argument, and how to store them back (array.array). */
function writableBuffer(v: PyObject): [Uint8Array, (() => void) | null] {
  if (v instanceof PyBytes && isByteArray(v)) return [v.bytes, null];
  const o = v as unknown as Partial<BufferObject>;
  if (typeof v === 'object' && typeof o.bufferBytes === 'function' && typeof o.setBufferBytes === 'function') {
    const bytes = o.bufferBytes();
    return [bytes, () => o.setBufferBytes!(bytes)];
  }
  throw pyErr(TypeError, `argument must be read-write bytes-like object, not ${typeOf(v).tpName}`);
}

function unpack(f: Format, buffer: PyObject): PyTuple {
  const src = bufferOf(buffer);
  if (src.length !== f.size) throw structErr(`unpack requires a buffer of ${f.size} bytes`);
  return unpackAt(f, src, 0);
}

function unpackFrom(f: Format, buffer: PyObject, offsetV: PyObject | undefined): PyTuple {
  const src = bufferOf(buffer);
  let offset = offsetV === undefined ? 0 : Number(intArg(offsetV, () => pyErr(TypeError, `'${typeOf(offsetV!).tpName}' object cannot be interpreted as an integer`)));
  if (offset < 0) {
    if (offset + src.length < 0) throw structErr(`offset ${offset} out of range for ${src.length}-byte buffer`);
    offset += src.length;
  }
  if (src.length - offset < f.size) {
    throw structErr(`unpack_from requires a buffer of at least ${f.size + offset} bytes for unpacking ${f.size} bytes at offset ${offset} (actual buffer size is ${src.length})`);
  }
  return unpackAt(f, src, offset);
}

function packIntoArgs(f: Format, args: PyObject[]): PyObject {
  if (args.length < 1) throw structErr('pack_into expected buffer argument');
  if (args.length < 2) throw structErr('pack_into expected offset argument');
  const values = args.slice(2);
  if (values.length !== f.items.length) throw structErr(`pack_into expected ${f.items.length} items for packing (got ${values.length})`);
  const [target, store] = writableBuffer(args[0]);
  let offset = Number(intArg(args[1], () => pyErr(TypeError, `'${typeOf(args[1]).tpName}' object cannot be interpreted as an integer`)));
  if (offset < 0) {
    if (offset + f.size > 0) throw structErr(`no space to pack ${f.size} bytes at offset ${offset}`);
    if (offset + target.length < 0) throw structErr(`offset ${offset} out of range for ${target.length}-byte buffer`);
    offset += target.length;
  }
  if (target.length - offset < f.size) {
    throw structErr(`pack_into requires a buffer of at least ${f.size + offset} bytes for packing ${f.size} bytes at offset ${offset} (actual buffer size is ${target.length})`);
  }
  packInto(f, target, offset, values);
  store?.();
  return None;
}

// ---------------------------------------------------------------- iter_unpack and Struct

const unpackIterType = addIteratorProtocol(new PyType('unpack_iterator', [objectType], false));
unpackIterType.dict.set('__module__', '_struct');
unpackIterType.newInstance = null;

class UnpackIter extends PyIterator {
  private pos = 0;
  constructor(readonly f: Format, readonly src: Uint8Array) {
    super();
    this.cls = unpackIterType;
  }
  next(): PyObject | undefined {
    if (this.pos + this.f.size > this.src.length) return undefined;
    const t = unpackAt(this.f, this.src, this.pos);
    this.pos += this.f.size;
    return t;
  }
  remaining(): number {
    return Math.floor((this.src.length - this.pos) / this.f.size);
  }
}
defExtMethod(unpackIterType, '__length_hint__', (args) => (args[0] as UnpackIter).remaining());

function iterUnpack(f: Format, buffer: PyObject): UnpackIter {
  const src = bufferOf(buffer);
  if (f.size === 0) throw structErr('cannot iteratively unpack with a struct of length 0');
  if (src.length % f.size !== 0) throw structErr(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  return new UnpackIter(f, src.slice());
}

export const structType = new PyType('Struct', [objectType], false);
structType.dict.set('__module__', '_struct');

class PyStruct extends PyObj {
  f: Format | null = null;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  fmt(): Format {
    if (this.f === null) throw structErr('Struct not initialized');
    return this.f;
  }
}
structType.newInstance = (cls) => new PyStruct(cls);

const st = (args: PyObject[]) => (args[0] as PyStruct).fmt();
defExtMethod(structType, '__init__', (args, kw) => {
  const [format] = bindArgs('Struct', args.slice(1), kw, ['format'], 1, 'c');
  (args[0] as PyStruct).f = parseFormat(formatText(format!));
  return None;
});
defExtMethod(structType, 'pack', (args) => pack(st(args), args.slice(1)));
defExtMethod(structType, 'pack_into', (args) => packIntoArgs(st(args), args.slice(1)));
defExtMethod(structType, 'unpack', (args) => unpack(st(args), args[1]));
defExtMethod(structType, 'unpack_from', (args, kw) => {
  const [buffer, offset] = bindArgs('unpack_from', args.slice(1), kw, ['buffer', 'offset'], 1, 'c');
  return unpackFrom(st(args), buffer!, offset);
});
defExtMethod(structType, 'iter_unpack', (args) => iterUnpack(st(args), args[1]));
structType.dict.set('format', new PyProperty(new PyBuiltin('format', (a) => (a[0] as PyStruct).fmt().text), None, None, None));
structType.dict.set('size', new PyProperty(new PyBuiltin('size', (a) => (a[0] as PyStruct).fmt().size), None, None, None));

/** The struct module. */
export function makeStructModule(): PyModule {
  const m = new PyModule('struct');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  const fmtOf = (args: PyObject[], fname: string, min: number): Format => {
    if (args.length < min) {
      throw pyErr(TypeError, min === 1 ? `${fname} expected at least 1 argument, got 0` : `${fname} expected ${min} arguments, got ${args.length}`);
    }
    return parseFormat(formatText(args[0]));
  };
  def('pack', (args) => pack(fmtOf(args, 'pack', 1), args.slice(1)));
  def('pack_into', (args) => packIntoArgs(fmtOf(args, 'pack_into', 1), args.slice(1)));
  def('unpack', (args) => {
    const f = fmtOf(args, 'unpack', 2);
    if (args.length > 2) throw pyErr(TypeError, `unpack expected 2 arguments, got ${args.length}`);
    return unpack(f, args[1]);
  });
  def('unpack_from', (args, kw) => {
    const [format, buffer, offset] = bindArgs('unpack_from', args, kw, ['format', 'buffer', 'offset'], 2, 'c');
    return unpackFrom(parseFormat(formatText(format!)), buffer!, offset);
  });
  def('iter_unpack', (args) => {
    const f = fmtOf(args, 'iter_unpack', 2);
    return iterUnpack(f, args[1]);
  });
  def('calcsize', (args) => fmtOf(args, 'calcsize', 1).size);
  d.setStr('Struct', structType);
  d.setStr('error', structErrorType);
  d.setStr('__all__', new PyTuple(['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']));
  return m;
}
