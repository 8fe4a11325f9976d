// Module objects (CPython's moduleobject.c): a name and a dict of globals.

import { moduleType, PyObj } from './type';
import { PyDict } from './dict';

export class PyModule extends PyObj {
  readonly dict: PyDict;
  /** True while the module's code runs (CPython's __spec__._initializing): circular imports see it half made. */
  initializing = false;
  /** Submodules being loaded right now (CPython's __spec__._uninitialized_submodules). */
  loadingSubmodules: Set<string> | null = null;
  constructor(readonly name: string, dict?: PyDict) {
    super();
    this.dict = dict ?? new PyDict();
    if (!this.dict.getStr('__name__')) this.dict.setStr('__name__', name);
  }
}
PyModule.prototype.cls = moduleType;
