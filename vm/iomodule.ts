// The io module, the open() builtin and the standard streams (CPython's _io/_iomodule.c and the
// sys.std* TextIOWrappers): open() checks its arguments in CPython's order with its messages, then
// asks the host for a descriptor and wraps it in a binary or text file object.

import type { VM } from './eval';
import { PyBuiltin } from './objects/function';
import { PyBytes } from './objects/bytes';
import { pyErr, TypeError, ValueError } from './objects/exceptions';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyObj, typeOf, type PyObject } from './objects/type';
import type { OpenFlags } from './host';
import { bufferedIOBaseType, ioBaseType, PyStream, rawIOBaseType, textIOBaseType, UnsupportedOperation } from './iobase';
import {
  bufferedRandomType, bufferedReaderType, bufferedWriterType, fileIOType, flushFiles, HostRaw,
  newlineMode, PyBinaryFile, PyTextFile, textIOWrapperType,
  type FileMode,
} from './fileio';
import { bytesIOType, stringIOType } from './stringio';
import { hostCall, osError } from './oserror';
import { lookupCodec } from './codecs';
import { decode } from './codecs';
import { callSpecial, userSpecial } from './ops';

// ---------------------------------------------------------------- sys.stdin, stdout, stderr

/**
 * sys.stdin (fd 0), sys.stdout (1) and sys.stderr (2): text streams on the host's console. As in
 * CPython on POSIX, their newline is '\n': lines end at '\n' only and nothing is translated.
 */
