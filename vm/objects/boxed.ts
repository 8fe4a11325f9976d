// Instances of user subclasses of int, float and str (class MyInt(int)): the builtin value,
// the subclass, and a __dict__. Operations that do not find an override use the value.

import { PyObj, type PyObject, type PyType } from './type';

export class PyBoxed extends PyObj {
  readonly dict: Map<string, PyObject> = new Map();
  constructor(cls: PyType, readonly value: PyObject) {
    super();
    this.cls = cls;
  }
}

/** The builtin value inside a boxed subclass instance, or v itself. */
export function unbox(v: PyObject): PyObject {
  return v instanceof PyBoxed ? v.value : v;
}
