// Iterator objects for the builtin containers (CPython's iterobject.c, listobject.c's listiterator,
// rangeobject.c's rangeiterator...). next() returns undefined when exhausted: no StopIteration
// is created for the common `for` loop.

import { PyType, objectType, PyObj, type PyObject } from './type';
import type { PyList } from './list';
import type { PyDict } from './dict';
import { PyTuple } from './tuple';
import { pyErr, RuntimeError, StopIteration } from './exceptions';
import { defMethod } from './function';

export abstract class PyIterator extends PyObj {
  /** The next item, or undefined when exhausted. */
  abstract next(): PyObject | undefined;
}

/** The iterator protocol for a type whose instances are PyIterators: __iter__ is self, __next__ steps. */
export function addIteratorProtocol(t: PyType): PyType {
  defMethod(t, '__iter__', (args) => args[0]);
  defMethod(t, '__next__', (args) => {
    const v = (args[0] as PyIterator).next();
    if (v === undefined) throw pyErr(StopIteration);
    return v;
  });
  return t;
}

/** An iterator whose next() is a closure (enumerate, zip, map, the itertools types...). */
export class FnIter extends PyIterator {
  constructor(cls: PyType, readonly step: () => PyObject | undefined) {
    super();
    this.cls = cls;
  }
  next(): PyObject | undefined {
    return this.step();
  }
}

/** A container's iterator type: not subclassable, not callable (CPython's list_iterator...). */
function iterType(name: string): PyType {
  const t = new PyType(name, [objectType]);
  t.baseType = false;
  t.newInstance = null;
  return addIteratorProtocol(t);
}

export const listIteratorType = iterType('list_iterator');
export const tupleIteratorType = iterType('tuple_iterator');
export const rangeIteratorType = iterType('range_iterator');
export const strIteratorType = iterType('str_ascii_iterator');
export const dictKeyIteratorType = iterType('dict_keyiterator');
export const dictValueIteratorType = iterType('dict_valueiterator');
export const dictItemIteratorType = iterType('dict_itemiterator');
export const seqIteratorType = iterType('iterator');

export class ListIter extends PyIterator {
  i = 0;
  constructor(readonly list: PyList) {
    super();
  }
  next(): PyObject | undefined {
    const items = this.list.items;
    return this.i < items.length ? items[this.i++] : undefined;
  }
}
ListIter.prototype.cls = listIteratorType;

/** Over a fixed JS array (tuple items, snapshots). */
export class ArrayIter extends PyIterator {
  i = 0;
  constructor(readonly items: readonly PyObject[]) {
    super();
  }
  next(): PyObject | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
}
ArrayIter.prototype.cls = tupleIteratorType;

export class RangeIter extends PyIterator {
  constructor(public next_: number, readonly step: number, public remaining: number) {
    super();
  }
  next(): PyObject | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    const v = this.next_;
    this.next_ += this.step;
    return v;
  }
}
RangeIter.prototype.cls = rangeIteratorType;

export class StrIter extends PyIterator {
  i = 0;
  constructor(readonly s: string) {
    super();
  }
  next(): PyObject | undefined {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c < 0xdc00 && this.i + 1 < s.length) {
      const r = s.slice(this.i, this.i + 2);
      this.i += 2;
      return r;
    }
    return s[this.i++];
  }
}
StrIter.prototype.cls = strIteratorType;

export const DictIterKind = { KEYS: 0, VALUES: 1, ITEMS: 2 } as const;

export class DictIter extends PyIterator {
  private readonly it: Iterator<[unknown, PyObject]>;
  private readonly size: number;
  constructor(readonly dict: PyDict, readonly kind: number) {
    super();
    this.it = dict.map.entries();
    this.size = dict.map.size;
    this.cls = kind === 0 ? dictKeyIteratorType : kind === 1 ? dictValueIteratorType : dictItemIteratorType;
  }
  next(): PyObject | undefined {
    if (this.dict.map.size !== this.size) throw pyErr(RuntimeError, 'dictionary changed size during iteration');
    const r = this.it.next();
    if (r.done) return undefined;
    const [k, v] = r.value;
    if (this.kind === 1) return v;
    const key = this.dict.origKey(k);
    return this.kind === 0 ? key : new PyTuple([key, v]);
  }
}

export const longRangeIteratorType = iterType('longrange_iterator');
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** A range's iterator when a bound is past 2**53 (CPython's longrange_iterator): bigint arithmetic. */
export class LongRangeIter extends PyIterator {
  constructor(public next_: bigint, readonly step: bigint, public remaining: bigint, fitsLong: boolean) {
    super();
    // CPython uses range_iterator whenever the values fit in a C long.
    this.cls = fitsLong ? rangeIteratorType : longRangeIteratorType;
  }
  next(): PyObject | undefined {
    if (this.remaining <= 0n) return undefined;
    this.remaining--;
    const v = this.next_;
    this.next_ += this.step;
    return v <= MAX_SAFE_BIG && v >= -MAX_SAFE_BIG ? Number(v) : v;
  }
}
