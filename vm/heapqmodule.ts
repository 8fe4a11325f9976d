// The _heapq module (CPython's _heapqmodule.c): the five core heap operations natively, under
// lib/heapq.py which imports them. The same sift algorithm as CPython's (children promoted to a
// leaf, then the item bubbles up), so the lists come out element for element as CPython's.

import { PyBuiltin } from './objects/function';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { IndexError, pyErr, RuntimeError, TypeError } from './objects/exceptions';
import { typeOf, type PyObject } from './objects/type';
import { None } from './objects/none';
import { lessThan } from './compare';

function heapArg(fname: string, v: PyObject, which = ' 1'): PyObject[] {
  if (!(v instanceof PyList)) throw pyErr(TypeError, `${fname}() argument${which} must be list, not ${typeOf(v).tpName}`);
  return v.items;
}

/** a < b; the list must not change size while a comparison runs user code. */
function lt(heap: PyObject[], n: number, a: PyObject, b: PyObject): boolean {
  const r = lessThan(a, b);
  if (heap.length !== n) throw pyErr(RuntimeError, 'list changed size during iteration');
  return r;
}

/** Move heap[pos] up towards `top` while it is smaller than its parent. */
function bubbleUp(heap: PyObject[], top: number, pos: number): void {
  const n = heap.length;
  const item = heap[pos];
  while (pos > top) {
    const parent = (pos - 1) >> 1;
    const above = heap[parent];
    if (!lt(heap, n, item, above)) break;
    heap[pos] = above;
    pos = parent;
  }
  heap[pos] = item;
}

/** Promote the smaller child down to a leaf, then bubble the displaced item up. */
function sink(heap: PyObject[], pos: number): void {
  const end = heap.length;
  const top = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(heap, end, heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  bubbleUp(heap, top, pos);
}

/** The _heapq module. */
export function makeHeapqModule(): PyModule {
  const m = new PyModule('_heapq');
  const def = (name: string, arity: number, fn: (args: PyObject[]) => PyObject) =>
    m.dict.setStr(name, new PyBuiltin(name, (args, kw) => {
      if (kw && kw.size) throw pyErr(TypeError, `_heapq.${name}() takes no keyword arguments`);
      if (args.length !== arity) {
        throw pyErr(TypeError, arity === 1 ? `_heapq.${name}() takes exactly one argument (${args.length} given)` : `${name} expected ${arity} arguments, got ${args.length}`);
      }
      return fn(args);
    }));
  def('heappush', 2, (a) => {
    const heap = heapArg('heappush', a[0]);
    heap.push(a[1]);
    bubbleUp(heap, 0, heap.length - 1);
    return None;
  });
  def('heappop', 1, (a) => {
    const heap = heapArg('heappop', a[0], '');
    if (heap.length === 0) throw pyErr(IndexError, 'index out of range');
    const last = heap.pop()!;
    if (heap.length === 0) return last;
    const smallest = heap[0];
    heap[0] = last;
    sink(heap, 0);
    return smallest;
  });
  def('heapreplace', 2, (a) => {
    const heap = heapArg('heapreplace', a[0]);
    if (heap.length === 0) throw pyErr(IndexError, 'index out of range');
    const smallest = heap[0];
    heap[0] = a[1];
    sink(heap, 0);
    return smallest;
  });
  def('heappushpop', 2, (a) => {
    const heap = heapArg('heappushpop', a[0]);
    let item = a[1];
    if (heap.length && lt(heap, heap.length, heap[0], item)) {
      const top = heap[0];
      heap[0] = item;
      item = top;
      sink(heap, 0);
    }
    return item;
  });
  def('heapify', 1, (a) => {
    const heap = heapArg('heapify', a[0], '');
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) sink(heap, i);
    return None;
  });
  return m;
}
