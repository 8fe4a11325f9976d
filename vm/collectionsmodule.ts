// The _collections module (CPython's _collectionsmodule.c, odictobject.c and the hot parts of
// collections/__init__.py): deque, defaultdict, Counter, OrderedDict and namedtuple as native
// extension types. lib/collections/__init__.py re-exports them and adds ChainMap and the User* classes.

import { callObject } from './call';
import { PyDict, PyDictView, dictUpdate } from './objects/dict';
import {
  AttributeError, IndexError, isPyErr, KeyError, NotImplementedError as NotImplementedErrorT, PyBaseException, PyException, pyErr,
  RuntimeError, TypeError, ValueError,
} from './objects/exceptions';
import { defExtMethod, defMethod, PyBuiltin, PyClassMethod, PyProperty } from './objects/function';
import { PyList, sortItems } from './objects/list';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import { addIteratorProtocol, ArrayIter, PyIterator } from './objects/iterators';
import {
  dictItemsType, dictKeysType, dictType, dictValuesType, objectType, PyObj, PyType, tupleType, typeOf, type NativeFn, type PyObject,
} from './objects/type';
import { PyBoxed } from './objects/boxed';
import { asIndex, getItem, getIter, iterNext, iterToArray, setItem, truthy } from './ops';
import { binaryOp, BIN, isIntLike } from './number';
import { builtinCompare, eq, lessThan, richCompare, seqCompare } from './compare';
import { getAttr } from './attributes';
import { builtinRepr, repr, str } from './repr';
import { getVM } from './eval';
import { importAbsolute } from './imports';

function extType(name: string, base: PyType = objectType): PyType {
  const t = new PyType(name, [base], false);
  t.dict.set('__module__', 'collections');
  return t;
}

// ---------------------------------------------------------------- deque

export const dequeType = extType('deque');

export class PyDeque extends PyObj {
  /** The elements are buf[head..]: popleft advances head instead of shifting the whole array. */
  private buf: PyObject[] = [];
  private head = 0;
  maxlen: number | null = null;
  /** Bumped by every change of length, so iterators notice (CPython's deque->state). */
  state = 0;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  get length(): number {
    return this.buf.length - this.head;
  }
  /** The elements as one array, compacted first (writes to it change the deque). */
  get items(): PyObject[] {
    if (this.head) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
    return this.buf;
  }
  set items(v: PyObject[]) {
    this.buf = v;
    this.head = 0;
  }
  at(i: number): PyObject {
    return this.buf[this.head + i];
  }
  setAt(i: number, v: PyObject): void {
    this.buf[this.head + i] = v;
  }
  push(v: PyObject, left: boolean): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (left) {
      this.pushFront(v);
      if (this.maxlen !== null && this.length > this.maxlen) this.buf.pop();
    } else {
      this.buf.push(v);
      if (this.maxlen !== null && this.length > this.maxlen) this.shiftFront();
    }
  }
  popRight(): PyObject {
    this.state++;
    const v = this.buf.pop()!;
    if (this.buf.length === this.head) this.items = [];
    return v;
  }
  popLeft(): PyObject {
    this.state++;
    return this.shiftFront();
  }
  /** Rotate k steps to the right (0 < k < length), moving the fewer elements. */
  rotate(k: number): void {
    this.state++;
    const n = this.length;
    if (k <= n - k) for (let i = 0; i < k; i++) this.pushFront(this.buf.pop()!);
    else {
      for (let i = 0; i < n - k; i++) {
        const v = this.shiftFront(); // may replace this.buf: read it after
        this.buf.push(v);
      }
    }
  }
  private pushFront(v: PyObject): void {
    if (this.head === 0) {
      // Room at the front, doubling: appendleft is amortised O(1).
      const n = this.buf.length;
      const pad = Math.max(8, n);
      const grown = new Array<PyObject>(pad + n);
      for (let i = 0; i < n; i++) grown[pad + i] = this.buf[i];
      this.buf = grown;
      this.head = pad;
    }
    this.buf[--this.head] = v;
  }
  private shiftFront(): PyObject {
    const v = this.buf[this.head];
    this.buf[this.head++] = None; // drop the reference
    if (this.head === this.buf.length) this.items = [];
    else if (this.head >= 64 && this.head * 2 >= this.buf.length) this.items = this.buf.slice(this.head);
    return v;
  }
  extend(src: PyObject, left: boolean): void {
    // A snapshot first: d.extend(d) must not loop forever.
    const xs = iterToArray(src);
    for (let i = 0; i < xs.length; i++) this.push(xs[i], left);
  }
  copy(): PyDeque {
    const c = new PyDeque(this.cls);
    c.items = this.items.slice();
    c.maxlen = this.maxlen;
    return c;
  }
}

function dq(args: PyObject[]): PyDeque {
  return args[0] as PyDeque;
}

