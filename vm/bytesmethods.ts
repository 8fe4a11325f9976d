// Methods of bytes and bytearray (CPython's bytesobject.c, bytearrayobject.c). Most reuse the
// str algorithms on a latin1 view: one char per byte.

import { callObject } from './call';
import { bytearrayType, fromLatin1, isByteArray, latin1, PyBytes } from './objects/bytes';
import { pyErr, TypeError, ValueError, IndexError } from './objects/exceptions';
import { PyBuiltin, PyClassMethod, defMethod } from './objects/function';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { bytesType, strType, typeOf, type PyObject, type PyType } from './objects/type';
import { asIndex, iterToArray } from './ops';
import { codecArgs, decode, encode, lookupCodec } from './codecs';

/** A bytes-like argument as a latin1 string. */
function arg(v: PyObject, what = 'a bytes-like object is required'): string {
  if (v instanceof PyBytes) return latin1(v.bytes);
  throw pyErr(TypeError, `${what}, not '${typeOf(v).tpName}'`);
}

function toArg(v: PyObject | undefined): PyObject | undefined {
  if (v === undefined || v === None) return v;
  if (v instanceof PyBytes) return latin1(v.bytes);
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => toArg(x)!));
  return v;
}

/** A str result mapped back: strings become bytes of the receiver's kind. */
function back(v: PyObject, like: PyBytes): PyObject {
  if (typeof v === 'string') return new PyBytes(fromLatin1(v), isByteArray(like) ? like.cls : undefined);
  if (v instanceof PyList) return new PyList(v.items.map((x) => back(x, like)));
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => back(x, like)));
  return v;
}

const VIA_STR = [
  'upper', 'lower', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'replace', 'find', 'rfind', 'index', 'rindex',
  'count', 'startswith', 'endswith', 'partition', 'rpartition', 'center', 'ljust', 'rjust', 'zfill', 'title',
  'capitalize', 'swapcase', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'splitlines',
  'removeprefix', 'removesuffix', 'expandtabs',
];

function install(t: PyType): void {
  for (const name of VIA_STR) {
    defMethod(t, name, (args, kw) => {
      // Looked up at call time: str.ts may not be initialised when this module loads.
      const m = strType.dict.get(name) as PyBuiltin;
      const self = args[0] as PyBytes;
      const sargs = [latin1(self.bytes), ...args.slice(1).map((a) => toArg(a)!)];
      let skw: Map<string, PyObject> | null = null;
      if (kw) {
        skw = new Map();
        for (const [k, v] of kw) skw.set(k, toArg(v)!);
      }
      return back(callObject(m, sargs, skw), self);
    });
  }
  defMethod(t, 'decode', (args, kw) => {
    const [encoding, errors] = codecArgs('decode', args, 1, kw);
    return decode((args[0] as PyBytes).bytes, lookupCodec(encoding), errors);
  });
  defMethod(t, 'hex', (args) => Array.from((args[0] as PyBytes).bytes, (x) => x.toString(16).padStart(2, '0')).join(''));
  defMethod(t, 'join', (args) => {
    const self = args[0] as PyBytes;
    const parts = iterToArray(args[1]).map((p, i) => arg(p, `sequence item ${i}: expected a bytes-like object`));
    return back(parts.join(latin1(self.bytes)), self);
  });
  t.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', (args) => {
    const s = String(args[1]).replace(/\s+/g, '');
    if (s.length % 2 || /[^0-9a-fA-F]/.test(s)) throw pyErr(ValueError, 'non-hexadecimal number found in fromhex() arg');
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
    return new PyBytes(out, args[0] === bytesType ? undefined : (args[0] as PyType));
  })));
}

install(bytesType);
install(bytearrayType);

function byteValue(v: PyObject): number {
  const n = asIndex(v);
  if (n < 0 || n > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
  return n;
}

function ba(args: PyObject[]): PyBytes {
  return args[0] as PyBytes;
}

defMethod(bytearrayType, 'append', (args) => {
  const b = ba(args);
  const out = new Uint8Array(b.bytes.length + 1);
  out.set(b.bytes);
  out[b.bytes.length] = byteValue(args[1]);
  b.bytes = out;
  return None;
}, ['o']);
defMethod(bytearrayType, 'extend', (args) => {
  const b = ba(args);
  const more = args[1] instanceof PyBytes ? Array.from(args[1].bytes) : iterToArray(args[1]).map(byteValue);
  b.bytes = Uint8Array.from([...b.bytes, ...more]);
  return None;
}, ['o']);
defMethod(bytearrayType, 'pop', (args) => {
  const b = ba(args);
  if (b.bytes.length === 0) throw pyErr(IndexError, 'pop from empty bytearray');
  let i = args.length > 1 ? asIndex(args[1]) : b.bytes.length - 1;
  if (i < 0) i += b.bytes.length;
  if (i < 0 || i >= b.bytes.length) throw pyErr(IndexError, 'pop index out of range');
  const v = b.bytes[i];
  b.bytes = Uint8Array.from([...b.bytes.subarray(0, i), ...b.bytes.subarray(i + 1)]);
  return v;
});
defMethod(bytearrayType, 'insert', (args) => {
  const b = ba(args);
  let i = asIndex(args[1]);
  if (i < 0) i = Math.max(0, i + b.bytes.length);
  const arr = Array.from(b.bytes);
  arr.splice(Math.min(i, arr.length), 0, byteValue(args[2]));
  b.bytes = Uint8Array.from(arr);
  return None;
});
defMethod(bytearrayType, 'reverse', (args) => {
  ba(args).bytes.reverse();
  return None;
}, ['noargs']);
defMethod(bytearrayType, 'clear', (args) => {
  ba(args).bytes = new Uint8Array(0);
  return None;
}, ['noargs']);
defMethod(bytearrayType, 'copy', (args) => new PyBytes(ba(args).bytes.slice(), bytearrayType), ['noargs']);

/** bytearray[i] = v (and slices), for ops.setItem. */
export function byteArraySetItem(b: PyBytes, k: PyObject, v: PyObject): void {
  if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint') {
    let i = asIndex(k);
    if (i < 0) i += b.bytes.length;
    if (i < 0 || i >= b.bytes.length) throw pyErr(IndexError, 'bytearray index out of range');
    b.bytes[i] = byteValue(v);
    return;
  }
  throw pyErr(TypeError, `bytearray indices must be integers or slices, not ${typeOf(k).tpName}`);
}

/** bytes(x) / bytearray(x) contents. */
export function bytesFrom(args: PyObject[], kw: Map<string, PyObject> | null): Uint8Array {
  const x = args[0] ?? kw?.get('source');
  if (x === undefined) return new Uint8Array(0);
  if (typeof x === 'string') {
    const enc = args[1] ?? kw?.get('encoding');
    if (enc === undefined) throw pyErr(TypeError, 'string argument without an encoding');
    const [encoding, errors] = codecArgs('bytes', [x, enc, args[2] ?? kw?.get('errors') ?? 'strict'], 1, null);
    return encode(x, lookupCodec(encoding), errors);
  }
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') {
    const n = asIndex(x);
    if (n < 0) throw pyErr(ValueError, 'negative count');
    return new Uint8Array(n);
  }
  if (x instanceof PyBytes) return x.bytes.slice();
  // Objects with a buffer (array.array) give their memory, as CPython's buffer protocol.
  const buffer = (x as { bufferBytes?: () => Uint8Array }).bufferBytes;
  if (typeof buffer === 'function') return buffer.call(x).slice();
  return Uint8Array.from(iterToArray(x).map((v) => {
    const n = asIndex(v);
    if (n < 0 || n > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
    return n;
  }));
}

