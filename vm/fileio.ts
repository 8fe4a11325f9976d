// Files on the host (CPython's _io FileIO, Buffered* and TextIOWrapper): open() returns a
// PyBinaryFile or a PyTextFile over a HostRaw, a descriptor from host.fs with our own position.
// Writes are buffered and flushed before any other file operation, so the program never sees stale
// data, and at exit (flushFiles).

import type { HostFS } from './host';
import { PyBytes } from './objects/bytes';
import { pyErr, TypeError, ValueError } from './objects/exceptions';
import type { PyObject, PyType } from './objects/type';
import { bufferedIOBaseType, bytesLike, defGetter, PyStream, rawIOBaseType, streamType, textIOBaseType, unsupported } from './iobase';
import { hostCall, osError } from './oserror';
import { decode, encode, utf8Boundary, type Codec } from './codecs';
import { None } from './objects/none';
import { repr } from './repr';
import { defExtMethod } from './objects/function';
import { getAttr } from './attributes';

const CHUNK = 8192;
const WRITE_BUFFER = 1 << 16;

/** Files with buffered writes not yet on the host. */
const dirty = new Set<HostRaw>();

/** Write every file's buffered data to the host (before another file operation, and at exit). */
export function flushFiles(): void {
  for (const f of [...dirty]) f.flushWrites();
}

/** An open host descriptor with its position and write buffer. */
export class HostRaw {
  pos = 0;
  private wbuf: Uint8Array[] = [];
  private wlen = 0;
  private wstart = 0;
  constructor(
    readonly fs: HostFS,
    readonly fd: number,
    readonly name: PyObject,
    readonly append: boolean,
  ) {}

  flushWrites(): void {
    if (this.wlen === 0) return;
    const data = this.wbuf.length === 1 ? this.wbuf[0] : concat(this.wbuf, this.wlen);
    this.wbuf = [];
    this.wlen = 0;
    dirty.delete(this);
    hostCall(() => this.fs.write(this.fd, data, this.append ? null : this.wstart));
  }

  write(data: Uint8Array): void {
    if (data.length === 0) return;
    if (this.wlen > 0 && !this.append && this.pos !== this.wstart + this.wlen) this.flushWrites();
    if (this.wlen === 0) {
      this.wstart = this.pos;
      dirty.add(this);
    }
    this.wbuf.push(data.slice());
    this.wlen += data.length;
    this.pos += data.length;
    if (this.wlen >= WRITE_BUFFER) this.flushWrites();
  }

  /** Up to `n` bytes from the position (fewer only at the end of the file). */
  read(n: number): Uint8Array {
    flushFiles();
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const k = hostCall(() => this.fs.read(this.fd, out.subarray(got), this.pos));
      if (k === 0) break;
      got += k;
      this.pos += k;
    }
    return got === n ? out : out.slice(0, got);
  }

  /** Everything from the position to the end. */
  readAll(): Uint8Array {
    const size = this.size();
    const parts: Uint8Array[] = [];
    let total = 0;
    // The file may grow while we read (or be a pipe): read until the host says the end.
    for (let want = Math.max(size - this.pos, 0) + 1; ; want = CHUNK) {
      const part = this.read(want);
      if (part.length === 0) break;
      parts.push(part);
      total += part.length;
      if (part.length < want) break;
    }
    return parts.length === 1 ? parts[0] : concat(parts, total);
  }

  size(): number {
    flushFiles();
    return hostCall(() => this.fs.size(this.fd));
  }

  tell(): number {
    if (this.append) this.pos = Math.max(this.pos, this.size());
    return this.pos;
  }

  seek(offset: number, whence: number): number {
    this.flushWrites();
    const base = whence === 0 ? 0 : whence === 1 ? this.tell() : this.size();
    const pos = base + offset;
    if (pos < 0) throw osError('EINVAL');
    this.pos = pos;
    return pos;
  }

  truncate(size: number): void {
    this.flushWrites();
    hostCall(() => this.fs.truncate(this.fd, size));
  }

  close(): void {
    try {
      this.flushWrites();
    } finally {
      hostCall(() => this.fs.close(this.fd));
    }
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** What open() decided from the mode string. */
export interface FileMode {
  readable: boolean;
  writable: boolean;
  /** The mode as the file object reports it (f.mode). */
  mode: string;
}

// ---------------------------------------------------------------- binary files

export const fileIOType = streamType('FileIO', rawIOBaseType);
export const bufferedReaderType = streamType('BufferedReader', bufferedIOBaseType);
export const bufferedWriterType = streamType('BufferedWriter', bufferedIOBaseType);
export const bufferedRandomType = streamType('BufferedRandom', bufferedIOBaseType);
export const textIOWrapperType = streamType('TextIOWrapper', textIOBaseType);

/** What binary and text files share: the host file, its mode, and the file primitives over it. */
abstract class PyHostFile extends PyStream {
  constructor(readonly raw: HostRaw, readonly how: FileMode) {
    super();
  }
  override readable(): boolean {
    return this.how.readable;
  }
  override writable(): boolean {
    return this.how.writable;
  }
  override seekable(): boolean {
    return true;
  }
  override fileno(): number {
    return this.raw.fd;
  }
  override flush(): void {
    this.raw.flushWrites();
  }
  override close(): void {
    if (this.closed) return;
    this.closed = true;
    this.raw.close();
  }
}

/** A binary file: read() returns bytes, write() takes bytes-like objects. */
export class PyBinaryFile extends PyHostFile {
  readonly text = false;
  constructor(cls: PyType, raw: HostRaw, how: FileMode) {
    super(raw, how);
    this.cls = cls;
  }
  override ensure(op: string): void {
    // A binary file says it cannot read or write before it says it is closed.
    if ((op === 'read' || op === 'readline') && !this.how.readable) throw unsupported('read');
    if (op === 'write' && !this.how.writable) throw unsupported('write');
    super.ensure(op);
  }
  override closedMessage(op: string): string {
    switch (op) {
      case 'read': return 'read of closed file';
      case 'readline': return 'readline of closed file';
      case 'write': return 'write to closed file';
      case 'seek': return 'seek of closed file';
      case 'truncate': return 'truncate of closed file';
      case 'flush': return this.how.writable ? 'flush of closed file' : 'I/O operation on closed file.';
      case 'tell': case 'readable': case 'writable': case 'seekable': case 'fileno': case 'isatty':
        return 'I/O operation on closed file';
    }
    return 'I/O operation on closed file.';
  }
  override cannot(what: 'read' | 'write'): string {
    return what;
  }
  override read(n: number): PyObject {
    return new PyBytes(n < 0 ? this.raw.readAll() : this.raw.read(n));
  }
  override readline(limit: number): PyObject {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const want = limit >= 0 ? Math.min(CHUNK, limit - total) : CHUNK;
      if (want === 0) break;
      const start = this.raw.pos;
      const chunk = this.raw.read(want);
      const nl = chunk.indexOf(10);
      if (nl >= 0) {
        parts.push(chunk.subarray(0, nl + 1));
        total += nl + 1;
        this.raw.pos = start + nl + 1;
        break;
      }
      parts.push(chunk);
      total += chunk.length;
      if (chunk.length < want) break;
    }
    return new PyBytes(concat(parts, total));
  }
  override write(v: PyObject): number {
    const b = bytesLike(v);
    this.raw.write(b);
    return b.length;
  }
  override seek(offset: number, whence: number): number {
    return this.raw.seek(offset, whence);
  }
  override tell(): number {
    return this.raw.tell();
  }
  override truncate(size: number | null): number {
    const n = size ?? this.raw.tell();
    this.raw.truncate(n);
    return n;
  }
}

