// Functions, builtin functions, bound methods, cells and the method wrappers
// (CPython's funcobject.c, methodobject.c, classobject.c, cellobject.c, descrobject.c).

import { CO, type CodeObject } from '../../bytecode/index';
import type { CodeCache } from '../frame';
import {
  builtinFunctionType, cellType, classmethodType, functionType, methodType, propertyType, PyObj,
  staticmethodType, typeOf, type NativeFn, type PyObject, type PyType,
} from './type';
import { pyErr, TypeError } from './exceptions';
import { PyBoxed } from './boxed';
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
  /** A special method of an extension type (collections.deque...): the VM dispatches to it as it
   * would to a Python-level special method; core types' builtins are bypassed by fast paths. */
  ext = false;
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

/** A callable object implemented natively with attributes (functools.partial, lru_cache wrappers). */
export class PyNativeCallable extends PyObj {
  readonly dict: Map<string, PyObject> = new Map();
  constructor(
    cls: PyType,
    readonly call: NativeFn,
    /** Binds like a function when found on a class (lru_cache on methods). */
    readonly bindsAsMethod = false,
  ) {
    super();
    this.cls = cls;
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

/**
 * How a native method checks its positional argument count, with CPython's three message styles:
 * 'noargs' ("str.upper() takes no arguments (1 given)"), 'o' ("str.join() takes exactly one
 * argument (0 given)"), 'var' ("replace expected at least 2 arguments, got 1") and 'clinic'
 * ("find() takes at least 1 argument (0 given)").
 */
export type Arity = ['noargs'] | ['o'] | ['var' | 'clinic', number, number];

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

/** Throws TypeError when `given` positional arguments do not fit `arity`. */
export function checkArity(typeName: string, name: string, given: number, arity: Arity): void {
  switch (arity[0]) {
    case 'noargs':
      if (given !== 0) throw pyErr(TypeError, `${typeName}.${name}() takes no arguments (${given} given)`);
      return;
    case 'o':
      if (given !== 1) throw pyErr(TypeError, `${typeName}.${name}() takes exactly one argument (${given} given)`);
      return;
    case 'var':
      if (given < arity[1]) throw pyErr(TypeError, `${name} expected at least ${plural(arity[1], 'argument')}, got ${given}`);
      if (given > arity[2]) throw pyErr(TypeError, `${name} expected at most ${plural(arity[2], 'argument')}, got ${given}`);
      return;
    case 'clinic':
      if (given < arity[1]) throw pyErr(TypeError, `${name}() takes at least ${plural(arity[1], 'argument')} (${given} given)`);
      if (given > arity[2]) throw pyErr(TypeError, `${name}() takes at most ${plural(arity[2], 'argument')} (${given} given)`);
  }
}

/** Install a native method in an extension type's dict (special methods are dispatched to). */
export function defExtMethod(t: PyType, name: string, fn: NativeFn): void {
  defMethod(t, name, fn);
  (t.dict.get(name) as PyBuiltin).ext = true;
}

/** Install a native method `name` in a type's dict; `arity` checks the positional arguments. */
export function defMethod(t: PyType, name: string, fn: NativeFn, arity?: Arity): void {
  const checked: NativeFn = (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, `unbound method ${t.name}.${name}() needs an argument`);
    const self = args[0];
    if (!typeOf(self).isSubtypeOf(t)) {
      throw pyErr(TypeError, `descriptor '${name}' for '${t.tpName}' objects doesn't apply to a '${typeOf(self).tpName}' object`);
    }
    if (arity !== undefined) checkArity(t.name, name, args.length - 1, arity);
    // Methods of int, float and str see the value inside a subclass instance.
    if (self instanceof PyBoxed) return fn([self.value, ...args.slice(1)], kw);
    return fn(args, kw);
  };
  t.dict.set(name, new PyBuiltin(name, checked, undefined, `${t.name}.${name}`));
}