function findIn(d: PyDeque, x: PyObject, start = 0, stop = d.length): number {
  const n = d.length;
  const state = d.state;
  for (let i = start; i < stop && i < n; i++) {
    const v = d.at(i);
    if (v === x || eq(v, x)) return i;
    if (d.state !== state || d.length !== n) throw pyErr(RuntimeError, 'deque mutated during iteration');
  }
  return -1;
}

/** deque(...) and d.__init__(...): (iterable=(), maxlen=None). */
function dequeInit(d: PyDeque, args: PyObject[], kw: Map<string, PyObject> | null): void {
  if (args.length > 2) throw pyErr(TypeError, `deque expected at most 2 arguments, got ${args.length}`);
  if (kw) for (const k of kw.keys()) if (k !== 'iterable' && k !== 'maxlen') throw pyErr(TypeError, `'${k}' is an invalid keyword argument for deque()`);
  const it = args[0] ?? kw?.get('iterable');
  const ml = args[1] ?? kw?.get('maxlen') ?? None;
  if (ml !== None && !isIntLike(ml) && !(ml instanceof PyBoxed && isIntLike(ml.value))) throw pyErr(TypeError, 'an integer is required');
  d.maxlen = ml === None ? null : asIndex(ml);
  if (d.maxlen !== null && d.maxlen < 0) throw pyErr(ValueError, 'maxlen must be non-negative');
  d.items = [];
  if (it !== undefined) d.extend(it, false);
}

dequeType.newInstance = (cls, args, kw) => {
  const d = new PyDeque(cls);
  if (cls === dequeType) dequeInit(d, args, kw);
  return d;
};
defExtMethod(dequeType, '__init__', (args, kw) => {
  dequeInit(dq(args), args.slice(1), kw);
  return None;
});
defExtMethod(dequeType, 'append', (args) => { dq(args).push(args[1], false); return None; });
defExtMethod(dequeType, 'appendleft', (args) => { dq(args).push(args[1], true); return None; });
defExtMethod(dequeType, 'extend', (args) => { dq(args).extend(args[1], false); return None; });
defExtMethod(dequeType, 'extendleft', (args) => { dq(args).extend(args[1], true); return None; });
defExtMethod(dequeType, 'pop', (args) => {
  const d = dq(args);
  if (d.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
  return d.popRight();
});
defExtMethod(dequeType, 'popleft', (args) => {
  const d = dq(args);
  if (d.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
  return d.popLeft();
});
defExtMethod(dequeType, 'clear', (args) => {
  dq(args).items = [];
  dq(args).state++;
  return None;
});
defExtMethod(dequeType, 'copy', (args) => dq(args).copy());
defExtMethod(dequeType, '__copy__', (args) => dq(args).copy());
defExtMethod(dequeType, 'count', (args) => {
  let n = 0;
  for (const x of dq(args).items.slice()) if (x === args[1] || eq(x, args[1])) n++;
  return n;
});
defExtMethod(dequeType, 'index', (args) => {
  const d = dq(args);
  if (args.length < 2 || args.length > 4) throw pyErr(TypeError, `index expected at least 1 argument, got ${args.length - 1}`);
  const n = d.items.length;
  const clamp = (v: PyObject | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    let i = asIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const i = findIn(d, args[1], clamp(args[2], 0), clamp(args[3], n));
  if (i < 0) throw pyErr(ValueError, `${repr(args[1])} is not in deque`);
  return i;
});
defExtMethod(dequeType, 'remove', (args) => {
  const d = dq(args);
  const i = findIn(d, args[1]);
  if (i < 0) throw pyErr(ValueError, `${repr(args[1])} is not in deque`);
  d.items.splice(i, 1);
  d.state++;
  return None;
});
defExtMethod(dequeType, 'insert', (args) => {
  const d = dq(args);
  if (args.length !== 3) throw pyErr(TypeError, `insert() takes exactly 2 arguments (${args.length - 1} given)`);
  if (d.maxlen !== null && d.items.length >= d.maxlen) throw pyErr(IndexError, 'deque already at its maximum size');
  let i = asIndex(args[1]);
  const n = d.items.length;
  if (i < 0) i = Math.max(0, i + n);
  d.items.splice(Math.min(i, n), 0, args[2]);
  d.state++;
  return None;
});
defExtMethod(dequeType, 'reverse', (args) => { dq(args).items.reverse(); return None; });
defExtMethod(dequeType, 'rotate', (args) => {
  const d = dq(args);
  const k0 = args.length > 1 ? asIndex(args[1]) : 1;
  const n = d.length;
  if (n <= 1) return None;
  const k = ((k0 % n) + n) % n;
  if (k) d.rotate(k);
  return None;
});
defExtMethod(dequeType, '__len__', (args) => dq(args).length);
defExtMethod(dequeType, '__bool__', (args) => dq(args).length > 0);
defExtMethod(dequeType, '__iter__', (args) => new DequeIter(dq(args), false));
defExtMethod(dequeType, '__reversed__', (args) => new DequeIter(dq(args), true));
defExtMethod(dequeType, '__contains__', (args) => findIn(dq(args), args[1]) >= 0);
function dequeIndex(d: PyDeque, k: PyObject): number {
  if (!isIntLike(k) && !(typeof k === 'object' && typeOf(k).lookup('__index__') !== undefined)) {
    throw pyErr(TypeError, `sequence index must be integer, not '${typeOf(k).tpName}'`);
  }
  let i = asIndex(k);
  const n = d.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw pyErr(IndexError, 'deque index out of range');
  return i;
}
defExtMethod(dequeType, '__getitem__', (args) => dq(args).at(dequeIndex(dq(args), args[1])));
defExtMethod(dequeType, '__setitem__', (args) => { dq(args).setAt(dequeIndex(dq(args), args[1]), args[2]); return None; });
defExtMethod(dequeType, '__delitem__', (args) => {
  dq(args).items.splice(dequeIndex(dq(args), args[1]), 1);
  dq(args).state++;
  return None;
});
for (const [name, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]] as const) {
  defExtMethod(dequeType, name, (args) => {
    const o = args[1];
    if (!(o instanceof PyDeque)) return NotImplemented;
    return seqCompare(op, dq(args).items, o.items);
  });
}
dequeType.dict.set('__hash__', None);
defExtMethod(dequeType, '__repr__', (args) => {
  const d = dq(args);
  const name = typeOf(d).name;
  if (reprBusy.has(d)) return '[...]';
  reprBusy.add(d);
  try {
    const inner = '[' + d.items.map(repr).join(', ') + ']';
    return d.maxlen === null ? `${name}(${inner})` : `${name}(${inner}, maxlen=${d.maxlen})`;
  } finally {
    reprBusy.delete(d);
  }
});
const reprBusy = new Set<PyObject>();
defExtMethod(dequeType, '__add__', (args) => {
  const o = args[1];
  if (!(o instanceof PyDeque)) throw pyErr(TypeError, `can only concatenate deque (not "${typeOf(o).tpName}") to deque`);
  const c = dq(args).copy();
  for (const x of o.items.slice()) c.push(x, false);
  return c;
});
function dequeRepeat(d: PyDeque, k: PyObject): PyDeque {
  if (!isIntLike(k) && !(typeof k === 'object' && typeOf(k).lookup('__index__') !== undefined)) {
    throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(k).tpName}'`);
  }
  const n = asIndex(k);
  const src = d.items.slice();
  d.items = [];
  for (let i = 0; i < n; i++) for (const x of src) d.push(x, false);
  return d;
}
defExtMethod(dequeType, '__mul__', (args) => dequeRepeat(dq(args).copy(), args[1]));
defExtMethod(dequeType, '__rmul__', (args) => dequeRepeat(dq(args).copy(), args[1]));
defExtMethod(dequeType, '__imul__', (args) => dequeRepeat(dq(args), args[1]));
defExtMethod(dequeType, '__iadd__', (args) => { dq(args).extend(args[1], false); return args[0]; });
dequeType.dict.set('maxlen', new PyProperty(new PyBuiltin('maxlen', (a) => (dq(a).maxlen === null ? None : dq(a).maxlen!)), None, None, None));
dequeType.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (a) => a[0])));

