// The itertools module (CPython's itertoolsmodule.c): lazy iterators over iterables.

import { iterClass } from './builtins';
import { PyBuiltin } from './objects/function';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { FnIter, PyIterator } from './objects/iterators';
import { pyErr, TypeError, ValueError } from './objects/exceptions';
import { PyType, type NativeFn, type PyObject } from './objects/type';
import { callObject } from './call';
import { asIndex, getIter, iterNext, iterToArray, truthy } from './ops';
import { binaryOp, BIN } from './number';
import { eq } from './compare';


function toolType(name: string, make: NativeFn): PyType {
  return iterClass(name, make, 'itertools');
}

function noKw(name: string, kw: Map<string, PyObject> | null): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

function optInt(v: PyObject | undefined, what: string): number | null {
  if (v === undefined || v === None) return null;
  const n = asIndex(v, `${what} must be None or an integer: 0 <= x <= sys.maxsize.`);
  return n;
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
    let cur: PyObject = args[0] ?? kw?.get('start') ?? 0;
    const step: PyObject = args[1] ?? kw?.get('step') ?? 1;
    return new FnIter(count, () => {
      const v = cur;
      cur = binaryOp(BIN.ADD, cur, step);
      return v;
    });
  });
  add(count);
  const cycle: PyType = toolType('cycle', (args, kw) => {
    noKw('cycle', kw);
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
    const obj = args[0] ?? kw?.get('object');
    let n = optInt(args[1] ?? kw?.get('times'), 'times');
    return new FnIter(repeat, () => {
      if (n !== null) {
        if (n <= 0) return undefined;
        n--;
      }
      return obj;
    });
  });
  add(repeat);
  const accumulate: PyType = toolType('accumulate', (args, kw) => {
    const it = getIter(args[0]);
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
    return chainOf(chain, getIter(new PyTuple(args)));
  });
  chain.dict.set('from_iterable', new PyBuiltin('from_iterable', (args) => chainOf(chain, getIter(args[0]))));
  add(chain);
  const compress: PyType = toolType('compress', (args) => {
    const data = getIter(args[0]), sel = getIter(args[1]);
    return new FnIter(compress, () => {
      for (;;) {
        const v = iterNext(data), s = iterNext(sel);
        if (v === undefined || s === undefined) return undefined;
        if (truthy(s)) return v;
      }
    });
  });
  add(compress);
  const dropwhile: PyType = toolType('dropwhile', (args) => {
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
  const takewhile: PyType = toolType('takewhile', (args) => {
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
  const filterfalse: PyType = toolType('filterfalse', (args) => {
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
    const it = getIter(args[0] ?? kw?.get('iterable'));
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
  const islice: PyType = toolType('islice', (args) => {
    const it = getIter(args[0]);
    let start = 0, stop: number | null, step = 1;
    if (args.length === 2) stop = optInt(args[1], 'Stop argument for islice()');
    else {
      start = optInt(args[1], 'Indices for islice()') ?? 0;
      stop = optInt(args[2], 'Stop argument for islice()');
      step = optInt(args[3], 'Step for islice()') ?? 1;
      if (step <= 0) throw pyErr(ValueError, 'Step for islice() must be a positive integer or None.');
    }
    if (start < 0 || (stop !== null && stop < 0)) {
      throw pyErr(ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    }
    let i = 0;
    let next = start;
    return new FnIter(islice, () => {
      for (;;) {
        if (stop !== null && next >= stop) return undefined;
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (i++ === next) {
          next += step;
          return v;
        }
      }
    });
  });
  add(islice);
  const starmap: PyType = toolType('starmap', (args) => {
    const f = args[0], it = getIter(args[1]);
    return new FnIter(starmap, () => {
      const v = iterNext(it);
      return v === undefined ? undefined : callObject(f, iterToArray(v));
    });
  });
  add(starmap);
  const zipLongest: PyType = toolType('zip_longest', (args, kw) => {
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
    const rep = optInt(kw?.get('repeat'), 'repeat') ?? 1;
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
  const permutations: PyType = toolType('permutations', (args, kw) => {
    const pool = iterToArray(args[0]);
    const r = optInt(args[1] ?? kw?.get('r'), 'r') ?? pool.length;
    return fromGen(() => permutations, pool, permutationsIdx(pool.length, r));
  });
  add(permutations);
  const combinations: PyType = toolType('combinations', (args, kw) => {
    const pool = iterToArray(args[0]);
    const r = optInt(args[1] ?? kw?.get('r'), 'r');
    if (r === null) throw pyErr(TypeError, "combinations() missing required argument 'r' (pos 2)");
    if (r < 0) throw pyErr(ValueError, 'r must be non-negative');
    return fromGen(() => combinations, pool, combinationsIdx(pool.length, r, false));
  });
  add(combinations);
  const cwr: PyType = toolType('combinations_with_replacement', (args, kw) => {
    const pool = iterToArray(args[0]);
    const r = optInt(args[1] ?? kw?.get('r'), 'r') ?? 0;
    return fromGen(() => cwr, pool, combinationsIdx(pool.length, r, true));
  });
  add(cwr);
  const pairwise: PyType = toolType('pairwise', (args) => {
    const it = getIter(args[0]);
    let prev = iterNext(it);
    return new FnIter(pairwise, () => {
      if (prev === undefined) return undefined;
      const v = iterNext(it);
      if (v === undefined) return undefined;
      const r = new PyTuple([prev, v]);
      prev = v;
      return r;
    });
  });
  add(pairwise);
  d.setStr('tee', new PyBuiltin('tee', (args) => {
    const items = iterToArray(args[0]);
    const n = args.length > 1 ? asIndex(args[1]) : 2;
    const t = toolType('_tee', () => None);
    return new PyTuple(Array.from({ length: n }, () => {
      let i = 0;
      return new FnIter(t, () => (i < items.length ? items[i++] : undefined));
    }));
  }));
  return m;
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
