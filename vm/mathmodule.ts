// The math module (CPython's mathmodule.c): every function and constant of 3.11's math, with
// its argument checks and messages. Float functions follow math_1's rule (NaN from a non-NaN
// argument is 'math domain error', infinity from a finite one 'math range error'); the integer
// functions are exact on ints of any size. Transcendentals come from libm.ts and gammafns.ts.

import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { PyModule } from './objects/module';
import { OverflowError, pyErr, TypeError, ValueError, ZeroDivisionError } from './objects/exceptions';
import { big, floatToInt, normBig } from './objects/int';
import { PyObj, typeOf, type NativeFn, type PyObject } from './objects/type';
import { iterToArray, userSpecial, callSpecial } from './ops';
import { toNumber, binaryOp, BIN } from './number';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import * as libm from './libm';
import { erf, erfc, gamma, lgamma } from './gammafns';

const LLONG_MAX = 9223372036854775807n;

/** A float argument: float, int (OverflowError when too large), or __float__ / __index__. */
function num(v: PyObject): number {
  const n = toNumber(v);
  if (n !== undefined) return n;
  if (v instanceof PyObj) {
    const f = userSpecial(v, '__float__');
    if (f !== undefined) {
      const r = callSpecial(f, v, []);
      if (!(r instanceof PyFloat)) throw pyErr(TypeError, `${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(r).tpName})`);
      return r.value;
    }
    const i = userSpecial(v, '__index__');
    if (i !== undefined) return num(callSpecial(i, v, []));
  }
  throw pyErr(TypeError, `must be real number, not ${typeOf(v).tpName}`);
}

/** An exact int argument (bool and __index__ accepted; floats refused as CPython does). */
function intArg(v: PyObject): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return big(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyObj) {
    const i = userSpecial(v, '__index__');
    if (i !== undefined) return intArg(callSpecial(i, v, []));
  }
  throw pyErr(TypeError, `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
}

function domainError(): never {
  throw pyErr(ValueError, 'math domain error');
}

function rangeError(): never {
  throw pyErr(OverflowError, 'math range error');
}

/** CPython's math_1: NaN out of non-NaN in is a domain error; infinity out of finite in is a range
 * error when the function can overflow, else a domain error (log(0), atanh(1)). */
function check1(x: number, r: number, canOverflow: boolean): PyFloat {
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return new PyFloat(r);
}

function one(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw pyErr(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function two(name: string, args: PyObject[]): [PyObject, PyObject] {
  if (args.length !== 2) throw pyErr(TypeError, `${name} expected 2 arguments, got ${args.length}`);
  return [args[0], args[1]];
}

/** floor/ceil/trunc: ints as they are, floats to int, else the type's own method. */
function roundTo(name: string, args: PyObject[], fn: (x: number) => number): PyObject {
  const v = one(name, args);
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToInt(fn(v.value));
  const m = v instanceof PyObj ? userSpecial(v, `__${name}__`) : undefined;
  if (m !== undefined) return callSpecial(m, v, []);
  if (name === 'trunc') throw pyErr(TypeError, `type ${typeOf(v).tpName} doesn't define __trunc__ method`);
  return floatToInt(fn(num(v)));
}

/** log of a float or an int of any size (CPython's loghelper): an int too large for a float is
 * m * 2**e with m in [0.5, 1), and its log is f(m) + f(2) * e. */
