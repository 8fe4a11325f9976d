// slice objects (CPython's sliceobject.c); ops.sliceIndices is PySlice_GetIndicesEx.

import { PyObj, sliceType, type PyObject } from './type';

export class PySlice extends PyObj {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super();
  }
}
PySlice.prototype.cls = sliceType;

