// Abstract object protocols (CPython's abstract.c and object.c): special-method lookup, truth,
// hashing, items (obj[key]), length and iteration. Builtin types take JS fast paths; instances of
// user classes go through their special methods. Siblings: repr.ts, number.ts, compare.ts,
// attributes.ts, formatting.ts.

import { callObject } from './call';
import {
  IndexError, KeyError, PyBaseException, PyException, pyErr, StopIteration, TypeError, ValueError, isPyErr,
} from './objects/exceptions';
import { PyFloat } from './objects/float';
import { PyBuiltin, PyClassMethod, PyFunction, PyStaticMethod } from './objects/function';
import { normBig, type Int } from './objects/int';
import { ArrayIter, DictIter, ListIter, PyIterator, StrIter } from './objects/iterators';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { PyRange, rangeHashItems, rangeItem, rangeIter, rangeLen, rangeSlice } from './objects/range';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import { PyDict, dictKey } from './objects/dict';
import { PyGenerator } from './objects/generator';
import { PyObj, PyType, typeOf, typeType, type PyObject } from './objects/type';
import { strGetItem, strLen } from './objects/str';
import { PyBoxed } from './objects/boxed';
import { PyComplex } from './objects/complex';
import { PyBytes, isByteArray } from './objects/bytes';
import { byteArraySetItem } from './bytesmethods';
import { getAttr } from './attributes';
import { isIntLike, toInt } from './number';
import { objectNum } from './repr';
import { makeGenericAlias } from './genericalias';

/** The VM-internal NULL of LOAD_METHOD; never visible to Python. */
class PyNull extends PyObj {}
export const NULL: PyObject = new PyNull();

// ---------------------------------------------------------------- special methods

/** A special method defined by a user class (not a builtin type), or undefined. */
export function userSpecial(v: PyObject, name: string): PyObject | undefined {
  if (typeof v !== 'object') return undefined;
  const t = v.cls;
  if (t.isBuiltin) return undefined;
  const m = t.lookupCached(name);
  return m instanceof PyBuiltin && !m.ext ? undefined : m;
}

/** Call a special method found on the type with the object as first argument. */
export function callSpecial(m: PyObject, self: PyObject, args: PyObject[]): PyObject {
  if (m instanceof PyStaticMethod) return callObject(m.func, args);
  if (m instanceof PyClassMethod) return callObject(m.func, [typeOf(self), ...args]);
  if (m instanceof PyFunction || m instanceof PyBuiltin) return callObject(m, [self, ...args]);
  return callObject(m, args);
}

// ---------------------------------------------------------------- truth

