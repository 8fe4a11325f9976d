// Correctly rounded exp, log, sin, cos, tan and pow (in all but vanishingly rare cases), by
// double-double arithmetic. CPython calls the C library, whose results are (nearly) correctly
// rounded; V8's Math functions may be 1 ulp away, which shows in the 17th digit of a printed float
// (random.gauss, math.exp). Imports nothing.

/** A double-double value hi + lo with |lo| <= ulp(hi)/2. */
export type DD = [number, number];

const SPLIT = 134217729; // 2**27 + 1

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  let lo = s[1] + t[0];
  let hi = s[0] + lo;
  lo = lo - (hi - s[0]);
  lo += t[1];
  const h = hi + lo;
  return [h, lo - (h - hi)];
}

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  const lo = p[1] + (a[0] * b[1] + a[1] * b[0]);
  const hi = p[0] + lo;
  return [hi, lo - (hi - p[0])];
}

export function mulD(a: DD, b: number): DD {
  const p = twoProd(a[0], b);
  const lo = p[1] + a[1] * b;
  const hi = p[0] + lo;
  return [hi, lo - (hi - p[0])];
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, mulD(b, -q1));
  const q2 = r[0] / b[0];
  r = add(r, mulD(b, -q2));
  const q3 = r[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** 2**k as a double (k within the exponent range). */
function pow2(k: number): number {
  return 2 ** k;
}

/** v * 2**k without overflowing or underflowing on the way (k may be just outside the range). */
function scale(v: number, k: number): number {
  if (k > 1023) return v * 2 ** 1023 * 2 ** (k - 1023);
  if (k < -1022) return v * 2 ** -1022 * 2 ** (k + 1022);
  return v * 2 ** k;
}

/** e**x - 1 for a small double-double x (|x| < 0.5), in double-double. */
function expm1Small(x: DD): DD {
  // Scale down by 2**10, sum the Taylor series, then square back up keeping the "minus one" form.
  const s = 10;
  const r: DD = [x[0] / 1024, x[1] / 1024];
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n < 12; n++) {
    term = div(mul(term, r), [n, 0]);
    sum = add(sum, term);
  }
  for (let i = 0; i < s; i++) sum = add(mulD(sum, 2), mul(sum, sum));
  return sum;
}

/** e**x for a double-double argument, as a double-double (finite, not overflowing x). */
export function expFull(x: DD): DD {
  const k = Math.round(x[0] / LN2[0]);
  const r = add(x, mulD(LN2, -k));
  const e = add([1, 0], expm1Small(r));
  return [scale(e[0], k), scale(e[1], k)];
}

/** e**x for a double-double argument. */
export function expDD(x: DD): number {
  const v = x[0];
  if (v !== v) return NaN;
  if (v > 709.8) return Infinity;
  if (v < -745.2) return 0;
  const k = Math.round(v / LN2[0]);
  const r = add(x, mulD(LN2, -k));
  const e = add([1, 0], expm1Small(r));
  // CPython: a subnormal result may round twice here (the scaling multiplies round again).
  return scale(e[0] + e[1], k);
}

/** e**x. */
export function exp(x: number): number {
  if (x === 0) return 1;
  if (!isFinite(x)) return x !== x ? NaN : x > 0 ? Infinity : 0;
  return expDD([x, 0]);
}

