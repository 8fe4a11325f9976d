// Classes: __build_class__, type(name, bases, dict), metaclasses and super()
// (CPython's bltinmodule.c builtin___build_class__, typeobject.c type_new and super_getattro).

import { CO } from '../bytecode/index';
import { getVM, type VM } from './eval';
import { Frame } from './frame';
import { callObject, callType } from './call';
import { PyDict } from './objects/dict';
import { AttributeError, isPyErr, KeyError, NameError, PyException, pyErr, RuntimeError, TypeError } from './objects/exceptions';
import { PyCell, PyClassMethod, PyFunction, PyStaticMethod, PyBuiltin, PyMethod, defMethod } from './objects/function';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyList } from './objects/list';
import { MroError, objectType, PyObj, PyType, superType, typeEpoch, typeOf, typeType, type PyObject } from './objects/type';
import { bindDescr, getAttrOrUndefined } from './attributes';
import { delItem, getItem, iterToArray, setItem } from './ops';
import { typeModuleName } from './repr';

/** __build_class__(func, name, *bases, metaclass=None, **kw) when func is set; type(name, bases, ns) when null. */
export function buildClass(vm: VM, func: PyFunction | null, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (func === null) {
    const [name, bases, ns] = args;
    if (typeof name !== 'string') throw pyErr(TypeError, `type.__new__() argument 1 must be str, not ${typeOf(name).tpName}`);
    if (!(bases instanceof PyTuple)) throw pyErr(TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(bases).tpName}`);
    if (!(ns instanceof PyDict)) throw pyErr(TypeError, `type.__new__() argument 3 must be dict, not ${typeOf(ns).tpName}`);
    return newClass(typeType, name, bases.items, ns);
  }
  if (args.length < 1) throw pyErr(TypeError, '__build_class__: not enough arguments');
  const name = args[0];
  if (typeof name !== 'string') throw pyErr(TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(1);
  const bases = resolveMroEntries(origBases);
  let meta: PyObject | undefined;
  let rest: Map<string, PyObject> | null = null;
  if (kw) {
    rest = new Map(kw);
    meta = rest.get('metaclass');
    rest.delete('metaclass');
    if (rest.size === 0) rest = null;
  }
  if (meta === undefined) {
    meta = typeType;
    for (const b of bases) {
      const mt = typeOf(b);
      if ((meta as PyType).isSubtypeOf(mt)) continue;
      if (mt.isSubtypeOf(meta as PyType)) meta = mt;
      else throw pyErr(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
  }
  let ns: PyObject = new PyDict();
  if (meta instanceof PyType && !meta.isBuiltin) {
    const prep = meta.lookup('__prepare__');
    if (prep !== undefined && !(prep instanceof PyBuiltin)) {
      ns = callObject(prep instanceof PyClassMethod ? new PyMethod(prep.func, meta) : prep, [name, new PyTuple(bases)], rest);
    }
  }
  if (bases !== origBases) (ns as PyDict).setStr('__orig_bases__', new PyTuple(origBases));
  const frame = new Frame(func.code, func.cache, func.globals, vm.builtins, ns as PyDict, [], func.closure);
  const cell = vm.runFrame(frame);
  const cls = meta === typeType
    ? newClass(typeType, name, bases, ns as PyDict, rest)
    : callObject(meta, [name, new PyTuple(bases), ns], rest);
  if (cell instanceof PyCell) {
    if (cls instanceof PyType) cell.contents = cls;
  }
  return cls;
}

/** Bases that are not classes but have __mro_entries__ (list[int], typing.Generic[T]) are replaced
 * by what it returns (CPython's update_bases); the same array when nothing changes. */
function resolveMroEntries(bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    const me = b instanceof PyType ? undefined : getAttrOrUndefined(b, '__mro_entries__');
    if (me === undefined) {
      out?.push(b);
      continue;
    }
    out ??= bases.slice(0, i);
    const r = callObject(me, [new PyTuple(bases)]);
    if (!(r instanceof PyTuple)) throw pyErr(TypeError, '__mro_entries__ must return a tuple');
    out.push(...r.items);
  }
  return out ?? bases;
}

// A class body's namespace from a metaclass's __prepare__ may be a dict subclass (enum's): its
// __setitem__/__getitem__/__delitem__ see every name (CPython's STORE_NAME uses PyObject_SetItem
// unless the namespace is exactly a dict).

/** STORE_NAME into a namespace that is not exactly a dict. */
export function nsStore(ns: PyDict, name: string, v: PyObject): void {
  setItem(ns, name, v);
}

/** LOAD_NAME / LOAD_CLASSDEREF from such a namespace: undefined when the key is missing. */
export function nsLoad(ns: PyDict, name: string): PyObject | undefined {
  try {
    return getItem(ns, name);
  } catch (e) {
    if (isPyErr(e, KeyError)) return undefined;
    throw e;
  }
}

/** DELETE_NAME from such a namespace. */
export function nsDelete(ns: PyDict, name: string): void {
  try {
    delItem(ns, name);
  } catch (e) {
    if (isPyErr(e, KeyError)) throw pyErr(NameError, `name '${name}' is not defined`);
    throw e;
  }
}

/** Each class's direct subclasses, for type.__subclasses__ (weak, as CPython's tp_subclasses). */
const subclassRefs = new WeakMap<PyType, WeakRef<PyType>[]>();

/** type.__new__(meta, name, bases, ns). */
export function newClass(meta: PyType, name: string, bases: PyObject[], ns: PyDict, kw: Map<string, PyObject> | null = null): PyType {
  const bs: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw pyErr(TypeError, 'bases must be types');
    if (!b.baseType) throw pyErr(TypeError, `type '${typeModuleName(b)}' is not an acceptable base type`);
    if (bs.includes(b)) throw pyErr(TypeError, `duplicate base class ${b.name}`);
    bs.push(b);
  }
  if (bs.length === 0) bs.push(objectType);
  let cls: PyType;
  try {
    cls = new PyType(name, bs, false, meta);
    cls.heapType = true;
  } catch (e) {
    if (e instanceof MroError) throw pyErr(TypeError, e.message);
    throw e;
  }
  for (const [k, v] of ns.map) {
    if (typeof k !== 'string') continue;
    if (k === '__qualname__' && typeof v === 'string') {
      cls.qualname = v;
      continue;
    }
    if ((k === '__new__') && v instanceof PyFunction) cls.dict.set(k, new PyStaticMethod(v));
    else if ((k === '__init_subclass__' || k === '__class_getitem__') && v instanceof PyFunction) cls.dict.set(k, new PyClassMethod(v));
    else cls.dict.set(k, v);
  }
  for (const b of bs) {
    let refs = subclassRefs.get(b);
    if (refs === undefined) subclassRefs.set(b, (refs = []));
    refs.push(new WeakRef(cls));
  }
  if (!cls.dict.has('__module__')) {
    // type(name, bases, ns) called from Python: the caller's module, as CPython's type_new_set_module.
    const mod = getVM().frame?.f_globals.getStr('__name__');
    if (mod !== undefined) cls.dict.set('__module__', mod);
  }
  if (cls.dict.has('__eq__') && !cls.dict.has('__hash__')) cls.dict.set('__hash__', None);
  // __set_name__ on descriptors, then the parent's __init_subclass__.
  // CPython: 3.11 wraps an error in RuntimeError with the original as __cause__ (3.12 stopped doing so).
  for (const [k, v] of [...cls.dict]) {
    if (typeof v === 'object' && !v.cls.isBuiltin) {
      const sn = v.cls.lookup('__set_name__');
      if (sn === undefined) continue;
      try {
        callObject(sn, [v, cls, k]);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        const err = pyErr(RuntimeError, `Error calling __set_name__ on '${v.cls.name}' instance '${k}' in '${cls.name}'`);
        err.exc.cause = e.exc;
        err.exc.context = e.exc;
        err.exc.suppressContext = true;
        throw err;
      }
    }
  }
  for (let i = 1; i < cls.mro.length; i++) {
    const isc = cls.mro[i].dict.get('__init_subclass__');
    if (isc instanceof PyClassMethod) {
      callObject(isc.func, [cls], kw);
      break;
    }
  }
  return cls;
}

typeType.newInstance = (mcs, args, kw) => {
  if (args.length === 1) return typeOf(args[0]);
  if (args.length !== 3) throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (typeof name !== 'string' || !(bases instanceof PyTuple) || !(ns instanceof PyDict)) {
    throw pyErr(TypeError, 'type.__new__() argument 1 must be str');
  }
  return newClass(mcs, name, iterToArray(bases), ns, kw);
};
typeType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
  const mcs = args[0];
  if (!(mcs instanceof PyType)) throw pyErr(TypeError, 'type.__new__(X): X is not a type object');
  return typeType.newInstance!(mcs, args.slice(1), kw);
}, undefined, 'type.__new__')));
defMethod(typeType, '__init__', () => None);
// type.__call__, reached from a metaclass's own __call__ through super().__call__(...).
defMethod(typeType, '__call__', (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `descriptor '__call__' requires a 'type' object but received a '${typeOf(cls).tpName}'`);
  return callType(cls, args.slice(1), kw);
});
defMethod(typeType, '__delattr__', (args) => {
  const [cls, name] = args;
  if (!(cls instanceof PyType)) throw pyErr(TypeError, `descriptor '__delattr__' requires a 'type' object but received a '${typeOf(cls).tpName}'`);
  if (cls.isBuiltin) throw pyErr(TypeError, `cannot delete '${String(name)}' attribute of immutable type '${cls.name}'`);
  if (!cls.dict.delete(name as string)) throw pyErr(AttributeError, `type object '${cls.qualname}' has no attribute '${String(name)}'`);
  typeEpoch.value++;
  return None;
});
// The default checks, for metaclasses that extend them (abc.ABCMeta calls super().__subclasscheck__).
defMethod(typeType, '__instancecheck__', (args) => typeOf(args[1]).isSubtypeOf(args[0] as PyType));
defMethod(typeType, '__subclasscheck__', (args) => {
  if (!(args[1] instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  return args[1].isSubtypeOf(args[0] as PyType);
});
defMethod(typeType, 'mro', (args) => new PyTuple((args[0] as PyType).mro));
defMethod(typeType, '__subclasses__', (args) => {
  const refs = subclassRefs.get(args[0] as PyType) ?? [];
  const live: PyType[] = [];
  for (const r of refs) {
    const c = r.deref();
    if (c !== undefined) live.push(c);
  }
  if (live.length !== refs.length) subclassRefs.set(args[0] as PyType, live.map((c) => new WeakRef(c)));
  return new PyList(live);
});

/** A super() object. */
export class PySuper extends PyObj {
  constructor(readonly thisType: PyType, readonly obj: PyObject, readonly objType: PyType) {
    super();
  }
}
PySuper.prototype.cls = superType;

/** Attribute lookup on super(): the MRO of the object's type after thisType. */
export function superGetAttr(s: PySuper, name: string): PyObject | undefined {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) {
      if (s.obj === s.objType) {
        // super() in a classmethod or __new__: bind classmethods to the class, leave functions unbound.
        if (v instanceof PyClassMethod) return new PyMethod(v.func, s.objType);
        if (v instanceof PyStaticMethod) return v.func;
        return v;
      }
      return bindDescr(v, s.obj, s.objType);
    }
  }
  return undefined;
}

/** super() / super(type, obj). */
export function makeSuper(vm: VM, args: PyObject[]): PySuper {
  let thisType: PyObject;
  let obj: PyObject;
  if (args.length === 0) {
    const f = vm.frame;
    if (f === null || !(f.f_code.co_flags & CO.OPTIMIZED)) throw pyErr(RuntimeError, 'super(): no arguments');
    if (f.f_code.co_argcount === 0) throw pyErr(RuntimeError, 'super(): no arguments');
    obj = f.fast[0] as PyObject;
    const ci = f.f_code.co_cellvars.indexOf(f.f_code.co_varnames[0]);
    if (ci >= 0) obj = f.cells![ci].contents as PyObject;
    if (obj === undefined) throw pyErr(RuntimeError, 'super(): arg[0] deleted');
    const fi = f.f_code.co_freevars.indexOf('__class__');
    if (fi < 0) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
    const c = f.cells![f.f_code.co_cellvars.length + fi].contents;
    if (c === undefined) throw pyErr(RuntimeError, 'super(): empty __class__ cell');
    thisType = c;
  } else {
    thisType = args[0];
    obj = args.length > 1 ? args[1] : None;
  }
  if (!(thisType instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeOf(thisType).tpName}`);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) objType = obj;
  else if (typeOf(obj).isSubtypeOf(thisType)) objType = typeOf(obj);
  else throw pyErr(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(thisType, obj, objType);
}