function logOf(v: PyObject, f: (x: number) => number): number {
  if (typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v))) {
    const n = typeof v === 'boolean' ? (v ? 1n : 0n) : big(v);
    if (n <= 0n) domainError();
    const x = Number(n);
    if (isFinite(x)) return f(x);
    let e = n.toString(2).length;
    let m = Number(n >> BigInt(e - 64)) / 2 ** 64;
    if (m === 1) {
      m = 0.5;
      e++;
    }
    return f(m) + f(2.0) * e;
  }
  const x = num(v);
  if (x !== x) return x;
  if (x <= 0) domainError();
  return f(x);
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw pyErr(ValueError, 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  if (n < 1n << 52n) {
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return x;
  }
  // Newton's method from above, starting at a power of two not below the root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** lo * (lo+1) * ... * (hi-1), by splitting in halves so the big multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n < 16n) {
    let r = 1n;
    for (let i = lo; i < hi; i++) r *= i;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** math.fsum: exact sum of the partials (Shewchuk), rounded once (CPython's msum). */
function fsum(values: number[]): number {
  const partials: number[] = [];
  // Infinities and NaNs are summed apart: NaN wins, but +inf and -inf together are an error.
  let special = 0, infSum = 0, sawSpecial = false;
  for (let x of values) {
    if (!isFinite(x)) {
      sawSpecial = true;
      special += x;
      if (x === x) infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!isFinite(x)) throw pyErr(OverflowError, 'intermediate overflow in fsum');
    partials.length = i;
    partials.push(x);
  }
  if (sawSpecial) {
    if (infSum !== infSum) throw pyErr(ValueError, '-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi, y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Round half to even correctly: look at the next partial's sign when exactly halfway.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = nextafter(x, Infinity);
  if (up === Infinity) return x - nextafter(x, -Infinity);
  return up - x;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x) || x !== x) return [x, 0];
  let bias = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    // Subnormal: scale into the normal range first (exact).
    x *= 2 ** 64;
    bias = -64;
  }
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = x / 2 ** e;
  // log2 can be one off at the edges; normalise into [0.5, 1).
  if (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  } else if (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  return [m, e + bias];
}

function ldexp(x: number, e: bigint): number {
  if (x === 0 || !isFinite(x)) return x;
  if (e > 2200n) rangeError();
  if (e < -2200n) return x < 0 ? -0 : 0;
  let n = Number(e);
  let r = x;
  // Scale in steps so intermediate values neither overflow nor lose bits early.
  while (n > 1000) {
    r *= 2 ** 1000;
    n -= 1000;
  }
  while (n < -1000) {
    r *= 2 ** -1000;
    n += 1000;
  }
  if (n < -1022) {
    // The final step may round into the subnormals exactly once.
    r *= 2 ** (n + 1022);
    r *= 2 ** -1022;
  } else r *= 2 ** n;
  if (!isFinite(r)) rangeError();
  return r;
}

function remainder(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (!isFinite(x) || y === 0) domainError();
  if (!isFinite(y)) return x;
  // IEEE remainder: x - n*y with n the integer nearest x/y, ties to even; exact in doubles.
  const ax = Math.abs(x), ay = Math.abs(y);
  const m = ax % ay; // exact
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  // Halfway: m == c; the multiple of y taken must be even, which this picks exactly.
  else r = m - 2.0 * ((0.5 * (ax - m)) % ay);
  return x < 0 ? -r : r;
}

/** The math module. */
export function makeMathModule(): PyModule {
  const m = new PyModule('math');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  const f1 = (name: string, fn: (x: number) => number, canOverflow: boolean) =>
    def(name, (args) => {
      const x = num(one(name, args));
      return check1(x, fn(x), canOverflow);
    });
  d.setStr('pi', new PyFloat(Math.PI));
  d.setStr('e', new PyFloat(Math.E));
  d.setStr('tau', new PyFloat(2 * Math.PI));
  d.setStr('inf', new PyFloat(Infinity));
  d.setStr('nan', new PyFloat(NaN));

  f1('sqrt', Math.sqrt, false);
  f1('exp', libm.exp, true);
  f1('exp2', (x) => libm.pow(2, x), true);
  // expm1, log1p, tanh, atanh: glibc keeps fdlibm's algorithms, as V8 does, so Math's agree.
  f1('expm1', Math.expm1, true);
  f1('log1p', Math.log1p, false);
  f1('sin', libm.sin, false);
  f1('cos', libm.cos, false);
  f1('tan', libm.tan, false);
  f1('asin', libm.asin, false);
  f1('acos', libm.acos, false);
  f1('atan', libm.atan, false);
  f1('sinh', libm.sinh, true);
  f1('cosh', libm.cosh, true);
  f1('tanh', Math.tanh, false);
  f1('asinh', libm.asinh, false);
  f1('acosh', libm.acosh, false);
  f1('atanh', (x) => (Math.abs(x) >= 1 ? (Math.abs(x) === 1 ? NaN : Math.atanh(x)) : Math.atanh(x)), false);
  // CPython: glibc's cbrt is its own (and off by an ulp for about half of all arguments).
  f1('cbrt', Math.cbrt, false);
  f1('fabs', Math.abs, false);
  f1('erf', erf, false);
  f1('erfc', erfc, false);
  def('gamma', (args) => {
    const x = num(one('gamma', args));
    const r = gamma(x);
    if (r !== r && x === x) domainError();
    if (!isFinite(r) && isFinite(x)) rangeError();
    return new PyFloat(r);
  });
  def('lgamma', (args) => {
    const x = num(one('lgamma', args));
    if (x <= 0 && Number.isInteger(x)) domainError();
    const r = lgamma(x);
    if (!isFinite(r) && isFinite(x)) rangeError();
    return new PyFloat(r);
  });
  def('degrees', (args) => new PyFloat(num(one('degrees', args)) * (180 / Math.PI)));
  def('radians', (args) => new PyFloat(num(one('radians', args)) * (Math.PI / 180)));

  def('log', (args) => {
    if (args.length < 1 || args.length > 2) throw pyErr(TypeError, 'math.log requires 1 to 2 arguments');
    const lx = logOf(args[0], libm.log);
    if (args.length === 1) return new PyFloat(lx);
    const lb = logOf(args[1], libm.log);
    if (lb === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
    return new PyFloat(lx / lb);
  });
  def('log2', (args) => new PyFloat(logOf(one('log2', args), libm.log2)));
  def('log10', (args) => new PyFloat(logOf(one('log10', args), libm.log10)));

  def('pow', (args) => {
    const [a, b] = two('pow', args);
    const x = num(a), y = num(b);
    if (x !== x || y !== y) return new PyFloat(y === 0 ? 1 : x === 1 ? 1 : NaN);
    if (!isFinite(x) || !isFinite(y)) {
      if (x === 1 || y === 0) return new PyFloat(1);
      return new PyFloat(libm.pow(x, y));
    }
    if (x === 0 && y < 0) domainError();
    if (x < 0 && !Number.isInteger(y)) domainError();
    const r = libm.pow(x, y);
    if (!isFinite(r)) rangeError();
    return new PyFloat(r);
  });
  def('atan2', (args) => {
    const [a, b] = two('atan2', args);
    return new PyFloat(libm.atan2(num(a), num(b)));
  });
  def('copysign', (args) => {
    const [a, b] = two('copysign', args);
    const x = Math.abs(num(a)), y = num(b);
    return new PyFloat(y < 0 || Object.is(y, -0) || (y !== y && 1 / Math.sign(y) < 0) ? -x : x);
  });
  def('fmod', (args) => {
    const [a, b] = two('fmod', args);
    const x = num(a), y = num(b);
    if (x !== x || y !== y) return new PyFloat(NaN);
    if (y === 0 || !isFinite(x)) domainError();
    if (!isFinite(y)) return new PyFloat(x);
    return new PyFloat(x % y);
  });
  def('remainder', (args) => {
    const [a, b] = two('remainder', args);
    return new PyFloat(remainder(num(a), num(b)));
  });
  def('modf', (args) => {
    const x = num(one('modf', args));
    if (x === Infinity || x === -Infinity) return new PyTuple([new PyFloat(x > 0 ? 0 : -0), new PyFloat(x)]);
    const ip = Math.trunc(x);
    const fp = x - ip;
    return new PyTuple([new PyFloat(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), new PyFloat(ip)]);
  });
  def('frexp', (args) => {
    const [mant, e] = frexp(num(one('frexp', args)));
    return new PyTuple([new PyFloat(mant), e]);
  });
  def('ldexp', (args) => {
    const [a, b] = two('ldexp', args);
    const x = num(a);
    if (typeof b !== 'number' && typeof b !== 'bigint' && typeof b !== 'boolean' && !(b instanceof PyObj && userSpecial(b, '__index__') !== undefined)) {
      throw pyErr(TypeError, 'Expected an int as second argument to ldexp.');
    }
    return new PyFloat(ldexp(x, intArg(b)));
  });
  def('nextafter', (args) => {
    const [a, b] = two('nextafter', args);
    return new PyFloat(nextafter(num(a), num(b)));
  });
  def('ulp', (args) => new PyFloat(ulp(num(one('ulp', args)))));
  def('floor', (args) => roundTo('floor', args, Math.floor));
  def('ceil', (args) => roundTo('ceil', args, Math.ceil));
  def('trunc', (args) => roundTo('trunc', args, Math.trunc));
  def('isfinite', (args) => isFinite(num(one('isfinite', args))));
  def('isinf', (args) => {
    const x = num(one('isinf', args));
    return x === Infinity || x === -Infinity;
  });
  def('isnan', (args) => {
    const x = num(one('isnan', args));
    return x !== x;
  });
  def('isclose', (args, kw) => {
    if (args.length > 2) throw pyErr(TypeError, `isclose() takes exactly 2 positional arguments (${args.length} given)`);
    const av = args[0] ?? kw?.get('a'), bv = args[1] ?? kw?.get('b');
    if (av === undefined) throw pyErr(TypeError, "isclose() missing required argument 'a' (pos 1)");
    if (bv === undefined) throw pyErr(TypeError, "isclose() missing required argument 'b' (pos 2)");
    const a = num(av), b = num(bv);
    const rel = kw?.get('rel_tol') !== undefined ? num(kw.get('rel_tol')!) : 1e-9;
    const abs = kw?.get('abs_tol') !== undefined ? num(kw.get('abs_tol')!) : 0;
    if (rel < 0 || abs < 0) throw pyErr(ValueError, 'tolerances must be non-negative');
    if (a === b) return true;
    if (!isFinite(a) || !isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
  });

  def('factorial', (args) => {
    const n = intArg(one('factorial', args));
    if (n < 0n) throw pyErr(ValueError, 'factorial() not defined for negative values');
    if (n > LLONG_MAX) throw pyErr(OverflowError, `factorial() argument should not exceed ${LLONG_MAX}`);
    return normBig(rangeProduct(2n, n + 1n));
  });
  def('gcd', (args) => {
    let g = 0n;
    for (const a of args) g = gcd2(g, intArg(a));
    return normBig(g);
  });
  def('lcm', (args) => {
    let l = 1n;
    for (const a of args) {
      const v = intArg(a);
      if (l === 0n || v === 0n) l = 0n;
      else l = (l / gcd2(l, v)) * (v < 0n ? -v : v);
    }
    return normBig(l < 0n ? -l : l);
  });
  def('isqrt', (args) => normBig(isqrt(intArg(one('isqrt', args)))));
  def('comb', (args) => {
    const [a, b] = two('comb', args);
    const n = intArg(a), k = intArg(b);
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    const kk = k < n - k ? k : n - k;
    if (kk > LLONG_MAX) throw pyErr(OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
    return normBig(rangeProduct(n - kk + 1n, n + 1n) / rangeProduct(2n, kk + 1n));
  });
  def('perm', (args) => {
    if (args.length < 1) throw pyErr(TypeError, `perm expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw pyErr(TypeError, `perm expected at most 2 arguments, got ${args.length}`);
    const n = intArg(args[0]);
    if (args.length === 1 || args[1] === None) {
      if (n < 0n) throw pyErr(ValueError, 'factorial() not defined for negative values');
      return normBig(rangeProduct(2n, n + 1n));
    }
    const k = intArg(args[1]);
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    if (k > LLONG_MAX) throw pyErr(OverflowError, `k must not exceed ${LLONG_MAX}`);
    return normBig(rangeProduct(n - k + 1n, n + 1n));
  });
  def('prod', (args, kw) => {
    if (args.length !== 1) throw pyErr(TypeError, `prod() takes exactly 1 positional argument (${args.length} given)`);
    let acc: PyObject = kw?.get('start') ?? 1;
    for (const x of iterToArray(args[0])) acc = binaryOp(BIN.MUL, acc, x);
    return acc;
  });
  def('fsum', (args) => new PyFloat(fsum(iterToArray(one('fsum', args)).map(num))));
  def('hypot', (args) => {
    const xs = args.map(num);
    if (xs.some((x) => x === Infinity || x === -Infinity)) return new PyFloat(Infinity);
    if (xs.some((x) => x !== x)) return new PyFloat(NaN);
    return new PyFloat(libm.hypot(xs));
  });
  def('dist', (args) => {
    const [a, b] = two('dist', args);
    const p = iterToArray(a).map(num), q = iterToArray(b).map(num);
    if (p.length !== q.length) throw pyErr(ValueError, 'both points must have the same number of dimensions');
    const diffs = p.map((x, i) => x - q[i]);
    if (diffs.some((x) => x === Infinity || x === -Infinity)) return new PyFloat(Infinity);
    if (diffs.some((x) => x !== x)) return new PyFloat(NaN);
    return new PyFloat(libm.hypot(diffs));
  });
  return m;
}

