// Code objects as Python sees them (f.__code__): a view of a bytecode CodeObject
// (CPython's codeobject.c). One wrapper per code object, so `is` works.

import type { CodeObject } from '../../bytecode/index';
import { codeType, PyObj } from './type';

export class PyCode extends PyObj {
  constructor(readonly code: CodeObject) {
    super();
  }
}
PyCode.prototype.cls = codeType;

const wrappers = new WeakMap<CodeObject, PyCode>();

/** The Python object for a code object. */
export function pyCode(code: CodeObject): PyCode {
  let w = wrappers.get(code);
  if (w === undefined) {
    w = new PyCode(code);
    wrappers.set(code, w);
  }
  return w;
}
