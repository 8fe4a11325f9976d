// The stream protocol shared by files, StringIO/BytesIO and sys.std* (CPython's _io/iobase.c):
// one JS base class with the operations, one Python type holding the methods every stream has.
// Text streams read and write str, binary streams bytes; each subclass implements the primitives.

import { defExtMethod, PyBuiltin, PyProperty } from './objects/function';
import { OSError, PyException, pyErr, StopIteration, TypeError, ValueError } from './objects/exceptions';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { PyObj, objectType, PyType, typeOf, type PyObject } from './objects/type';
import { PyBytes } from './objects/bytes';
import { asIndex, iterToArray } from './ops';

/** io.UnsupportedOperation: both an OSError and a ValueError, as in CPython. */
export const UnsupportedOperation = new PyType('UnsupportedOperation', [OSError, ValueError]);
UnsupportedOperation.dict.set('__module__', 'io');

export function unsupported(what: string): PyException {
  return pyErr(UnsupportedOperation, what);
}

/** A stream. The primitives raise io.UnsupportedOperation unless a subclass provides them. */
export abstract class PyStream extends PyObj {
  closed = false;
  /** str streams (TextIOWrapper, StringIO) versus bytes streams. */
  abstract readonly text: boolean;

  readable(): boolean {
    return false;
  }
  writable(): boolean {
    return false;
  }
  seekable(): boolean {
    return false;
  }
  /** Read up to `n` characters or bytes; all that is left when n < 0. */
  read(_n: number): PyObject {
    throw unsupported('read');
  }
  /** One line with its ending, at most `limit` long when limit >= 0; empty at the end. */
  readline(_limit: number): PyObject {
    throw unsupported('readline');
  }
  /** Write a str (text) or bytes-like object (binary); returns the count written. */
  write(_v: PyObject): number {
    throw unsupported('write');
  }
  seek(_offset: number, _whence: number): number {
    throw unsupported('seek');
  }
  tell(): number {
    throw unsupported('tell');
  }
  truncate(_size: number | null): number {
    throw unsupported('truncate');
  }
  fileno(): number {
    throw unsupported('fileno');
  }
  flush(): void {}
  close(): void {
    if (!this.closed) this.flush();
    this.closed = true;
  }
  /**
   * Check that `op` may run: ValueError on a closed stream, io.UnsupportedOperation when the
   * stream cannot read or write. Ops named 'iobase:NAME' are IOBase's own (readlines, __iter__...).
   */
  ensure(op: string): void {
    if (this.closed) {
      const m = this.closedMessage(op);
      if (m !== null) throw pyErr(ValueError, m);
    }
    if (op === 'read' || op === 'readline') {
      if (!this.readable()) throw unsupported(this.cannot('read'));
    } else if (op === 'write') {
      if (!this.writable()) throw unsupported(this.cannot('write'));
    } else if (op === 'truncate') {
      if (!this.writable()) throw unsupported('truncate');
    }
  }
  /** The message for `op` on a closed stream, or null when it is allowed (each C type words its own). */
  closedMessage(_op: string): string | null {
    return 'I/O operation on closed file.';
  }
  /** io.UnsupportedOperation's message when the stream cannot read or write. */
  cannot(what: 'read' | 'write'): string {
    return what === 'read' ? 'not readable' : 'not writable';
  }
  isEmpty(v: PyObject): boolean {
    return v === '' || (v instanceof PyBytes && v.bytes.length === 0);
  }
}

/** The bytes of a bytes-like argument to a binary write(). */
export function bytesLike(v: PyObject): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

/** A size argument: an int, or None for "all" (-1). */
export function sizeArg(v: PyObject | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  if (typeOf(v).lookup('__index__') === undefined) {
    throw pyErr(TypeError, `argument should be integer or None, not '${typeOf(v).tpName}'`);
  }
  return asIndex(v);
}

/** The Python base type of every stream: io.IOBase's methods, dispatched to the JS class. */
export const ioBaseType = new PyType('_IOBase', [objectType], false);
ioBaseType.dict.set('__module__', '_io');
ioBaseType.newInstance = null;

function self(args: PyObject[]): PyStream {
  return args[0] as PyStream;
}

