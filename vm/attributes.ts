// Attribute access (CPython's object.c PyObject_GenericGetAttr/SetAttr, typeobject.c type_getattro):
// descriptors, instance dicts, special attributes of builtin objects, LOAD_METHOD.

import { callObject } from './call';
import {
  AttributeError, PyTraceback, tracebackOf, PyBaseException, PyException, pyErr, StopIteration, TypeError, NameError,
  SystemExit,
} from './objects/exceptions';
import { PyFloat } from './objects/float';
import {
  PyBuiltin, PyClassMethod, PyFunction, PyMethod, PyNativeCallable, PyProperty, PyStaticMethod, PyCell,
} from './objects/function';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyRange } from './objects/range';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import { dictOverMap, PyDict } from './objects/dict';
import { PyInstance } from './objects/instance';
import type { Shape } from './objects/shape';
import { PyGenerator } from './objects/generator';
import { PyType, typeEpoch, typeOf, type PyObject } from './objects/type';
import { PyCode, pyCode } from './objects/codeobj';
import { codeCache, type AttrCache } from './frame';
import { CodeObject, lineForOffset } from '../bytecode/index';
import { PyComplex } from './objects/complex';
import { PyBytes } from './objects/bytes';
import { PyBoxed } from './objects/boxed';
import { PySuper, superGetAttr } from './classes';
import { classDictProxy } from './mappingproxy';
import { isIntLike, toInt } from './number';
import { callSpecial, iterToArray, truthy, NULL } from './ops';

// ---------------------------------------------------------------- attributes

/** The instance dict of objects that have one. */
export function instanceDict(o: PyObject): Map<string, PyObject> | null {
  if (o instanceof PyInstance || o instanceof PyBaseException) return o.dict;
  if (o instanceof PyFunction) return (o.dict ??= new Map());
  if (typeof o === 'object' && (o as { dict?: unknown }).dict instanceof Map && !(o instanceof PyType)) {
    return (o as unknown as { dict: Map<string, PyObject> }).dict;
  }
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    // Instances of user subclasses of builtin types (list, dict...) get a __dict__ on the side.
    let d = sideDicts.get(o);
    if (d === undefined) {
      d = new Map();
      sideDicts.set(o, d);
    }
    return d;
  }
  return null;
}
const sideDicts = new WeakMap<object, Map<string, PyObject>>();

/** Bind a class attribute found on the type to an instance (the descriptor protocol's __get__). */
export function bindDescr(d: PyObject, obj: PyObject, t: PyType): PyObject {
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyNativeCallable) return d.bindsAsMethod ? new PyMethod(d, obj) : d;
  if (d instanceof PyBuiltin) return d.self === undefined ? new PyBuiltin(d.name, d.fn, obj, d.qualname) : d;
  if (d instanceof PyClassMethod) return new PyMethod(d.func, t);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (d.fget === None) throw pyErr(AttributeError, `property object has no getter`);
    return callObject(d.fget, [obj]);
  }
  if (typeof d === 'object' && !d.cls.isBuiltin) {
    const get = d.cls.lookup('__get__');
    if (get !== undefined) return callObject(get, [d, obj, t]);
  }
  return d;
}

function isDataDescr(d: PyObject): boolean {
  if (d instanceof PyProperty) return true;
  return typeof d === 'object' && !d.cls.isBuiltin && (d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined);
}

/** getattr(obj, name), or undefined when missing (no __getattr__ fallback). */
export function getAttrOrUndefined(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PySuper) return superGetAttr(o, name);
  if (o instanceof PyModule) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
    if (name === '__dict__') return o.dict;
    return undefined;
  }
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) return bindDescr(d, o, t);
  const dict = instanceDict(o);
  if (dict !== null) {
    const v = dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindDescr(d, o, t);
  return specialAttr(o, name);
}

