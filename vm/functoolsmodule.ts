// The functools module (CPython's _functoolsmodule.c and functools.py): reduce, partial,
// partialmethod, lru_cache/cache, wraps/update_wrapper, cmp_to_key, total_ordering,
// cached_property, singledispatch and singledispatchmethod. All native: importing functools
// loads no Python code, and partial/lru_cache calls stay on the native call path.

import { callObject } from './call';
import { makeNamedTuple } from './collectionsmodule';
import { PyDict, resolveKey } from './objects/dict';
import { AttributeError, pyErr, TypeError, ValueError, isPyErr } from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyFunction, PyNativeCallable, PyClassMethod, PyStaticMethod } from './objects/function';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyInstance } from './objects/instance';
import { objectType, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';
import { asIndex, getIter, iterNext, iterToArray, truthy } from './ops';
import { bindDescr, getAttr, getAttrOrUndefined, instanceDict, setAttr } from './attributes';
import { repr } from './repr';
import { richCompare } from './compare';
import { isIntLike } from './number';
import { getVM } from './eval';

function extType(name: string, newInstance: PyType['newInstance'] = null): PyType {
  const t = new PyType(name, [objectType], false);
  t.dict.set('__module__', 'functools');
  t.newInstance = newInstance;
  // The arguments were taken by newInstance; subclasses may still call super().__init__(...).
  if (newInstance) defExtMethod(t, '__init__', () => None);
  return t;
}

function isCallable(v: PyObject): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyNativeCallable) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

function kwMap(d: PyDict): Map<string, PyObject> {
  const m = new Map<string, PyObject>();
  for (const [k, v] of d.map) m.set(String(d.origKey(k)), v);
  return m;
}

// ---------------------------------------------------------------- partial

const partialType = extType('partial');

/** A partial object: func, args and keywords live in its attribute dict, as CPython exposes them. */
function makePartial(cls: PyType, func: PyObject, pargs: PyObject[], pkw: Map<string, PyObject>): PyNativeCallable {
  // partial(partial(f, 1), 2) flattens to partial(f, 1, 2), as CPython does for exact partials.
  if (func instanceof PyNativeCallable && func.cls.isSubtypeOf(partialType) && func.dict.size === 3) {
    const inner = func.dict.get('func')!;
    const innerArgs = (func.dict.get('args') as PyTuple).items;
    const merged = kwMap(func.dict.get('keywords') as PyDict);
    for (const [k, v] of pkw) merged.set(k, v);
    func = inner;
    pargs = [...innerArgs, ...pargs];
    pkw = merged;
  }
  const frozenArgs = pargs;
  const frozenKw = pkw;
  const p = new PyNativeCallable(cls, (args, kw) => {
    let merged = frozenKw;
    if (kw && kw.size) {
      merged = new Map(frozenKw);
      for (const [k, v] of kw) merged.set(k, v);
    }
    return callObject(func, frozenArgs.length ? [...frozenArgs, ...args] : args, merged.size ? merged : null);
  });
  p.dict.set('func', func);
  p.dict.set('args', new PyTuple(pargs));
  const kwd = new PyDict();
  for (const [k, v] of pkw) kwd.setStr(k, v);
  p.dict.set('keywords', kwd);
  return p;
}

partialType.newInstance = (cls, args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, "type 'partial' takes at least one argument");
  if (!isCallable(args[0])) throw pyErr(TypeError, 'the first argument must be callable');
  return makePartial(cls, args[0], args.slice(1), new Map(kw ?? []));
};
defExtMethod(partialType, '__call__', (args, kw) => (args[0] as PyNativeCallable).call(args.slice(1), kw));
defExtMethod(partialType, '__repr__', (args) => {
  const p = args[0] as PyNativeCallable;
  const parts = [repr(p.dict.get('func')!), ...(p.dict.get('args') as PyTuple).items.map(repr)];
  const kwd = p.dict.get('keywords') as PyDict;
  for (const [k, v] of kwd.map) parts.push(`${String(kwd.origKey(k))}=${repr(v)}`);
  const name = p.cls === partialType ? 'functools.partial' : p.cls.name;
  return `${name}(${parts.join(', ')})`;
});