/** log(x) in double-double, for finite x > 0. */
export function logDD(x: number): DD {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e -= 54;
  }
  let k = Math.floor(Math.log2(x));
  let m = x / pow2(k);
  if (m >= 2) {
    m /= 2;
    k++;
  } else if (m < 1) {
    m *= 2;
    k--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  e += k;
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let term: DD = s;
  let sum: DD = s;
  for (let n = 3; n < 45; n += 2) {
    term = mul(term, s2);
    const t = div(term, [n, 0]);
    sum = add(sum, t);
    if (Math.abs(t[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return add(mulD(LN2, e), mulD(sum, 2));
}

/** Natural logarithm (NaN below zero, -Infinity at zero). */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

/** log base 2 (exact for powers of two). */
export function log2(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const r = div(logDD(x), LN2);
  return r[0] + r[1];
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * log base 10 the way C libraries compute it (fdlibm's e_log10, kept by glibc): split off the
 * binary exponent n, then n*log10(2) + log(m)/ln(10) in plain doubles over a correctly rounded
 * log. A correctly rounded log10 would differ from CPython's in about 7% of cases.
 */
export function log10(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k -= 54;
  }
  let e = Math.floor(Math.log2(x));
  if (pow2(e) > x) e--;
  else if (pow2(e + 1) <= x) e++;
  k += e;
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const m = x / pow2(e + i);
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

// pi/2 in four pieces: three of 33 bits (so k * piece is exact for |k| < 2**20) and the rest.
const PIO2_1 = 1.57079632673412561417e+0;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_4 = 8.47842766036889956997e-32;
const REDUCE_LIMIT = 2 ** 19 * Math.PI;

/** x - k*pi/2 in double-double, and k mod 4. */
function reduce(x: number): [DD, number] {
  const k = Math.round(x / (Math.PI / 2));
  let r = twoSum(x, -k * PIO2_1);
  r = add(r, [-k * PIO2_2, 0]);
  r = add(r, [-k * PIO2_3, 0]);
  r = add(r, twoProd(-k, PIO2_4));
  return [r, ((k % 4) + 4) % 4];
}

export function sinSeries(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = r, sum: DD = r;
  for (let n = 2; n < 40; n += 2) {
    term = div(mul(term, r2), [-(n * (n + 1)), 0]);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  return sum;
}

export function cosSeries(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = [1, 0], sum: DD = [1, 0];
  for (let n = 1; n < 40; n += 2) {
    term = div(mul(term, r2), [-(n * (n + 1)), 0]);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  return sum;
}

function sinCosDD(x: number, wantSin: boolean): DD {
  const [r, q] = reduce(x);
  const useSin = wantSin ? q % 2 === 0 : q % 2 === 1;
  let v = useSin ? sinSeries(r) : cosSeries(r);
  const negate = wantSin ? q >= 2 : q === 1 || q === 2;
  if (negate) v = [-v[0], -v[1]];
  return v;
}

/** sine. */
export function sin(x: number): number {
  if (!isFinite(x) || Math.abs(x) > REDUCE_LIMIT) return Math.sin(x);
  if (Math.abs(x) < 1e-8) return x - (x * x * x) / 6;
  const v = sinCosDD(x, true);
  return v[0] + v[1];
}

/** cosine. */
export function cos(x: number): number {
  if (!isFinite(x) || Math.abs(x) > REDUCE_LIMIT) return Math.cos(x);
  const v = sinCosDD(x, false);
  return v[0] + v[1];
}

/** tangent. */
export function tan(x: number): number {
  if (!isFinite(x) || Math.abs(x) > REDUCE_LIMIT) return Math.tan(x);
  if (Math.abs(x) < 1e-8) return x + (x * x * x) / 3;
  const v = div(sinCosDD(x, true), sinCosDD(x, false));
  return v[0] + v[1];
}

// ---- pow's fast path: table-driven log and exp with about 2**-64 relative error (Ziv's strategy:
// return that result when it rounds the same way at both ends of its error bound, else take the
// slow series above). Tables are built from the slow functions on first use.

const TN = 256;
let logTable: Float64Array | null = null; // [hi, lo] of log(i / TN) for i in [181, 363)
let expTable: Float64Array | null = null; // [hi, lo] of 2**(j / TN) for j in [0, TN)
const LOG_LO = 181;
const LN2N_HI = LN2[0] / TN, LN2N_LO = LN2[1] / TN;
// LN2[0] and LN2[0] / TN split into 26-bit halves, so products with small integers are exact.
const LN2_HH = splitHi(LN2[0]), LN2_HL = LN2[0] - LN2_HH;
const LN2N_HH = LN2_HH / TN, LN2N_HL = LN2_HL / TN;

function splitHi(v: number): number {
  const t = SPLIT * v;
  return t - (t - v);
}
const POW_EPS = 2 ** -66;
const POW_EPS_T = 2 ** -69;

/** Builds both tables by recurrences in double-double (about 1 ms; the series above would take 20). */
function buildTables(): void {
  // log(i / TN): 0 at i = TN, then steps of +-log((i + 1) / i) = +-2 atanh(1 / q), q = 2i + 1, summed
  // in double-double. atanh(1 / q) = 1/q + 1/(3 q**3) + (1/(5 q**5) + ...): the first two terms as
  // double-double reciprocals (q**3 is exact), the rest (below 2**-34 of the total) in plain doubles.
  const lt = new Float64Array(2 * (363 - LOG_LO));
  let rl = 0;
  const recip = (q: number): number => {
    // 1 / q = hi + rl, from Dekker's exact product hi * q.
    const hi = 1 / q;
    let t = SPLIT * hi;
    const hh = t - (t - hi), hl = hi - hh;
    t = SPLIT * q;
    const qh = t - (t - q), ql = q - qh;
    const p = hi * q;
    rl = -(hh * qh - p + hh * ql + hl * qh + hl * ql + (p - 1)) / q;
    return hi;
  };
  const fill = (from: number, to: number, dir: number): void => {
    let sh = 0, sl = 0;
    for (let i = from; i !== to; i += dir) {
      if (dir > 0) {
        lt[2 * (i - LOG_LO)] = sh;
        lt[2 * (i - LOG_LO) + 1] = sl;
      }
      const q = 2 * i + 1;
      const zh = recip(q), zl = rl;
      const ch = recip(3 * q * q * q), cl = rl;
      const w = zh * zh;
      const tail = zh * w * w * (1 / 5 + w * (1 / 7 + w / 9));
      // (zh, zl) + (ch, cl + tail), then (sh, sl) += dir * 2 * that.
      let u = zh + ch, v = u - zh;
      let e = zh - (u - v) + (ch - v) + zl + cl + tail;
      const bh = dir * 2 * (u + e), bl = dir * 2 * (e - (u + e - u));
      u = sh + bh;
      v = u - sh;
      e = sh - (u - v) + (bh - v) + sl + bl;
      sh = u + e;
      sl = e - (sh - u);
      if (dir < 0) {
        lt[2 * (i - LOG_LO)] = sh;
        lt[2 * (i - LOG_LO) + 1] = sl;
      }
    }
  };
  fill(TN, 363, 1);
  fill(TN - 1, LOG_LO - 1, -1);
  // 2**(j / TN) by repeated multiplication with 2**(1 / TN).
  const et = new Float64Array(2 * TN);
  const q = expFull([LN2N_HI, LN2N_LO]);
  let e: DD = [1, 0];
  for (let j = 0; j < TN; j++) {
    et[2 * j] = e[0];
    et[2 * j + 1] = e[1];
    e = mul(e, q);
  }
  logTable = lt;
  expTable = et;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the exponent word (little-endian: 1)

/** x**y for finite x > 0 and finite y, or undefined when the fast evaluation cannot decide the rounding. */
function powFast(x: number, y: number): number | undefined {
  if (x < 2.2250738585072014e-308) return undefined;
  if (logTable === null) buildTables();
  const lt = logTable!, et = expTable!;
  // x = 2**k * m with m in [sqrt(1/2), sqrt(2)), read from the bits; m = c * (1 + r) with c = i / TN.
  f64[0] = x;
  let k = (u32[HI] >>> 20) - 1023;
  u32[HI] = (u32[HI] & 0x800fffff) | 0x3ff00000;
  let m = f64[0];
  if (m >= Math.SQRT2) {
    m *= 0.5;
    k++;
  }
  const i = Math.round(m * TN);
  const c = i / TN;
  const d = m - c; // exact
  // r = d / c in double-double (Dekker's product for the remainder).
  const rh = d / c;
  let t = SPLIT * rh;
  const rhh = t - (t - rh), rhl = rh - rhh;
  t = SPLIT * c;
  const ch = t - (t - c), cl = c - ch;
  const ph = rh * c;
  const pl = rhh * ch - ph + rhh * cl + rhl * ch + rhl * cl;
  const rl = (d - ph - pl) / c;
  // log x = k ln2 + log c + log1p(r), log1p(r) = rh - rh**2/2 + rest, summed in double-double.
  // Relative error: below about 2**-68 (the tail `rest` is below 2**-26 and taken in plain doubles).
  const rest = rh * rh * rh * (1 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-0.125 + rh * (1 / 9 - rh * 0.1)))))));
  const sqh = rh * rh;
  const sql = rhh * rhh - sqh + 2 * rhh * rhl + rhl * rhl;
  // k * LN2[0], exactly (k has at most 11 bits).
  const klh = k * LN2[0];
  const kll = k * LN2_HH - klh + k * LN2_HL;
  const li = 2 * (i - LOG_LO);
  // Three two-sums: (k ln2) + log c, + rh, + (-rh**2 / 2).
  let a = klh, b = lt[li];
  let sh = a + b;
  let bb = sh - a;
  let sl = a - (sh - bb) + (b - bb) + kll + k * LN2[1] + lt[li + 1];
  a = sh; b = rh;
  sh = a + b;
  bb = sh - a;
  sl += a - (sh - bb) + (b - bb);
  a = sh; b = -0.5 * sqh;
  sh = a + b;
  bb = sh - a;
  sl += a - (sh - bb) + (b - bb) + (-0.5 * sql + rl - rh * rl + rest);
  const lh = sh + sl, ll = sl - (lh - sh);
  // t = y * log x (Dekker's product).
  t = SPLIT * lh;
  const lhh = t - (t - lh), lhl = lh - lhh;
  t = SPLIT * y;
  const yh = t - (t - y), yl = y - yh;
  const th0 = lh * y;
  const tl0 = lhh * yh - th0 + lhh * yl + lhl * yh + lhl * yl + ll * y;
  const th = th0 + tl0, tl = tl0 - (th - th0);
  if (th > 709 || th < -708) return undefined;
  // exp(t) = 2**(n / TN) * exp(s), s = t - n ln2 / TN, |s| <= ln2 / (2 TN).
  const n = Math.round(th / LN2N_HI);
  const nh = n * LN2N_HH; // exact: n has at most 19 bits and LN2N_HH 26
  const sHi = th - nh; // exact: within a factor of two of each other (or n is 0)
  const sLo = tl - n * LN2N_HL - n * LN2N_LO;
  const sv = sHi + sLo;
  const sb = sv - sHi;
  const svl = sHi - (sv - sb) + (sLo - sb); // two-sum: sLo may be the larger when n is large
  const e1 = sv * sv * (0.5 + sv * (1 / 6 + sv * (1 / 24 + sv * (1 / 120 + sv * (1 / 720))))) + svl;
  const eh = 1 + sv;
  const el = 1 - eh + sv + e1; // exact two-sum: |sv| < 1
  const j = n & (TN - 1);
  const scaleK = (n - j) / TN;
  const th2 = et[2 * j], tl2 = et[2 * j + 1];
  t = SPLIT * th2;
  const th2h = t - (t - th2), th2l = th2 - th2h;
  t = SPLIT * eh;
  const ehh = t - (t - eh), ehl = eh - ehh;
  const p0 = th2 * eh;
  const rl2 = th2h * ehh - p0 + th2h * ehl + th2l * ehh + th2l * ehl + (th2 * el + tl2 * eh);
  const hi = p0 + rl2, lo = rl2 - (hi - p0);
  // The error bound grows with |t|: log x's relative error is multiplied by t.
  const err = (POW_EPS + Math.abs(th) * POW_EPS_T) * hi;
  const r1 = hi + (lo + err);
  if (r1 !== hi + (lo - err)) return undefined;
  return r1 * 2 ** scaleK;
}

/** x**y as C's pow (C99 special cases, then exp(y log x) in double-double). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!isFinite(x) || !isFinite(y) || x === 0) {
    if (x === -1 && !isFinite(y)) return 1;
    return Math.pow(x, y);
  }
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1) sign = -1;
    x = -x;
  }
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    // Small integer powers: exact when the exact result fits, as C's pow gives it.
    const p = Math.pow(x, y);
    if (Number.isInteger(p) && Math.abs(p) < 2 ** 53 && Number.isInteger(x)) return sign * p;
  }
  if (y === 2) return sign * x * x; // one correctly rounded operation, as the correctly rounded pow
  if (y === 0.5) return Math.sqrt(x);
  const fast = powFast(x, y);
  if (fast !== undefined) return sign * fast;
  // Far out of range (|y log x| huge): decide before the double-double product, which would overflow.
  const rough = Math.log(x) * y;
  if (rough > 720) return sign * Infinity;
  if (rough < -760) return sign * 0;
  const l = logDD(x);
  const t = mulD(l, y);
  if (t[0] > 709.8) return sign * Infinity;
  if (t[0] < -745.2) return sign * 0;
  return sign * expDD(t);
}

/** pi as a double-double. */
export const PI: DD = [3.141592653589793, 1.2246467991473532e-16];

/** The Euclidean norm of finite values, correctly rounded in all but rare cases (CPython's vector_norm). */
export function hypot(values: number[]): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  if (max === 0 || values.length === 1) return max;
  // Scale by a power of two so squares neither overflow nor lose bits to underflow.
  const e = Math.floor(Math.log2(max));
  let sum: DD = [0, 0];
  for (const v of values) {
    const x = scale(v, -e);
    sum = add(sum, twoProd(x, x));
  }
  const root = Math.sqrt(sum[0]);
  // One Newton step in double-double: root + (sum - root**2) / (2 root).
  const sq = twoProd(root, root);
  const diff = add(sum, [-sq[0], -sq[1]]);
  const corrected = add([root, 0], [(diff[0] + diff[1]) / (2 * root), 0]);
  return scale(corrected[0] + corrected[1], e);
}

/** The square root of a double-double, as a double-double. */
export function sqrtDD(v: DD): DD {
  if (v[0] <= 0) return [Math.sqrt(v[0]), 0];
  const r = Math.sqrt(v[0]);
  const sq = twoProd(r, r);
  const diff = add(v, [-sq[0], -sq[1]]);
  return add([r, 0], [(diff[0] + diff[1]) / (2 * r), 0]);
}

const PI_2: DD = [PI[0] / 2, PI[1] / 2];

/** atan of a double-double, as a double-double. */
function atanDD(x: DD): DD {
  if (x[0] < 0) {
    const r = atanDD([-x[0], -x[1]]);
    return [-r[0], -r[1]];
  }
  if (x[0] > 1) return add(PI_2, mulD(atanDD(div([1, 0], x)), -1));
  // atan(x) = 2 atan(x / (1 + sqrt(1 + x²))), twice, brings x below tan(pi/16).
  let t = x;
  for (let i = 0; i < 2; i++) t = div(t, add([1, 0], sqrtDD(add([1, 0], mul(t, t)))));
  const t2 = mul(t, t);
  let term: DD = t, sum: DD = t;
  for (let n = 3; n < 200; n += 2) {
    term = mulD(mul(term, t2), -1);
    const q = div(term, [n, 0]);
    sum = add(sum, q);
    if (Math.abs(q[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return mulD(sum, 4);
}

/** arc tangent. */
export function atan(x: number): number {
  if (x !== x || x === 0) return x;
  if (!isFinite(x)) return x > 0 ? PI_2[0] : -PI_2[0];
  if (Math.abs(x) < 1e-9) return x - (x * x * x) / 3;
  const r = atanDD([x, 0]);
  return r[0] + r[1];
}

/** atan2(y, x) with C99's special cases. */
export function atan2(y: number, x: number): number {
  if (y !== y || x !== x || y === 0 || x === 0 || !isFinite(x) || !isFinite(y)) return Math.atan2(y, x);
  let r = atanDD(div([y, 0], [x, 0]));
  if (x < 0) r = add(r, y > 0 ? PI : [-PI[0], -PI[1]]);
  return r[0] + r[1];
}

/** arc sine. */
export function asin(x: number): number {
  if (x !== x || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < 1e-9) return x + (x * x * x) / 6;
  if (Math.abs(x) === 1) return x * PI_2[0];
  // asin(x) = atan(x / sqrt((1 - x)(1 + x))).
  const c = sqrtDD(mul(twoSum(1, -x), twoSum(1, x)));
  const r = atanDD(div([x, 0], c));
  return r[0] + r[1];
}

/** arc cosine. */
export function acos(x: number): number {
  if (x !== x || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  // acos(x) = 2 atan(sqrt((1 - x) / (1 + x))).
  const r = mulD(atanDD(sqrtDD(div(twoSum(1, -x), twoSum(1, x)))), 2);
  return r[0] + r[1];
}

/**
 * The hyperbolic functions and their inverses as fdlibm (and so glibc) builds them from exp, log,
 * expm1 and log1p; with those rounded as glibc rounds them, the results agree with CPython's.
 */
export function sinh(x: number): number {
  if (!isFinite(x) || x === 0) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = Math.expm1(a);
    if (a < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < 709.7822265625) return h * exp(a);
  if (a <= 710.4758600739439) {
    const w = exp(0.5 * a);
    return h * w * w;
  }
  return x * Infinity;
}

export function cosh(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a === Infinity) return Infinity;
  if (a < 0.5 * LN2[0]) {
    const t = Math.expm1(a);
    const w = 1 + t;
    if (a < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) {
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.7822265625) return 0.5 * exp(a);
  if (a <= 710.4758600739439) {
    const w = exp(0.5 * a);
    return 0.5 * w * w;
  }
  return Infinity;
}

export function asinh(x: number): number {
  if (!isFinite(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) return x;
  let w: number;
  if (a > 2 ** 28) w = log(a) + LN2[0];
  else if (a > 2) w = log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x > 0 ? w : -w;
}

export function acosh(x: number): number {
  if (x !== x || x < 1) return NaN;
  if (x === Infinity) return x;
  if (x >= 2 ** 28) return log(x) + LN2[0];
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return log(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}
