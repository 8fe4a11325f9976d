// set and frozenset (CPython's setobject.c): a Map from the normalised key to the element.

import { frozensetType, PyObj, setType, type PyObject } from './type';
import { dictKey } from './dict';

export class PySet extends PyObj {
  readonly map: Map<unknown, PyObject> = new Map();
  constructor(frozen = false) {
    super();
    if (frozen) this.cls = frozensetType;
  }
  add(v: PyObject): void {
    const k = dictKey(v);
    if (!this.map.has(k)) this.map.set(k, v);
  }
  has(v: PyObject): boolean {
    return this.map.has(dictKey(v));
  }
  delete(v: PyObject): boolean {
    return this.map.delete(dictKey(v));
  }
  get size(): number {
    return this.map.size;
  }
}
PySet.prototype.cls = setType;
