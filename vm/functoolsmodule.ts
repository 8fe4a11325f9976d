// The functools module (CPython's _functoolsmodule.c and functools.py): reduce, partial,
// lru_cache/cache, wraps/update_wrapper, cmp_to_key, total_ordering.

import { callObject } from './call';
import { makeNamedTuple } from './collectionsmodule';
import { PyDict, resolveKey } from './objects/dict';
import { pyErr, TypeError } from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyFunction, PyNativeCallable } from './objects/function';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyInstance } from './objects/instance';
import { objectType, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';
import { asIndex, getIter, iterNext, truthy } from './ops';
import { getAttrOrUndefined, setAttr } from './attributes';
import { repr } from './repr';
import { richCompare } from './compare';
import { ValueError as ValueErrorT } from './objects/exceptions';

function extType(name: string): PyType {
  const t = new PyType(name, [objectType], false);
  t.dict.set('__module__', 'functools');
  t.newInstance = null;
  return t;
}

const partialType = extType('partial');
const lruWrapperType = extType('_lru_cache_wrapper');
const keyWrapperType = extType('KeyWrapper');
const cacheInfoType = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools');

/** Call `fn` with args/kw, as partial objects do. */
function makePartial(func: PyObject, pargs: PyObject[], pkw: Map<string, PyObject>): PyNativeCallable {
  const p = new PyNativeCallable(partialType, (args, kw) => {
    let merged = pkw;
    if (kw && kw.size) {
      merged = new Map(pkw);
      for (const [k, v] of kw) merged.set(k, v);
    }
    return callObject(func, [...pargs, ...args], merged.size ? merged : null);
  });
  p.dict.set('func', func);
  p.dict.set('args', new PyTuple(pargs));
  const kwd = new PyDict();
  for (const [k, v] of pkw) kwd.setStr(k, v);
  p.dict.set('keywords', kwd);
  return p;
}

partialType.newInstance = (_cls, args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, 'type \'partial\' takes at least one argument');
  return makePartial(args[0], args.slice(1), new Map(kw ?? []));
};
defExtMethod(partialType, '__repr__', (args) => {
  const p = args[0] as PyNativeCallable;
  const parts = [repr(p.dict.get('func')!), ...(p.dict.get('args') as PyTuple).items.map(repr)];
  for (const [k, v] of (p.dict.get('keywords') as PyDict).map) parts.push(`${String(k)}=${repr(v)}`);
  return `functools.partial(${parts.join(', ')})`;
});

