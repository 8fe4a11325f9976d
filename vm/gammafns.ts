// gamma, lgamma, erf and erfc for the math module, in double-double arithmetic (libm.ts):
// Stirling's series after shifting the argument up, the reflection formula below zero, and the
// power series or continued fraction for erf/erfc. Results carry no Python errors: the caller
// maps NaN/infinity to CPython's ValueError/OverflowError.

import { add, cosSeries, div, expDD, expFull, LN2, logDD, mul, mulD, PI, sinSeries, sqrtDD, twoProd, type DD } from './libm';

/** Bernoulli numbers B2..B24 as [numerator, denominator]. */
const BERNOULLI: [number, number][] = [
  [1, 6], [-1, 30], [1, 42], [-1, 30], [5, 66], [-691, 2730], [7, 6], [-3617, 510], [43867, 798],
  [-174611, 330], [854513, 138], [-236364091, 2730],
];


const SHIFT = 25;

function logOf(v: DD): DD {
  return add(logDD(v[0]), [v[1] / v[0], 0]);
}

// Computed on first use: logDD's first call builds libm's tables (about 1 ms), which every
// start-up paid when these were module constants.
let logPi: DD | null = null;
let halfLog2Pi: DD | null = null;
let twoOverSqrtPi: DD | null = null;
const LOG_PI = (): DD => (logPi ??= logOf(PI));
const HALF_LOG_2PI = (): DD => (halfLog2Pi ??= mulD(add(LN2, LOG_PI()), 0.5));
const TWO_OVER_SQRT_PI = (): DD => (twoOverSqrtPi ??= div([2, 0], sqrtDD([Math.PI, PI[1]])));

/** ln Γ(y) for y >= SHIFT by Stirling's series. */
function stirling(y: number): DD {
  const ly = logDD(y);
  let s = add(mulD(ly, y - 0.5), [-y, 0]);
  s = add(s, HALF_LOG_2PI());
  const inv: DD = div([1, 0], [y, 0]);
  const inv2 = mul(inv, inv);
  let p = inv;
  for (let n = 1; n <= BERNOULLI.length; n++) {
    const [num, den] = BERNOULLI[n - 1];
    const t = div(mulD(p, num), [den * 2 * n * (2 * n - 1), 0]);
    s = add(s, t);
    if (Math.abs(t[0]) < 1e-34 * Math.abs(s[0])) break;
    p = mul(p, inv2);
  }
  return s;
}

/** ln Γ(x) for x > 0, in double-double. */
function lnGammaPos(x: number): DD {
  if (x >= SHIFT) return stirling(x);
  // Γ(x) = Γ(x + k) / (x (x+1) ... (x+k-1)).
  let prod: DD = [x, 0];
  let k = 1;
  while (x + k < SHIFT) {
    prod = mul(prod, add([x, 0], [k, 0]));
    k++;
  }
  // x + k may round: Stirling at the rounded point, plus the rest times the slope ψ(y) ≈ ln y.
  const y = add([x, 0], [k, 0]);
  let lg = stirling(y[0]);
  if (y[1] !== 0) lg = add(lg, [y[1] * Math.log(y[0]), 0]);
  return add(lg, mulD(logOf(prod), -1));
}

/** sin(pi x) as a double-double, exact argument reduction. */
function sinPi(x: number): DD {
  let r = x - 2 * Math.round(x / 2); // in [-1, 1], exact
  let sign = 1;
  if (r < 0) {
    r = -r;
    sign = -1;
  }
  if (r > 0.5) r = 1 - r; // sin(pi r) = sin(pi (1 - r))
  const v = r <= 0.25 ? sinSeries(mulD(PI, r)) : cosSeries(mulD(PI, 0.5 - r));
  return sign < 0 ? [-v[0], -v[1]] : v;
}

function factorialDouble(n: number): number {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return Number(f);
}


/** ln |Γ(x)| for x < 0 from ln π - ln |sin(πx)| - ln Γ(1 - x); s is sin(πx). */
function reflected(s: DD, x: number): DD {
  const abs: DD = s[0] < 0 ? [-s[0], -s[1]] : s;
  return add(LOG_PI(), mulD(add(logOf(abs), lnGammaPos(1 - x)), -1));
}

/** Γ(x): NaN at poles and -inf, infinity on overflow. */
export function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return NaN;
  if (x === 0) return NaN;
  if (Number.isInteger(x)) {
    if (x < 0) return NaN;
    if (x <= 23) return factorialDouble(x - 1);
  }
  if (x > 171.62437695630272) return Infinity;
  if (x > 0) {
    if (x < 1e-300) return 1 / x;
    return expDD(lnGammaPos(x));
  }
  // Reflection: Γ(x) = π / (sin(πx) Γ(1 - x)).
  const s = sinPi(x);
  const mag = expDD(reflected(s, x));
  return s[0] < 0 ? -mag : mag;
}

/** ln |Γ(x)|: infinity at poles (the caller reports the domain error). */
export function lgamma(x: number): number {
  if (x !== x) return x;
  if (!isFinite(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x > 0) {
    const r = lnGammaPos(x);
    return r[0] + r[1];
  }
  const l = reflected(sinPi(x), x);
  return l[0] + l[1];
}


/** erf(x) for |x| < 3 as a double-double: 2x/√π e^(-x²) Σ (2x²)^n / (1·3·…·(2n+1)). */
function erfSeries(x: number): DD {
  const x2 = twoProd(x, x);
  const twoX2 = mulD(x2, 2);
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 1; n < 200; n++) {
    term = div(mul(term, twoX2), [2 * n + 1, 0]);
    sum = add(sum, term);
    if (term[0] < 1e-34 * sum[0]) break;
  }
  const e = expFull([-x2[0], -x2[1]]);
  return mul(mulD(mul(TWO_OVER_SQRT_PI(), e), x), sum);
}

/** erfc(x) for x >= 3 by its continued fraction, as a double-double. */
function erfcLarge(x: number): DD {
  // erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated from the tail.
  let t: DD = [x, 0];
  for (let n = 120; n >= 1; n--) t = add([x, 0], div([n / 2, 0], t));
  const x2 = twoProd(x, x);
  const e = expFull([-x2[0], -x2[1]]);
  return div(mulD(mul(TWO_OVER_SQRT_PI(), e), 0.5), t);
}

/** The error function. */
export function erf(x: number): number {
  if (x !== x) return x;
  if (x === 0) return x;
  const a = Math.abs(x);
  if (a >= 6) return Math.sign(x);
  if (a < 1e-300) {
    const v = mulD(TWO_OVER_SQRT_PI(), x);
    return v[0] + v[1];
  }
  if (a < 3) {
    const v = erfSeries(x);
    return v[0] + v[1];
  }
  const c = erfcLarge(a);
  const v = add([1, 0], [-c[0], -c[1]]);
  return Math.sign(x) * (v[0] + v[1]);
}

/** The complementary error function 1 - erf(x). */
export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x < 3) {
    const v = add([1, 0], mulD(erfSeries(Math.min(Math.max(x, -6), 6)), -1));
    return x <= -6 ? 2 : v[0] + v[1];
  }
  if (x > 27.3) return 0;
  const v = erfcLarge(x);
  return v[0] + v[1];
}