/** getattr(obj, name): AttributeError with CPython's message when missing. */
export function getAttr(o: PyObject, name: string): PyObject {
  if (o instanceof PyInstance) {
    // Fast path for plain instances: class attribute (cached), then the instance dict.
    const t = o.cls;
    const d = t.lookupCached(name);
    if (d === undefined || !isDataDescr(d)) {
      const v = o.dict.get(name);
      if (v !== undefined) return v;
      if (d !== undefined) return bindDescr(d, o, t);
    }
  }
  const v = getAttrOrUndefined(o, name);
  if (v !== undefined) return v;
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const ga = o.cls.lookup('__getattr__');
    if (ga !== undefined) return callSpecial(ga, o, [name]);
  }
  if (o instanceof PyModule) {
    const ga = o.dict.getStr('__getattr__');
    if (ga !== undefined) return callObject(ga, [name]); // PEP 562
  }
  throw attributeError(o, name);
}

export function attributeError(o: PyObject, name: string): PyException {
  if (o instanceof PyType) return pyErr(AttributeError, `type object '${o.qualname}' has no attribute '${name}'`);
  if (o instanceof PyModule) {
    // CPython 3.11's module_getattro: say so when a circular import is the likely cause.
    if (o.initializing) return pyErr(AttributeError, `partially initialized module '${o.name}' has no attribute '${name}' (most likely due to a circular import)`);
    if (o.loadingSubmodules?.has(name)) return pyErr(AttributeError, `cannot access submodule '${name}' of module '${o.name}' (most likely due to a circular import)`);
    return pyErr(AttributeError, `module '${o.name}' has no attribute '${name}'`);
  }
  return pyErr(AttributeError, `'${typeOf(o).tpName}' object has no attribute '${name}'`);
}

function typeGetAttr(cls: PyType, name: string): PyObject | undefined {
  const meta = cls.cls;
  const md = meta !== cls ? meta.lookup(name) : undefined;
  if (md !== undefined && isDataDescr(md)) return bindDescr(md, cls, meta);
  for (const t of cls.mro) {
    const v = t.dict.get(name);
    if (v !== undefined) {
      if (v instanceof PyClassMethod) return new PyMethod(v.func, cls);
      if (v instanceof PyStaticMethod) return v.func;
      if (typeof v === 'object' && !v.cls.isBuiltin && !(v instanceof PyType)) {
        const get = v.cls.lookup('__get__');
        if (get !== undefined) return callObject(get, [v, None, cls]);
      }
      return v;
    }
  }
  switch (name) {
    case '__name__': return cls.name;
    case '__qualname__': return cls.qualname;
    case '__mro__': return new PyTuple(cls.mro);
    case '__bases__': return new PyTuple(cls.bases);
    case '__base__': return cls.bases[0] ?? None;
    case '__class__': return cls.cls;
    case '__module__': return 'builtins';
    case '__doc__': return None;
    case '__dict__': return classDictProxy(cls);
  }
  if (md !== undefined) return bindDescr(md, cls, meta);
  return undefined;
}