/** Copy __module__, __name__, __qualname__, __doc__ and __dict__ from wrapped to wrapper. */
function updateWrapper(wrapper: PyObject, wrapped: PyObject): PyObject {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = getAttrOrUndefined(wrapped, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  if (wrapped instanceof PyFunction && wrapped.dict) {
    for (const [k, v] of wrapped.dict) setAttr(wrapper, k, v);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

function lruCache(func: PyObject, maxsize: number | null, typed: boolean): PyNativeCallable {
  let cache = new Map<unknown, PyObject>();
  const holder = { buckets: null as Map<string, PyObject[]> | null };
  let hits = 0, misses = 0;
  const w = new PyNativeCallable(lruWrapperType, (args, kw) => {
    const parts: PyObject[] = [...args];
    if (kw && kw.size) {
      parts.push('\u0000kw');
      for (const [k, v] of kw) parts.push(k, v);
    }
    if (typed) for (const a of args) parts.push(typeOf(a));
    const key = resolveKey(holder, new PyTuple(parts), true);
    const hit = cache.get(key);
    if (hit !== undefined) {
      hits++;
      if (maxsize !== null) {
        cache.delete(key);
        cache.set(key, hit);
      }
      return hit;
    }
    misses++;
    const result = callObject(func, args, kw);
    if (maxsize === null || maxsize > 0) {
      cache.set(key, result);
      if (maxsize !== null && cache.size > maxsize) cache.delete(cache.keys().next().value);
    }
    return result;
  }, true);
  w.dict.set('cache_info', new PyBuiltin('cache_info', () => {
    const info = new PyTuple([hits, misses, maxsize === null ? None : maxsize, cache.size]);
    info.cls = cacheInfoType;
    return info;
  }));
  w.dict.set('cache_clear', new PyBuiltin('cache_clear', () => {
    cache = new Map();
    holder.buckets = null;
    hits = misses = 0;
    return None;
  }));
  updateWrapper(w, func);
  return w;
}
defExtMethod(lruWrapperType, '__repr__', (args) => `<functools._lru_cache_wrapper object at 0x${(Math.random() * 2 ** 40).toString(16).slice(0, 10)}>`);

/** The functools module. */
export function makeFunctoolsModule(): PyModule {
  const m = new PyModule('functools');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('partial', partialType);
  def('reduce', (args) => {
    if (args.length < 2) throw pyErr(TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
    const f = args[0];
    const it = getIter(args[1]);
    let acc: PyObject | undefined = args.length > 2 ? args[2] : iterNext(it);
    if (acc === undefined) throw pyErr(TypeError, 'reduce() of empty iterable with no initial value');
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) acc = callObject(f, [acc, v]);
    return acc;
  });
  def('lru_cache', (args, kw) => {
    const first = args[0] ?? kw?.get('maxsize');
    const typed = truthy(kw?.get('typed') ?? args[1] ?? false);
    if (first !== undefined && first !== None && typeof first !== 'number' && typeof first !== 'boolean') {
      // Used as @lru_cache without parentheses.
      return lruCache(first, 128, typed);
    }
    const maxsize = first === undefined ? 128 : first === None ? null : Math.max(0, asIndex(first));
    return new PyBuiltin('decorating_function', (a) => lruCache(a[0], maxsize, typed));
  });
  def('cache', (args) => lruCache(args[0], null, false));
  def('update_wrapper', (args) => updateWrapper(args[0], args[1]));
  def('wraps', (args) => {
    const wrapped = args[0];
    return new PyBuiltin('decorator', (a) => updateWrapper(a[0], wrapped));
  });
  def('cmp_to_key', (args) => {
    const cmp = args[0];
    return new PyBuiltin('K', (a) => {
      const obj = new PyInstance(keyWrapperType);
      obj.dict.set('obj', a[0]);
      obj.dict.set('__cmp', cmp);
      return obj;
    });
  });
  const keyCmp = (name: string, test: (c: number) => boolean) =>
    defExtMethod(keyWrapperType, name, (a) => {
      const self = a[0] as PyInstance, other = a[1] as PyInstance;
      const r = callObject(self.dict.get('__cmp')!, [self.dict.get('obj')!, other.dict.get('obj')!]);
      return test(Number(r));
    });
  keyCmp('__lt__', (c) => c < 0);
  keyCmp('__le__', (c) => c <= 0);
  keyCmp('__gt__', (c) => c > 0);
  keyCmp('__ge__', (c) => c >= 0);
  keyCmp('__eq__', (c) => c === 0);
  def('total_ordering', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyErr(TypeError, 'total_ordering expects a class');
    const has = (n: string) => {
      const v = cls.lookup(n);
      return v !== undefined && !(v instanceof PyBuiltin);
    };
    const roots = ['__lt__', '__le__', '__gt__', '__ge__'].filter(has);
    if (roots.length === 0) throw pyErr(ValueErrorT, 'must define at least one ordering operation: < > <= >=');
    const root = roots[0];
    const cmp = (a: PyObject, b: PyObject, op: number) => richCompare(op, a, b);
    const derived: Record<string, Record<string, (a: PyObject, b: PyObject) => PyObject>> = {
      __lt__: {
        __gt__: (a, b) => not(cmp(a, b, 0), () => !truthy(cmp(a, b, 2))),
        __le__: (a, b) => or(cmp(a, b, 0), () => truthy(cmp(a, b, 2))),
        __ge__: (a, b) => notPlain(cmp(a, b, 0)),
      },
      __le__: {
        __ge__: (a, b) => or(notPlain(cmp(a, b, 1)), () => truthy(cmp(a, b, 2))),
        __lt__: (a, b) => and(cmp(a, b, 1), () => !truthy(cmp(a, b, 2))),
        __gt__: (a, b) => notPlain(cmp(a, b, 1)),
      },
      __gt__: {
        __lt__: (a, b) => not(cmp(a, b, 4), () => !truthy(cmp(a, b, 2))),
        __ge__: (a, b) => or(cmp(a, b, 4), () => truthy(cmp(a, b, 2))),
        __le__: (a, b) => notPlain(cmp(a, b, 4)),
      },
      __ge__: {
        __le__: (a, b) => or(notPlain(cmp(a, b, 5)), () => truthy(cmp(a, b, 2))),
        __gt__: (a, b) => and(cmp(a, b, 5), () => !truthy(cmp(a, b, 2))),
        __lt__: (a, b) => notPlain(cmp(a, b, 5)),
      },
    };
    for (const [name, fn] of Object.entries(derived[root])) {
      if (!has(name)) {
        const b = new PyBuiltin(name, (a) => fn(a[0], a[1]));
        b.ext = true;
        cls.dict.set(name, b);
      }
    }
    return cls;
  });
  return m;
}

function notPlain(r: PyObject): PyObject {
  return r === NotImplemented ? r : !truthy(r);
}
function not(r: PyObject, rest: () => boolean): PyObject {
  return r === NotImplemented ? r : !truthy(r) && rest();
}
function or(r: PyObject, rest: () => boolean): PyObject {
  return r === NotImplemented ? r : truthy(r) || rest();
}
function and(r: PyObject, rest: () => boolean): PyObject {
  return r === NotImplemented ? r : truthy(r) && rest();
}
