// int: a JS number when a safe integer, a bigint beyond, always normalised (CPython's longobject.c).
// These helpers take ints (bools already converted) and implement Python's semantics exactly.

import { pyErr, OverflowError, ValueError, ZeroDivisionError } from './exceptions';
import { PyFloat } from './float';
import { floatPow } from '../number';

export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const BMAX = BigInt(MAX);
const BMIN = -BMAX;

/** A bigint result, normalised to a number when it fits. */
export function normBig(v: bigint): Int {
  return v <= BMAX && v >= BMIN ? Number(v) : v;
}

export function big(v: Int): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0; // + 0 turns -0 into 0
  }
  return normBig(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? 0 - a : normBig(-a);
}

function isZero(b: Int): boolean {
  return b === 0 || b === 0n;
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (isZero(b)) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  // For safe integers, floor(a / b) is exact: the quotient cannot round up to the next integer.
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) + 0;
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: Int, b: Int): Int {
  if (isZero(b)) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (isZero(b)) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** int to float, raising OverflowError as CPython for huge ints. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
  return f;
}

export function intTrueDiv(a: Int, b: Int): PyFloat {
  if (isZero(b)) throw pyErr(ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
  return new PyFloat(bigTrueDiv(big(a), big(b)));
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** a / b correctly rounded, as CPython's long_true_divide: a quotient with 66+ bits and a sticky bit. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const shift = 66 - (bitLength(a) - bitLength(b));
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  // Number(q) rounds to nearest-even; scaling by a power of two is exact unless the result is subnormal.
  let r = Number(q);
  let e = -shift;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  r *= 2 ** e;
  if (!isFinite(r)) throw pyErr(OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

/** a ** b for ints: an int when b >= 0, else a float. */
export function intPow(a: Int, b: Int): Int | PyFloat {
  if (b < 0) {
    // CPython: a negative exponent makes it float ** float.
    return floatPow(intToFloat(a), intToFloat(b)) as PyFloat;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    let result = 1, base = a, e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (result > MAX || result < -MAX) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX) { ok = false; break; }
      }
    }
    if (ok) return result + 0;
  }
  const x = big(a), y = big(b);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return y % 2n === 0n ? 1 : -1;
  if (y > 100000000n) throw pyErr(OverflowError, 'exponent too large');
  return normBig(x ** y);
}

function fitsInt32(a: Int): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  if (fitsInt32(a) && fitsInt32(b)) return a & b;
  return normBig(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (fitsInt32(a) && fitsInt32(b)) return a | b;
  return normBig(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (fitsInt32(a) && fitsInt32(b)) return a ^ b;
  return normBig(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  if (fitsInt32(a)) return ~a;
  return normBig(-big(a) - 1n);
}

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, 'negative shift count');
  if (a === 0 || a === 0n) return 0;
  if (typeof b === 'bigint') throw pyErr(OverflowError, 'too many digits in integer');
  if (typeof a === 'number' && b < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** b;
  return normBig(big(a) << BigInt(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, 'negative shift count');
  if (typeof b === 'bigint') return a < 0 ? -1 : 0;
  if (fitsInt32(a)) return b >= 32 ? (a < 0 ? -1 : 0) : a >> b;
  return normBig(big(a) >> BigInt(b));
}

export function intAbs(a: Int): Int {
  return typeof a === 'number' ? Math.abs(a) : normBig(a < 0n ? -a : a);
}

/** int(x) for a finite float; OverflowError/ValueError as CPython for inf/nan. */
export function floatToInt(f: number): Int {
  if (f !== f) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(f)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(f) + 0;
  if (t <= MAX && t >= -MAX) return t;
  return normBig(BigInt(t));
}

// Built on first use: a Unicode property class costs an ICU lookup when the RegExp is created.
let decimalRe: RegExp | null = null;
const isUnicodeDecimal = (c: string) => (decimalRe ??= /^\p{Nd}$/u).test(c);

/** The value of a Unicode decimal digit: digits come in aligned runs of ten starting at zero. */
export function unicodeDigit(c: string): number {
  const cp = c.codePointAt(0)!;
  let start = cp;
  while (isUnicodeDecimal(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Parse an int literal as int(s, base) does; null when invalid. */
export function parseIntLiteral(s: string, base: number): Int | null {
  let t = s.trim().replace(/_/g, (_m, i: number, str: string) => (i > 0 && i < str.length - 1 && /[0-9a-zA-Z]/.test(str[i - 1]) && /[0-9a-zA-Z]/.test(str[i + 1]) ? '' : '!'));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  if (base === 0) {
    const p = t.slice(0, 2).toLowerCase();
    if (p === '0x') { base = 16; t = t.slice(2); }
    else if (p === '0o') { base = 8; t = t.slice(2); }
    else if (p === '0b') { base = 2; t = t.slice(2); }
    else {
      base = 10;
      if (/^0+[1-9]/.test(t)) return null;
    }
  } else if (t.length > 2 && t[0] === '0') {
    const p = t[1].toLowerCase();
    if ((p === 'x' && base === 16) || (p === 'o' && base === 8) || (p === 'b' && base === 2)) t = t.slice(2);
  }
  if (t.length === 0) return null;
  let acc = 0n;
  const B = BigInt(base);
  for (const ch of t) {
    const c = ch.toLowerCase();
    let d: number;
    if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (c >= 'a' && c <= 'z') d = c.charCodeAt(0) - 87;
    else if (isUnicodeDecimal(c)) d = unicodeDigit(c);
    else return null;
    if (d >= base) return null;
    acc = acc * B + BigInt(d);
  }
  return normBig(neg ? -acc : acc);
}

/** The decimal string of an int. */
export function intToString(a: Int): string {
  return String(a);
}
