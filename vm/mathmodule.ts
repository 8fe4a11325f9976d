// The math module (CPython's mathmodule.c): float functions with CPython's domain errors,
// and the exact integer ones (factorial, gcd, isqrt, comb, perm) on ints.

import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { PyModule } from './objects/module';
import { OverflowError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { big, floatToInt, normBig } from './objects/int';
import { typeOf, type NativeFn, type PyObject } from './objects/type';
import { asIndex, iterToArray, userSpecial, callSpecial } from './ops';
import { toNumber, binaryOp, BIN } from './number';
import { None } from './objects/none';
import { ZeroDivisionError } from './objects/exceptions';
import { PyTuple } from './objects/tuple';

function num(v: PyObject): number {
  const n = toNumber(v);
  if (n === undefined) {
    const m = userSpecial(v, '__float__');
    if (m !== undefined) return num(callSpecial(m, v, []));
    throw pyErr(TypeError, `must be real number, not ${typeOf(v).name}`);
  }
  return n;
}

function intArg(v: PyObject, fname: string): bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return big(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyFloat) throw pyErr(TypeError, `'float' object cannot be interpreted as an integer`);
  return BigInt(asIndex(v, `'${typeOf(v).name}' object cannot be interpreted as an integer`)) + BigInt(fname ? 0 : 0);
}

function domain(x: number): PyFloat {
  if (x !== x) throw pyErr(ValueError, 'math domain error');
  return new PyFloat(x);
}

function f1(fn: (x: number) => number, check?: (x: number) => boolean): NativeFn {
  return (args) => {
    const x = num(args[0]);
    if (check && !check(x)) throw pyErr(ValueError, 'math domain error');
    const r = fn(x);
    if (!isFinite(r) && isFinite(x)) throw pyErr(OverflowError, 'math range error');
    return domain(r);
  };
}

function roundTo(args: PyObject[], fn: (x: number) => number, name: string): PyObject {
  const v = args[0];
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const m = userSpecial(v, `__${name}__`);
  if (m !== undefined) return callSpecial(m, v, []);
  return floatToInt(fn(num(v)));
}