/** Attributes of builtin objects that are not in a type dict. */
function specialAttr(o: PyObject, name: string): PyObject | undefined {
  if (name === '__class__') return typeOf(o);
  if (o instanceof PyBaseException) {
    switch (name) {
      case 'args': return new PyTuple(o.args);
      case '__cause__': return o.cause ?? None;
      case '__context__': return o.context ?? None;
      case '__suppress_context__': return o.suppressContext;
      case '__traceback__': return tracebackOf(o);
      case '__dict__': return dictOverMap(o.dict);
      case 'value': if (o.cls.isSubtypeOf(StopIteration)) return o.args.length ? o.args[0] : None; break;
      case 'code': if (o.cls.name === 'SystemExit' || o.cls.isSubtypeOf(SystemExit)) return o.args.length === 0 ? None : o.args.length === 1 ? o.args[0] : new PyTuple(o.args); break;
      case 'msg': if (o.args.length) return o.args[0]; break;
      case 'name': if (o.cls.isSubtypeOf(NameError)) return None; break;
    }
    return undefined;
  }
  if (o instanceof PyFunction) {
    switch (name) {
      case '__name__': return o.name;
      case '__qualname__': return o.qualname;
      case '__doc__': return o.doc;
      case '__module__': return o.module;
      case '__defaults__': return o.defaults ? new PyTuple(o.defaults) : None;
      case '__kwdefaults__': return o.kwdefaults ?? None;
      case '__annotations__': return o.annotations === None ? (o.annotations = new PyDict()) : o.annotations;
      case '__globals__': return o.globals;
      case '__dict__': return dictOverMap(o.dict ??= new Map());
      case '__closure__': return o.closure ? new PyTuple(o.closure) : None;
      case '__code__': return pyCode(o.code);
    }
    return undefined;
  }
  if (o instanceof PyCode) return codeAttr(o, name);
  if (o instanceof PyTraceback) {
    const e = o.entries[o.index];
    if (name === 'tb_lineno') return lineForOffset(e.code.co_firstlineno, e.code.co_linetable, e.lasti);
    if (name === 'tb_lasti') return e.lasti;
    if (name === 'tb_next') return o.index > 0 ? new PyTraceback(o.entries, o.index - 1) : None;
    if (name === 'tb_frame') return None;
  }
  if (o instanceof PyMethod) {
    if (name === '__self__') return o.self;
    if (name === '__func__') return o.func;
    if (name === '__name__' || name === '__qualname__' || name === '__doc__') return getAttrOrUndefined(o.func, name);
    return getAttrOrUndefined(o.func, name);
  }
  if (o instanceof PyBuiltin) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return o.qualname;
    if (name === '__self__') return o.self ?? None;
    if (name === '__doc__') return None;
    return undefined;
  }
  if (o instanceof PyInstance && name === '__dict__') return dictOverMap(o.dict);
  if (o instanceof PySlice) {
    if (name === 'start') return o.start;
    if (name === 'stop') return o.stop;
    if (name === 'step') return o.step;
  }
  if (o instanceof PyRange) {
    if (name === 'start') return o.start;
    if (name === 'stop') return o.stop;
    if (name === 'step') return o.step;
  }
  if (o instanceof PyComplex) {
    if (name === 'real') return new PyFloat(o.real);
    if (name === 'imag') return new PyFloat(o.imag);
  }
  if (o instanceof PyFloat) {
    if (name === 'real') return o;
    if (name === 'imag') return new PyFloat(0);
  }
  if (isIntLike(o)) {
    if (name === 'real' || name === 'numerator') return toInt(o);
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  }
  if (o instanceof PyGenerator) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return o.qualname;
    if (name === 'gi_running') return o.running;
  }
  if (o instanceof PyCell && name === 'cell_contents') return o.contents;
  if (name === '__dict__') {
    // Instances of user subclasses of builtins (list, dict...) have one too.
    const m = instanceDict(o);
    if (m !== null) return dictOverMap(m);
  }
  // An int/float/str subclass instance has the value's attributes (IntEnum members' .real ...).
  if (o instanceof PyBoxed) return specialAttr(o.value, name);
  return undefined;
}

/** co_* attributes of a code object. */
function codeAttr(o: PyCode, name: string): PyObject | undefined {
  const c = o.code;
  const strs = (xs: readonly string[]) => new PyTuple(xs.slice());
  switch (name) {
    case 'co_name': return c.co_name;
    case 'co_qualname': return c.co_qualname;
    case 'co_filename': return c.co_filename;
    case 'co_firstlineno': return c.co_firstlineno;
    case 'co_argcount': return c.co_argcount;
    case 'co_posonlyargcount': return c.co_posonlyargcount;
    case 'co_kwonlyargcount': return c.co_kwonlyargcount;
    case 'co_nlocals': return c.co_nlocals;
    case 'co_stacksize': return c.co_stacksize;
    case 'co_flags': return c.co_flags;
    case 'co_varnames': return strs(c.co_varnames);
    case 'co_cellvars': return strs(c.co_cellvars);
    case 'co_freevars': return strs(c.co_freevars);
    case 'co_names': return strs(c.co_names);
    case 'co_consts': return new PyTuple(codeCache(c).consts.map((v) => ((v as unknown) instanceof CodeObject ? pyCode(v as unknown as CodeObject) : v)));
    case 'co_code': return new PyBytes(c.co_code.slice());
    case 'co_lnotab':
    case 'co_linetable': return new PyBytes(c.co_linetable.slice());
  }
  return undefined;
}

