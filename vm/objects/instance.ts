// Instances of user-defined classes (CPython's PyBaseObject with a __dict__).

import { InstanceDict } from './shape';
import { objectType, PyObj, type PyType } from './type';

export class PyInstance extends PyObj {
  dict = new InstanceDict();
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

objectType.newInstance = (cls) => new PyInstance(cls);