/** A deque's iterator; CPython raises when the deque changes size under it. */
class DequeIter extends PyIterator {
  private i = 0;
  private readonly n: number;
  private readonly state: number;
  constructor(readonly d: PyDeque, readonly reversed: boolean) {
    super();
    this.n = d.length;
    this.state = d.state;
    this.cls = reversed ? dequeRevIterType : dequeIterType;
  }
  next(): PyObject | undefined {
    const d = this.d;
    if (d.state !== this.state) throw pyErr(RuntimeError, 'deque mutated during iteration');
    if (this.i >= this.n) return undefined;
    const k = this.i++;
    return this.reversed ? d.at(this.n - 1 - k) : d.at(k);
  }
}
const dequeIterType = iterType('_deque_iterator');
const dequeRevIterType = iterType('_deque_reverse_iterator');
function iterType(name: string): PyType {
  const t = new PyType(name, [objectType]);
  t.dict.set('__module__', '_collections');
  t.newInstance = null;
  return addIteratorProtocol(t);
}

// ---------------------------------------------------------------- defaultdict

export const defaultdictType = extType('defaultdict', dictType);
defaultdictType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};
/** default_factory lives beside the dict, not in a __dict__ (CPython keeps it in the C struct). */
const factories = new WeakMap<PyDict, PyObject>();
function factoryOf(d: PyDict): PyObject {
  return factories.get(d) ?? None;
}
defExtMethod(defaultdictType, '__init__', (args, kw) => {
  const self = args[0] as PyDict;
  const factory = args.length > 1 ? args[1] : None;
  if (factory !== None && !isCallable(factory)) throw pyErr(TypeError, 'first argument must be callable or None');
  factories.set(self, factory);
  dictUpdate(self, args.slice(2), kw, 'defaultdict');
  return None;
});
defaultdictType.dict.set('default_factory', new PyProperty(
  new PyBuiltin('default_factory', (a) => factoryOf(a[0] as PyDict)),
  new PyBuiltin('default_factory', (a) => { factories.set(a[0] as PyDict, a[1]); return None; }),
  None, None));