/** obj.name = value. */
export function setAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    if (t.lookupCached('__setattr__') === OBJECT_SETATTR.value) {
      const d = t.lookupCached(name);
      if (d === undefined || !isDataDescr(d)) {
        o.dict.set(name, v);
        return;
      }
    }
  }
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    // A class whose metaclass defines __setattr__ (enum's members) goes through it too.
    const sa = o.cls.lookup('__setattr__');
    if (sa !== undefined && !(sa instanceof PyBuiltin)) {
      callSpecial(sa, o, [name, v]);
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** object.__setattr__ as found in object's dict (set once builtins are installed). */
const OBJECT_SETATTR: { value: PyObject | undefined } = { value: undefined };
export function setObjectSetattr(v: PyObject | undefined): void {
  OBJECT_SETATTR.value = v;
}

/** object.__setattr__. */
export function genericSetAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyType) {
    if (o.isBuiltin) throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (name === '__name__' && typeof v === 'string') o.name = v;
    if (name === '__qualname__' && typeof v === 'string') o.qualname = v;
    if (name === '__abstractmethods__') o.abstract = truthy(v);
    o.dict.set(name, v);
    typeEpoch.value++;
    return;
  }
  if (o instanceof PyModule) {
    o.dict.setStr(name, v);
    return;
  }
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyProperty) {
      if (d.fset === None) throw pyErr(AttributeError, `property '${propName(d, name)}' of '${t.tpName}' object has no setter`);
      callObject(d.fset, [o, v]);
      return;
    }
    if (typeof d === 'object' && !d.cls.isBuiltin) {
      const set = d.cls.lookup('__set__');
      if (set !== undefined) {
        callObject(set, [d, o, v]);
        return;
      }
    }
  }
  if (o instanceof PyFunction) {
    if (name === '__name__' && typeof v === 'string') { o.name = v; return; }
    if (name === '__qualname__' && typeof v === 'string') { o.qualname = v; return; }
    if (name === '__doc__') { o.doc = v; return; }
    if (name === '__module__') { o.module = v; return; }
    if (name === '__defaults__') { o.defaults = v === None ? null : (v as PyTuple).items; return; }
    if (name === '__annotations__') { o.annotations = v; return; }
    if (name === '__kwdefaults__') { o.kwdefaults = v === None ? null : (v as PyDict); return; }
  }
  if (o instanceof PyBaseException) {
    if (name === '__cause__') { o.cause = v === None ? null : (v as PyBaseException); o.suppressContext = true; return; }
    if (name === '__context__') { o.context = v === None ? null : (v as PyBaseException); return; }
    if (name === '__suppress_context__') { o.suppressContext = truthy(v); return; }
    if (name === 'args') { o.args = iterToArray(v); return; }
  }
  const dict = instanceDict(o);
  if (dict === null) {
    if (t.isBuiltin && t.name !== 'object' && typeof o === 'object' && t.lookup(name) !== undefined) {
      throw pyErr(AttributeError, `'${t.tpName}' object attribute '${name}' is read-only`);
    }
    throw pyErr(AttributeError, `'${t.tpName}' object has no attribute '${name}'`);
  }
  dict.set(name, v);
}

function propName(d: PyProperty, fallback: string): string {
  return d.fget instanceof PyFunction ? d.fget.name : fallback;
}

/** del obj.name. */
export function delAttr(o: PyObject, name: string): void {
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const da = o.cls.lookup('__delattr__');
    if (da !== undefined && !(da instanceof PyBuiltin)) {
      callSpecial(da, o, [name]);
      return;
    }
    const d = o.cls.lookup(name);
    if (d instanceof PyProperty) {
      if (d.fdel === None) throw pyErr(AttributeError, `property '${propName(d, name)}' of '${o.cls.tpName}' object has no deleter`);
      callObject(d.fdel, [o]);
      return;
    }
  }
  if (o instanceof PyType && !o.isBuiltin) {
    if (!o.dict.delete(name)) throw attributeError(o, name);
    typeEpoch.value++;
    return;
  }
  if (o instanceof PyModule) {
    if (!o.dict.map.delete(name)) throw attributeError(o, name);
    return;
  }
  const dict = instanceDict(o);
  if (dict === null || !dict.delete(name)) throw attributeError(o, name);
}

