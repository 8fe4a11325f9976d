// float: a boxed JS number, so floats and ints stay apart (CPython's floatobject.c).
// repr follows CPython's float_repr: shortest round-trip digits, exponent when exp < -4 or >= 16.

import { floatType, PyObj } from './type';

export class PyFloat extends PyObj {
  constructor(readonly value: number) {
    super();
  }
}
PyFloat.prototype.cls = floatType;

/** repr(float) exactly as CPython. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // toExponential() with no argument gives the shortest digits that round-trip.
  const e = x.toExponential();
  const neg = e[0] === '-';
  const body = neg ? e.slice(1) : e;
  const ePos = body.indexOf('e');
  const mant = body.slice(0, ePos);
  const exp = parseInt(body.slice(ePos + 1), 10);
  const digits = mant.replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    out = m + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}

/** Python's float floor division and modulo (float_divmod), b !== 0. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  // C's truth test: a NaN (inf % x) is true, as in CPython's float_divmod; JS's is false.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}
