// The random module (CPython's _randommodule.c and Lib/random.py behaviour): a Mersenne Twister
// MT19937 seeded as CPython seeds it, and every method drawing from it in CPython's order, so a
// seeded program prints the same numbers. Methods look up random/getrandbits on subclasses.

import type { VM } from './eval';
import { PyBuiltin, defExtMethod } from './objects/function';
import { PyFloat } from './objects/float';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyBytes, isByteArray } from './objects/bytes';
import { PyRange } from './objects/range';
import { PyDict } from './objects/dict';
import { PySet } from './objects/set';
import {
  IndexError, NotImplementedError, pyErr, TypeError, ValueError, ZeroDivisionError,
} from './objects/exceptions';
import { intType, objectType, PyObj, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';
import { big, normBig, intSub, intAdd, intMul, intFloorDiv, type Int } from './objects/int';
import { callObject } from './call';
import { getAttr } from './attributes';
import { cpythonHash, getItem, iterToArray, len, setItem, userSpecial, callSpecial } from './ops';
import { toNumber } from './number';
import { eq, lessThan } from './compare';
import { getVM } from './eval';
import { encode } from './codecs';
import { sha512 } from './sha512';
import * as libm from './libm';
import { randomBytes } from './osmodule';

const N = 624;
const M = 397;

/** The MT19937 generator state (Matsumoto and Nishimura, 1998). */
class MT19937 {
  mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(seed: number): void {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** Seeding from an array of 32-bit words (init_by_array). */
  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  private twist(): void {
    const mt = this.mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  /** The next 32-bit output, tempered. */
  next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits (genrand_res53). */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** k random bits as an int: 32-bit words, least significant first (the last one truncated). */
  getrandbits(k: number): Int {
    if (k <= 32) return k === 0 ? 0 : this.next32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.next32();
      const hi = this.next32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let r = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      let w = this.next32();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
    }
    return normBig(r);
  }
}

/** A random.Random instance. */
export class PyRandom extends PyObj {
  readonly gen = new MT19937();
  gaussNext: number | null = null;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

export const randomType = new PyType('Random', [objectType], false);
randomType.heapType = true; // a Python class in CPython: messages name it without its module
randomType.dict.set('__module__', 'random');
randomType.dict.set('VERSION', 3);
randomType.newInstance = (cls) => new PyRandom(cls);

/** 32-bit words of |n|, least significant first (at least one). */
function intWords(n: bigint): number[] {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return key.length ? key : [0];
}

function seedFrom(vm: VM, r: PyRandom, a: PyObject): void {
  r.gaussNext = null;
  if (a === None) {
    const bytes = randomBytes(vm, N * 4);
    const key: number[] = [];
    for (let i = 0; i < N; i++) key.push((bytes[4 * i] | (bytes[4 * i + 1] << 8) | (bytes[4 * i + 2] << 16) | (bytes[4 * i + 3] << 24)) >>> 0);
    r.gen.initByArray(key);
    return;
  }
  let n: bigint;
  if (typeof a === 'number' || typeof a === 'bigint') n = big(a);
  else if (typeof a === 'boolean') n = a ? 1n : 0n;
  else if (a instanceof PyFloat) n = cpythonHash(a)!;
  else if (typeof a === 'string' || a instanceof PyBytes) {
    // Version 2 seeding: the bytes followed by their SHA-512 digest, read as a big-endian int.
    const b = typeof a === 'string' ? encode(a, 'utf-8') : a.bytes;
    const all = new Uint8Array(b.length + 64);
    all.set(b);
    all.set(sha512(b), b.length);
    n = 0n;
    for (const x of all) n = (n << 8n) | BigInt(x);
  } else {
    throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  if (a instanceof PyFloat) n = BigInt.asIntN(64, n);
  r.gen.initByArray(intWords(n));
}

function self(args: PyObject[]): PyRandom {
  return args[0] as PyRandom;
}

/** Is this the plain generator, so the JS fast paths apply (no Python override of random/getrandbits)? */
function plain(r: PyRandom): boolean {
  return r.cls === randomType;
}

function floatOf(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  const n = toNumber(v);
  if (n === undefined) throw pyErr(TypeError, `must be real number, not ${typeOf(v).tpName}`);
  return n;
}

function rand(r: PyRandom): number {
  return plain(r) ? r.gen.random() : floatOf(callObject(getAttr(r, 'random'), []));
}

/** n.bit_length() for n >= 0. */
function bitLength(n: Int): number {
  if (typeof n === 'number' && n < 4294967296) return 32 - Math.clz32(n);
  return n.toString(2).length;
}

function getrandbits(r: PyRandom, k: number): Int {
  if (plain(r)) return r.gen.getrandbits(k);
  const v = callObject(getAttr(r, 'getrandbits'), [k]);
  return typeof v === 'boolean' ? +v : (v as Int);
}

/** An int in [0, n): CPython's _randbelow, by getrandbits(n.bit_length()) with rejection, or by
 * random() when a subclass overrides random() but not getrandbits(). */
function randbelow(r: PyRandom, n: Int): Int {
  if (!plain(r) && r.cls.lookup('random') !== randomType.dict.get('random') && r.cls.lookup('getrandbits') === randomType.dict.get('getrandbits')) {
    return randbelowWithoutBits(r, n);
  }
  const k = bitLength(n);
  if (typeof n === 'number') {
    let v = getrandbits(r, k) as number;
    while (v >= n) v = getrandbits(r, k) as number;
    return v;
  }
  let v = big(getrandbits(r, k));
  while (v >= n) v = big(getrandbits(r, k));
  return normBig(v);
}

function randbelowWithoutBits(r: PyRandom, n: Int): Int {
  const maxsize = 2 ** 53;
  if (Number(n) >= maxsize) return Math.floor(rand(r) * Number(n));
  const nn = Number(n);
  if (nn === 0) return 0;
  const rem = maxsize % nn;
  const limit = (maxsize - rem) / maxsize;
  let x = rand(r);
  while (x >= limit) x = rand(r);
  return Math.floor(x * maxsize) % nn;
}

/** An int argument of randrange (an index, or an integral float with CPython's deprecation). */
function rangeArg(v: PyObject, which: string): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return +v;
  const idx = v instanceof PyObj ? userSpecial(v, '__index__') : undefined;
  if (idx !== undefined) return callSpecial(idx, v, []) as Int;
  // CPython 3.11 still accepts an integral float (with a DeprecationWarning): int(v) == v.
  const asInt = callObject(intType, [v]) as Int;
  if (!eq(asInt, v)) throw pyErr(ValueError, `non-integer ${which} for randrange()`);
  return asInt;
}

function sign(n: Int): number {
  return typeof n === 'number' ? Math.sign(n) : n > 0n ? 1 : n < 0n ? -1 : 0;
}

function randrange(r: PyRandom, start: PyObject, stop: PyObject, step: PyObject): Int {
  const istart = rangeArg(start, 'arg 1');
  if (stop === None) {
    if (step !== 1) throw pyErr(TypeError, 'Missing a non-None stop argument');
    if (sign(istart) > 0) return randbelow(r, istart);
    throw pyErr(ValueError, 'empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop');
  const width = intSub(istop, istart);
  const istep = rangeArg(step, 'step');
  if (istep === 1) {
    if (sign(width) > 0) return intAdd(istart, randbelow(r, width));
    throw pyErr(ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: Int;
  if (sign(istep) > 0) n = intFloorDiv(intAdd(width, intSub(istep, 1)), istep);
  else if (sign(istep) < 0) n = intFloorDiv(intAdd(width, intAdd(istep, 1)), istep);
  else throw pyErr(ValueError, 'zero step for randrange()');
  if (sign(n) <= 0) throw pyErr(ValueError, 'empty range for randrange()');
  return intAdd(istart, intMul(istep, randbelow(r, n)));
}

/** Arguments by position or keyword, with CPython's "missing argument" message. */
function params(name: string, names: string[], required: number, args: PyObject[], kw: Map<string, PyObject> | null): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = args.slice(1);
  if (out.length > names.length) {
    throw pyErr(TypeError, `Random.${name}() takes from ${required + 1} to ${names.length + 1} positional arguments but ${out.length + 1} were given`);
  }
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `Random.${name}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw pyErr(TypeError, `Random.${name}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    throw pyErr(TypeError, `Random.${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }
  return out;
}

function isSequence(v: PyObject): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyBytes) return true;
  if (v instanceof PySet || v instanceof PyDict) return false;
  // collections.deque and user sequences registered with collections.abc are sequences too.
  return typeOf(v).name === 'deque' || (v instanceof PyObj && userSpecial(v, '__getitem__') !== undefined && userSpecial(v, '__len__') !== undefined && userSpecial(v, 'keys') === undefined);
}

/** bisect_right over numbers. */
function bisect(a: PyObject[], x: PyObject, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lessThan(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function accumulate(values: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  let acc: PyObject | undefined;
  for (const v of values) {
    acc = acc === undefined ? v : add(acc, v);
    out.push(acc);
  }
  return out;
}

function add(a: PyObject, b: PyObject): PyObject {
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return intAdd(a, b);
  if (typeof a === 'boolean') return add(+a, b);
  if (typeof b === 'boolean') return add(a, +b);
  const x = toNumber(a), y = toNumber(b);
  if (x === undefined || y === undefined) throw pyErr(TypeError, `unsupported operand type(s) for +: '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
  return new PyFloat(x + y);
}

function gauss(r: PyRandom, mu: number, sigma: number): number {
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = rand(r) * 2 * Math.PI;
    const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - rand(r)));
    z = libm.cos(x2pi) * g2rad;
    r.gaussNext = libm.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

// random.py's constants, computed on first use: libm's correctly rounded exp and log are slow to
// run cold, and every start-up paid for them here (~0.9 ms) whether or not random was imported.
let magic: { nv: number; log4: number; sg: number } | null = null;
function magicConsts(): { nv: number; log4: number; sg: number } {
  return (magic ??= { nv: (4 * libm.exp(-0.5)) / Math.sqrt(2.0), log4: libm.log(4.0), sg: 1.0 + libm.log(4.5) });
}

function normalvariate(r: PyRandom, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = rand(r);
    const u2 = 1.0 - rand(r);
    z = (magicConsts().nv * (u1 - 0.5)) / u2;
    if ((z * z) / 4.0 <= -libm.log(u2)) break;
  }
  return mu + z * sigma;
}


function gammavariate(r: PyRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw pyErr(ValueError, 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    // Cheng's rejection algorithm GB.
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - magicConsts().log4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rand(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rand(r);
      const v = libm.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * libm.exp(v);
      const z = u1 * u1 * u2;
      const t = bbb + ccc * v - x;
      if (t + magicConsts().sg - 4.5 * z >= 0.0 || t >= libm.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -libm.log(1.0 - rand(r)) * beta;
  // Ahrens and Dieter's algorithm GS for alpha < 1.
  let x: number;
  for (;;) {
    const u = rand(r);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? libm.pow(p, 1.0 / alpha) : -libm.log((b - p) / alpha);
    const u1 = rand(r);
    if (p > 1.0) {
      if (u1 <= libm.pow(x, alpha - 1.0)) break;
    } else if (u1 <= libm.exp(-x)) break;
  }
  return x * beta;
}

function fdiv(a: number, b: number): number {
  if (b === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
  return a / b;
}

function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && m < 0 !== b < 0 ? m + b : m;
}

type Method = (r: PyRandom, a: (PyObject | undefined)[], vm: VM) => PyObject;

/** Install a method on random.Random taking the named parameters (`required` of them required). */
function method(vm: VM, name: string, names: string[], required: number, f: Method): void {
  defExtMethod(randomType, name, (args, kw) => f(self(args), params(name, names, required, args, kw), vm));
}

function f(v: PyObject | undefined, dflt: number): number {
  return v === undefined ? dflt : floatOf(v);
}

let installed = false;

/** random.Random's methods, installed on first import (seeding asks the running VM for entropy). */
function installMethods(vm: VM): void {
  if (installed) return;
  installed = true;
  defExtMethod(randomType, '__init__', (args, kw) => {
    const [x] = params('__init__', ['x'], 0, args, kw);
    const r = self(args);
    if (plain(r)) seedFrom(getVM(), r, x ?? None);
    else callObject(getAttr(r, 'seed'), [x ?? None]);
    r.gaussNext = null;
    return None;
  });
  method(vm, 'seed', ['a', 'version'], 0, (r, [a, version]) => {
    if (version !== undefined && version !== 2 && (typeof a === 'string' || a instanceof PyBytes)) {
      if (version === 1 && typeof a === 'string') {
        // Version 1 (Python 2) string seeding, kept for reproducing old sequences.
        let x = a.length ? BigInt(a.charCodeAt(0)) << 7n : 0n;
        for (const c of a) x = ((1000003n * x) ^ BigInt(c.codePointAt(0)!)) & ((1n << 64n) - 1n);
        x ^= BigInt(a.length);
        if (x === (1n << 64n) - 1n) x = (1n << 64n) - 2n;
        seedFrom(getVM(), r, normBig(BigInt.asIntN(64, x)));
        return None;
      }
    }
    if (a instanceof PyBytes && isByteArray(a)) a = new PyBytes(a.bytes.slice());
    seedFrom(getVM(), r, a ?? None);
    return None;
  });
  method(vm, 'random', [], 0, (r) => new PyFloat(r.gen.random()));
  method(vm, 'getrandbits', ['k'], 1, (r, [k]) => {
    const n = Number(rangeArg(k!, 'k'));
    if (n < 0) throw pyErr(ValueError, 'number of bits must be non-negative');
    return r.gen.getrandbits(n);
  });
  method(vm, 'getstate', [], 0, (r) => new PyTuple([3, new PyTuple([...r.gen.mt, r.gen.index]), r.gaussNext === null ? None : new PyFloat(r.gaussNext)]));
  method(vm, 'setstate', ['state'], 1, (r, [state]) => {
    const items = iterToArray(state!);
    const version = items[0];
    if (version !== 3 && version !== 2) {
      throw pyErr(ValueError, `state with version ${String(version)} passed to Random.setstate() of version 3`);
    }
    const internal = items[1];
    if (!(internal instanceof PyTuple)) throw pyErr(TypeError, 'state vector must be a tuple');
    if (internal.items.length !== N + 1) throw pyErr(ValueError, 'state vector is the wrong size');
    const words = internal.items.map((x) => Number(big(x as Int) & 0xffffffffn));
    const index = Number(internal.items[N]);
    if (index < 0 || index > N) throw pyErr(ValueError, 'invalid state');
    r.gen.mt.set(words.slice(0, N));
    r.gen.index = index;
    const g = items[2];
    r.gaussNext = g === None || g === undefined ? null : floatOf(g);
    return None;
  });
  method(vm, 'randrange', ['start', 'stop', 'step'], 1, (r, [start, stop, step]) => randrange(r, start!, stop ?? None, step ?? 1));
  method(vm, 'randint', ['a', 'b'], 2, (r, [a, b]) => randrange(r, a!, intAdd(rangeArg(b!, 'stop'), 1), 1));
  method(vm, 'randbytes', ['n'], 1, (r, [n]) => {
    const count = Number(rangeArg(n!, 'n'));
    if (count < 0) throw pyErr(ValueError, 'number of bits must be non-negative');
    const v = big(getrandbits(r, count * 8));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = Number((v >> BigInt(8 * i)) & 0xffn);
    return new PyBytes(out);
  });
  method(vm, 'choice', ['seq'], 1, (r, [seq]) => {
    const n = len(seq!);
    if (n === 0) throw pyErr(IndexError, 'Cannot choose from an empty sequence');
    return getItem(seq!, randbelow(r, n));
  });
  method(vm, 'shuffle', ['x'], 1, (r, [x]) => {
    if (x instanceof PyList && plain(r)) {
      const a = x.items;
      for (let i = a.length - 1; i > 0; i--) {
        const j = randbelow(r, i + 1) as number;
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return None;
    }
    for (let i = len(x!) - 1; i > 0; i--) {
      const j = randbelow(r, i + 1);
      const xi = getItem(x!, i), xj = getItem(x!, j);
      setItem(x!, i, xj);
      setItem(x!, j, xi);
    }
    return None;
  });
  method(vm, 'sample', ['population', 'k', 'counts'], 2, (r, [population, kArg, counts]) => sample(r, population!, kArg!, counts ?? None));
  method(vm, 'choices', ['population', 'weights', 'cum_weights', 'k'], 1, (r, [population, weights, cumWeights, kArg]) => {
    const pop = population!;
    const n = len(pop);
    const k = kArg === undefined ? 1 : Number(rangeArg(kArg, 'k'));
    const out: PyObject[] = [];
    let cum: PyObject[];
    if (cumWeights === undefined || cumWeights === None) {
      if (weights === undefined || weights === None) {
        for (let i = 0; i < k; i++) out.push(getItem(pop, Math.floor(rand(r) * n)));
        return new PyList(out);
      }
      if (typeof weights === 'number' || typeof weights === 'bigint') {
        throw pyErr(TypeError, `The number of choices must be a keyword argument: k=${weights}`);
      }
      cum = accumulate(iterToArray(weights));
    } else if (weights !== undefined && weights !== None) {
      throw pyErr(TypeError, 'Cannot specify both weights and cumulative weights');
    } else {
      cum = iterToArray(cumWeights);
    }
    if (cum.length !== n) throw pyErr(ValueError, 'The number of weights does not match the population');
    if (n === 0) throw pyErr(IndexError, 'list index out of range');
    const total = floatOf(cum[n - 1]) + 0.0;
    if (total <= 0.0) throw pyErr(ValueError, 'Total of weights must be greater than zero');
    if (!isFinite(total)) throw pyErr(ValueError, 'Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(getItem(pop, bisect(cum, new PyFloat(rand(r) * total), n - 1)));
    return new PyList(out);
  });
  method(vm, 'uniform', ['a', 'b'], 2, (r, [a, b]) => {
    const x = floatOf(a!), y = floatOf(b!);
    return new PyFloat(x + (y - x) * rand(r));
  });
  method(vm, 'triangular', ['low', 'high', 'mode'], 0, (r, [lowArg, highArg, modeArg]) => {
    let u = rand(r);
    let low = f(lowArg, 0.0), high = f(highArg, 1.0);
    if (high === low && modeArg !== undefined && modeArg !== None) return new PyFloat(low);
    let c = modeArg === undefined || modeArg === None ? 0.5 : (floatOf(modeArg) - low) / (high - low);
    if (high === low) return new PyFloat(low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return new PyFloat(low + (high - low) * Math.sqrt(u * c));
  });
  method(vm, 'gauss', ['mu', 'sigma'], 0, (r, [mu, sigma]) => new PyFloat(gauss(r, f(mu, 0.0), f(sigma, 1.0))));
  method(vm, 'normalvariate', ['mu', 'sigma'], 0, (r, [mu, sigma]) => new PyFloat(normalvariate(r, f(mu, 0.0), f(sigma, 1.0))));
  method(vm, 'lognormvariate', ['mu', 'sigma'], 2, (r, [mu, sigma]) => new PyFloat(libm.exp(normalvariate(r, f(mu, 0), f(sigma, 1)))));
  method(vm, 'expovariate', ['lambd'], 1, (r, [lambd]) => new PyFloat(fdiv(-libm.log(1.0 - rand(r)), floatOf(lambd!))));
  method(vm, 'vonmisesvariate', ['mu', 'kappa'], 2, (r, [muArg, kappaArg]) => {
    const mu = floatOf(muArg!), kappa = floatOf(kappaArg!);
    const TWOPI = 2 * Math.PI;
    if (kappa <= 1e-6) return new PyFloat(TWOPI * rand(r));
    const s = 0.5 / kappa;
    const q0 = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = rand(r);
      z = libm.cos(Math.PI * u1);
      const d = z / (q0 + z);
      const u2 = rand(r);
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
    }
    const q = 1.0 / q0;
    const fq = (q + z) / (1.0 + q * z);
    const u3 = rand(r);
    return new PyFloat(u3 > 0.5 ? pyMod(mu + Math.acos(fq), TWOPI) : pyMod(mu - Math.acos(fq), TWOPI));
  });
  method(vm, 'gammavariate', ['alpha', 'beta'], 2, (r, [a, b]) => new PyFloat(gammavariate(r, floatOf(a!), floatOf(b!))));
  method(vm, 'betavariate', ['alpha', 'beta'], 2, (r, [a, b]) => {
    const y = gammavariate(r, floatOf(a!), 1.0);
    if (y === 0) return new PyFloat(0.0);
    return new PyFloat(y / (y + gammavariate(r, floatOf(b!), 1.0)));
  });
  method(vm, 'paretovariate', ['alpha'], 1, (r, [a]) => new PyFloat(libm.pow(1.0 - rand(r), -1.0 / floatOf(a!))));
  method(vm, 'weibullvariate', ['alpha', 'beta'], 2, (r, [a, b]) => {
    const u = 1.0 - rand(r);
    return new PyFloat(floatOf(a!) * libm.pow(-libm.log(u), 1.0 / floatOf(b!)));
  });
}

function sample(r: PyRandom, population: PyObject, kArg: PyObject, counts: PyObject): PyObject {
  if (!isSequence(population)) throw pyErr(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = len(population);
  if (counts !== None) {
    const cum = accumulate(iterToArray(counts));
    if (cum.length !== n) throw pyErr(ValueError, 'The number of counts does not match the population');
    const total = cum.pop();
    if (typeof total !== 'number' && typeof total !== 'bigint') throw pyErr(TypeError, 'Counts must be integers');
    if (sign(total) <= 0) throw pyErr(ValueError, 'Total of counts must be greater than zero');
    const picks = sample(r, new PyRange(0, Number(total), 1), kArg, None) as PyList;
    return new PyList(picks.items.map((s) => getItem(population, bisect(cum, s, cum.length))));
  }
  const k = Number(rangeArg(kArg, 'k'));
  if (!(k >= 0 && k <= n)) throw pyErr(ValueError, 'Sample larger than population or is negative');
  const result: PyObject[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
  if (n <= setsize) {
    const pool = population instanceof PyList || population instanceof PyTuple ? population.items.slice() : iterToArray(population);
    for (let i = 0; i < k; i++) {
      const j = randbelow(r, n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(r, n) as number;
      while (selected.has(j)) j = randbelow(r, n) as number;
      selected.add(j);
      result[i] = getItem(population, j);
    }
  }
  return new PyList(result);
}

// ---------------------------------------------------------------- SystemRandom

export const systemRandomType = new PyType('SystemRandom', [randomType], false);
systemRandomType.heapType = true; // a Python class in CPython: messages name it without its module
systemRandomType.dict.set('__module__', 'random');

/** The random module: the Random class and its methods bound to one hidden instance. */
export function makeRandomModule(vm: VM): PyModule {
  installMethods(vm);
  if (!systemRandomType.dict.has('random')) {
    const bits = (k: number): bigint => {
      const bytes = randomBytes(getVM(), Math.ceil(k / 8));
      let v = 0n;
      for (const b of bytes) v = (v << 8n) | BigInt(b);
      return v >> BigInt(bytes.length * 8 - k);
    };
    defExtMethod(systemRandomType, 'random', () => new PyFloat(Number(bits(53)) / 9007199254740992));
    defExtMethod(systemRandomType, 'getrandbits', (args) => {
      const k = Number(rangeArg(args[1], 'k'));
      if (k < 0) throw pyErr(ValueError, 'number of bits must be non-negative');
      return normBig(bits(k));
    });
    defExtMethod(systemRandomType, 'seed', () => None);
    const notImpl: NativeFn = () => {
      throw pyErr(NotImplementedError, 'System entropy source does not have state.');
    };
    defExtMethod(systemRandomType, 'getstate', notImpl);
    defExtMethod(systemRandomType, 'setstate', notImpl);
  }
  const m = new PyModule('random');
  const d = m.dict;
  d.setStr('Random', randomType);
  d.setStr('SystemRandom', systemRandomType);
  const inst = new PyRandom(randomType);
  seedFrom(vm, inst, None);
  for (const name of [
    'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
    'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
    'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes',
  ]) {
    const fn = randomType.dict.get(name) as PyBuiltin;
    d.setStr(name, new PyBuiltin(name, fn.fn, inst, `Random.${name}`));
  }
  d.setStr('_inst', inst);
  d.setStr('BPF', 53);
  d.setStr('RECIP_BPF', new PyFloat(2 ** -53));
  d.setStr('TWOPI', new PyFloat(2 * Math.PI));
  d.setStr('LOG4', new PyFloat(magicConsts().log4));
  d.setStr('SG_MAGICCONST', new PyFloat(magicConsts().sg));
  d.setStr('NV_MAGICCONST', new PyFloat(magicConsts().nv));
  return m;
}