/** partialmethod(func, /, *args, **keywords): a descriptor that binds like a method, then applies. */
class PyPartialMethod extends PyInstance {
  constructor(cls: PyType, readonly func: PyObject, readonly args: PyObject[], readonly kw: Map<string, PyObject>) {
    super(cls);
    this.dict.set('func', func);
    this.dict.set('args', new PyTuple(args));
    const kwd = new PyDict();
    for (const [k, v] of kw) kwd.setStr(k, v);
    this.dict.set('keywords', kwd);
  }
}
const partialmethodType = extType('partialmethod', (cls, args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, "partialmethod.__init__() missing 1 required positional argument: 'func'");
  let func = args[0];
  let pargs = args.slice(1);
  let pkw = new Map(kw ?? []);
  if (!isCallable(func) && typeOf(func).lookup('__get__') === undefined) {
    throw pyErr(TypeError, `${repr(func)} is not callable or a descriptor`);
  }
  if (func instanceof PyPartialMethod) {
    pargs = [...func.args, ...pargs];
    const merged = new Map(func.kw);
    for (const [k, v] of pkw) merged.set(k, v);
    pkw = merged;
    func = func.func;
  }
  return new PyPartialMethod(cls, func, pargs, pkw);
});
partialmethodType.heapType = true; // a Python class in CPython: messages name it without its module
defExtMethod(partialmethodType, '__get__', (args) => {
  const pm = args[0] as PyPartialMethod;
  const obj = args[1] ?? None;
  const owner = args[2] ?? (obj === None ? None : typeOf(obj));
  if (obj === None) {
    // Class access: a function taking self first (CPython's _make_unbound_method).
    return new PyBuiltin(typeof getAttrOrUndefined(pm.func, '__name__') === 'string' ? (getAttrOrUndefined(pm.func, '__name__') as string) : '_method', (a, kw) => {
      const merged = new Map(pm.kw);
      if (kw) for (const [k, v] of kw) merged.set(k, v);
      return callObject(pm.func, [a[0], ...pm.args, ...a.slice(1)], merged.size ? merged : null);
    });
  }
  const bound = bindDescr(pm.func, obj, owner instanceof PyType ? owner : typeOf(obj));
  return makePartial(partialType, bound, pm.args, pm.kw);
});
defExtMethod(partialmethodType, '__repr__', (args) => {
  const pm = args[0] as PyPartialMethod;
  const parts = [repr(pm.func), ...pm.args.map(repr)];
  for (const [k, v] of pm.kw) parts.push(`${k}=${repr(v)}`);
  return `functools.partialmethod(${parts.join(', ')})`;
});

// ---------------------------------------------------------------- update_wrapper, wraps

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const WRAPPER_UPDATES = ['__dict__'];