defExtMethod(defaultdictType, '__missing__', (args) => {
  const self = args[0] as PyDict;
  const factory = factoryOf(self);
  if (factory === None) throw new PyException(new PyBaseException(KeyError, [args[1]]));
  const v = callObject(factory, []);
  setItem(self, args[1], v);
  return v;
});
defExtMethod(defaultdictType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const factory = factoryOf(self);
  let f: string;
  if (factory === None) f = 'None';
  else if (reprBusy.has(factory)) f = '...';
  else {
    reprBusy.add(factory);
    try {
      f = repr(factory);
    } finally {
      reprBusy.delete(factory);
    }
  }
  return `${typeOf(self).name}(${f}, ${builtinRepr(self)})`;
});
function defaultdictCopy(self: PyDict): PyDict {
  const c = callObject(typeOf(self), [factoryOf(self), self]) as PyDict;
  return c;
}
defExtMethod(defaultdictType, 'copy', (args) => defaultdictCopy(args[0] as PyDict));
defExtMethod(defaultdictType, '__copy__', (args) => defaultdictCopy(args[0] as PyDict));
defExtMethod(defaultdictType, '__or__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const c = defaultdictCopy(args[0] as PyDict);
  dictUpdate(c, [args[1]], null, 'update');
  return c;
});
defExtMethod(defaultdictType, '__ror__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const self = args[0] as PyDict;
  const c = callObject(typeOf(self), [factoryOf(self), args[1]]) as PyDict;
  dictUpdate(c, [self], null, 'update');
  return c;
});
defExtMethod(defaultdictType, '__ior__', (args) => {
  dictUpdate(args[0] as PyDict, [args[1]], null, 'update');
  return args[0];
});

function isCallable(v: PyObject): boolean {
  return typeof v === 'object' && (v instanceof PyType || typeOf(v).lookup('__call__') !== undefined || ['function', 'builtin_function_or_method', 'method', 'partial', '_lru_cache_wrapper'].includes(typeOf(v).name));
}

// ---------------------------------------------------------------- Counter

export const counterType = extType('Counter', dictType);
counterType.heapType = true; // a Python class in CPython: messages name it without its module
counterType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};

/** self[k] with Counter's default of 0 (no __missing__ call: the count is what matters). */
function count(self: PyDict, k: PyObject): PyObject {
  return self.get(k) ?? 0;
}
function positive(v: PyObject): boolean {
  return typeof v === 'number' ? v > 0 : truthy(richCompare(4, v, 0));
}

/** Counter.update / subtract: a mapping adds its counts, an iterable counts its items. */
function counterAdd(self: PyDict, src: PyObject | undefined, kw: Map<string, PyObject> | null, sign: number): void {
  const op = sign > 0 ? BIN.ADD : BIN.SUB;
  const bump = (k: PyObject, n: PyObject) => {
    const old = self.get(k) ?? 0;
    self.set(k, typeof old === 'number' && typeof n === 'number' && Number.isSafeInteger(old + sign * n) ? old + sign * n : binaryOp(op, old, n));
  };
  if (src !== undefined && src !== None) {
    if (src instanceof PyDict && sign > 0 && self.size === 0) {
      // CPython: an empty Counter takes a mapping's counts as they are (dict.update).
      dictUpdate(self, [src], null, 'update');
    } else if (src instanceof PyDict) {
      for (const [k, v] of [...src.map]) bump(src.origKey(k), v);
    } else if (typeof src === 'object' && typeOf(src).lookup('keys') !== undefined && typeOf(src).lookup('__getitem__') !== undefined) {
      for (const k of iterToArray(callObject(getAttr(src, 'keys'), []))) bump(k, getItem(src, k));
    } else {
      const it = getIter(src);
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) bump(x, 1);
    }
  }
  if (kw) for (const [k, v] of kw) bump(k, v);
}

function newCounter(): PyDict {
  return counterType.newInstance!(counterType, [], null) as PyDict;
}
function isCounter(v: PyObject): v is PyDict {
  return v instanceof PyDict && typeOf(v).isSubtypeOf(counterType);
}
function items(d: PyDict): [PyObject, PyObject][] {
  return [...d.map].map(([k, v]) => [d.origKey(k), v]);
}

/** Items sorted by count, largest first; stable for equal counts (most_common). */
function mostCommon(self: PyDict): PyTuple[] {
  const out = items(self).map(([k, v]) => new PyTuple([k, v]));
  sortItems(out, new PyBuiltin('count', (a) => (a[0] as PyTuple).items[1]), true);
  return out;
}