for (const t of [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  defGetter(t, 'name', (s) => (s as PyBinaryFile).raw.name);
  defGetter(t, 'mode', (s) => (s as PyBinaryFile).how.mode);
  const closefd = t === fileIOType ? ' closefd=True' : '';
  const mode = (f: PyBinaryFile) => (t === fileIOType ? ` mode=${repr(f.how.mode)}` : '');
  defExtMethod(t, '__repr__', (args) => {
    const f = args[0] as PyBinaryFile;
    return `<_io.${t.name} name=${repr(f.raw.name)}${mode(f)}${closefd}>`;
  });
}

// ---------------------------------------------------------------- text files

/** Newline handling of a text stream (CPython's TextIOWrapper newline argument). */
export interface Newline {
  /** null: universal newlines translated to '\n'; '': universal, untranslated; else that ending only. */
  read: string | null;
  /** What '\n' becomes when written ('\n': unchanged). */
  write: string;
}

export function newlineMode(v: PyObject): Newline {
  if (v === None) return { read: null, write: '\n' };
  if (typeof v !== 'string') throw pyErr(TypeError, `open() argument 'newline' must be str or None, not ${repr(v)}`);
  if (v !== '' && v !== '\n' && v !== '\r' && v !== '\r\n') throw pyErr(ValueError, `illegal newline value: ${v}`);
  return { read: v, write: v === '' ? '\n' : v };
}

/** Where the line ending at or after `from` ends in `p` under newline mode `nl`, or -1 when more
 * text is needed to know (`eof`: no more text will come). */
export function lineEnd(p: string, from: number, nl: string | null, eof: boolean): number {
  if (nl === null || nl === '') {
    for (let i = from; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 < p.length) return p.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        return eof ? i + 1 : -1;
      }
    }
    return -1;
  }
  const i = p.indexOf(nl, from);
  return i < 0 ? -1 : i + nl.length;
}

/** Universal newlines: '\r\n' and '\r' read as '\n'. */
export function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** How many characters of untranslated `p` make `n` characters once '\r\n' reads as one. */
export function untranslatedLength(p: string, n: number): number {
  let i = 0;
  for (let out = 0; out < n && i < p.length; out++) i += p.charCodeAt(i) === 13 && p.charCodeAt(i + 1) === 10 ? 2 : 1;
  return i;
}

