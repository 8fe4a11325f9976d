// The array module (CPython's arraymodule.c): array.array, a typed sequence of numbers (or
// characters for 'u') with CPython's conversions, overflow messages, repr and methods. Items
// are kept as Python values in a JS array; bytes are made with a DataView (x86-64 sizes).

import { eq, lessThan } from './compare';
import { floatRepr, PyFloat } from './objects/float';
import { PyBytes } from './objects/bytes';
import {
  IndexError, OverflowError, pyErr, TypeError, ValueError,
} from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyProperty } from './objects/function';
import { normBig } from './objects/int';
import { addIteratorProtocol, FnIter } from './objects/iterators';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import { objectType, PyObj, PyType, typeOf, type PyObject } from './objects/type';
import { asIndex, callSpecial, iterToArray, sliceIndices, userSpecial } from './ops';
import { strRepr } from './repr';
import { PyBoxed } from './objects/boxed';

const TYPECODES = 'bBuhHiIlLqQfd';
const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

export const arrayType = new PyType('array', [objectType], false);
arrayType.dict.set('__module__', 'array');

/** An array.array: `items` holds ints (number | bigint), JS numbers for f/d, 1-char strings for u. */
export class PyArray extends PyObj {
  items: (number | bigint | string)[] = [];
  constructor(
    cls: PyType,
    readonly typecode: string,
  ) {
    super();
    this.cls = cls;
  }
  /** The array's memory, as CPython's buffer protocol exposes it (a copy). */
  bufferBytes(): Uint8Array {
    return toBytes(this);
  }
  /** Replace the array's memory (a writer through the buffer protocol, struct.pack_into). */
  setBufferBytes(b: Uint8Array): void {
    this.items = fromBytes(this.typecode, b);
  }
}

// ---------------------------------------------------------------- conversions

const I64 = 1n << 63n;
const U64 = 1n << 64n;

function overflow(msg: string): never {
  throw pyErr(OverflowError, msg);
}