function def(name: string, fn: (s: PyStream, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject): void {
  defExtMethod(ioBaseType, name, (args, kw) => fn(self(args), args, kw));
}

function arg(args: PyObject[], kw: Map<string, PyObject> | null, i: number, name: string): PyObject | undefined {
  return args[i] ?? kw?.get(name);
}

def('read', (s, args, kw) => {
  s.ensure('read');
  return s.read(sizeArg(arg(args, kw, 1, 'size')));
});
def('readline', (s, args, kw) => {
  s.ensure('readline');
  return s.readline(sizeArg(arg(args, kw, 1, 'size')));
});
def('readlines', (s, args, kw) => {
  s.ensure('iobase:readlines');
  s.ensure('readline');
  const hint = sizeArg(arg(args, kw, 1, 'hint'));
  const lines: PyObject[] = [];
  let total = 0;
  for (;;) {
    const line = s.readline(-1);
    if (s.isEmpty(line)) break;
    lines.push(line);
    total += line instanceof PyBytes ? line.bytes.length : (line as string).length;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
def('write', (s, args) => {
  s.ensure('write');
  if (args.length !== 2) throw pyErr(TypeError, `write() takes exactly one argument (${args.length - 1} given)`);
  return s.write(args[1]);
});
def('writelines', (s, args) => {
  s.ensure('iobase:writelines');
  for (const line of iterToArray(args[1])) {
    s.ensure('write');
    s.write(line);
  }
  return None;
});
def('seek', (s, args, kw) => {
  s.ensure('seek');
  const off = arg(args, kw, 1, 'offset') ?? arg(args, kw, 1, 'cookie');
  if (off === undefined) throw pyErr(TypeError, 'seek expected at least 1 argument, got 0');
  const whence = arg(args, kw, 2, 'whence') ?? 0;
  if (typeof off !== 'number' && typeof off !== 'bigint' && typeof off !== 'boolean') {
    throw pyErr(TypeError, `'${typeOf(off).tpName}' object cannot be interpreted as an integer`);
  }
  const w = asIndex(whence);
  if (w < 0 || w > 2) throw pyErr(ValueError, `invalid whence (${w}, should be 0, 1 or 2)`);
  return s.seek(Number(off), w);
});
def('tell', (s) => {
  s.ensure('tell');
  return s.tell();
});
def('truncate', (s, args, kw) => {
  s.ensure('truncate');
  const size = arg(args, kw, 1, 'size');
  return s.truncate(size === undefined || size === None ? null : asIndex(size));
});
def('flush', (s) => {
  s.ensure('flush');
  s.flush();
  return None;
});
def('close', (s) => {
  s.close();
  return None;
});
def('readable', (s) => {
  s.ensure('readable');
  return s.readable();
});
def('writable', (s) => {
  s.ensure('writable');
  return s.writable();
});
def('seekable', (s) => {
  s.ensure('seekable');
  return s.seekable();
});
def('isatty', (s) => {
  s.ensure('isatty');
  return false;
});
def('fileno', (s) => {
  s.ensure('fileno');
  return s.fileno();
});
def('__enter__', (s) => {
  s.ensure('iobase:__enter__');
  return s;
});
def('__exit__', (s) => {
  s.close();
  return None;
});
def('__iter__', (s) => {
  s.ensure('iobase:__iter__');
  return s;
});
def('__next__', (s) => {
  s.ensure('readline');
  const line = s.readline(-1);
  if (s.isEmpty(line)) throw pyErr(StopIteration);
  return line;
});
ioBaseType.dict.set('closed', new PyProperty(new PyBuiltin('closed', (args) => self(args).closed), None, None, None));

/** A type for one kind of stream, below _IOBase. */
export function streamType(name: string, base: PyType = ioBaseType): PyType {
  const t = new PyType(name, [base], false);
  t.dict.set('__module__', '_io');
  return t;
}

export const textIOBaseType = streamType('_TextIOBase');
export const bufferedIOBaseType = streamType('_BufferedIOBase');
export const rawIOBaseType = streamType('_RawIOBase');

/** A read-only attribute computed from the stream. */
export function defGetter(t: PyType, name: string, get: (s: PyStream) => PyObject): void {
  t.dict.set(name, new PyProperty(new PyBuiltin(name, (args) => get(self(args))), None, None, None));
}