/** update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES). */
function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned?: PyObject, updated?: PyObject): PyObject {
  const names = assigned === undefined ? WRAPPER_ASSIGNMENTS : iterToArray(assigned).map(String);
  for (const name of names) {
    let v: PyObject | undefined;
    try {
      v = getAttrOrUndefined(wrapped, name);
    } catch (e) {
      if (!isPyErr(e, AttributeError)) throw e;
    }
    if (v !== undefined) setAttr(wrapper, name, v);
  }
  const ups = updated === undefined ? WRAPPER_UPDATES : iterToArray(updated).map(String);
  for (const name of ups) {
    if (name === '__dict__') {
      // Straight between the attribute maps: native wrappers (lru_cache) have no __dict__ attribute.
      const src = instanceDict(wrapped), dst = instanceDict(wrapper);
      if (src !== null && dst !== null) for (const [k, v] of src) dst.set(k, v);
      continue;
    }
    const src = getAttrOrUndefined(wrapped, name);
    const dst = getAttr(wrapper, name);
    if (src !== undefined) callObject(getAttr(dst, 'update'), [src]);
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

const updateWrapperFn = new PyBuiltin('update_wrapper', (args, kw) => {
  const pick = (i: number, name: string) => args[i] ?? kw?.get(name);
  const wrapper = pick(0, 'wrapper'), wrapped = pick(1, 'wrapped');
  if (wrapper === undefined || wrapped === undefined) {
    throw pyErr(TypeError, `update_wrapper() missing ${wrapper === undefined && wrapped === undefined ? "2 required positional arguments: 'wrapper' and 'wrapped'" : `1 required positional argument: '${wrapper === undefined ? 'wrapper' : 'wrapped'}'`}`);
  }
  return updateWrapper(wrapper, wrapped, pick(2, 'assigned'), pick(3, 'updated'));
});

// ---------------------------------------------------------------- lru_cache

const lruWrapperType = extType('_lru_cache_wrapper');
const cacheInfoType = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools');
/** The key marker between positional and keyword arguments (CPython's kwd_mark). */
const KWD_MARK = new PyInstance(objectType);

function lruCache(func: PyObject, maxsize: number | null, typed: boolean): PyNativeCallable {
  let cache = new Map<unknown, PyObject>();
  const holder = { buckets: null as Map<string, PyObject[]> | null };
  let hits = 0, misses = 0;
  const w = new PyNativeCallable(lruWrapperType, (args, kw) => {
    if (maxsize === 0) {
      misses++;
      return callObject(func, args, kw);
    }
    let keyObj: PyObject;
    if (args.length === 1 && (kw === null || kw.size === 0) && !typed && (typeof args[0] === 'string' || typeof args[0] === 'number')) {
      keyObj = args[0];
    } else {
      const parts: PyObject[] = args.slice();
      if (kw && kw.size) {
        parts.push(KWD_MARK);
        for (const [k, v] of kw) parts.push(k, v);
      }
      if (typed) {
        for (const a of args) parts.push(typeOf(a));
        if (kw) for (const v of kw.values()) parts.push(typeOf(v));
      }
      keyObj = new PyTuple(parts);
    }
    const key = resolveKey(holder, keyObj, true);
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
    cache.set(key, result);
    if (maxsize !== null && cache.size > maxsize) cache.delete(cache.keys().next().value);
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
  w.dict.set('cache_parameters', new PyBuiltin('cache_parameters', () => {
    const d = new PyDict();
    d.setStr('maxsize', maxsize === null ? None : maxsize);
    d.setStr('typed', typed);
    return d;
  }));
  updateWrapper(w, func);
  return w;
}

function lruCacheFn(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (args.length > 2) throw pyErr(TypeError, `lru_cache() takes from 0 to 2 positional arguments but ${args.length} were given`);
  const first = args[0] ?? kw?.get('maxsize') ?? 128;
  const typedArg = args[1] ?? kw?.get('typed') ?? false;
  const typed = truthy(typedArg);
  let maxsize: number | null;
  if (isIntLike(first)) maxsize = Math.max(0, asIndex(first));
  else if (isCallable(first) && typeof typedArg === 'boolean') return lruCache(first, 128, typed); // @lru_cache
  else if (first === None) maxsize = null;
  else throw pyErr(TypeError, 'Expected first argument to be an integer, a callable, or None');
  return new PyBuiltin('decorating_function', (a) => lruCache(a[0], maxsize, typed));
}

// ---------------------------------------------------------------- cmp_to_key

const keyWrapperType = extType('KeyWrapper');
class PyKeyWrapper extends PyInstance {
  constructor(readonly cmp: PyObject, readonly obj: PyObject) {
    super(keyWrapperType);
    this.dict.set('obj', obj);
  }
}
for (const [name, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]] as const) {
  defExtMethod(keyWrapperType, name, (a) => {
    const self = a[0] as PyKeyWrapper, other = a[1];
    if (!(other instanceof PyKeyWrapper)) throw pyErr(TypeError, 'other argument must be K instance');
    const r = callObject(self.cmp, [self.obj, other.obj]);
    return typeof r === 'number' ? [r < 0, r <= 0, r === 0, r !== 0, r > 0, r >= 0][op] : richCompare(op, r, 0);
  });
}
keyWrapperType.dict.set('__hash__', None);
defExtMethod(keyWrapperType, '__call__', (a) => new PyKeyWrapper((a[0] as PyKeyWrapper).cmp, a[1]));

// ---------------------------------------------------------------- total_ordering

const ORDER_OPS = ['__lt__', '__le__', '__gt__', '__ge__'] as const;
type OrderOp = (typeof ORDER_OPS)[number];
const EQ = 2, NE = 3;

/**
 * The derived comparisons of total_ordering, as CPython's _gt_from_lt and friends: call the root
 * method of type(self) directly, pass NotImplemented through, combine with == or !=.
 */
const DERIVED: Record<OrderOp, Partial<Record<OrderOp, (r: boolean, a: PyObject, b: PyObject) => boolean>>> = {
  __lt__: {
    __gt__: (r, a, b) => !r && truthy(richCompare(NE, a, b)),
    __le__: (r, a, b) => r || truthy(richCompare(EQ, a, b)),
    __ge__: (r) => !r,
  },
  __le__: {
    __ge__: (r, a, b) => !r || truthy(richCompare(EQ, a, b)),
    __lt__: (r, a, b) => r && truthy(richCompare(NE, a, b)),
    __gt__: (r) => !r,
  },
  __gt__: {
    __lt__: (r, a, b) => !r && truthy(richCompare(NE, a, b)),
    __ge__: (r, a, b) => r || truthy(richCompare(EQ, a, b)),
    __le__: (r) => !r,
  },
  __ge__: {
    __le__: (r, a, b) => !r || truthy(richCompare(EQ, a, b)),
    __gt__: (r, a, b) => r && truthy(richCompare(NE, a, b)),
    __lt__: (r) => !r,
  },
};

function totalOrdering(args: PyObject[]): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'total_ordering expects a class');
  const defined = (n: string) => {
    const v = cls.lookup(n);
    return v !== undefined && v !== objectType.lookup(n);
  };
  const roots = ORDER_OPS.filter(defined);
  if (roots.length === 0) throw pyErr(ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = roots[0]; // CPython takes max() of the names: __lt__, then __le__, __gt__, __ge__
  for (const [name, fn] of Object.entries(DERIVED[root])) {
    if (roots.includes(name as OrderOp)) continue;
    const b = new PyBuiltin(name, (a) => {
      const m = typeOf(a[0]).lookup(root);
      const r = m === undefined ? NotImplemented : callObject(m, [a[0], a[1]]);
      if (r === NotImplemented) return r;
      return fn!(truthy(r), a[0], a[1]);
    });
    b.ext = true;
    cls.dict.set(name, b);
  }
  return cls;
}

// ---------------------------------------------------------------- cached_property

class PyCachedProperty extends PyInstance {
  attrname: string | null = null;
  constructor(cls: PyType, readonly func: PyObject) {
    super(cls);
    this.dict.set('func', func);
    this.dict.set('attrname', None);
    const doc = getAttrOrUndefined(func, '__doc__');
    this.dict.set('__doc__', doc ?? None);
  }
}
const cachedPropertyType = extType('cached_property', (cls, args) => {
  if (args.length !== 1) throw pyErr(TypeError, `cached_property.__init__() takes 2 positional arguments but ${args.length + 1} were given`);
  return new PyCachedProperty(cls, args[0]);
});
cachedPropertyType.heapType = true; // a Python class in CPython: messages name it without its module
defExtMethod(cachedPropertyType, '__set_name__', (a) => {
  const cp = a[0] as PyCachedProperty;
  const name = String(a[2]);
  if (cp.attrname === null) {
    cp.attrname = name;
    cp.dict.set('attrname', name);
  } else if (name !== cp.attrname) {
    throw pyErr(TypeError, `Cannot assign the same cached_property to two different names (${repr(cp.attrname)} and ${repr(name)}).`);
  }
  return None;
});
defExtMethod(cachedPropertyType, '__get__', (a) => {
  const cp = a[0] as PyCachedProperty;
  const obj = a[1] ?? None;
  if (obj === None) return cp;
  if (cp.attrname === null) throw pyErr(TypeError, 'Cannot use cached_property instance without calling __set_name__ on it.');
  const d = instanceDict(obj);
  if (d === null) throw pyErr(TypeError, `No '__dict__' attribute on ${repr(typeOf(obj).tpName)} instance to cache ${repr(cp.attrname)} property.`);
  const have = d.get(cp.attrname);
  if (have !== undefined) return have;
  const v = callObject(cp.func, [obj]);
  d.set(cp.attrname, v);
  return v;
});
cachedPropertyType.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (a) => a[0])));

