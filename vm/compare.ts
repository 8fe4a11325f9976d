// Comparisons (CPython's object.c do_richcompare): ==, ordering, `in`, exception matching.

import { pyErr, TypeError, BaseException } from './objects/exceptions';
import { PyFloat } from './objects/float';
import { type Int } from './objects/int';
import { PyList } from './objects/list';
import { NotImplemented } from './objects/none';
import { PyRange, rangeContains } from './objects/range';
import { PySet } from './objects/set';
import { PyTuple } from './objects/tuple';
import { PyDict, PyDictView } from './objects/dict';
import { PyType, tupleType, typeOf, type PyObject } from './objects/type';
import { PyBoxed } from './objects/boxed';
import { PyComplex } from './objects/complex';
import { PyBytes, latin1 } from './objects/bytes';
import { isIntLike, toComplex, toInt, toSet } from './number';
import { asIndex, callSpecial, getIter, iterNext, truthy, userSpecial } from './ops';

// ---------------------------------------------------------------- comparison

const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];
const CMP_NAME = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];

/** Python ==. */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return a instanceof PyFloat ? a.value === a.value : true;
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  if (ta !== 'object' && tb !== 'object') {
    // ints and bools, possibly bigint vs number (loose equality is exact there)
    // eslint-disable-next-line eqeqeq
    return toInt(a as Int) == toInt(b as Int);
  }
  const r = richCompare(2, a, b);
  return typeof r === 'boolean' ? r : truthy(r);
}

function cmpNumbers(op: number, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    // eslint-disable-next-line eqeqeq
    case 2: return x == y;
    // eslint-disable-next-line eqeqeq
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
  }
}

function cmpOrder(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** Builtin comparison; NotImplemented when the types don't compare. */
/** a OP b (0..5) by the builtin types' own rules; NotImplemented when they do not compare. */
export function builtinCompare(op: number, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyBoxed) a = a.value;
  if (b instanceof PyBoxed) b = b.value;
  const na = isIntLike(a) ? toInt(a) : a instanceof PyFloat ? a.value : undefined;
  if (na !== undefined) {
    const nb = isIntLike(b) ? toInt(b) : b instanceof PyFloat ? b.value : undefined;
    if (nb !== undefined) return cmpNumbers(op, na, nb);
    return NotImplemented;
  }
  if (typeof a === 'string') {
    if (typeof b !== 'string') return NotImplemented;
    return cmpOrder(op, a < b ? -1 : a > b ? 1 : 0);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const x = a.bytes, y = b.bytes;
    let c = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i] - y[i];
    return cmpOrder(op, c !== 0 ? c : x.length - y.length);
  }
  if ((op === 2 || op === 3) && (a instanceof PyComplex || b instanceof PyComplex)) {
    const x = toComplex(a), y = toComplex(b);
    if (x === null || y === null) return NotImplemented;
    const r = x.real === y.real && x.imag === y.imag;
    return op === 2 ? r : !r;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return seqCompare(op, a.items, b.items);
  }
  if (op === 2 || op === 3) {
    let r: boolean | undefined;
    if (a instanceof PyDict && b instanceof PyDict) r = dictEq(a, b);
    else if (a instanceof PySet && b instanceof PySet) r = a.size === b.size && [...a.map.values()].every((v) => b.has(v));
    else if (a instanceof PyRange && b instanceof PyRange) r = rangeEq(a, b);
    else if ((a instanceof PyDictView && a.kind !== 1 && (b instanceof PySet || (b instanceof PyDictView && b.kind === a.kind)))
      || (b instanceof PyDictView && b.kind !== 1 && a instanceof PySet)) {
      const x = toSet(a), y = toSet(b);
      r = x.size === y.size && [...x.map.values()].every((v) => y.has(v));
    }
    if (r !== undefined) return op === 2 ? r : !r;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => [...x.map.values()].every((v) => y.has(v));
    switch (op) {
      case 0: return a.size < b.size && sub(a, b);
      case 1: return sub(a, b);
      case 4: return a.size > b.size && sub(b, a);
      case 5: return sub(b, a);
    }
  }
  return NotImplemented;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.map) {
    const w = b.get(a.origKey(k));
    if (w === undefined || (v !== w && !eq(v, w))) return false;
  }
  return true;
}

