// types.MappingProxyType, what cls.__dict__ returns (CPython's descrobject.c mappingproxy): a
// read-only, live view of a class's namespace, or of any mapping given to MappingProxyType(m).
// An extension type, so the VM dispatches to its special methods as to a Python class's.

import { callObject } from './call';
import { getVM } from './eval';
import { PyDict } from './objects/dict';
import { pyErr, TypeError, KeyError, PyBaseException, PyException } from './objects/exceptions';
import { defExtMethod } from './objects/function';
import { None, NotImplemented } from './objects/none';
import { ArrayIter } from './objects/iterators';
import { dictType, listType, objectType, PyObj, PyType, tupleType, typeOf, type PyObject } from './objects/type';
import { getAttr } from './attributes';
import { binaryOp, BIN } from './number';
import { contains, eq } from './compare';
import { getItem, getIter, iterToArray, len } from './ops';
import { repr, str } from './repr';

export const mappingProxyType = new PyType('mappingproxy', [objectType], false);
mappingProxyType.dict.set('__module__', 'builtins');
mappingProxyType.baseType = false;

/** A read-only view: of a class's attribute map (`cls.__dict__`), or of a mapping object. */
export class PyMappingProxy extends PyObj {
  constructor(readonly target: Map<string, PyObject> | PyObject) {
    super();
    this.cls = mappingProxyType;
  }
}

/** cls.__dict__: a new proxy over the class's own namespace (live, read-only). */
export function classDictProxy(cls: PyType): PyMappingProxy {
  return new PyMappingProxy(cls.dict);
}

function proxy(args: PyObject[]): PyMappingProxy {
  return args[0] as PyMappingProxy;
}

/** The class namespace as a fresh dict (for repr, copy, views and comparisons). */
function snapshot(m: Map<string, PyObject>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.setStr(k, v);
  return d;
}

/** The proxied mapping as a Python object: the target itself, or a dict copy of a class map. */
function asMapping(p: PyMappingProxy): PyObject {
  return p.target instanceof Map ? snapshot(p.target) : p.target;
}

mappingProxyType.newInstance = (_cls, args, kw) => {
  if (kw !== null && kw.size) throw pyErr(TypeError, 'mappingproxy() takes no keyword arguments');
  if (args.length !== 1) throw pyErr(TypeError, `mappingproxy() takes exactly one argument (${args.length} given)`);
  const m = args[0];
  const t = typeOf(m);
  const mapping = !t.isSubtypeOf(listType) && !t.isSubtypeOf(tupleType) && t.lookup('__getitem__') !== undefined && t.lookup('keys') !== undefined;
  if (!mapping) throw pyErr(TypeError, `mappingproxy() argument must be a mapping, not ${t.name}`);
  return new PyMappingProxy(m);
};

defExtMethod(mappingProxyType, '__getitem__', (args) => {
  const p = proxy(args);
  if (p.target instanceof Map) {
    const v = typeof args[1] === 'string' ? p.target.get(args[1]) : undefined;
    if (v === undefined) throw new PyException(new PyBaseException(KeyError, [args[1]]));
    return v;
  }
  return getItem(p.target, args[1]);
});
defExtMethod(mappingProxyType, 'get', (args) => {
  const p = proxy(args);
  const dflt = args.length > 2 ? args[2] : None;
  if (p.target instanceof Map) return (typeof args[1] === 'string' ? p.target.get(args[1]) : undefined) ?? dflt;
  return callObject(getAttr(p.target, 'get'), args.slice(1));
});
defExtMethod(mappingProxyType, '__contains__', (args) => {
  const p = proxy(args);
  if (p.target instanceof Map) return typeof args[1] === 'string' && p.target.has(args[1]);
  return contains(p.target, args[1]);
});
defExtMethod(mappingProxyType, '__iter__', (args) => {
  const p = proxy(args);
  return p.target instanceof Map ? new ArrayIter([...p.target.keys()]) : getIter(p.target);
});
defExtMethod(mappingProxyType, '__len__', (args) => {
  const p = proxy(args);
  return p.target instanceof Map ? p.target.size : len(p.target);
});
for (const name of ['keys', 'values', 'items', 'copy']) {
  defExtMethod(mappingProxyType, name, (args) => callObject(getAttr(asMapping(proxy(args)), name), []));
}
defExtMethod(mappingProxyType, '__reversed__', (args) => {
  const p = proxy(args);
  if (p.target instanceof Map) return new ArrayIter([...p.target.keys()].reverse());
  return callObject(getVM().builtins.getStr('reversed')!, [p.target]);
});
defExtMethod(mappingProxyType, '__repr__', (args) => `mappingproxy(${repr(asMapping(proxy(args)))})`);
defExtMethod(mappingProxyType, '__str__', (args) => str(asMapping(proxy(args))));
defExtMethod(mappingProxyType, '__eq__', (args) => {
  const other = args[1] instanceof PyMappingProxy ? asMapping(args[1]) : args[1];
  return eq(asMapping(proxy(args)), other);
});
defExtMethod(mappingProxyType, '__or__', (args) => {
  const other = args[1] instanceof PyMappingProxy ? asMapping(args[1]) : args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  return binaryOp(BIN.OR, callObject(dictType, [asMapping(proxy(args))]), other);
});
defExtMethod(mappingProxyType, '__ror__', (args) => {
  const other = args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  return binaryOp(BIN.OR, callObject(dictType, [other]), asMapping(proxy(args)));
});
mappingProxyType.dict.set('__hash__', None);

/** For code walking a namespace natively (dis of a class): the names and values. */
export function proxyEntries(p: PyMappingProxy): [PyObject, PyObject][] {
  if (p.target instanceof Map) return [...p.target];
  return iterToArray(p.target).map((k) => [k, getItem(p.target as PyObject, k)]);
}
