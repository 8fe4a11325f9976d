// None, NotImplemented and Ellipsis: singletons (CPython's object.c _Py_NoneStruct and friends).

import { ellipsisType, noneType, notImplementedType, PyObj } from './type';

export class PyNone extends PyObj {}
PyNone.prototype.cls = noneType;

/** The one None. */
export const None: PyNone = new PyNone();

export class PyNotImplemented extends PyObj {}
PyNotImplemented.prototype.cls = notImplementedType;
export const NotImplemented: PyNotImplemented = new PyNotImplemented();

export class PyEllipsis extends PyObj {}
PyEllipsis.prototype.cls = ellipsisType;
export const Ellipsis: PyEllipsis = new PyEllipsis();