function counterArgs(name: string, args: PyObject[]): void {
  if (args.length > 2) throw pyErr(TypeError, `Counter.${name}() takes from 1 to 2 positional arguments but ${args.length} were given`);
}
defExtMethod(counterType, '__init__', (args, kw) => {
  counterArgs('__init__', args);
  counterAdd(args[0] as PyDict, args[1], kw, 1);
  return None;
});
defExtMethod(counterType, '__missing__', () => 0);
defExtMethod(counterType, '__delitem__', (args) => {
  (args[0] as PyDict).delete(args[1]);
  return None;
});
defExtMethod(counterType, 'update', (args, kw) => {
  counterArgs('update', args);
  counterAdd(args[0] as PyDict, args[1], kw, 1);
  return None;
});
defExtMethod(counterType, 'subtract', (args, kw) => {
  counterArgs('subtract', args);
  counterAdd(args[0] as PyDict, args[1], kw, -1);
  return None;
});
defExtMethod(counterType, 'most_common', (args, kw) => {
  const all = mostCommon(args[0] as PyDict);
  const n = args[1] ?? kw?.get('n') ?? None;
  return new PyList(n === None ? all : all.slice(0, Math.max(0, asIndex(n))));
});
defExtMethod(counterType, 'elements', (args) => {
  const self = args[0] as PyDict;
  const out: PyObject[] = [];
  for (const [k, v] of items(self)) {
    if (!isIntLike(v)) throw pyErr(TypeError, `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
    for (let i = 0; i < Number(v); i++) out.push(k);
  }
  return chainIter(out);
});
defExtMethod(counterType, 'total', (args) => {
  let t: PyObject = 0;
  for (const v of (args[0] as PyDict).map.values()) t = binaryOp(BIN.ADD, t, v);
  return t;
});
defExtMethod(counterType, 'copy', (args) => callObject(typeOf(args[0]), [args[0]]));
defExtMethod(counterType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const name = typeOf(self).name;
  if (self.size === 0) return `${name}()`;
  let sorted: PyTuple[];
  try {
    sorted = mostCommon(self);
  } catch (e) {
    // Counts that do not order (CPython falls back to the dict's own repr).
    if (!isPyErr(e, TypeError)) throw e;
    return `${name}(${builtinRepr(self)})`;
  }
  if (reprBusy.has(self)) return '...';
  reprBusy.add(self);
  try {
    return `${name}({${sorted.map((t) => `${repr(t.items[0])}: ${repr(t.items[1])}`).join(', ')}})`;
  } finally {
    reprBusy.delete(self);
  }
});

/** The binary operators: a new Counter (never a subclass) with the positive results. */
function counterBinary(name: string, combine: (a: PyDict, b: PyDict, out: PyDict) => void) {
  defExtMethod(counterType, name, (args) => {
    const a = args[0] as PyDict, b = args[1];
    if (!isCounter(b)) return NotImplemented;
    const out = newCounter();
    combine(a, b, out);
    return out;
  });
}
counterBinary('__add__', (a, b, out) => {
  for (const [k, v] of items(a)) {
    const n = binaryOp(BIN.ADD, v, count(b, k));
    if (positive(n)) out.set(k, n);
  }
  for (const [k, v] of items(b)) if (!a.has(k) && positive(v)) out.set(k, v);
});
counterBinary('__sub__', (a, b, out) => {
  for (const [k, v] of items(a)) {
    const n = binaryOp(BIN.SUB, v, count(b, k));
    if (positive(n)) out.set(k, n);
  }
  for (const [k, v] of items(b)) if (!a.has(k) && lessThan(v, 0)) out.set(k, binaryOp(BIN.SUB, 0, v));
});
counterBinary('__or__', (a, b, out) => {
  for (const [k, v] of items(a)) {
    const o = count(b, k);
    const n = lessThan(v, o) ? o : v;
    if (positive(n)) out.set(k, n);
  }
  for (const [k, v] of items(b)) if (!a.has(k) && positive(v)) out.set(k, v);
});
counterBinary('__and__', (a, b, out) => {
  for (const [k, v] of items(a)) {
    const o = count(b, k);
    const n = lessThan(v, o) ? v : o;
    if (positive(n)) out.set(k, n);
  }
});
defExtMethod(counterType, '__pos__', (args) => {
  const out = newCounter();
  for (const [k, v] of items(args[0] as PyDict)) if (positive(v)) out.set(k, v);
  return out;
});
defExtMethod(counterType, '__neg__', (args) => {
  const out = newCounter();
  for (const [k, v] of items(args[0] as PyDict)) if (lessThan(v, 0)) out.set(k, binaryOp(BIN.SUB, 0, v));
  return out;
});

/** The in-place operators: update self, then drop the counts that are not positive. */
function counterInplace(name: string, update: (a: PyDict, b: PyDict) => void) {
  defExtMethod(counterType, name, (args) => {
    const a = args[0] as PyDict, b = args[1];
    if (!isCounter(b)) return NotImplemented;
    update(a, b);
    for (const [k, v] of items(a)) if (!positive(v)) a.delete(k);
    return a;
  });
}
counterInplace('__iadd__', (a, b) => { for (const [k, v] of items(b)) a.set(k, binaryOp(BIN.ADD, count(a, k), v)); });
counterInplace('__isub__', (a, b) => { for (const [k, v] of items(b)) a.set(k, binaryOp(BIN.SUB, count(a, k), v)); });
counterInplace('__ior__', (a, b) => { for (const [k, v] of items(b)) if (lessThan(count(a, k), v)) a.set(k, v); });
counterInplace('__iand__', (a, b) => {
  for (const [k, v] of items(a)) {
    const o = count(b, k);
    if (lessThan(o, v)) a.set(k, o);
  }
});

/** Comparisons as multisets (3.10+): a missing element counts as zero. */
function counterCompare(name: string, test: (x: PyObject, y: PyObject) => boolean, strict: 'lt' | 'gt' | null) {
  defExtMethod(counterType, name, (args) => {
    const a = args[0] as PyDict, b = args[1];
    if (!isCounter(b)) return NotImplemented;
    const all = (p: PyDict, q: PyDict, t: (x: PyObject, y: PyObject) => boolean) =>
      [...items(p), ...items(q)].every(([k]) => t(count(a, k), count(b, k)));
    const ok = all(a, b, test);
    if (strict === null) return ok;
    return ok && !all(a, b, (x, y) => eq(x, y));
  });
}
counterCompare('__eq__', (x, y) => eq(x, y), null);
defExtMethod(counterType, '__ne__', (args) => {
  const a = args[0] as PyDict, b = args[1];
  if (!isCounter(b)) return NotImplemented;
  return ![...items(a), ...items(b)].every(([k]) => eq(count(a, k), count(b, k)));
});
counterCompare('__le__', (x, y) => truthy(richCompare(1, x, y)), null);
counterCompare('__lt__', (x, y) => truthy(richCompare(1, x, y)), 'lt');
counterCompare('__ge__', (x, y) => truthy(richCompare(5, x, y)), null);
counterCompare('__gt__', (x, y) => truthy(richCompare(5, x, y)), 'gt');
counterType.dict.set('__hash__', None);
counterType.dict.set('fromkeys', new PyClassMethod(new PyBuiltin('fromkeys', () => {
  throw pyErr(NotImplementedErrorT, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
})));

// ---------------------------------------------------------------- OrderedDict

export const orderedDictType = extType('OrderedDict', dictType);
orderedDictType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};
const odictKeysType = viewType('odict_keys', dictKeysType);
const odictValuesType = viewType('odict_values', dictValuesType);
const odictItemsType = viewType('odict_items', dictItemsType);
function viewType(name: string, base: PyType): PyType {
  const t = new PyType(name, [base]);
  t.newInstance = null;
  return t;
}
function odictView(d: PyDict, kind: number, t: PyType): PyDictView {
  const v = new PyDictView(d, kind);
  v.cls = t;
  return v;
}
defExtMethod(orderedDictType, '__init__', (args, kw) => {
  dictUpdate(args[0] as PyDict, args.slice(1), kw, 'OrderedDict');
  return None;
});
defExtMethod(orderedDictType, 'keys', (args) => odictView(args[0] as PyDict, 0, odictKeysType));
defExtMethod(orderedDictType, 'values', (args) => odictView(args[0] as PyDict, 1, odictValuesType));
defExtMethod(orderedDictType, 'items', (args) => odictView(args[0] as PyDict, 2, odictItemsType));
defExtMethod(orderedDictType, '__reversed__', (args) => new ArrayIter((args[0] as PyDict).keys().reverse()));
defExtMethod(orderedDictType, 'move_to_end', (args, kw) => {
  const self = args[0] as PyDict;
  const key = args[1];
  const last = truthy(args[2] ?? kw?.get('last') ?? true);
  const v = self.get(key);
  if (v === undefined) throw new PyException(new PyBaseException(KeyError, [key]));
  if (last) {
    self.delete(key);
    self.set(key, v);
  } else {
    const rest = items(self).filter(([k]) => !eq(k, key));
    self.clear();
    self.set(key, v);
    for (const [k, val] of rest) self.set(k, val);
  }
  return None;
});
defExtMethod(orderedDictType, 'popitem', (args, kw) => {
  const self = args[0] as PyDict;
  const last = truthy(args[1] ?? kw?.get('last') ?? true);
  if (self.size === 0) throw pyErr(KeyError, 'dictionary is empty');
  const keys = self.keys();
  const key = last ? keys[keys.length - 1] : keys[0];
  const v = self.get(key)!;
  self.delete(key);
  return new PyTuple([key, v]);
});
defExtMethod(orderedDictType, 'copy', (args) => callObject(typeOf(args[0]), [args[0]]));
defExtMethod(orderedDictType, '__copy__', (args) => callObject(typeOf(args[0]), [args[0]]));
function odictEq(a: PyDict, b: PyObject): PyObject {
  if (!(b instanceof PyDict)) return NotImplemented;
  if (!truthy(builtinCompare(2, a, b))) return false;
  if (!typeOf(b).isSubtypeOf(orderedDictType)) return true;
  const x = a.keys(), y = b.keys();
  return x.every((k, i) => eq(k, y[i]));
}
defExtMethod(orderedDictType, '__eq__', (args) => odictEq(args[0] as PyDict, args[1]));
defExtMethod(orderedDictType, '__ne__', (args) => {
  const r = odictEq(args[0] as PyDict, args[1]);
  return r === NotImplemented ? r : !r;
});
orderedDictType.dict.set('__hash__', None);
defExtMethod(orderedDictType, '__or__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const c = callObject(typeOf(args[0]), [args[0]]) as PyDict;
  dictUpdate(c, [args[1]], null, 'update');
  return c;
});
defExtMethod(orderedDictType, '__ror__', (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const c = callObject(typeOf(args[0]), [args[1]]) as PyDict;
  dictUpdate(c, [args[0]], null, 'update');
  return c;
});
defExtMethod(orderedDictType, '__ior__', (args) => {
  dictUpdate(args[0] as PyDict, [args[1]], null, 'update');
  return args[0];
});
defExtMethod(orderedDictType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const name = typeOf(self).name;
  if (self.size === 0) return `${name}()`;
  if (reprBusy.has(self)) return '...';
  reprBusy.add(self);
  try {
    return `${name}([${items(self).map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
  } finally {
    reprBusy.delete(self);
  }
});

// ---------------------------------------------------------------- namedtuple

/** The field accessors of named tuples (CPython's _collections._tuplegetter): a read-only data descriptor. */
const tuplegetterType = new PyType('_tuplegetter', [objectType]);
tuplegetterType.dict.set('__module__', 'collections');
tuplegetterType.newInstance = null;
class PyTupleGetter extends PyProperty {
  constructor(readonly index: number, doc: string) {
    super(
      new PyBuiltin('_tuplegetter', (a) => {
        const t = a[0];
        if (!(t instanceof PyTuple)) throw pyErr(TypeError, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeOf(t).tpName}' object`);
        if (index >= t.items.length) throw pyErr(IndexError, 'tuple index out of range');
        return t.items[index];
      }),
      new PyBuiltin('_tuplegetter', () => { throw pyErr(AttributeError, "can't set attribute"); }),
      new PyBuiltin('_tuplegetter', () => { throw pyErr(AttributeError, "can't delete attribute"); }),
      doc,
    );
    this.cls = tuplegetterType;
  }
}
defMethod(tuplegetterType, '__repr__', (a) => {
  const g = a[0] as PyTupleGetter;
  return `_tuplegetter(${g.index}, ${repr(g.doc)})`;
});
tuplegetterType.dict.set('__doc__', new PyProperty(new PyBuiltin('__doc__', (a) => (a[0] as PyTupleGetter).doc), None, None, None));

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for from ' +
  'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** collections.namedtuple(typename, field_names, *, defaults=None, module=None). */
export function makeNamedTuple(name: string, fields: string[], defaults: PyObject[] = [], module = '__main__'): PyType {
  const t = new PyType(name, [tupleType], false);
  t.heapType = true; // CPython builds it with exec: a class like any other, named without its module
  t.dict.set('__module__', module);
  t.dict.set('__doc__', `${name}(${fields.join(', ')})`);
  t.dict.set('_fields', new PyTuple(fields));
  t.dict.set('__match_args__', new PyTuple(fields));
  t.dict.set('__slots__', new PyTuple([]));
  const dflt = new PyDict();
  defaults.forEach((v, i) => dflt.setStr(fields[fields.length - defaults.length + i], v));
  t.dict.set('_field_defaults', dflt);
  const build = (cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyTuple => {
    if (args.length > fields.length) {
      throw pyErr(TypeError, `${name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
    }
    const values: (PyObject | undefined)[] = fields.map((_, i) => args[i]);
    if (kw) {
      for (const [k, v] of kw) {
        const i = fields.indexOf(k);
        if (i < 0) throw pyErr(TypeError, `${name}.__new__() got an unexpected keyword argument '${k}'`);
        if (values[i] !== undefined) throw pyErr(TypeError, `${name}.__new__() got multiple values for argument '${k}'`);
        values[i] = v;
      }
    }
    const missing: string[] = [];
    fields.forEach((f, i) => {
      if (values[i] === undefined) {
        const d = dflt.getStr(f);
        if (d !== undefined) values[i] = d;
        else missing.push(f);
      }
    });
    if (missing.length) {
      const q = missing.map((m) => `'${m}'`);
      const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
      throw pyErr(TypeError, `${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
    }
    const tup = new PyTuple(values as PyObject[]);
    tup.cls = cls;
    return tup;
  };
  t.newInstance = (cls, args, kw) => build(cls, args, kw);
  fields.forEach((f, i) => t.dict.set(f, new PyTupleGetter(i, `Alias for field number ${i}`)));
  const method = (mname: string, fn: NativeFn) => {
    const b = new PyBuiltin(mname, fn, undefined, `${name}.${mname}`);
    b.ext = true;
    t.dict.set(mname, b);
  };
  method('__repr__', (a) => {
    const tup = a[0] as PyTuple;
    return `${typeOf(tup).name}(${fields.map((f, i) => `${f}=${repr(tup.items[i])}`).join(', ')})`;
  });
  method('_asdict', (a) => {
    const d = new PyDict();
    fields.forEach((f, i) => d.setStr(f, (a[0] as PyTuple).items[i]));
    return d;
  });
  method('__getnewargs__', (a) => new PyTuple((a[0] as PyTuple).items.slice()));
  method('_replace', (a, kw) => {
    const tup = a[0] as PyTuple;
    const values = tup.items.slice();
    const bad: string[] = [];
    if (kw) {
      for (const [k, v] of kw) {
        const i = fields.indexOf(k);
        if (i < 0) bad.push(k);
        else values[i] = v;
      }
    }
    if (bad.length) throw pyErr(ValueError, `Got unexpected field names: [${bad.map((b) => repr(b)).join(', ')}]`);
    const out = new PyTuple(values);
    out.cls = typeOf(tup);
    return out;
  });
  t.dict.set('_make', new PyClassMethod(new PyBuiltin('_make', (a) => {
    const values = iterToArray(a[1]);
    if (values.length !== fields.length) throw pyErr(TypeError, `Expected ${fields.length} arguments, got ${values.length}`);
    const tup = new PyTuple(values);
    tup.cls = a[0] as PyType;
    return tup;
  })));
  return t;
}

function namedtuple(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (args.length > 2) throw pyErr(TypeError, `namedtuple() takes 2 positional arguments but ${args.length} were given`);
  const name = args[0] ?? kw?.get('typename');
  let fieldsArg = args[1] ?? kw?.get('field_names');
  if (name === undefined || fieldsArg === undefined) {
    const miss = name === undefined ? ["'typename'", "'field_names'"].slice(0, fieldsArg === undefined ? 2 : 1) : ["'field_names'"];
    throw pyErr(TypeError, `namedtuple() missing ${miss.length} required positional argument${miss.length > 1 ? 's' : ''}: ${miss.join(' and ')}`);
  }
  if (typeof fieldsArg === 'string') fieldsArg = new PyList(fieldsArg.replace(/,/g, ' ').split(/\s+/).filter((x) => x));
  // CPython: str() of the type name and of every field name, then the checks.
  const fields = iterToArray(fieldsArg).map(str);
  const rename = truthy(kw?.get('rename') ?? false);
  const typename = str(name);
  if (rename) {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (!IDENT.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f)) fields[i] = `_${i}`;
      seen.add(fields[i]);
    });
  }
  for (const n of [typename, ...fields]) {
    if (!IDENT.test(n)) throw pyErr(ValueError, `Type names and field names must be valid identifiers: ${repr(n)}`);
    if (KEYWORDS.has(n)) throw pyErr(ValueError, `Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.startsWith('_') && !rename) throw pyErr(ValueError, `Field names cannot start with an underscore: ${repr(f)}`);
    if (seen.has(f)) throw pyErr(ValueError, `Encountered duplicate field name: ${repr(f)}`);
    seen.add(f);
  }
  const defaults = kw?.get('defaults');
  const dvals = defaults === undefined || defaults === None ? [] : iterToArray(defaults);
  if (dvals.length > fields.length) throw pyErr(TypeError, 'Got more default values than field names');
  const module = kw?.get('module');
  return makeNamedTuple(typename, fields, dvals, typeof module === 'string' ? module : currentModuleName());
}

/** A chain object over a snapshot, as Counter.elements returns (chain.from_iterable of repeats). */
function chainIter(items: PyObject[]): PyObject {
  const itertools = importAbsolute(getVM(), 'itertools');
  return callObject(getAttr(itertools, 'chain'), [new PyTuple(items)]);
}

// ---------------------------------------------------------------- the module

/** The _collections module: the native half of collections (lib/collections/__init__.py is the rest). */
export function makeCollectionsModule(): PyModule {
  const m = new PyModule('_collections');
  const d = m.dict;
  d.setStr('deque', dequeType);
  d.setStr('defaultdict', defaultdictType);
  d.setStr('Counter', counterType);
  d.setStr('OrderedDict', orderedDictType);
  d.setStr('_tuplegetter', tuplegetterType);
  d.setStr('_deque_iterator', dequeIterType);
  d.setStr('namedtuple', new PyBuiltin('namedtuple', namedtuple));
  return m;
}

/** The __name__ of the module whose code is running (namedtuple's default __module__). */
function currentModuleName(): string {
  const f = getVM().frame;
  const n = f?.f_globals.getStr('__name__');
  return typeof n === 'string' ? n : '__main__';
}
