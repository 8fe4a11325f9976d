// complex (CPython's complexobject.c): two JS numbers.

import { complexType, PyObj } from './type';
import { floatRepr } from './float';

export class PyComplex extends PyObj {
  constructor(readonly real: number, readonly imag: number) {
    super();
  }
}
PyComplex.prototype.cls = complexType;

function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** repr(complex) as CPython: 1j, (1+2j), (-0-1j). */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return part(c.imag) + 'j';
  const im = part(c.imag);
  const sign = im.startsWith('-') ? '' : '+';
  return `(${part(c.real)}${sign}${im}j)`;
}
