// Module objects (CPython's moduleobject.c): a name and a dict of globals.

import { moduleType, PyObj } from './type';
import { PyDict } from './dict';

export class PyModule extends PyObj {
  readonly dict: PyDict;
  constructor(readonly name: string, dict?: PyDict) {
    super();
    this.dict = dict ?? new PyDict();
    if (!this.dict.getStr('__name__')) this.dict.setStr('__name__', name);
  }
}
PyModule.prototype.cls = moduleType;
