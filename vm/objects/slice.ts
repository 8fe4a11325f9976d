// slice objects and index normalisation (CPython's sliceobject.c PySlice_GetIndicesEx).

import { None } from './none';
import { PyObj, sliceType, type PyObject } from './type';

export class PySlice extends PyObj {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super();
  }
}
PySlice.prototype.cls = sliceType;

export { None as SLICE_NONE };
