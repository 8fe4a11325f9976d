// Functions, builtin functions, bound methods, cells and the method wrappers
// (CPython's funcobject.c, methodobject.c, classobject.c, cellobject.c, descrobject.c).

import { CO, type CodeObject } from '../../bytecode/index';
import type { CodeCache } from '../frame';
import {
  builtinFunctionType, cellType, classmethodType, functionType, methodType, propertyType, PyObj,
  staticmethodType, type NativeFn, type PyObject, type PyType,
} from './type';
import { None } from './none';
import type { PyDict } from './dict';

/** A cell for a closure variable; `contents` is undefined when empty. */
export class PyCell extends PyObj {
  constructor(public contents: PyObject | undefined = undefined) {
    super();
  }
}
PyCell.prototype.cls = cellType;

/** A function defined in Python. */
export class PyFunction extends PyObj {
  name: string;
  qualname: string;
  defaults: PyObject[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyObject = None;
  doc: PyObject = None;
  module: PyObject = None;
  dict: Map<string, PyObject> | null = null;
  /** No *args, **kwargs, keyword-only parameters or generator: calls with exactly co_argcount
   * positional arguments may skip argument binding. */
  readonly simple: boolean;
  constructor(readonly code: CodeObject, readonly globals: PyDict, qualname: string, readonly cache: CodeCache) {
    super();
    this.name = code.co_name;
    this.qualname = qualname;
    this.simple = (code.co_flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR)) === 0 && code.co_kwonlyargcount === 0;
    const c0 = code.co_consts[0];
    if (typeof c0 === 'string' && code.co_flags & CO.OPTIMIZED) this.doc = c0;
    const mod = globals.getStr('__name__');
    if (mod !== undefined) this.module = mod;
  }
  /** Called by MAKE_FUNCTION once defaults and closure are set. */
  finish(): void {}
}
PyFunction.prototype.cls = functionType;

/** A function implemented in TypeScript. A method in a type's dict receives self as args[0]. */
export class PyBuiltin extends PyObj {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** Bound receiver (builtin method of an object); undefined for plain builtins. */
    readonly self: PyObject | undefined = undefined,
    /** Qualified name for messages, e.g. 'list.append'. */
    readonly qualname: string = name,
  ) {
    super();
  }
}
PyBuiltin.prototype.cls = builtinFunctionType;

/** A bound method: a function and its receiver. */
export class PyMethod extends PyObj {
  constructor(readonly func: PyObject, readonly self: PyObject) {
    super();
  }
}
PyMethod.prototype.cls = methodType;

export class PyStaticMethod extends PyObj {
  constructor(readonly func: PyObject) {
    super();
  }
}
PyStaticMethod.prototype.cls = staticmethodType;

export class PyClassMethod extends PyObj {
  constructor(readonly func: PyObject) {
    super();
  }
}
PyClassMethod.prototype.cls = classmethodType;

export class PyProperty extends PyObj {
  constructor(
    readonly fget: PyObject,
    readonly fset: PyObject,
    readonly fdel: PyObject,
    readonly doc: PyObject,
  ) {
    super();
  }
}
PyProperty.prototype.cls = propertyType;

/** Install a native method `name` in a type's dict. */
export function defMethod(t: PyType, name: string, fn: NativeFn): void {
  t.dict.set(name, new PyBuiltin(name, fn, undefined, `${t.name}.${name}`));
}