export class PyStdStream extends PyStream {
  readonly text = true;
  /** Standard input read from the host but not yet returned. */
  private pending = '';
  private eof = false;
  readonly name: string;
  readonly mode: string;
  constructor(readonly vm: VM, readonly fd: 0 | 1 | 2) {
    super();
    this.cls = textIOWrapperType;
    this.name = ['<stdin>', '<stdout>', '<stderr>'][fd];
    this.mode = fd === 0 ? 'r' : 'w';
  }
  override readable(): boolean {
    return this.fd === 0;
  }
  override writable(): boolean {
    return this.fd !== 0;
  }
  override fileno(): number {
    return this.fd;
  }
  /** One more line from the host into `pending`; false at the end of input. */
  private more(): boolean {
    if (this.eof) return false;
    const line = this.vm.host.readLine?.() ?? null;
    if (line === null) {
      this.eof = true;
      return false;
    }
    this.pending += line;
    return true;
  }
  override read(n: number): PyObject {
    this.vm.flush();
    while ((n < 0 || this.pending.length < n) && this.more()) {
      // whole lines until there is enough
    }
    const take = n < 0 ? this.pending.length : Math.min(n, this.pending.length);
    const s = this.pending.slice(0, take);
    this.pending = this.pending.slice(take);
    return s;
  }
  override readline(limit: number): PyObject {
    this.vm.flush();
    let end = this.pending.indexOf('\n');
    while (end < 0 && (limit < 0 || this.pending.length < limit) && this.more()) end = this.pending.indexOf('\n');
    end = end < 0 ? this.pending.length : end + 1;
    if (limit >= 0) end = Math.min(end, limit);
    const s = this.pending.slice(0, end);
    this.pending = this.pending.slice(end);
    return s;
  }
  override write(v: PyObject): number {
    if (typeof v !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeOf(v).tpName}`);
    if (this.fd === 2) this.vm.writeStderr(v);
    else this.vm.writeStdout(v);
    return v.length;
  }
  override flush(): void {
    this.vm.flush();
  }
  override close(): void {
    this.flush();
    this.closed = true;
  }
}

// ---------------------------------------------------------------- open()

/** A path argument as a host path: str, bytes (UTF-8) or an os.PathLike. */
export function fsPath(v: PyObject, what = 'expected str, bytes or os.PathLike object'): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return decode(v.bytes, 'utf-8', 'surrogateescape');
  const m = v instanceof PyObj ? userSpecial(v, '__fspath__') : undefined;
  if (m !== undefined) {
    const r = callSpecial(m, v, []);
    if (typeof r === 'string' || r instanceof PyBytes) return fsPath(r);
    throw pyErr(TypeError, `expected ${typeOf(v).tpName}.__fspath__() to return str or bytes, not ${typeOf(r).tpName}`);
  }
  throw pyErr(TypeError, `${what}, not ${typeOf(v).tpName}`);
}

const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

function strOrNone(v: PyObject, name: string): string | null {
  if (v === None) return null;
  if (typeof v !== 'string') throw pyErr(TypeError, `open() argument '${name}' must be str or None, not ${typeOf(v).tpName}`);
  return v;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
export function openFile(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const a: (PyObject | undefined)[] = args.slice();
  if (args.length > OPEN_PARAMS.length) throw pyErr(TypeError, `open() takes at most 8 arguments (${args.length} given)`);
  if (kw) {
    for (const [k, v] of kw) {
      const i = OPEN_PARAMS.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for open()`);
      if (a[i] !== undefined) throw pyErr(TypeError, `argument for open() given by name ('${k}') and position (${i + 1})`);
      a[i] = v;
    }
  }
  if (a[0] === undefined) throw pyErr(TypeError, "open() missing required argument 'file' (pos 1)");
  const file = a[0];
  const modeArg = a[1] ?? 'r';
  if (typeof modeArg !== 'string') throw pyErr(TypeError, `open() argument 'mode' must be str, not ${typeOf(modeArg).tpName}`);
  const buffering = a[2] ?? -1;
  const encoding = strOrNone(a[3] ?? None, 'encoding');
  const errors = strOrNone(a[4] ?? None, 'errors');
  const newline = strOrNone(a[5] ?? None, 'newline');
  if (typeof file === 'number' || typeof file === 'boolean') throw osError('EBADF');
  const path = fsPath(file);

  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of modeArg) {
    if (!'rwxabt+'.includes(c) || seen.has(c)) throw pyErr(ValueError, `invalid mode: '${modeArg}'`);
    seen.add(c);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else binary = true;
  }
  if (text && binary) throw pyErr(ValueError, "can't have text and binary mode at once");
  const kinds = +creating + +reading + +writing + +appending;
  if (kinds > 1) throw pyErr(ValueError, 'must have exactly one of create/read/write/append mode');
  if (kinds === 0) throw pyErr(ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== null) throw pyErr(ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw pyErr(ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw pyErr(ValueError, "binary mode doesn't take a newline argument");
  const unbuffered = buffering === 0 || buffering === false;
  if (unbuffered && !binary) throw pyErr(ValueError, "can't have unbuffered text I/O");

  const flags: OpenFlags = creating ? (updating ? 'wx+' : 'wx') : reading ? (updating ? 'r+' : 'r') : writing ? (updating ? 'w+' : 'w') : updating ? 'a+' : 'a';
  const fs = vm.host.fs;
  if (fs === undefined) throw osError('ENOSYS', file);
  flushFiles();
  const fd = hostCall(() => fs.open(path, flags), file);
  const raw = new HostRaw(fs, fd, file, appending);
  if (appending) raw.pos = raw.size();
  const readable = reading || updating;
  const writable = !reading || updating;
  try {
    if (binary) {
      const rawMode = (creating ? 'xb' : appending ? 'ab' : readable && writable ? 'rb' : readable ? 'rb' : 'wb') + (readable && writable ? '+' : '');
      const how: FileMode = { readable, writable, mode: rawMode };
      const cls = unbuffered ? fileIOType : readable && writable ? bufferedRandomType : readable ? bufferedReaderType : bufferedWriterType;
      return new PyBinaryFile(cls, raw, how);
    }
    const codec = lookupCodec(encoding ?? 'utf-8');
    const nl = newlineMode(newline ?? None);
    return new PyTextFile(raw, { readable, writable, mode: modeArg }, codec, encoding ?? 'UTF-8', errors ?? 'strict', nl);
  } catch (e) {
    raw.close();
    throw e;
  }
}

// ---------------------------------------------------------------- the io module

/** The io module (and _io): the stream classes, open, StringIO, BytesIO. */
export function makeIoModule(vm: VM, name = 'io'): PyModule {
  const m = new PyModule(name);
  const d = m.dict;
  d.setStr('open', vm.builtins.getStr('open') ?? new PyBuiltin('open', (args, kw) => openFile(vm, args, kw)));
  d.setStr('StringIO', stringIOType);
  d.setStr('BytesIO', bytesIOType);
  d.setStr('TextIOWrapper', textIOWrapperType);
  d.setStr('FileIO', fileIOType);
  d.setStr('BufferedReader', bufferedReaderType);
  d.setStr('BufferedWriter', bufferedWriterType);
  d.setStr('BufferedRandom', bufferedRandomType);
  d.setStr('IOBase', ioBaseType);
  d.setStr('TextIOBase', textIOBaseType);
  d.setStr('BufferedIOBase', bufferedIOBaseType);
  d.setStr('RawIOBase', rawIOBaseType);
  d.setStr('UnsupportedOperation', UnsupportedOperation);
  d.setStr('SEEK_SET', 0);
  d.setStr('SEEK_CUR', 1);
  d.setStr('SEEK_END', 2);
  d.setStr('DEFAULT_BUFFER_SIZE', 8192);
  return m;
}
