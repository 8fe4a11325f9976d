// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), as CPython's
// genericaliasobject.c and unionobject.c: what annotations evaluate to at run time.

import { callObject } from './call';
import { pyErr, TypeError, AttributeError, isPyErr } from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyClassMethod } from './objects/function';
import { Ellipsis, None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import {
  dictType, frozensetType, listType, noneType, objectType, PyObj, PyType, setType, tupleType, typeOf, typeType,
  type PyObject,
} from './objects/type';
import { getAttrOrUndefined, setAttr } from './attributes';
import { eq } from './compare';
import { hashValue, truthy } from './ops';
import { repr } from './repr';

function typesType(name: string): PyType {
  const t = new PyType(name, [objectType], false);
  t.dict.set('__module__', 'types');
  t.baseType = false;
  return t;
}

export const genericAliasType = typesType('GenericAlias');
export const unionType = typesType('UnionType');

/** `origin[args]`; __origin__, __args__ and __parameters__ live in its dict. */
export class PyGenericAlias extends PyObj {
  readonly dict: Map<string, PyObject> = new Map();
  constructor(readonly origin: PyObject, readonly args: PyObject[]) {
    super();
    this.cls = genericAliasType;
    this.dict.set('__origin__', origin);
    this.dict.set('__args__', new PyTuple(args));
    this.dict.set('__parameters__', new PyTuple([]));
  }
}

/** `A | B | ...` of types, None and generic aliases, flattened and without duplicates. */
export class PyUnion extends PyObj {
  readonly dict: Map<string, PyObject> = new Map();
  constructor(readonly args: PyObject[]) {
    super();
    this.cls = unionType;
    this.dict.set('__args__', new PyTuple(args));
    this.dict.set('__parameters__', new PyTuple([]));
  }
}

/** How an argument of an alias or union prints: `int`, `collections.deque`, `...`, nested aliases. */
function argRepr(v: PyObject): string {
  if (v === Ellipsis) return '...';
  if (v === noneType) return 'None';
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return repr(v);
  if (v instanceof PyType) {
    const m = getAttrOrUndefined(v, '__module__');
    return m === 'builtins' || v.isBuiltin ? v.qualname : `${String(m)}.${v.qualname}`;
  }
  return repr(v);
}

// types.GenericAlias(origin, args), as collections.abc's __class_getitem__ builds them.
genericAliasType.newInstance = (_cls, args, kw) => {
  if (kw !== null && kw.size) throw pyErr(TypeError, 'GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw pyErr(TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
  return makeGenericAlias(args[0], args[1]);
};

function ga(args: PyObject[]): PyGenericAlias {
  return args[0] as PyGenericAlias;
}

defExtMethod(genericAliasType, '__repr__', (args) => {
  const g = ga(args);
  const inner = g.args.length === 0 ? '()' : g.args.map(argRepr).join(', ');
  return `${argRepr(g.origin)}[${inner}]`;
});
defExtMethod(genericAliasType, '__call__', (args, kw) => {
  const g = ga(args);
  const r = callObject(g.origin, args.slice(1), kw);
  try {
    setAttr(r, '__orig_class__', g);
  } catch (e) {
    if (!isPyErr(e, AttributeError) && !isPyErr(e, TypeError)) throw e;
  }
  return r;
});
// Any other attribute is the origin's (list[int].append is list.append), as CPython's ga_getattro.
defExtMethod(genericAliasType, '__getattr__', (args) => {
  const name = args[1] as string;
  const v = getAttrOrUndefined(ga(args).origin, name);
  if (v === undefined) throw pyErr(AttributeError, `'types.GenericAlias' object has no attribute '${name}'`);
  return v;
});
defExtMethod(genericAliasType, '__eq__', (args) => {
  const a = ga(args), b = args[1];
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  return eq(a.origin, b.origin) && eq(new PyTuple(a.args), new PyTuple(b.args));
});
defExtMethod(genericAliasType, '__hash__', (args) => {
  const a = ga(args);
  return hashValue(new PyTuple([a.origin, new PyTuple(a.args)]));
});
defExtMethod(genericAliasType, '__mro_entries__', (args) => new PyTuple([ga(args).origin]));
defExtMethod(genericAliasType, '__instancecheck__', () => {
  throw pyErr(TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
});
defExtMethod(genericAliasType, '__subclasscheck__', () => {
  throw pyErr(TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
});

function un(args: PyObject[]): PyUnion {
  return args[0] as PyUnion;
}
defExtMethod(unionType, '__repr__', (args) => un(args).args.map(argRepr).join(' | '));
defExtMethod(unionType, '__eq__', (args) => {
  const b = args[1];
  if (!(b instanceof PyUnion)) return NotImplemented;
  const a = un(args);
  return a.args.length === b.args.length && a.args.every((x) => b.args.some((y) => eq(x, y)));
});
defExtMethod(unionType, '__hash__', (args) => {
  let h = 0;
  for (const x of un(args).args) h ^= Number(BigInt.asIntN(32, BigInt(hashValue(x) as number | bigint)));
  return h;
});
function unionCheck(kind: 'isinstance' | 'issubclass') {
  return (args: PyObject[]): PyObject => {
    const check = getAttrOrUndefined(typeType, kind === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
    for (const t of un(args).args) {
      if (t instanceof PyGenericAlias) throw pyErr(TypeError, `${kind}() argument 2 cannot be a parameterized generic`);
      if (truthy(callObject(check!, [t, args[1]]))) return true;
    }
    return false;
  };
}
defExtMethod(unionType, '__instancecheck__', unionCheck('isinstance'));
defExtMethod(unionType, '__subclasscheck__', unionCheck('issubclass'));

function unionable(v: PyObject): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** `a | b` when both sides are types, None or aliases (type.__or__); NotImplemented otherwise. */
export function typeOr(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyObject[] = [];
  for (const side of [a, b]) {
    const items = side instanceof PyUnion ? side.args : [side === None ? noneType : side];
    for (const x of items) if (!out.some((y) => eq(x, y))) out.push(x);
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

// The builtin types that are generic in CPython 3.11: list[int], dict[str, int], type[C] ...
// (type[C] is handled by getItem: a __class_getitem__ in type's dict would show on every class.)
/** `origin[k]` as a types.GenericAlias (a tuple key gives several arguments). */
export function makeGenericAlias(origin: PyObject, k: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, k instanceof PyTuple ? k.items.slice() : [k]);
}
for (const t of [listType, dictType, tupleType, setType, frozensetType]) {
  t.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltin('__class_getitem__', (args) => makeGenericAlias(args[0], args[1]))));
}