// ---------------------------------------------------------------- singledispatch

/** The class a register() call names by annotation: the first annotated parameter's class. */
function annotatedClass(func: PyObject): PyObject {
  const bad = () => pyErr(TypeError, `Invalid first argument to \`register()\`: ${repr(func)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  const ann = getAttrOrUndefined(func, '__annotations__');
  if (!(ann instanceof PyDict) || ann.size === 0) throw bad();
  const [k, v] = [...ann.map][0];
  let cls = v;
  if (typeof cls === 'string' && func instanceof PyFunction) {
    cls = func.globals.getStr(cls) ?? getVM().builtins.getStr(cls) ?? cls;
  }
  if (!(cls instanceof PyType)) {
    throw pyErr(TypeError, `Invalid annotation for ${repr(String(ann.origKey(k)))}. ${repr(cls)} is not a class.`);
  }
  return cls;
}

/**
 * The implementation for cls: the first registered class on its MRO; before object, the most
 * specific registered class it is a virtual subclass of (an ABC such as collections.abc.Mapping).
 * CPython merges ABCs into the MRO (_compose_mro); this covers the usual cases.
 */
function findImpl(cls: PyType, registry: PyDict): PyObject | undefined {
  for (const t of cls.mro) {
    if (t === objectType) break;
    const f = registry.get(t);
    if (f !== undefined) return f;
  }
  const issubclass = getVM().builtins.getStr('issubclass')!;
  let best: PyType | undefined;
  for (const k of registry.keys()) {
    if (!(k instanceof PyType) || k === objectType || cls.mro.includes(k)) continue;
    if (!truthy(callObject(issubclass, [cls, k]))) continue;
    if (best === undefined || truthy(callObject(issubclass, [k, best]))) best = k;
  }
  return best !== undefined ? registry.get(best) : registry.get(objectType);
}

interface Dispatcher {
  registry: PyDict;
  dispatch(cls: PyType): PyObject;
  register: PyBuiltin;
}

function makeDispatcher(defaultFn: PyObject): Dispatcher {
  const registry = new PyDict();
  registry.set(objectType, defaultFn);
  let cache = new Map<PyType, PyObject>();
  const dispatch = (cls: PyType): PyObject => {
    let f = cache.get(cls);
    if (f === undefined) {
      f = findImpl(cls, registry) ?? defaultFn;
      cache.set(cls, f);
    }
    return f;
  };
  const register: PyBuiltin = new PyBuiltin('register', (a) => {
    const cls = a[0], func = a[1];
    if (cls instanceof PyType) {
      if (func === undefined || func === None) return new PyBuiltin('<lambda>', (b) => callObject(register, [cls, b[0]]));
      registry.set(cls, func);
      cache = new Map();
      return func;
    }
    if (func !== undefined && func !== None) {
      throw pyErr(TypeError, `Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
    }
    if (!isCallable(cls) && typeOf(cls).lookup('__get__') === undefined) {
      throw pyErr(TypeError, `Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
    }
    const target = cls instanceof PyStaticMethod || cls instanceof PyClassMethod ? cls.func : cls;
    registry.set(annotatedClass(target), cls);
    cache = new Map();
    return cls;
  });
  return { registry, dispatch, register };
}

const singledispatchFn = new PyBuiltin('singledispatch', (args) => {
  const func = args[0];
  const funcname = getAttrOrUndefined(func, '__name__');
  const name = typeof funcname === 'string' ? funcname : 'singledispatch function';
  const d = makeDispatcher(func);
  const wrapper = new PyNativeCallable(singledispatchType, (a, kw) => {
    if (a.length === 0) throw pyErr(TypeError, `${name} requires at least 1 positional argument`);
    return callObject(d.dispatch(typeOf(a[0])), a, kw);
  }, true);
  wrapper.dict.set('register', d.register);
  wrapper.dict.set('dispatch', new PyBuiltin('dispatch', (a) => d.dispatch(a[0] as PyType)));
  wrapper.dict.set('registry', d.registry);
  wrapper.dict.set('_clear_cache', new PyBuiltin('_clear_cache', () => None));
  updateWrapper(wrapper, func);
  return wrapper;
});
const singledispatchType = extType('function');
singledispatchType.heapType = true; // a Python class in CPython: messages name it without its module
defExtMethod(singledispatchType, '__repr__', (a) => repr(getAttr(a[0], '__wrapped__')));

class PySingleDispatchMethod extends PyInstance {
  constructor(cls: PyType, readonly func: PyObject, readonly d: Dispatcher) {
    super(cls);
    this.dict.set('func', func);
    this.dict.set('dispatcher', None);
    this.dict.set('register', d.register);
  }
}
const singledispatchmethodType = extType('singledispatchmethod', (cls, args) => {
  const func = args[0];
  if (func === undefined || (!isCallable(func) && typeOf(func).lookup('__get__') === undefined)) {
    throw pyErr(TypeError, `${repr(func ?? None)} is not callable or a descriptor`);
  }
  return new PySingleDispatchMethod(cls, func, makeDispatcher(func));
});
singledispatchmethodType.heapType = true; // a Python class in CPython: messages name it without its module
defExtMethod(singledispatchmethodType, '__get__', (a) => {
  const sdm = a[0] as PySingleDispatchMethod;
  const obj = a[1] ?? None;
  const owner = a[2] ?? typeOf(obj);
  const m = new PyBuiltin(String(getAttrOrUndefined(sdm.func, '__name__') ?? '_method'), (b, kw) => {
    if (b.length === 0) throw pyErr(TypeError, `${String(getAttrOrUndefined(sdm.func, '__name__') ?? 'singledispatchmethod method')} requires at least 1 positional argument`);
    const impl = sdm.d.dispatch(typeOf(b[0]));
    const bound = obj === None ? impl : bindDescr(impl, obj, owner as PyType);
    return callObject(bound, b, kw);
  });
  return m;
});

// ---------------------------------------------------------------- the module

/** The functools module. */
export function makeFunctoolsModule(): PyModule {
  const m = new PyModule('functools');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS));
  d.setStr('WRAPPER_UPDATES', new PyTuple(WRAPPER_UPDATES));
  d.setStr('partial', partialType);
  d.setStr('partialmethod', partialmethodType);
  d.setStr('cached_property', cachedPropertyType);
  d.setStr('singledispatchmethod', singledispatchmethodType);
  d.setStr('singledispatch', singledispatchFn);
  d.setStr('update_wrapper', updateWrapperFn);
  def('reduce', (args) => {
    if (args.length < 2) throw pyErr(TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) throw pyErr(TypeError, `reduce expected at most 3 arguments, got ${args.length}`);
    const f = args[0];
    let it: PyObject;
    try {
      it = getIter(args[1]);
    } catch (e) {
      if (isPyErr(e, TypeError)) throw pyErr(TypeError, 'reduce() arg 2 must support iteration');
      throw e;
    }
    let acc: PyObject | undefined = args.length > 2 ? args[2] : iterNext(it);
    if (acc === undefined) throw pyErr(TypeError, 'reduce() of empty iterable with no initial value');
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) acc = callObject(f, [acc, v]);
    return acc;
  });
  def('lru_cache', lruCacheFn);
  def('cache', (args) => lruCache(args[0], null, false));
  def('wraps', (args, kw) => {
    const wrapped = args[0] ?? kw?.get('wrapped');
    if (wrapped === undefined) throw pyErr(TypeError, "wraps() missing 1 required positional argument: 'wrapped'");
    const pkw = new Map<string, PyObject>([['wrapped', wrapped]]);
    pkw.set('assigned', args[1] ?? kw?.get('assigned') ?? new PyTuple(WRAPPER_ASSIGNMENTS));
    pkw.set('updated', args[2] ?? kw?.get('updated') ?? new PyTuple(WRAPPER_UPDATES));
    return makePartial(partialType, updateWrapperFn, [], pkw);
  });
  def('cmp_to_key', (args, kw) => {
    const cmp = args[0] ?? kw?.get('mycmp');
    if (cmp === undefined) throw pyErr(TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
    return new PyKeyWrapper(cmp, None);
  });
  def('total_ordering', totalOrdering);
  return m;
}
