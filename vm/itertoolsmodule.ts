// The itertools module (CPython's itertoolsmodule.c): lazy iterators over iterables.

import { iterClass } from './builtins';
import { defMethod, PyBuiltin, PyClassMethod } from './objects/function';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { ArrayIter, FnIter, PyIterator } from './objects/iterators';
import { PyException, pyErr, TypeError, ValueError } from './objects/exceptions';
import { PyType, typeOf, type NativeFn, type PyObject } from './objects/type';
import { PyFloat } from './objects/float';
import { PyComplex } from './objects/complex';
import { PyBoxed } from './objects/boxed';
import { repr } from './repr';
import { callObject } from './call';
import { asIndex, getIter, iterNext, iterToArray, truthy } from './ops';
import { binaryOp, BIN, isIntLike } from './number';
import { eq } from './compare';


function toolType(name: string, make: NativeFn): PyType {
  return iterClass(name, make, 'itertools');
}

function noKw(name: string, kw: Map<string, PyObject> | null): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

/** The positional-count check of CPython's old-style argument parsing: "cycle expected 1 argument, got 2". */
function nargs(name: string, args: PyObject[], kw: Map<string, PyObject> | null, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (n >= min && n <= max) return;
  const want = min === max ? `${min}` : n < min ? `at least ${min}` : `at most ${max}`;
  const count = min === max ? min : n < min ? min : max;
  throw pyErr(TypeError, `${name} expected ${want} argument${count === 1 ? '' : 's'}, got ${n}`);
}

/** Argument `i` (or keyword `name`) of an Argument Clinic function, with its "missing" message. */
function required(fname: string, args: PyObject[], kw: Map<string, PyObject> | null, i: number, name: string): PyObject {
  const v = args[i] ?? kw?.get(name);
  if (v === undefined) throw pyErr(TypeError, `${fname}() missing required argument '${name}' (pos ${i + 1})`);
  return v;
}

function atMost(fname: string, args: PyObject[], max: number, what = 'arguments'): void {
  if (args.length > max) throw pyErr(TypeError, `${fname}() takes at most ${max} ${what} (${args.length} given)`);
}

/** Only the keywords in `allowed` (CPython: "'x' is an invalid keyword argument for product()"). */
function onlyKw(fname: string, kw: Map<string, PyObject> | null, allowed: string[]): void {
  if (kw) for (const k of kw.keys()) if (!allowed.includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
}

/** int, float, complex and anything with __index__/__int__/__float__ (PyNumber_Check). */
function isNumber(v: PyObject): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyFloat || v instanceof PyComplex) return true;
  if (v instanceof PyBoxed) return typeof v.value !== 'string';
  if (typeof v !== 'object') return false;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

/** An islice bound: a non-negative int, None (null), or -1 for anything else (CPython's PyNumber_AsSsize_t then PyErr_Clear). */
function sliceArg(v: PyObject | undefined): number | null {
  if (v === undefined || v === None) return null;
  try {
    return asIndex(v);
  } catch (e) {
    if (e instanceof PyException) return -1;
    throw e;
  }
}

class CountIter extends PyIterator {
  constructor(cls: PyType, public cur: PyObject, readonly step: PyObject) {
    super();
    this.cls = cls;
  }
  next(): PyObject {
    const v = this.cur;
    this.cur = typeof v === 'number' && typeof this.step === 'number' && Number.isSafeInteger(v + this.step) ? v + this.step : binaryOp(BIN.ADD, v, this.step);
    return v;
  }
}

class RepeatIter extends PyIterator {
  constructor(cls: PyType, readonly obj: PyObject, public times: number | null) {
    super();
    this.cls = cls;
  }
  next(): PyObject | undefined {
    if (this.times !== null) {
      if (this.times <= 0) return undefined;
      this.times--;
    }
    return this.obj;
  }
}

/** tee's shared buffer: a singly linked list the tee iterators walk; consumed links are collected. */
class TeeLink {
  next: TeeLink | null = null;
  constructor(readonly value: PyObject | undefined) {}
}