export function truthy(v: PyObject): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === None) return false;
  if (!v.cls.isBuiltin) {
    const b = userSpecial(v, '__bool__');
    if (b !== undefined) {
      const r = callSpecial(b, v, []);
      if (typeof r !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeOf(r).tpName}`);
      return r;
    }
    const l = userSpecial(v, '__len__');
    if (l !== undefined) return len(v) !== 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length !== 0;
  if (v instanceof PyBoxed) return truthy(v.value);
  return true;
}

// ---------------------------------------------------------------- hashing

/** hash(v) as an int. */
const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/**
 * hash() as CPython computes it when that is deterministic (ints, floats, bools and tuples of
 * them: CPython's tuplehash is xxHash-based), as an unsigned 64-bit value; null otherwise
 * (str hashes are randomised per process in CPython, None and objects hash by address).
 */
export function cpythonHash(v: PyObject): bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) {
    return BigInt(hashValue(v) as number | bigint) & M64;
  }
  if (v instanceof PyTuple) {
    let acc = XXPRIME_5;
    for (const item of v.items) {
      const lane = cpythonHash(item);
      if (lane === null) return null;
      acc = (acc + lane * XXPRIME_2) & M64;
      acc = ((acc << 31n) | (acc >> 33n)) & M64;
      acc = (acc * XXPRIME_1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
    if (acc === M64) return 1546275796n;
    return acc;
  }
  return null;
}

export function hashValue(v: PyObject): PyObject {
  if (v instanceof PyTuple) {
    const h = cpythonHash(v);
    if (h !== null) return normBig(BigInt.asIntN(64, h));
  }
  // CPython hashes a range as the tuple (len, start, step), with None for unused parts.
  if (v instanceof PyRange) return hashValue(new PyTuple(rangeHashItems(v)));
  if (typeof v === 'object' && !v.cls.isBuiltin) {
    const h = v.cls.lookup('__hash__');
    if (h !== undefined && h !== None && !(h instanceof PyBuiltin && !h.ext)) {
      const r = callSpecial(h, v, []);
      if (!isIntLike(r)) throw pyErr(TypeError, '__hash__ method should return an integer');
      // CPython keeps a __hash__ result that fits in Py_hash_t and only re-hashes bigger ints.
      const n = toInt(r);
      if (typeof n === 'number') return n === -1 ? -2 : n;
      if (n >= -(1n << 63n) && n < (1n << 63n)) return n === -1n ? -2 : normBig(n);
      return hashValue(n);
    }
  }
  const k = dictKey(v);
  if (typeof k === 'number' && Number.isInteger(k) && Math.abs(k) < 2 ** 61 - 1) return k === -1 ? -2 : k;
  if (typeof k === 'number' && !Number.isInteger(k)) return floatHash(k);
  if (typeof k === 'number' || typeof k === 'bigint') {
    const P = (1n << 61n) - 1n;
    const n = BigInt(k);
    let h = n >= 0n ? n % P : -((-n) % P);
    if (h === -1n) h = -2n;
    return normBig(h);
  }
  if (typeof k === 'string') return hashString(k);
  return objectNum(k as object) * 16;
}
/** CPython's hash of a non-integral finite float (or inf/-inf): _Py_HashDouble. */
function floatHash(x: number): PyObject {
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const P = (1n << 61n) - 1n;
  // x = m * 2**e exactly, with m an integer.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let h = BigInt(m) % P;
  // multiply by 2**e mod P: 2**61 == 1 (mod P), so 2**-k == 2**(61 - k mod 61)
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) & P) | ((h << BigInt(ee)) >> 61n);
  h %= P;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 1000003) ^ s.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
}

/** The dict key of an instance of a user class: identity, or its __hash__ (TypeError if unhashable). */
export function userHashKey(v: PyObject, t: PyType): unknown {
  const h = t.lookup('__hash__');
  if (h === None) throw pyErr(TypeError, `unhashable type: '${t.tpName}'`);
  if (h === undefined || (h instanceof PyBuiltin && !h.ext)) {
    const e = t.lookup('__eq__');
    if (e !== undefined && !(e instanceof PyBuiltin && !e.ext)) {
      throw pyErr(TypeError, `unhashable type: '${t.tpName}'`);
    }
    if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) throw pyErr(TypeError, `unhashable type: '${t.tpName}'`);
    return v;
  }
  const r = callSpecial(h, v, []);
  if (!isIntLike(r)) throw pyErr(TypeError, '__hash__ method should return an integer');
  return '\u0000\uffffh' + String(toInt(r));
}

// ---------------------------------------------------------------- sequences and items

/** len(v). */
export function len(v: PyObject): number {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'object' && v.cls.isBuiltin) {
    const n = builtinLen(v);
    if (n >= 0) return n;
  }
  const m = typeof v === 'object' ? v.cls.lookup('__len__') : undefined;
  if (m !== undefined) {
    const r = callSpecial(m, v, []);
    if (!isIntLike(r)) throw pyErr(TypeError, `'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
    const n = Number(toInt(r));
    if (n < 0) throw pyErr(ValueError, '__len__() should return >= 0');
    return n;
  }
  throw pyErr(TypeError, `object of type '${typeOf(v).tpName}' has no len()`);
}

/** The length of a builtin container (ignoring subclass overrides), or -1. */
export function builtinLen(v: PyObject): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyBoxed) return builtinLen(v.value);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return Number(rangeLen(v));
  if (v instanceof PyBytes) return v.bytes.length;
  return -1;
}

