// bytes (CPython's bytesobject.c): an immutable Uint8Array.

import { bytesType, PyObj } from './type';

export class PyBytes extends PyObj {
  constructor(readonly bytes: Uint8Array) {
    super();
  }
}
PyBytes.prototype.cls = bytesType;

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