/** LOAD_METHOD: the unbound method when `obj.name` is a plain function on the type, else NULL. */
export function loadMethod(o: PyObject, name: string): PyObject {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return NULL;
  const t = typeOf(o);
  const d = t.lookupCached(name);
  if (d instanceof PyFunction) {
    const dict = instanceDict(o);
    if (dict !== null && dict.has(name)) return NULL;
    return d;
  }
  if (d instanceof PyBuiltin && d.self === undefined) {
    const dict = instanceDict(o);
    if (dict !== null && dict.has(name)) return NULL;
    return d;
  }
  return NULL;
}

// ---------------------------------------------------------------- inline caches

/**
 * LOAD_ATTR / STORE_ATTR on a PyInstance of a shape, whose class has no data descriptor for the
 * name: the slot `index` (or, LOAD_ATTR, the class attribute when -1; STORE_ATTR, appending a slot
 * when `next` is set).
 */
export const IC_INSTANCE = 1;
/** LOAD_METHOD on a PyInstance whose shape lacks the name: a plain function on its class. */
export const IC_METHOD = 2;
/** LOAD_METHOD on an object of a builtin type with no instance dict: an unbound builtin method. */
export const IC_BUILTIN_METHOD = 3;

/** getAttr, filling LOAD_ATTR's cache `ic` for the loop's fast path when `o` is a plain instance. */
export function getAttrCaching(o: PyObject, name: string, ic: AttrCache): PyObject {
  if (o instanceof PyInstance && o.dict.shape !== null) {
    const t = o.cls;
    const epoch = typeEpoch.value;
    const d = t.lookupCached(name);
    if (d === undefined || !isDataDescr(d)) {
      const i = o.dict.shape.index.get(name);
      if (i !== undefined || d !== undefined) fillCache(ic, t, epoch, IC_INSTANCE, d, o.dict.shape, i ?? -1, null);
    }
  }
  return getAttr(o, name);
}

/** setAttr, filling STORE_ATTR's cache when `o` is a plain instance stored into its dict. */
export function setAttrCaching(o: PyObject, name: string, v: PyObject, ic: AttrCache): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    const epoch = typeEpoch.value;
    if (t.lookupCached('__setattr__') === OBJECT_SETATTR.value) {
      const d = t.lookupCached(name);
      if (d === undefined || !isDataDescr(d)) {
        const before = o.dict.shape;
        o.dict.set(name, v);
        const after = o.dict.shape;
        if (before !== null && after !== null) {
          const i = before.index.get(name);
          if (i !== undefined) fillCache(ic, t, epoch, IC_INSTANCE, undefined, before, i, null);
          else if (after.names.length === before.names.length + 1) fillCache(ic, t, epoch, IC_INSTANCE, undefined, before, -1, after);
        }
        return;
      }
    }
  }
  setAttr(o, name, v);
}

/** loadMethod, filling LOAD_METHOD's cache. */
export function loadMethodCaching(o: PyObject, name: string, ic: AttrCache): PyObject {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return NULL;
  const t = typeOf(o);
  const epoch = typeEpoch.value;
  const d = t.lookupCached(name);
  if (d instanceof PyFunction) {
    if (o instanceof PyInstance && o.dict.shape !== null && !o.dict.shape.index.has(name)) {
      fillCache(ic, t, epoch, IC_METHOD, d, o.dict.shape, -1, null);
    }
    const dict = instanceDict(o);
    if (dict !== null && dict.has(name)) return NULL;
    return d;
  }
  if (d instanceof PyBuiltin && d.self === undefined) {
    const dict = instanceDict(o);
    if (dict === null) {
      if (t.isBuiltin && !(o instanceof PyInstance)) fillCache(ic, t, epoch, IC_BUILTIN_METHOD, d, null, -1, null);
      return d;
    }
    if (dict.has(name)) return NULL;
    return d;
  }
  return NULL;
}

function fillCache(
  ic: AttrCache, t: PyType, epoch: number, kind: number, d: PyObject | undefined, shape: Shape | null, index: number, next: Shape | null,
): void {
  ic.type = t;
  ic.epoch = epoch;
  ic.kind = kind;
  ic.descr = d;
  ic.shape = shape;
  ic.index = index;
  ic.next = next;
}