function intOf(v: PyObject): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint') && userSpecial(v, '__index__') === undefined) return v.value;
  if (typeof v === 'object' && !(v instanceof PyFloat)) {
    const m = userSpecial(v, '__index__');
    if (m !== undefined) return intOf(callSpecial(m, v, []));
  }
  throw pyErr(TypeError, `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
}

function range(x: bigint, lo: bigint, hi: bigint, what: string): void {
  if (x > hi) overflow(`${what} is greater than maximum`);
  if (x < lo) overflow(`${what} is less than minimum`);
}

/** Convert a Python value to an item of `code`, with CPython's errors. */
function toItem(code: string, v: PyObject): number | bigint | string {
  if (code === 'f' || code === 'd') {
    let x: number;
    if (v instanceof PyFloat) x = v.value;
    else if (typeof v === 'number' || typeof v === 'boolean') x = Number(v);
    else if (typeof v === 'bigint') {
      x = Number(v);
      if (!isFinite(x)) overflow('int too large to convert to float');
    } else if (v instanceof PyBoxed && !(typeof v.value === 'string')) return toItem(code, v.value);
    else {
      const m = typeof v === 'object' ? userSpecial(v, '__float__') : undefined;
      if (m === undefined) throw pyErr(TypeError, `must be real number, not ${typeOf(v).tpName}`);
      return toItem(code, callSpecial(m, v, []));
    }
    return code === 'f' ? Math.fround(x) : x;
  }
  if (code === 'u') {
    if (typeof v !== 'string' || [...v].length !== 1) throw pyErr(TypeError, 'array item must be unicode character');
    return v;
  }
  const n = intOf(v);
  const x = typeof n === 'bigint' ? n : BigInt(n);
  switch (code) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'l':
      if (x < -I64 || x >= I64) overflow('Python int too large to convert to C long');
      if (code === 'b' || code === 'h') range(x, -32768n, 32767n, 'signed short integer');
      if (code === 'b') range(x, -128n, 127n, 'signed char');
      if (code === 'B') range(x, 0n, 255n, 'unsigned byte integer');
      if (code === 'H' || code === 'i') range(x, -(1n << 31n), (1n << 31n) - 1n, 'signed integer');
      if (code === 'H') range(x, 0n, 65535n, 'unsigned short');
      break;
    case 'I': case 'L':
      if (x < 0n) overflow("can't convert negative value to unsigned int");
      if (x >= U64) overflow('Python int too large to convert to C unsigned long');
      if (code === 'I' && x > 0xffffffffn) overflow('unsigned int is greater than maximum');
      break;
    case 'q':
      if (x < -I64 || x >= I64) overflow('int too big to convert');
      break;
    case 'Q':
      if (x < 0n) overflow("can't convert negative int to unsigned");
      if (x >= U64) overflow('int too big to convert');
      break;
  }
  return typeof n === 'bigint' ? normBig(n) : n;
}

function toPy(code: string, x: number | bigint | string): PyObject {
  return code === 'f' || code === 'd' ? new PyFloat(x as number) : x;
}

function toBytes(a: PyArray): Uint8Array {
  const size = ITEMSIZE[a.typecode];
  const out = new Uint8Array(a.items.length * size);
  const view = new DataView(out.buffer);
  a.items.forEach((x, k) => {
    const o = k * size;
    switch (a.typecode) {
      case 'b': case 'B': view.setUint8(o, Number(x) & 0xff); break;
      case 'h': case 'H': view.setUint16(o, Number(x) & 0xffff, true); break;
      case 'i': case 'I': view.setUint32(o, Number(BigInt.asUintN(32, BigInt(x))), true); break;
      case 'f': view.setFloat32(o, x as number, true); break;
      case 'd': view.setFloat64(o, x as number, true); break;
      case 'u': view.setUint32(o, (x as string).codePointAt(0)!, true); break;
      default: view.setBigUint64(o, BigInt.asUintN(64, BigInt(x)), true);
    }
  });
  return out;
}

function fromBytes(code: string, b: Uint8Array): (number | bigint | string)[] {
  const size = ITEMSIZE[code];
  if (b.length % size !== 0) throw pyErr(ValueError, 'bytes length not a multiple of item size');
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  const out: (number | bigint | string)[] = [];
  for (let o = 0; o < b.length; o += size) {
    switch (code) {
      case 'b': out.push(view.getInt8(o)); break;
      case 'B': out.push(view.getUint8(o)); break;
      case 'h': out.push(view.getInt16(o, true)); break;
      case 'H': out.push(view.getUint16(o, true)); break;
      case 'i': out.push(view.getInt32(o, true)); break;
      case 'I': out.push(view.getUint32(o, true)); break;
      case 'f': out.push(view.getFloat32(o, true)); break;
      case 'd': out.push(view.getFloat64(o, true)); break;
      case 'u': {
        const cp = view.getUint32(o, true);
        if (cp > 0x10ffff) throw pyErr(ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
        out.push(String.fromCodePoint(cp));
        break;
      }
      case 'l': case 'q': out.push(normBig(view.getBigInt64(o, true))); break;
      default: out.push(normBig(view.getBigUint64(o, true)));
    }
  }
  return out;
}

// ---------------------------------------------------------------- construction

function checkTypecode(v: PyObject): string {
  if (typeof v !== 'string' || [...v].length !== 1) {
    throw pyErr(TypeError, `array() argument 1 must be a unicode character, not ${typeOf(v).tpName}`);
  }
  if (!TYPECODES.includes(v)) throw pyErr(ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  return v;
}

function bytesLike(v: PyObject): Uint8Array | null {
  return v instanceof PyBytes ? v.bytes : null;
}

arrayType.newInstance = (cls, args, kw) => {
  if (kw !== null && kw.size && cls === arrayType) throw pyErr(TypeError, 'array.array() takes no keyword arguments');
  if (args.length < 1) throw pyErr(TypeError, 'array() takes at least 1 argument (0 given)');
  if (args.length > 2) throw pyErr(TypeError, `array() takes at most 2 arguments (${args.length} given)`);
  const code = checkTypecode(args[0]);
  const a = new PyArray(cls, code);
  if (args.length === 2) {
    const init = args[1];
    if (typeof init === 'string') {
      if (code !== 'u') throw pyErr(TypeError, `cannot use a str to initialize an array with typecode '${code}'`);
      a.items = [...init];
    } else if (init instanceof PyArray) {
      if (init.typecode === 'u' && code !== 'u') throw pyErr(TypeError, `cannot use a unicode array to initialize an array with typecode '${code}'`);
      a.items = init.items.map((x) => toItem(code, toPy(init.typecode, x)));
    } else {
      const b = bytesLike(init);
      if (b !== null) a.items = fromBytes(code, b);
      else a.items = iterToArray(init).map((v) => toItem(code, v));
    }
  }
  return a;
};

// ---------------------------------------------------------------- methods

function arr(args: PyObject[]): PyArray {
  return args[0] as PyArray;
}

function sameKind(a: PyArray, b: PyObject, what: string): PyArray {
  if (!(b instanceof PyArray)) throw pyErr(TypeError, `can only ${what} array (not "${typeOf(b).tpName}") to array`);
  if (b.typecode !== a.typecode) throw pyErr(TypeError, 'bad argument type for built-in operation');
  return b;
}

function newLike(a: PyArray, items: (number | bigint | string)[]): PyArray {
  const r = new PyArray(arrayType, a.typecode);
  r.items = items;
  return r;
}

function index(a: PyArray, k: PyObject, msg: string): number {
  if (typeof k !== 'number' && typeof k !== 'boolean' && typeof k !== 'bigint' && userSpecial(k, '__index__') === undefined && !(k instanceof PyBoxed)) {
    throw pyErr(TypeError, 'array indices must be integers');
  }
  let i = asIndex(k);
  if (i < 0) i += a.items.length;
  if (i < 0 || i >= a.items.length) throw pyErr(IndexError, msg);
  return i;
}

defExtMethod(arrayType, '__len__', (args) => arr(args).items.length);
defExtMethod(arrayType, '__bool__', (args) => arr(args).items.length > 0);
const arrayIterType = addIteratorProtocol(new PyType('arrayiterator', [objectType]));
arrayIterType.newInstance = null;
defExtMethod(arrayType, '__iter__', (args) => {
  // Iterates the live array (items appended meanwhile are seen, as in CPython).
  const a = arr(args);
  let i = 0;
  return new FnIter(arrayIterType, () => (i < a.items.length ? toPy(a.typecode, a.items[i++]) : undefined));
});

defExtMethod(arrayType, '__getitem__', (args) => {
  const a = arr(args);
  const k = args[1];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, a.items.length);
    const out: (number | bigint | string)[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(a.items[j]);
    return newLike(a, out);
  }
  return toPy(a.typecode, a.items[index(a, k, 'array index out of range')]);
});
defExtMethod(arrayType, '__setitem__', (args) => {
  const a = arr(args);
  const k = args[1];
  if (k instanceof PySlice) {
    const v = args[2];
    if (!(v instanceof PyArray)) throw pyErr(TypeError, `can only assign array (not "${typeOf(v).tpName}") to array slice`);
    if (v.typecode !== a.typecode) throw pyErr(TypeError, 'bad argument type for built-in operation');
    const src = v.items.slice();
    const [start, stop, step, n] = sliceIndices(k, a.items.length);
    if (step === 1) {
      a.items.splice(start, Math.max(0, stop - start), ...src);
    } else {
      if (src.length !== n) throw pyErr(ValueError, `attempt to assign array of size ${src.length} to extended slice of size ${n}`);
      for (let i = 0, j = start; i < n; i++, j += step) a.items[j] = src[i];
    }
    return None;
  }
  const i = index(a, k, 'array assignment index out of range');
  a.items[i] = toItem(a.typecode, args[2]);
  return None;
});
defExtMethod(arrayType, '__delitem__', (args) => {
  const a = arr(args);
  const k = args[1];
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, a.items.length);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    a.items = a.items.filter((_, j) => !drop.has(j));
    return None;
  }
  a.items.splice(index(a, k, 'array assignment index out of range'), 1);
  return None;
});
defExtMethod(arrayType, '__contains__', (args) => {
  const a = arr(args);
  return a.items.some((x) => eq(toPy(a.typecode, x), args[1]));
});
defExtMethod(arrayType, '__repr__', (args) => {
  const a = arr(args);
  const name = a.cls === arrayType ? 'array' : a.cls.name;
  if (a.items.length === 0) return `${name}('${a.typecode}')`;
  if (a.typecode === 'u') return `${name}('u', ${strRepr(a.items.join(''))})`;
  const parts = a.typecode === 'f' || a.typecode === 'd' ? a.items.map((x) => floatRepr(x as number)) : a.items.map(String);
  return `${name}('${a.typecode}', [${parts.join(', ')}])`;
});
defExtMethod(arrayType, '__hash__', () => {
  throw pyErr(TypeError, "unhashable type: 'array.array'");
});
defExtMethod(arrayType, '__add__', (args) => {
  const a = arr(args);
  const b = sameKind(a, args[1], 'append');
  return newLike(a, a.items.concat(b.items));
});
defExtMethod(arrayType, '__iadd__', (args) => {
  const a = arr(args);
  const b = sameKind(a, args[1], 'extend');
  a.items.push(...b.items);
  return a;
});
function repeat(a: PyArray, nv: PyObject): (number | bigint | string)[] {
  if (typeof nv !== 'number' && typeof nv !== 'boolean' && typeof nv !== 'bigint' && userSpecial(nv, '__index__') === undefined) {
    throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(nv).tpName}'`);
  }
  const n = asIndex(nv);
  const out: (number | bigint | string)[] = [];
  for (let i = 0; i < n; i++) out.push(...a.items);
  return out;
}
defExtMethod(arrayType, '__mul__', (args) => newLike(arr(args), repeat(arr(args), args[1])));
defExtMethod(arrayType, '__rmul__', (args) => newLike(arr(args), repeat(arr(args), args[1])));
defExtMethod(arrayType, '__imul__', (args) => {
  arr(args).items = repeat(arr(args), args[1]);
  return args[0];
});

