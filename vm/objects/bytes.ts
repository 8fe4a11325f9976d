// bytes and bytearray (CPython's bytesobject.c, bytearrayobject.c): a Uint8Array; methods in bytesmethods.ts.

import { bytesType, objectType, PyObj, PyType } from './type';
import { None } from './none';

/** bytes, and bytearray when cls is bytearrayType (then `bytes` is replaced as it changes). */
export class PyBytes extends PyObj {
  constructor(public bytes: Uint8Array, cls?: PyType) {
    super();
    if (cls !== undefined) this.cls = cls;
  }
}
PyBytes.prototype.cls = bytesType;

export const bytearrayType = new PyType('bytearray', [objectType]);
bytearrayType.dict.set('__hash__', None); // mutable, so unhashable (collections.abc.Hashable says no)

/** Is this a (mutable) bytearray? */
export function isByteArray(b: PyBytes): boolean {
  return b.cls !== bytesType && b.cls.isSubtypeOf(bytearrayType);
}

/** bytes as a string of char codes 0..255 (to reuse the str algorithms). */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/** The bytes of a latin1 string (char codes 0..255). */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** repr(bytes) as CPython: b'...' with \\x escapes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    if (c === 0x5c) out += '\\\\';
    else if (String.fromCharCode(c) === q) out += '\\' + q;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}