/** An index operand as a JS number (CPython's PyNumber_AsSsize_t via __index__). */
export function asIndex(v: PyObject, what?: string): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyBoxed && typeof v.value !== 'string' && !(v.value instanceof PyFloat) && userSpecial(v, '__index__') === undefined) return asIndex(v.value, what);
  if (v === undefined) throw pyErr(TypeError, what ?? 'an integer is required');
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  const m = userSpecial(v, '__index__');
  if (m !== undefined) return asIndex(callSpecial(m, v, []));
  throw pyErr(TypeError, what ?? `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
}

/** An index operand as an int of any size (CPython's PyNumber_Index). */
export function indexInt(v: PyObject, what?: string): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && typeof v.value !== 'string' && !(v.value instanceof PyFloat) && userSpecial(v, '__index__') === undefined) return indexInt(v.value, what);
  if (v === undefined) throw pyErr(TypeError, what ?? 'an integer is required');
  const m = userSpecial(v, '__index__');
  if (m !== undefined) {
    const r = callSpecial(m, v, []);
    if (!isIntLike(r)) throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r).tpName})`);
    return toInt(r);
  }
  throw pyErr(TypeError, what ?? `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
}

/** (start, stop, step, length) of a slice over a sequence of length n (PySlice_GetIndicesEx). */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const msg = 'slice indices must be integers or None or have an __index__ method';
  let step = s.step === None ? 1 : asIndex(s.step, msg);
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  let start: number, stop: number;
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? n - 1 : n;
  if (s.start === None) start = step < 0 ? upper : lower;
  else {
    start = asIndex(s.start, msg);
    if (start < 0) start = Math.max(start + n, lower);
    else start = Math.min(start, upper);
  }
  if (s.stop === None) stop = step < 0 ? lower : upper;
  else {
    stop = asIndex(s.stop, msg);
    if (stop < 0) stop = Math.max(stop + n, lower);
    else stop = Math.min(stop, upper);
  }
  let length = 0;
  if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    length = Math.floor((stop - start - 1) / step) + 1;
  }
  step = step + 0;
  return [start, stop, step, length];
}

function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, length] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + length);
  const out: PyObject[] = new Array(length);
  for (let i = 0, j = start; i < length; i++, j += step) out[i] = items[j];
  return out;
}

const SSIZE_LIMIT = 1n << 63n;

/** An item index as a JS number: IndexError past Py_ssize_t, as CPython's PyNumber_AsSsize_t(k, IndexError). */
export function itemIndex(k: PyObject): number {
  const i = typeof k === 'number' ? k : indexInt(k);
  if (typeof i === 'bigint' && (i >= SSIZE_LIMIT || i < -SSIZE_LIMIT)) {
    throw pyErr(IndexError, `cannot fit '${typeOf(k).tpName}' into an index-sized integer`);
  }
  return Number(i);
}

function seqIndex(k: PyObject, n: number, typeName: string, what = 'index'): number {
  if (typeof k !== 'number') {
    if (isIntLike(k) || userSpecial(k, '__index__') !== undefined) k = itemIndex(k);
    else throw pyErr(TypeError, `${typeName} indices must be integers or slices, not ${typeOf(k).tpName}`);
  }
  const i = k < 0 ? k + n : k;
  if (i < 0 || i >= n) throw pyErr(IndexError, typeName ? `${typeName} ${what} out of range` : `${what} out of range`);
  return i;
}

/** obj[key]. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyList && o.cls.isBuiltin) {
    if (k instanceof PySlice) return new PyList(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'list')];
  }
  if (o instanceof PyDict && o.cls.isBuiltin) {
    const v = o.get(k);
    if (v === undefined) throw new PyException(new PyBaseException(KeyError, [k]));
    return v;
  }
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__getitem__');
    if (m !== undefined) return callSpecial(m, o, [k]);
  }
  return builtinGetItem(o, k);
}

/** obj[key] by the builtin types' own rules, ignoring subclass overrides (list.__getitem__ ...). */
export function builtinGetItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyBoxed) o = o.value;
  if (o instanceof PyList) {
    if (k instanceof PySlice) return new PyList(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'list')];
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return new PyTuple(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'tuple')];
  }
  if (typeof o === 'string') return strGetItem(o, k);
  if (o instanceof PyBytes) {
    const items = Array.from(o.bytes) as PyObject[];
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(items, k) as number[]), isByteArray(o) ? o.cls : undefined);
    return items[seqIndex(k, items.length, '')];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) return rangeSlice(o, k);
    if (!isIntLike(k) && userSpecial(k, '__index__') === undefined) {
      throw pyErr(TypeError, `range indices must be integers or slices, not ${typeOf(k).tpName}`);
    }
    return rangeItem(o, k);
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) return v;
    const miss = userSpecial(o, '__missing__');
    if (miss !== undefined) return callSpecial(miss, o, [k]);
    throw new PyException(new PyBaseException(KeyError, [k]));
  }
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined) return callObject(cg instanceof PyClassMethod ? cg.func : cg, [o, k]);
    if (o === typeType) return makeGenericAlias(o, k);
    throw pyErr(TypeError, `type '${o.name}' is not subscriptable`);
  }
  throw pyErr(TypeError, `'${typeOf(o).tpName}' object is not subscriptable`);
}

/** obj[key] = value. */
export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__setitem__');
    if (m !== undefined) {
      callSpecial(m, o, [k, v]);
      return;
    }
  }
  builtinSetItem(o, k, v);
}

/** obj[key] = value by the builtin types' own rules (list.__setitem__ ...). */
export function builtinSetItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (o instanceof PyBytes && isByteArray(o)) {
    byteArraySetItem(o, k, v);
    return;
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      let values: PyObject[];
      try {
        values = iterToArray(v);
      } catch (e) {
        if (isPyErr(e, TypeError) && !(typeof v === 'object' && !v.cls.isBuiltin)) throw pyErr(TypeError, 'can only assign an iterable');
        throw e;
      }
      setSlice(o, k, values);
      return;
    }
    o.items[seqIndex(k, o.items.length, 'list', 'assignment index')] = v;
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  throw pyErr(TypeError, `'${typeOf(o).tpName}' object does not support item assignment`);
}

function setSlice(o: PyList, s: PySlice, values: PyObject[]): void {
  const [start, stop, step, length] = sliceIndices(s, o.items.length);
  if (step === 1) {
    o.items.splice(start, Math.max(0, stop - start), ...values);
    return;
  }
  if (values.length !== length) {
    throw pyErr(ValueError, `attempt to assign sequence of size ${values.length} to extended slice of size ${length}`);
  }
  for (let i = 0, j = start; i < length; i++, j += step) o.items[j] = values[i];
}

/** del obj[key]. */
export function delItem(o: PyObject, k: PyObject): void {
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__delitem__');
    if (m !== undefined) {
      callSpecial(m, o, [k]);
      return;
    }
  }
  builtinDelItem(o, k);
}

/** del obj[key] by the builtin types' own rules (list.__delitem__ ...). */
export function builtinDelItem(o: PyObject, k: PyObject): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, , step, length] = sliceIndices(k, o.items.length);
      if (step === 1) o.items.splice(start, length);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < length; i++, j += step) drop.add(j);
        o.items = o.items.filter((_, idx) => !drop.has(idx));
      }
      return;
    }
    o.items.splice(seqIndex(k, o.items.length, 'list', 'assignment index'), 1);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) throw new PyException(new PyBaseException(KeyError, [k]));
    return;
  }
  throw pyErr(TypeError, `'${typeOf(o).tpName}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------- iteration

/** iter(v). */
export function getIter(v: PyObject, msg?: string): PyObject {
  if (v instanceof PyList && v.cls.isBuiltin) return new ListIter(v);
  if (v instanceof PyTuple && v.cls.isBuiltin) return new ArrayIter(v.items);
  if (v instanceof PyRange) return rangeIter(v);
  if (typeof v === 'string') return new StrIter(v);
  if (v instanceof PyDict && v.cls.isBuiltin) return new DictIter(v, 0);
  if (v instanceof PyIterator) return v;
  if (v instanceof PySet && v.cls.isBuiltin) return new ArrayIter(v.ordered());
  if (v instanceof PyBytes && v.cls.isBuiltin) return new ArrayIter(Array.from(v.bytes));
  const m = userSpecial(v, '__iter__');
  if (m !== undefined) {
    const it = callSpecial(m, v, []);
    if (!(it instanceof PyIterator) && userSpecial(it, '__next__') === undefined) {
      throw pyErr(TypeError, `iter() returned non-iterator of type '${typeOf(it).tpName}'`);
    }
    return it;
  }
  if (v instanceof PyList) return new ListIter(v);
  if (v instanceof PyDict) return new DictIter(v, 0);
  if (v instanceof PyTuple) return new ArrayIter(v.items);
  if (v instanceof PySet) return new ArrayIter(v.ordered());
  if (v instanceof PyBytes) return new ArrayIter(Array.from(v.bytes));
  if (typeof v === 'object') {
    const bm = v.cls.lookup('__iter__');
    if (bm instanceof PyBuiltin) return callObject(bm, [v]);
  }
  if (v instanceof PyBoxed) return getIter(v.value, msg);
  if (userSpecial(v, '__getitem__') !== undefined) return new SeqIter(v);
  throw pyErr(TypeError, msg ?? `'${typeOf(v).tpName}' object is not iterable`);
}

/** The old sequence protocol: v[0], v[1], ... until IndexError. */
class SeqIter extends PyIterator {
  i = 0;
  constructor(readonly seq: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    if (this.i < 0) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (isPyErr(e, IndexError) || isPyErr(e, StopIteration)) {
        this.i = -1;
        return undefined;
      }
      throw e;
    }
  }
}