function compare(args: PyObject[], op: (c: number) => boolean, eqOnly: boolean): PyObject {
  const a = arr(args), b = args[1];
  if (!(b instanceof PyArray)) return NotImplemented;
  const x = a.items.map((v) => toPy(a.typecode, v));
  const y = b.items.map((v) => toPy(b.typecode, v));
  if (eqOnly && x.length !== y.length) return op(1);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!eq(x[i], y[i])) return op(lessThan(x[i], y[i]) ? -1 : 1);
  }
  return op(x.length - y.length);
}
defExtMethod(arrayType, '__eq__', (args) => compare(args, (c) => c === 0, true));
defExtMethod(arrayType, '__ne__', (args) => compare(args, (c) => c !== 0, true));
defExtMethod(arrayType, '__lt__', (args) => compare(args, (c) => c < 0, false));
defExtMethod(arrayType, '__le__', (args) => compare(args, (c) => c <= 0, false));
defExtMethod(arrayType, '__gt__', (args) => compare(args, (c) => c > 0, false));
defExtMethod(arrayType, '__ge__', (args) => compare(args, (c) => c >= 0, false));

function one(args: PyObject[], name: string): PyObject {
  if (args.length !== 2) throw pyErr(TypeError, `array.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

defExtMethod(arrayType, 'append', (args) => {
  const a = arr(args);
  a.items.push(toItem(a.typecode, one(args, 'append')));
  return None;
});
defExtMethod(arrayType, 'extend', (args) => {
  const a = arr(args);
  const v = one(args, 'extend');
  if (v instanceof PyArray) {
    if (v.typecode !== a.typecode) throw pyErr(TypeError, 'can only extend with array of same kind');
    a.items.push(...v.items);
  } else {
    for (const x of iterToArray(v)) a.items.push(toItem(a.typecode, x));
  }
  return None;
});
defExtMethod(arrayType, 'insert', (args) => {
  const a = arr(args);
  if (args.length !== 3) throw pyErr(TypeError, `insert expected 2 arguments, got ${args.length - 1}`);
  let i = asIndex(args[1]);
  const n = a.items.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  a.items.splice(i, 0, toItem(a.typecode, args[2]));
  return None;
});
defExtMethod(arrayType, 'pop', (args) => {
  const a = arr(args);
  const n = a.items.length;
  let i = args.length > 1 ? asIndex(args[1]) : -1;
  if (n === 0) throw pyErr(IndexError, 'pop from empty array');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw pyErr(IndexError, 'pop index out of range');
  return toPy(a.typecode, a.items.splice(i, 1)[0]);
});
function find(a: PyArray, v: PyObject, start = 0, stop = a.items.length): number {
  for (let i = start; i < Math.min(stop, a.items.length); i++) if (eq(toPy(a.typecode, a.items[i]), v)) return i;
  return -1;
}
defExtMethod(arrayType, 'index', (args) => {
  const a = arr(args);
  if (args.length < 2) throw pyErr(TypeError, `index expected at least 1 argument, got 0`);
  const n = a.items.length;
  const norm = (v: PyObject | undefined, d: number) => {
    if (v === undefined) return d;
    let i = asIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return i;
  };
  const i = find(a, args[1], norm(args[2], 0), norm(args[3], n));
  if (i < 0) throw pyErr(ValueError, 'array.index(x): x not in array');
  return i;
});
defExtMethod(arrayType, 'count', (args) => {
  const a = arr(args);
  const v = one(args, 'count');
  return a.items.filter((x) => eq(toPy(a.typecode, x), v)).length;
});
defExtMethod(arrayType, 'remove', (args) => {
  const a = arr(args);
  const i = find(a, one(args, 'remove'));
  if (i < 0) throw pyErr(ValueError, 'array.remove(x): x not in array');
  a.items.splice(i, 1);
  return None;
});
defExtMethod(arrayType, 'reverse', (args) => {
  arr(args).items.reverse();
  return None;
});
defExtMethod(arrayType, 'tolist', (args) => {
  const a = arr(args);
  return new PyList(a.items.map((x) => toPy(a.typecode, x)));
});
defExtMethod(arrayType, 'fromlist', (args) => {
  const a = arr(args);
  const v = one(args, 'fromlist');
  if (!(v instanceof PyList)) throw pyErr(TypeError, 'arg must be list');
  const add = v.items.map((x) => toItem(a.typecode, x));
  a.items.push(...add);
  return None;
});
defExtMethod(arrayType, 'tobytes', (args) => new PyBytes(toBytes(arr(args))));
defExtMethod(arrayType, 'frombytes', (args) => {
  const a = arr(args);
  const v = one(args, 'frombytes');
  const b = bytesLike(v) ?? (v instanceof PyArray ? toBytes(v) : null);
  if (b === null) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(v).tpName}'`);
  a.items.push(...fromBytes(a.typecode, b));
  return None;
});
defExtMethod(arrayType, 'tounicode', (args) => {
  const a = arr(args);
  if (a.typecode !== 'u') throw pyErr(ValueError, 'tounicode() may only be called on unicode type arrays');
  return a.items.join('');
});
defExtMethod(arrayType, 'fromunicode', (args) => {
  const a = arr(args);
  const v = one(args, 'fromunicode');
  if (typeof v !== 'string') throw pyErr(TypeError, `fromunicode() argument must be str, not ${typeOf(v).tpName}`);
  if (a.typecode !== 'u') throw pyErr(ValueError, 'fromunicode() may only be called on unicode type arrays');
  a.items.push(...v);
  return None;
});
defExtMethod(arrayType, 'byteswap', (args) => {
  const a = arr(args);
  const size = ITEMSIZE[a.typecode];
  const b = toBytes(a);
  for (let o = 0; o < b.length; o += size) b.subarray(o, o + size).reverse();
  a.items = fromBytes(a.typecode, b);
  return None;
});
defExtMethod(arrayType, 'buffer_info', (args) => new PyTuple([0x7f0000100000, arr(args).items.length]));
defExtMethod(arrayType, '__copy__', (args) => newLike(arr(args), arr(args).items.slice()));
defExtMethod(arrayType, '__deepcopy__', (args) => newLike(arr(args), arr(args).items.slice()));
defExtMethod(arrayType, '__reduce_ex__', (args) => {
  const a = arr(args);
  return new PyTuple([arrayType, new PyTuple([a.typecode, new PyList(a.items.map((x) => toPy(a.typecode, x)))])]);
});
arrayType.dict.set('typecode', new PyProperty(new PyBuiltin('typecode', (a) => (a[0] as PyArray).typecode), None, None, None));
arrayType.dict.set('itemsize', new PyProperty(new PyBuiltin('itemsize', (a) => ITEMSIZE[(a[0] as PyArray).typecode]), None, None, None));

/** The array module. */
export function makeArrayModule(): PyModule {
  const m = new PyModule('array');
  m.dict.setStr('array', arrayType);
  m.dict.setStr('ArrayType', arrayType);
  m.dict.setStr('typecodes', TYPECODES);
  return m;
}