class TeeIter extends PyIterator {
  constructor(cls: PyType, readonly source: PyObject, public link: TeeLink) {
    super();
    this.cls = cls;
  }
  next(): PyObject | undefined {
    let n = this.link.next;
    if (n === null) {
      const v = iterNext(this.source);
      if (v === undefined) return undefined;
      n = new TeeLink(v);
      this.link.next = n;
    }
    this.link = n;
    return n.value;
  }
}

/** Combinatoric index generators shared by product/permutations/combinations. */
function* productIdx(sizes: number[]): Generator<number[]> {
  if (sizes.some((n) => n === 0)) return;
  const idx = sizes.map(() => 0);
  for (;;) {
    yield idx.slice();
    let i = sizes.length - 1;
    while (i >= 0 && ++idx[i] === sizes[i]) {
      idx[i] = 0;
      i--;
    }
    if (i < 0) return;
  }
}

function* permutationsIdx(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield indices.slice(0, r);
  while (n > 0) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const [x] = indices.splice(i, 1);
        indices.push(x);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        [indices[i], indices[j]] = [indices[j], indices[i]];
        yield indices.slice(0, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

function* combinationsIdx(n: number, r: number, replace: boolean): Generator<number[]> {
  if (!replace && r > n) return;
  if (replace && n === 0 && r > 0) return;
  const idx = replace ? Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  yield idx.slice();
  for (;;) {
    let i = r - 1;
    if (replace) while (i >= 0 && idx[i] === n - 1) i--;
    else while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = replace ? idx[i] : idx[j - 1] + 1;
    yield idx.slice();
  }
}

function fromGen(cls: () => PyType, pool: PyObject[], gen: Generator<number[]>): PyIterator {
  return new FnIter(cls(), () => {
    const r = gen.next();
    return r.done ? undefined : new PyTuple(r.value.map((i) => pool[i]));
  });
}

/** The itertools module. */
export function makeItertoolsModule(): PyModule {
  const m = new PyModule('itertools');
  const d = m.dict;
  const add = (t: PyType) => d.setStr(t.name, t);

  const count: PyType = toolType('count', (args, kw) => {
    atMost('count', args, 2);
    onlyKw('count', kw, ['start', 'step']);
    const start: PyObject = args[0] ?? kw?.get('start') ?? 0;
    const step: PyObject = args[1] ?? kw?.get('step') ?? 1;
    if (!isNumber(start) || !isNumber(step)) throw pyErr(TypeError, 'a number is required');
    return new CountIter(count, start, step);
  });
  defMethod(count, '__repr__', (args) => {
    const c = args[0] as CountIter;
    const plainStep = (typeof c.step === 'number' && c.step === 1) || c.step === true;
    return plainStep ? `count(${repr(c.cur)})` : `count(${repr(c.cur)}, ${repr(c.step)})`;
  });
  add(count);
  const cycle: PyType = toolType('cycle', (args, kw) => {
    nargs('cycle', args, kw, 1, 1);
    const it = getIter(args[0]);
    const saved: PyObject[] = [];
    let i = -1;
    return new FnIter(cycle, () => {
      if (i < 0) {
        const v = iterNext(it);
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        if (saved.length === 0) return undefined;
        i = 0;
      }
      const v = saved[i];
      i = (i + 1) % saved.length;
      return v;
    });
  });
  add(cycle);
  const repeat: PyType = toolType('repeat', (args, kw) => {
    atMost('repeat', args, 2);
    onlyKw('repeat', kw, ['object', 'times']);
    const obj = required('repeat', args, kw, 0, 'object');
    const t = args[1] ?? kw?.get('times');
    const n = t === undefined ? null : Math.max(0, asIndex(t));
    return new RepeatIter(repeat, obj, n);
  });
  defMethod(repeat, '__repr__', (args) => {
    const r = args[0] as RepeatIter;
    return r.times === null ? `repeat(${repr(r.obj)})` : `repeat(${repr(r.obj)}, ${r.times})`;
  });
  defMethod(repeat, '__length_hint__', (args) => {
    const r = args[0] as RepeatIter;
    if (r.times === null) throw pyErr(TypeError, 'len() of unsized object');
    return r.times;
  });
  add(repeat);
  const accumulate: PyType = toolType('accumulate', (args, kw) => {
    atMost('accumulate', args, 2, 'positional arguments');
    onlyKw('accumulate', kw, ['iterable', 'func', 'initial']);
    const it = getIter(required('accumulate', args, kw, 0, 'iterable'));
    const func = args[1] ?? kw?.get('func') ?? None;
    const initial = kw?.get('initial');
    let acc: PyObject | undefined = initial === None ? undefined : initial;
    let first = acc !== undefined;
    return new FnIter(accumulate, () => {
      if (first) {
        first = false;
        return acc;
      }
      const v = iterNext(it);
      if (v === undefined) return undefined;
      acc = acc === undefined ? v : func === None ? binaryOp(BIN.ADD, acc, v) : callObject(func, [acc, v]);
      return acc;
    });
  });
  add(accumulate);
  const chain: PyType = toolType('chain', (args, kw) => {
    noKw('chain', kw);
    return chainOf(chain, new ArrayIter(args.slice()));
  });
  chain.dict.set('from_iterable', new PyClassMethod(new PyBuiltin('from_iterable', (args) => chainOf(chain, getIter(args[1])))));
  add(chain);
  const compress: PyType = toolType('compress', (args, kw) => {
    atMost('compress', args, 2);
    onlyKw('compress', kw, ['data', 'selectors']);
    const data = getIter(required('compress', args, kw, 0, 'data'));
    const sel = getIter(required('compress', args, kw, 1, 'selectors'));
    return new FnIter(compress, () => {
      for (;;) {
        const v = iterNext(data);
        if (v === undefined) return undefined;
        const s = iterNext(sel);
        if (s === undefined) return undefined;
        if (truthy(s)) return v;
      }
    });
  });
  add(compress);
  const dropwhile: PyType = toolType('dropwhile', (args, kw) => {
    nargs('dropwhile', args, kw, 2, 2);
    const pred = args[0], it = getIter(args[1]);
    let dropping = true;
    return new FnIter(dropwhile, () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (dropping && truthy(callObject(pred, [v]))) continue;
        dropping = false;
        return v;
      }
    });
  });
  add(dropwhile);
  const takewhile: PyType = toolType('takewhile', (args, kw) => {
    nargs('takewhile', args, kw, 2, 2);
    const pred = args[0], it = getIter(args[1]);
    let done = false;
    return new FnIter(takewhile, () => {
      if (done) return undefined;
      const v = iterNext(it);
      if (v === undefined || !truthy(callObject(pred, [v]))) {
        done = true;
        return undefined;
      }
      return v;
    });
  });
  add(takewhile);
  const filterfalse: PyType = toolType('filterfalse', (args, kw) => {
    nargs('filterfalse', args, kw, 2, 2);
    const pred = args[0], it = getIter(args[1]);
    return new FnIter(filterfalse, () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (!(pred === None ? truthy(v) : truthy(callObject(pred, [v])))) return v;
      }
    });
  });
  add(filterfalse);
  const grouper = toolType('_grouper', () => {
    throw pyErr(TypeError, "cannot create 'itertools._grouper' instances");
  });
  const groupby: PyType = toolType('groupby', (args, kw) => {
    atMost('groupby', args, 2);
    onlyKw('groupby', kw, ['iterable', 'key']);
    const it = getIter(required('groupby', args, kw, 0, 'iterable'));
    const keyf = args[1] ?? kw?.get('key') ?? None;
    let pending: PyObject | undefined;
    let pendingKey: PyObject | undefined;
    let exhausted = false;
    let gen = 0;
    const pull = (): boolean => {
      const v = iterNext(it);
      if (v === undefined) {
        exhausted = true;
        pending = undefined;
        return false;
      }
      pending = v;
      pendingKey = keyf === None ? v : callObject(keyf, [v]);
      return true;
    };
    let curKey: PyObject | undefined;
    return new FnIter(groupby, () => {
      // Skip what is left of the current group.
      if (curKey !== undefined) {
        while (!exhausted && pending !== undefined && eq(pendingKey!, curKey)) pull();
      }
      if (pending === undefined && !exhausted && !pull()) return undefined;
      if (exhausted && pending === undefined) return undefined;
      curKey = pendingKey!;
      const key = curKey;
      const myGen = ++gen;
      const group = new FnIter(grouper, () => {
        if (myGen !== gen || pending === undefined || !eq(pendingKey!, key)) return undefined;
        const v = pending;
        pull();
        return v;
      });
      return new PyTuple([key, group]);
    });
  });
  add(groupby);
  const islice: PyType = toolType('islice', (args, kw) => {
    nargs('islice', args, kw, 2, 4);
    const it = getIter(args[0]);
    let start: number | null = 0, stop: number | null, step: number | null = 1;
    const indices = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
    if (args.length === 2) {
      stop = sliceArg(args[1]);
      if (stop === -1) throw pyErr(ValueError, stopMsg);
    } else {
      start = sliceArg(args[1]) ?? 0;
      stop = sliceArg(args[2]);
      if (stop === -1) throw pyErr(ValueError, stopMsg);
    }
    if (start < 0 || (stop !== null && stop < -1)) throw pyErr(ValueError, indices);
    if (args.length === 4) step = sliceArg(args[3]) ?? 1;
    if (step! < 1) throw pyErr(ValueError, 'Step for islice() must be a positive integer or None.');
    // CPython's islice_next: skip to `next`, stop at `stop`, and never read past `stop`.
    let cnt = 0;
    let next = start;
    const by = step!;
    return new FnIter(islice, () => {
      if (next === -1) return undefined;
      while (cnt < next) {
        if (iterNext(it) === undefined) {
          next = -1;
          return undefined;
        }
        cnt++;
      }
      if (stop !== null && cnt >= stop) {
        next = -1;
        return undefined;
      }
      const v = iterNext(it);
      if (v === undefined) {
        next = -1;
        return undefined;
      }
      cnt++;
      next += by;
      if (stop !== null && next > stop) next = stop;
      return v;
    });
  });
  add(islice);
  const starmap: PyType = toolType('starmap', (args, kw) => {
    nargs('starmap', args, kw, 2, 2);
    const f = args[0], it = getIter(args[1]);
    return new FnIter(starmap, () => {
      const v = iterNext(it);
      return v === undefined ? undefined : callObject(f, iterToArray(v));
    });
  });
  add(starmap);
  const zipLongest: PyType = toolType('zip_longest', (args, kw) => {
    if (kw) for (const k of kw.keys()) if (k !== 'fillvalue') throw pyErr(TypeError, 'zip_longest() got an unexpected keyword argument');
    const fill = kw?.get('fillvalue') ?? None;
    const its: (PyObject | null)[] = args.map((a) => getIter(a));
    let active = its.length;
    return new FnIter(zipLongest, () => {
      if (active === 0) return undefined;
      const out: PyObject[] = [];
      for (let k = 0; k < its.length; k++) {
        const it = its[k];
        let v: PyObject | undefined = it === null ? undefined : iterNext(it);
        if (v === undefined) {
          if (it !== null) {
            its[k] = null;
            active--;
            if (active === 0) return undefined;
          }
          v = fill;
        }
        out.push(v);
      }
      return new PyTuple(out);
    });
  });
  add(zipLongest);
  const product: PyType = toolType('product', (args, kw) => {
    onlyKw('product', kw, ['repeat']);
    const rv = kw?.get('repeat');
    const rep = rv === undefined ? 1 : asIndex(rv);
    if (rep < 0) throw pyErr(ValueError, 'repeat argument cannot be negative');
    const pools: PyObject[][] = [];
    const base = args.map((a) => iterToArray(a));
    for (let i = 0; i < rep; i++) pools.push(...base);
    const gen = productIdx(pools.map((p) => p.length));
    return new FnIter(product, () => {
      const r = gen.next();
      return r.done ? undefined : new PyTuple(r.value.map((i, k) => pools[k][i]));
    });
  });
  add(product);
  const rArg = (fname: string, v: PyObject): number => {
    if (!isIntLike(v) && !(v instanceof PyBoxed && isIntLike(v.value))) throw pyErr(TypeError, 'Expected int as r');
    const r = asIndex(v);
    if (r < 0) throw pyErr(ValueError, 'r must be non-negative');
    return r;
  };
  const permutations: PyType = toolType('permutations', (args, kw) => {
    atMost('permutations', args, 2);
    onlyKw('permutations', kw, ['iterable', 'r']);
    const pool = iterToArray(required('permutations', args, kw, 0, 'iterable'));
    const rv = args[1] ?? kw?.get('r') ?? None;
    const r = rv === None ? pool.length : rArg('permutations', rv);
    return fromGen(() => permutations, pool, permutationsIdx(pool.length, r));
  });
  add(permutations);
  const combinations: PyType = toolType('combinations', (args, kw) => {
    atMost('combinations', args, 2);
    onlyKw('combinations', kw, ['iterable', 'r']);
    const pool = iterToArray(required('combinations', args, kw, 0, 'iterable'));
    const r = asIndex(required('combinations', args, kw, 1, 'r'));
    if (r < 0) throw pyErr(ValueError, 'r must be non-negative');
    return fromGen(() => combinations, pool, combinationsIdx(pool.length, r, false));
  });
  add(combinations);
  const cwr: PyType = toolType('combinations_with_replacement', (args, kw) => {
    const name = 'combinations_with_replacement';
    atMost(name, args, 2);
    onlyKw(name, kw, ['iterable', 'r']);
    const pool = iterToArray(required(name, args, kw, 0, 'iterable'));
    const r = asIndex(required(name, args, kw, 1, 'r'));
    if (r < 0) throw pyErr(ValueError, 'r must be non-negative');
    return fromGen(() => cwr, pool, combinationsIdx(pool.length, r, true));
  });
  add(cwr);
  const pairwise: PyType = toolType('pairwise', (args, kw) => {
    nargs('pairwise', args, kw, 1, 1);
    const it = getIter(args[0]);
    let prev: PyObject | undefined;
    let started = false;
    return new FnIter(pairwise, () => {
      if (!started) {
        started = true;
        prev = iterNext(it);
      }
      if (prev === undefined) return undefined;
      const v = iterNext(it);
      if (v === undefined) {
        prev = undefined;
        return undefined;
      }
      const r = new PyTuple([prev, v]);
      prev = v;
      return r;
    });
  });
  add(pairwise);
  const teeType: PyType = toolType('_tee', (args, kw) => {
    nargs('_tee', args, kw, 1, 1);
    return teeOf(teeType, args[0]);
  });
  defMethod(teeType, '__copy__', (args) => {
    const t = args[0] as TeeIter;
    return new TeeIter(teeType, t.source, t.link);
  });
  d.setStr('_tee', teeType);
  d.setStr('tee', new PyBuiltin('tee', (args, kw) => {
    nargs('tee', args, kw, 1, 2);
    const n = args.length > 1 ? asIndex(args[1]) : 2;
    if (n < 0) throw pyErr(ValueError, 'n must be >= 0');
    if (n === 0) return new PyTuple([]);
    const first = teeOf(teeType, args[0]);
    const out: PyObject[] = [first];
    for (let i = 1; i < n; i++) out.push(new TeeIter(teeType, first.source, first.link));
    return new PyTuple(out);
  }));
  return m;
}

/** A tee iterator over `v`; a tee iterator is copied, sharing its buffer (CPython's tee_fromiterable). */
function teeOf(cls: PyType, v: PyObject): TeeIter {
  const it = getIter(v);
  if (it instanceof TeeIter) return new TeeIter(cls, it.source, it.link);
  return new TeeIter(cls, it, new TeeLink(undefined));
}

function chainOf(cls: PyType, outer: PyObject): PyIterator {
  let inner: PyObject | null = null;
  return new FnIter(cls, () => {
    for (;;) {
      if (inner === null) {
        const next = iterNext(outer);
        if (next === undefined) return undefined;
        inner = getIter(next);
      }
      const v = iterNext(inner);
      if (v !== undefined) return v;
      inner = null;
    }
  });
}