/** next(it), or undefined when exhausted. */
export function iterNext(it: PyObject): PyObject | undefined {
  if (it instanceof PyIterator) return it.next();
  const m = userSpecial(it, '__next__');
  if (m === undefined) throw pyErr(TypeError, `'${typeOf(it).tpName}' object is not an iterator`);
  try {
    return callSpecial(m, it, []);
  } catch (e) {
    if (isPyErr(e, StopIteration)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a fresh array. */
export function iterToArray(v: PyObject, unpacking: boolean | string = false): PyObject[] {
  if ((v instanceof PyList && v.cls.isBuiltin) || (v instanceof PyTuple && v.cls.isBuiltin)) return v.items.slice();
  const msg = typeof unpacking === 'string' ? unpacking : unpacking ? `cannot unpack non-iterable ${typeOf(v).tpName} object` : undefined;
  const it = getIter(v, msg);
  const out: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** UNPACK_SEQUENCE for a general iterable: stops reading one past `n` as CPython does. */
export function unpackIterable(v: PyObject, n: number): PyObject[] {
  const it = getIter(v, `cannot unpack non-iterable ${typeOf(v).tpName} object`);
  const out: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    out.push(x);
    if (out.length > n) break;
  }
  return out;
}

/** One step of `yield from`: send `v` into `iter`. */
export function yieldFromStep(iter: PyObject, v: PyObject): { done: boolean; value: PyObject } {
  if (iter instanceof PyGenerator) {
    const r = iter.resume(v, null);
    return r === undefined ? { done: true, value: iter.returnValue } : { done: false, value: r };
  }
  if (v === None) {
    const r = iterNext(iter);
    return r === undefined ? { done: true, value: None } : { done: false, value: r };
  }
  try {
    return { done: false, value: callObject(getAttr(iter, 'send'), [v]) };
  } catch (e) {
    if (isPyErr(e, StopIteration)) return { done: true, value: e.exc.args.length ? e.exc.args[0] : None };
    throw e;
  }
}
