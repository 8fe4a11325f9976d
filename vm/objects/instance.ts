// Instances of user-defined classes (CPython's PyBaseObject with a __dict__).

import { objectType, PyObj, type PyObject, type PyType } from './type';

export class PyInstance extends PyObj {
  dict: Map<string, PyObject> = new Map();
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

objectType.newInstance = (cls) => new PyInstance(cls);
