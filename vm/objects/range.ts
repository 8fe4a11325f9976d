// range (CPython's rangeobject.c). Bounds are Python ints: JS numbers when safe, bigints beyond.
// A range whose bounds are all numbers iterates with the number-only RangeIter (the VM's FOR_ITER
// fast path); any other range uses LongRangeIter, CPython's longrange_iterator.

import { PyObj, rangeType, type PyObject } from './type';
import { big, normBig, intAdd, intMul, intSub, type Int } from './int';
import { IndexError, OverflowError, pyErr, ValueError } from './exceptions';
import { defMethod } from './function';
import { LongRangeIter, PyIterator, RangeIter } from './iterators';
import { None } from './none';
import type { PySlice } from './slice';
import { eq } from '../compare';
import { indexInt, iterNext, getIter } from '../ops';
import { isIntLike, toInt } from '../number';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** sys.maxsize: len() of a longer range raises OverflowError, as CPython's Py_ssize_t. */
const MAXSIZE = (1n << 63n) - 1n;

/** The number of items of range(start, stop, step); step is never 0. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const span = stop - start;
    // floor((span - 1) / step) is exact for safe integers: the quotient cannot round up to an integer.
    if (span <= MAX_SAFE && span >= -MAX_SAFE) {
      if (step > 0) return span > 0 ? Math.floor((span - 1) / step) + 1 : 0;
      return span < 0 ? Math.floor((-span - 1) / -step) + 1 : 0;
    }
  }
  const lo = big(start), hi = big(stop), st = big(step);
  if (st > 0n) return lo < hi ? normBig((hi - lo - 1n) / st + 1n) : 0;
  return lo > hi ? normBig((lo - hi - 1n) / -st + 1n) : 0;
}

export class PyRange extends PyObj {
  readonly length: Int;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super();
    this.length = rangeLength(start, stop, step);
  }
  /** The i-th item, 0 <= i < length. */
  item(i: Int): Int {
    if (typeof i === 'number' && typeof this.start === 'number' && typeof this.step === 'number') {
      const v = this.start + i * this.step;
      if (v <= MAX_SAFE && v >= -MAX_SAFE) return v;
    }
    return intAdd(this.start, intMul(i, this.step));
  }
}
PyRange.prototype.cls = rangeType;

/** len(r): an int, or OverflowError past sys.maxsize (CPython's range_length). */
export function rangeLen(r: PyRange): Int {
  const n = r.length;
  if (typeof n === 'bigint' && n > MAXSIZE) throw pyErr(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** The position of int n in r, or -1. */
function rangePosition(r: PyRange, n: Int): Int {
  const { start, step, length } = r;
  if (length === 0) return -1;
  if (typeof n === 'number' && typeof start === 'number' && typeof step === 'number' && typeof length === 'number') {
    const d = n - start;
    if (d <= MAX_SAFE && d >= -MAX_SAFE) {
      if (d % step !== 0) return -1;
      const k = d / step;
      return k >= 0 && k < length ? k : -1;
    }
  }
  const d = big(n) - big(start), st = big(step);
  if (d % st !== 0n) return -1;
  const k = d / st;
  return k >= 0n && k < big(length) ? normBig(k) : -1;
}

/** `n in r` for an int (or bool) n. */
export function rangeContains(r: PyRange, n: Int): boolean {
  return rangePosition(r, n) !== -1;
}

/** iter(r). */
export function rangeIter(r: PyRange): PyIterator {
  const { start, stop, step, length } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && typeof length === 'number') {
    return new RangeIter(start, step, length);
  }
  return new LongRangeIter(big(start), big(step), big(length), fitsLong(r));
}

/** reversed(r): the items from last to first. */
export function rangeReversed(r: PyRange): PyIterator {
  const { start, stop, step, length } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && typeof length === 'number') {
    return new RangeIter(length === 0 ? start : start + (length - 1) * step, -step, length);
  }
  const n = big(length);
  const last = n === 0n ? big(start) : big(start) + (n - 1n) * big(step);
  return new LongRangeIter(last, -big(step), n, fitsLong(r));
}

/** CPython keeps range_iterator when start, stop, step and length all fit in a C long. */
function fitsLong(r: PyRange): boolean {
  const lim = 1n << 63n;
  return [r.start, r.stop, r.step, r.length].every((v) => typeof v === 'number' || (v >= -lim && v < lim));
}

/** r[i] for an index operand (an int or an object with __index__). */
export function rangeItem(r: PyRange, k: PyObject): Int {
  let i = indexInt(k);
  if (i < 0) i = intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw pyErr(IndexError, 'range object index out of range');
  return r.item(i);
}

/** r[s] for a slice: a range (CPython's compute_slice with _PySlice_GetLongIndices). */
export function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const msg = 'slice indices must be integers or None or have an __index__ method';
  const length = r.length;
  const step = s.step === None ? 1 : indexInt(s.step, msg);
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  const neg = step < 0;
  const lower: Int = neg ? -1 : 0;
  const upper: Int = neg ? intSub(length, 1) : length;
  const clamp = (v: PyObject, dflt: Int): Int => {
    if (v === None) return dflt;
    let i = indexInt(v, msg);
    if (i < 0) {
      i = intAdd(i, length);
      return i < lower ? lower : i;
    }
    return i > upper ? upper : i;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return new PyRange(intAdd(r.start, intMul(start, r.step)), intAdd(r.start, intMul(stop, r.step)), intMul(step, r.step));
}

/** The Map key of a range: equal ranges (same items) give the same key. */
export function rangeKey(r: PyRange): string {
  const n = r.length;
  return n === 0 ? '0' : n === 1 ? `1,${r.start}` : `${n},${r.start},${r.step}`;
}

/** The items CPython hashes for a range: (len, start, step) with None for what does not matter. */
export function rangeHashItems(r: PyRange): PyObject[] {
  const n = r.length;
  return [n, n === 0 ? None : r.start, n <= 1 ? None : r.step];
}

// ---------------------------------------------------------------- methods

defMethod(rangeType, 'count', (args) => {
  const r = args[0] as PyRange, v = args[1];
  if (isIntLike(v)) return rangeContains(r, toInt(v)) ? 1 : 0;
  let c = 0;
  const it = getIter(r);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, v)) c++;
  return c;
}, ['o']);

defMethod(rangeType, 'index', (args) => {
  const r = args[0] as PyRange, v = args[1];
  if (isIntLike(v)) {
    const k = rangePosition(r, toInt(v));
    if (k === -1) throw pyErr(ValueError, `${v === true ? 'True' : v === false ? 'False' : v} is not in range`);
    return k;
  }
  const it = getIter(r);
  let i = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) if (eq(x, v)) return i;
  throw pyErr(ValueError, 'sequence.index(x): x not in sequence');
}, ['o']);

defMethod(rangeType, '__reversed__', (args) => rangeReversed(args[0] as PyRange), ['noargs']);

defMethod(rangeType, '__bool__', (args) => (args[0] as PyRange).length !== 0, ['noargs']);

/** range(stop), range(start, stop[, step]). */
export function makeRange(ints: Int[]): PyRange {
  if (ints.length === 1) return new PyRange(0, ints[0], 1);
  if (ints.length === 2) return new PyRange(ints[0], ints[1], 1);
  if (ints[2] === 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
  return new PyRange(ints[0], ints[1], ints[2]);
}