function isqrt(n: bigint): bigint {
  if (n < 0n) throw pyErr(ValueError, 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The math module. */
export function makeMathModule(): PyModule {
  const m = new PyModule('math');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  d.setStr('pi', new PyFloat(Math.PI));
  d.setStr('e', new PyFloat(Math.E));
  d.setStr('tau', new PyFloat(2 * Math.PI));
  d.setStr('inf', new PyFloat(Infinity));
  d.setStr('nan', new PyFloat(NaN));
  def('sqrt', f1(Math.sqrt, (x) => x >= 0 || x !== x));
  def('exp', f1(Math.exp));
  def('sin', f1(Math.sin, (x) => isFinite(x) || x !== x));
  def('cos', f1(Math.cos, (x) => isFinite(x) || x !== x));
  def('tan', f1(Math.tan, (x) => isFinite(x) || x !== x));
  def('asin', f1(Math.asin, (x) => (x >= -1 && x <= 1) || x !== x));
  def('acos', f1(Math.acos, (x) => (x >= -1 && x <= 1) || x !== x));
  def('atan', f1(Math.atan));
  def('sinh', f1(Math.sinh));
  def('cosh', f1(Math.cosh));
  def('tanh', f1(Math.tanh));
  def('fabs', f1(Math.abs));
  def('log2', f1(Math.log2, (x) => x > 0 || x !== x));
  def('log10', f1(Math.log10, (x) => x > 0 || x !== x));
  def('log1p', f1(Math.log1p, (x) => x > -1 || x !== x));
  def('expm1', f1(Math.expm1));
  def('degrees', f1((x) => (x * 180) / Math.PI));
  def('radians', f1((x) => (x * Math.PI) / 180));
  def('log', (args) => {
    const v = args[0];
    let lx: number;
    if (typeof v === 'bigint' && v > 0n) {
      const s = v.toString(2).length;
      lx = Math.log(Number(v >> BigInt(Math.max(0, s - 60)))) + Math.max(0, s - 60) * Math.LN2;
    } else {
      const x = num(v);
      if (!(x > 0) && x === x) throw pyErr(ValueError, 'math domain error');
      lx = Math.log(x);
    }
    if (args.length > 1) {
      const b = num(args[1]);
      if (!(b > 0)) throw pyErr(ValueError, 'math domain error');
      if (b === 1) throw pyErr(ZeroDivisionError, 'float division by zero');
      return new PyFloat(lx / Math.log(b));
    }
    return new PyFloat(lx);
  });
  def('pow', (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (x === 0 && y < 0) throw pyErr(ValueError, 'math domain error');
    if (x < 0 && !Number.isInteger(y) && isFinite(y)) throw pyErr(ValueError, 'math domain error');
    const r = Math.pow(x, y);
    if (!isFinite(r) && isFinite(x) && isFinite(y)) throw pyErr(OverflowError, 'math range error');
    return new PyFloat(r);
  });
  def('atan2', (args) => new PyFloat(Math.atan2(num(args[0]), num(args[1]))));
  def('hypot', (args) => new PyFloat(Math.hypot(...args.map(num))));
  def('copysign', (args) => {
    const x = Math.abs(num(args[0])), y = num(args[1]);
    return new PyFloat(y < 0 || Object.is(y, -0) ? -x : x);
  });
  def('fmod', (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (y === 0 || !isFinite(x)) throw pyErr(ValueError, 'math domain error');
    return new PyFloat(x % y);
  });
  def('modf', (args) => {
    const x = num(args[0]);
    const ip = Math.trunc(x);
    return tuple([new PyFloat(isFinite(x) ? x - ip : 0 * Math.sign(x)), new PyFloat(ip)]);
  });
  def('floor', (args) => roundTo(args, Math.floor, 'floor'));
  def('ceil', (args) => roundTo(args, Math.ceil, 'ceil'));
  def('trunc', (args) => roundTo(args, Math.trunc, 'trunc'));
  def('isfinite', (args) => isFinite(num(args[0])));
  def('isinf', (args) => {
    const x = num(args[0]);
    return x === Infinity || x === -Infinity;
  });
  def('isnan', (args) => {
    const x = num(args[0]);
    return x !== x;
  });
  def('isclose', (args, kw) => {
    const a = num(args[0]), b = num(args[1]);
    const rel = kw?.get('rel_tol') !== undefined ? num(kw.get('rel_tol')!) : 1e-9;
    const abs = kw?.get('abs_tol') !== undefined ? num(kw.get('abs_tol')!) : 0;
    if (rel < 0 || abs < 0) throw pyErr(ValueError, 'tolerances must be non-negative');
    if (a === b) return true;
    if (!isFinite(a) || !isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
  });
  def('factorial', (args) => {
    const v = args[0];
    if (v instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
    const n = intArg(v, 'factorial');
    if (n < 0n) throw pyErr(ValueError, 'factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return normBig(r);
  });
  def('gcd', (args) => normBig(args.map((a) => intArg(a, 'gcd')).reduce(gcd2, 0n)));
  def('lcm', (args) => normBig(args.map((a) => intArg(a, 'lcm')).reduce((a, b) => (a === 0n || b === 0n ? 0n : (a / gcd2(a, b)) * (b < 0n ? -b : b)), 1n)));
  def('isqrt', (args) => normBig(isqrt(intArg(args[0], 'isqrt'))));
  def('comb', (args) => {
    const n = intArg(args[0], 'comb'), k = intArg(args[1], 'comb');
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n;
    const kk = k < n - k ? k : n - k;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return normBig(r);
  });
  def('perm', (args) => {
    const n = intArg(args[0], 'perm');
    const k = args.length > 1 && args[1] !== None ? intArg(args[1], 'perm') : n;
    if (n < 0n) throw pyErr(ValueError, 'n must be a non-negative integer');
    if (k < 0n) throw pyErr(ValueError, 'k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return normBig(r);
  });
  def('prod', (args, kw) => {
    let acc: PyObject = kw?.get('start') ?? 1;
    for (const x of iterToArray(args[0])) acc = binaryOp(BIN.MUL, acc, x);
    return acc;
  });
  def('fsum', (args) => {
    // Neumaier summation: exact enough for the common cases CPython's fsum handles.
    let sum = 0, c = 0;
    for (const x of iterToArray(args[0]).map(num)) {
      const t = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
    return new PyFloat(sum + c);
  });
  def('dist', (args) => {
    const p = iterToArray(args[0]).map(num), q = iterToArray(args[1]).map(num);
    if (p.length !== q.length) throw pyErr(ValueError, 'both points must have the same number of dimensions');
    return new PyFloat(Math.hypot(...p.map((x, i) => x - q[i])));
  });
  return m;
}

function tuple(items: PyObject[]): PyTuple {
  return new PyTuple(items);
}
