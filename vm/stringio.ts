// In-memory streams (CPython's _io/stringio.c and bytesio.c): io.StringIO over a str and
// io.BytesIO over a growable byte array, with the same read/write/seek behaviour as files.

import { defExtMethod, PyBuiltin } from './objects/function';
import { PyBytes } from './objects/bytes';
import { OSError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { None } from './objects/none';
import { typeOf, type PyObject, type PyType } from './objects/type';
import { bufferedIOBaseType, bytesLike, PyStream, streamType, textIOBaseType } from './iobase';
import { lineEnd, newlineMode, translateNewlines, type Newline } from './fileio';

export const stringIOType = streamType('StringIO', textIOBaseType);
export const bytesIOType = streamType('BytesIO', bufferedIOBaseType);

/** io.StringIO: text in a str; appends are collected in parts and joined on demand. */
export class PyStringIO extends PyStream {
  readonly text = true;
  private buf = '';
  private parts: string[] = [];
  pos = 0;
  newline: Newline = { read: '\n', write: '\n' };
  /** newline=None: '\r\n' and '\r' become '\n' as they are written. */
  translateOnWrite = false;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  override closedMessage(op: string): string | null {
    if (op === 'flush') return null;
    return op.startsWith('iobase:') ? 'I/O operation on closed file.' : 'I/O operation on closed file';
  }
  value(): string {
    if (this.parts.length) {
      this.buf += this.parts.join('');
      this.parts = [];
    }
    return this.buf;
  }
  private length(): number {
    return this.parts.length ? this.value().length : this.buf.length;
  }
  override readable(): boolean {
    return true;
  }
  override writable(): boolean {
    return true;
  }
  override seekable(): boolean {
    return true;
  }
  override read(n: number): PyObject {
    const v = this.value();
    const end = n < 0 ? v.length : Math.min(v.length, this.pos + n);
    if (this.pos >= end) return '';
    const s = v.slice(this.pos, end);
    this.pos = end;
    return s;
  }
  override readline(limit: number): PyObject {
    const v = this.value();
    if (this.pos >= v.length) return '';
    let end = lineEnd(v, this.pos, this.newline.read === null ? '' : this.newline.read, true);
    if (end < 0) end = v.length;
    if (limit >= 0 && this.pos + limit < end) end = this.pos + limit;
    const s = v.slice(this.pos, end);
    this.pos = end;
    return s;
  }
  override write(v: PyObject): number {
    if (typeof v !== 'string') throw pyErr(TypeError, `string argument expected, got '${typeOf(v).tpName}'`);
    const n = v.length;
    let s = this.translateOnWrite ? translateNewlines(v) : v;
    if (this.newline.write !== '\n') s = s.replace(/\n/g, this.newline.write);
    const len = this.parts.length ? this.length() : this.buf.length;
    if (this.pos === len) {
      this.parts.push(s);
    } else {
      let cur = this.value();
      if (this.pos > cur.length) cur += '\0'.repeat(this.pos - cur.length);
      this.buf = cur.slice(0, this.pos) + s + cur.slice(this.pos + s.length);
    }
    this.pos += s.length;
    return n;
  }
  override seek(offset: number, whence: number): number {
    if (whence === 0 && offset < 0) throw pyErr(ValueError, `Negative seek position ${offset}`);
    if (whence === 1 && offset !== 0) throw pyErr(OSError, "Can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) throw pyErr(OSError, "Can't do nonzero end-relative seeks");
    if (whence === 2) this.pos = this.length();
    else if (whence === 0) this.pos = offset;
    return this.pos;
  }
  override tell(): number {
    return this.pos;
  }
  override truncate(size: number | null): number {
    const n = size ?? this.pos;
    if (n < 0) throw pyErr(ValueError, `Negative size value ${n}`);
    const v = this.value();
    if (n < v.length) this.buf = v.slice(0, n);
    return n;
  }
}

stringIOType.newInstance = (cls) => new PyStringIO(cls);
defExtMethod(stringIOType, '__init__', (args, kw) => {
  const s = args[0] as PyStringIO;
  const initial = args[1] ?? kw?.get('initial_value') ?? '';
  const newline = args[2] ?? kw?.get('newline') ?? '\n';
  if (initial !== None && typeof initial !== 'string') {
    throw pyErr(TypeError, `initial_value must be str or None, not ${typeOf(initial).tpName}`);
  }
  s.newline = newlineMode(newline);
  s.translateOnWrite = newline === None;
  s.pos = 0;
  if (typeof initial === 'string' && initial !== '') {
    s.write(initial);
    s.pos = 0;
  }
  return None;
});
defExtMethod(stringIOType, 'getvalue', (args) => {
  const s = args[0] as PyStringIO;
  s.ensure('getvalue');
  return s.value();
});

/** io.BytesIO: bytes in a growable array. */
export class PyBytesIO extends PyStream {
  readonly text = false;
  data = new Uint8Array(64);
  size = 0;
  pos = 0;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  override closedMessage(op: string): string | null {
    return op === 'iobase:__iter__' ? null : 'I/O operation on closed file.';
  }
  value(): Uint8Array {
    return this.data.slice(0, this.size);
  }
  override readable(): boolean {
    return true;
  }
  override writable(): boolean {
    return true;
  }
  override seekable(): boolean {
    return true;
  }
  override read(n: number): PyObject {
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const out = this.pos >= end ? new Uint8Array(0) : this.data.slice(this.pos, end);
    this.pos = Math.max(this.pos, end);
    return new PyBytes(out);
  }
  override readline(limit: number): PyObject {
    if (this.pos >= this.size) return new PyBytes(new Uint8Array(0));
    const nl = this.data.subarray(0, this.size).indexOf(10, this.pos);
    let end = nl < 0 ? this.size : nl + 1;
    if (limit >= 0 && this.pos + limit < end) end = this.pos + limit;
    const out = this.data.slice(this.pos, end);
    this.pos = end;
    return new PyBytes(out);
  }
  override write(v: PyObject): number {
    const b = bytesLike(v);
    const end = this.pos + b.length;
    if (end > this.data.length) {
      const grown = new Uint8Array(Math.max(end, this.data.length * 2));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    }
    this.data.set(b, this.pos);
    this.pos = end;
    if (end > this.size) this.size = end;
    return b.length;
  }
  override seek(offset: number, whence: number): number {
    if (whence === 0 && offset < 0) throw pyErr(ValueError, `negative seek value ${offset}`);
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.size;
    this.pos = Math.max(0, base + offset);
    return this.pos;
  }
  override tell(): number {
    return this.pos;
  }
  override truncate(size: number | null): number {
    const n = size ?? this.pos;
    if (n < 0) throw pyErr(ValueError, `negative size value ${n}`);
    if (n < this.size) this.size = n;
    return n;
  }
}

bytesIOType.newInstance = (cls) => new PyBytesIO(cls);
defExtMethod(bytesIOType, '__init__', (args, kw) => {
  const s = args[0] as PyBytesIO;
  const initial = args[1] ?? kw?.get('initial_bytes') ?? None;
  s.size = 0;
  s.pos = 0;
  if (initial !== None) {
    s.write(initial);
    s.pos = 0;
  }
  return None;
});
defExtMethod(bytesIOType, 'getvalue', (args) => {
  const s = args[0] as PyBytesIO;
  s.ensure('getvalue');
  return new PyBytes(s.value());
});
bytesIOType.dict.set('getbuffer', new PyBuiltin('getbuffer', (args) => new PyBytes((args[0] as PyBytesIO).value())));