/** A text file: str in and out through an encoding, with newline translation. */
export class PyTextFile extends PyHostFile {
  readonly text = true;
  /** Decoded text read ahead of the position, untranslated. */
  private pending = '';
  /** Bytes read but not yet decoded (an unfinished UTF-8 sequence). */
  private undecoded = new Uint8Array(0);
  private eof = false;
  private scanned = 0;
  constructor(
    raw: HostRaw,
    how: FileMode,
    readonly codec: Codec,
    readonly encoding: string,
    readonly errors: string,
    readonly newline: Newline,
  ) {
    super(raw, how);
    this.cls = textIOWrapperType;
  }

  /** Read and decode the next chunk (or all the rest); false at the end of the file. */
  private fetch(all = false): boolean {
    if (this.eof) return false;
    const bytes = all ? this.raw.readAll() : this.raw.read(CHUNK);
    if (bytes.length === 0 || all) this.eof = true;
    let data = bytes;
    if (this.undecoded.length) data = concat([this.undecoded, bytes], this.undecoded.length + bytes.length);
    const cut = this.eof || this.codec !== 'utf-8' ? data.length : utf8Boundary(data);
    this.undecoded = data.slice(cut);
    if (cut > 0) this.pending += decode(data.subarray(0, cut), this.codec, this.errors);
    return bytes.length > 0;
  }

  private deliver(s: string): string {
    return this.newline.read === null ? translateNewlines(s) : s;
  }

  override read(n: number): PyObject {
    if (n < 0) {
      this.fetch(true);
      const s = this.pending;
      this.pending = '';
      this.scanned = 0;
      return this.deliver(s);
    }
    while (this.pending.length <= n && this.fetch()) {
      // read ahead one character more than asked, to see a '\n' after a final '\r'
    }
    const take = this.newline.read === null ? untranslatedLength(this.pending, n) : Math.min(n, this.pending.length);
    const s = this.pending.slice(0, take);
    this.pending = this.pending.slice(take);
    this.scanned = 0;
    return this.deliver(s);
  }

  override readline(limit: number): PyObject {
    let end: number;
    for (;;) {
      end = lineEnd(this.pending, this.scanned, this.newline.read, this.eof);
      if (end >= 0) break;
      if (limit >= 0 && this.pending.length > limit + 1) break;
      // Everything before the last character has no line ending (a final '\r' may still pair).
      this.scanned = Math.max(0, this.pending.length - 1);
      if (!this.fetch()) {
        end = this.pending.length;
        break;
      }
    }
    if (end < 0) end = this.pending.length;
    if (limit >= 0) {
      const most = this.newline.read === null ? untranslatedLength(this.pending, limit) : limit;
      if (most < end) end = most;
    }
    const s = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    this.scanned = 0;
    return this.deliver(s);
  }

  /** Drop the read-ahead and put the raw position where the reader is. */
  private sync(): void {
    if (this.pending === '' && this.undecoded.length === 0) {
      this.eof = false;
      return;
    }
    this.raw.pos = this.tell();
    this.pending = '';
    this.undecoded = new Uint8Array(0);
    this.scanned = 0;
    this.eof = false;
  }

  override write(v: PyObject): number {
    if (typeof v !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${v === None ? 'None' : (v as { cls: PyType }).cls?.name ?? typeof v}`);
    this.sync();
    const out = this.newline.write === '\n' ? v : v.replace(/\n/g, this.newline.write);
    this.raw.write(encode(out, this.codec, this.errors));
    return v.length;
  }

  override tell(): number {
    if (this.pending === '' && this.undecoded.length === 0) return this.raw.tell();
    const ahead = this.codec === 'utf-8' ? encode(this.pending, 'utf-8', 'surrogateescape').length : this.pending.length;
    return this.raw.pos - ahead - this.undecoded.length;
  }

  override seek(offset: number, whence: number): number {
    if (whence === 1 && offset !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) throw unsupported("can't do nonzero end-relative seeks");
    if (whence === 0 && offset < 0) throw pyErr(ValueError, `negative seek position ${offset}`);
    if (whence === 1) return this.tell();
    this.pending = '';
    this.undecoded = new Uint8Array(0);
    this.scanned = 0;
    this.eof = false;
    return this.raw.seek(offset, whence);
  }

  override truncate(size: number | null): number {
    this.sync();
    const n = size ?? this.raw.tell();
    this.raw.truncate(n);
    return n;
  }
}

defGetter(textIOWrapperType, 'name', (s) => (s instanceof PyTextFile ? s.raw.name : (s as unknown as { name: PyObject }).name));
defGetter(textIOWrapperType, 'mode', (s) => (s instanceof PyTextFile ? s.how.mode : (s as unknown as { mode: string }).mode));
defGetter(textIOWrapperType, 'encoding', (s) => (s instanceof PyTextFile ? s.encoding : 'utf-8'));
defGetter(textIOWrapperType, 'errors', (s) => (s instanceof PyTextFile ? s.errors : 'strict'));
defGetter(textIOWrapperType, 'newlines', () => None);
defExtMethod(textIOWrapperType, '__repr__', (args) => {
  const f = args[0];
  const get = (name: string) => repr(getAttr(f, name));
  return `<_io.TextIOWrapper name=${get('name')} mode=${get('mode')} encoding=${get('encoding')}>`;
});
defGetter(textIOWrapperType, 'line_buffering', () => false);