export function seqCompare(op: number, x: PyObject[], y: PyObject[]): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  // Item equality as CPython's PyObject_RichCompareBool: the same object is equal to itself (a NaN too).
  for (; i < n; i++) if (x[i] !== y[i] && !eq(x[i], y[i])) break;
  if (i >= n) return cmpOrder(op, x.length - y.length);
  if (op === 2) return false;
  if (op === 3) return true;
  const p = x[i], q = y[i];
  if ((typeof p === 'number' && typeof q === 'number') || (typeof p === 'string' && typeof q === 'string')) {
    return cmpOrder(op, p < q ? -1 : 1); // unequal, found above
  }
  return truthy(richCompare(op, p, q));
}

/** a OP b for the six rich comparisons (CPython's do_richcompare). */
export function richCompare(op: number, a: PyObject, b: PyObject): PyObject {
  const userA = typeof a === 'object' && !a.cls.isBuiltin;
  const userB = typeof b === 'object' && !b.cls.isBuiltin;
  if (userA || userB) {
    const ta = typeOf(a), tb = typeOf(b);
    let triedReflected = false;
    if (userB && tb !== ta && tb.isSubtypeOf(ta)) {
      const m = userSpecial(b, CMP_NAME[CMP_SWAP[op]]);
      triedReflected = true;
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
    if (userA) {
      const m = userSpecial(a, CMP_NAME[op]);
      if (m !== undefined) {
        const r = callSpecial(m, a, [b]);
        if (r !== NotImplemented) return r;
      }
      if (op === 3) {
        const m2 = userSpecial(a, '__eq__');
        if (m2 !== undefined) {
          const r = callSpecial(m2, a, [b]);
          if (r !== NotImplemented) return !truthy(r);
        }
      }
    }
    if (userB && !triedReflected) {
      const m = userSpecial(b, CMP_NAME[CMP_SWAP[op]]);
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  const r = builtinCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw pyErr(TypeError, `'${CMP_SYM[op]}' not supported between instances of '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
}

/** COMPARE_OP 0..5. */
export function compareOp(op: number, a: PyObject, b: PyObject): PyObject {
  return richCompare(op, a, b);
}

/** a < b as a JS boolean (sort, min, max). */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  // Sort keys like (-count, word) without richCompare's and builtinCompare's dispatch.
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) return seqCompare(0, a.items, b.items);
  const r = richCompare(0, a, b);
  return r === true || (r !== false && truthy(r));
}

/** `item in container`. */
export function contains(container: PyObject, item: PyObject): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).tpName}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PyBytes) {
    if (item instanceof PyBytes) return latin1(container.bytes).includes(latin1(item.bytes));
    return container.bytes.includes(asIndex(item));
  }
  if (container instanceof PyDictView) {
    const d = container.dict;
    if (container.kind === 0) return d.has(item);
    if (container.kind === 2) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
      const v = d.get(item.items[0]);
      return v !== undefined && (v === item.items[1] || eq(v, item.items[1]));
    }
  }
  if (container instanceof PySet) return container.has(item);
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (items[i] === item || eq(items[i], item)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (!isIntLike(item)) return iterContains(container, item);
    return rangeContains(container, toInt(item));
  }
  const m = userSpecial(container, '__contains__');
  if (m !== undefined) return truthy(callSpecial(m, container, [item]));
  if (container instanceof PyBoxed) return contains(container.value, item);
  return iterContains(container, item);
}

function iterContains(container: PyObject, item: PyObject): boolean {
  const it = getIter(container, `argument of type '${typeOf(container).tpName}' is not iterable`);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (v === item || eq(v, item)) return true;
  return false;
}

/** `except` clause matching: `cls` is an exception class or a tuple of them. */
export function exceptionMatch(exc: PyObject, cls: PyObject): boolean {
  const t = typeOf(exc);
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatch(exc, c));
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(BaseException)) {
    throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return t.isSubtypeOf(cls);
}
