// OSError and its errno subclasses (CPython's exceptions.c OSError part, and errnomodule.c):
// OSError(errno, strerror, filename) picks the subclass for the errno, and a failed host call
// becomes the exception CPython raises, "[Errno 2] No such file or directory: 'x'".

import {
  BlockingIOError, BrokenPipeError, ChildProcessError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, EXCEPTION_TYPES, FileExistsError, FileNotFoundError, InterruptedError,
  IsADirectoryError, NotADirectoryError, OSError, PermissionError, ProcessLookupError, PyBaseException,
  PyException, TimeoutError,
} from './objects/exceptions';
import { PyBuiltin } from './objects/function';
import { PyDict } from './objects/dict';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import type { PyObject, PyType } from './objects/type';
import { HostError } from './host';

/** POSIX error codes as on Linux: number, strerror text, and the OSError subclass CPython picks. */
const ERRNO: Record<string, [number, string, PyType?]> = {
  EPERM: [1, 'Operation not permitted', PermissionError],
  ENOENT: [2, 'No such file or directory', FileNotFoundError],
  ESRCH: [3, 'No such process', ProcessLookupError],
  EINTR: [4, 'Interrupted system call', InterruptedError],
  EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'],
  E2BIG: [7, 'Argument list too long'],
  EBADF: [9, 'Bad file descriptor'],
  ECHILD: [10, 'No child processes', ChildProcessError],
  EAGAIN: [11, 'Resource temporarily unavailable', BlockingIOError],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied', PermissionError],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists', FileExistsError],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory', NotADirectoryError],
  EISDIR: [21, 'Is a directory', IsADirectoryError],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe', BrokenPipeError],
  EDOM: [33, 'Numerical argument out of domain'],
  ERANGE: [34, 'Numerical result out of range'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOSYS: [38, 'Function not implemented'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EOPNOTSUPP: [95, 'Operation not supported'],
  ECONNABORTED: [103, 'Software caused connection abort', ConnectionAbortedError],
  ECONNRESET: [104, 'Connection reset by peer', ConnectionResetError],
  ETIMEDOUT: [110, 'Connection timed out', TimeoutError],
  ECONNREFUSED: [111, 'Connection refused', ConnectionRefusedError],
  EALREADY: [114, 'Operation already in progress', BlockingIOError],
  EINPROGRESS: [115, 'Operation now in progress', BlockingIOError],
};

const BY_NUMBER = new Map<number, [string, string, PyType?]>();
for (const [code, [n, text, cls]] of Object.entries(ERRNO)) BY_NUMBER.set(n, [code, text, cls]);

/** os.strerror(n). */
export function strerror(n: number): string {
  return BY_NUMBER.get(n)?.[1] ?? `Unknown error ${n}`;
}

/** An OSError (subclass chosen by errno) as a failed call on `filename` raises it. */
export function osError(code: string, filename?: PyObject, filename2?: PyObject): PyException {
  const [n, text, cls] = ERRNO[code] ?? [5, `Unknown error (${code})`];
  const args: PyObject[] = [n, text];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return new PyException(makeOSError(cls ?? OSError, args));
}

/** Run a host call; a HostError becomes the OSError CPython would raise for `filename`. */
export function hostCall<T>(f: () => T, filename?: PyObject, filename2?: PyObject): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw osError(e.code, filename, filename2);
    throw e;
  }
}

/** Set errno, strerror, filename, filename2 from OSError's arguments (oserror_init). */
function parseArgs(e: PyBaseException, args: PyObject[]): void {
  const d = e.dict;
  d.set('errno', None);
  d.set('strerror', None);
  d.set('filename', None);
  d.set('filename2', None);
  if (args.length >= 2 && args.length <= 5) {
    d.set('errno', args[0]);
    d.set('strerror', args[1]);
    if (args.length >= 3 && args[2] !== None) {
      d.set('filename', args[2]);
      if (args.length >= 5) d.set('filename2', args[4]);
      // CPython keeps only (errno, strerror) in args once a filename is given.
      e.args = args.slice(0, 2);
    }
  }
}

function makeOSError(cls: PyType, args: PyObject[]): PyBaseException {
  // OSError(errno, ...) itself becomes the subclass for that errno (FileNotFoundError for 2).
  if (cls === OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === 'number') {
    const sub = BY_NUMBER.get(args[0])?.[2];
    if (sub !== undefined) cls = sub;
  }
  const e = new PyBaseException(cls, args);
  parseArgs(e, args);
  return e;
}

for (const t of EXCEPTION_TYPES) if (t.isSubtypeOf(OSError)) t.newInstance = (cls, args) => makeOSError(cls, args);
OSError.dict.set('__init__', new PyBuiltin('__init__', (args) => {
  const e = args[0] as PyBaseException;
  e.args = args.slice(1);
  parseArgs(e, e.args);
  return None;
}, undefined, 'OSError.__init__'));

/** str() of an OSError with errno and strerror, or null for the plain BaseException form. */
export function osErrorStr(e: PyBaseException, repr: (v: PyObject) => string, str: (v: PyObject) => string): string | null {
  const errno = e.dict.get('errno'), text = e.dict.get('strerror');
  const fn = e.dict.get('filename'), fn2 = e.dict.get('filename2');
  if (fn !== undefined && fn !== None) {
    const head = `[Errno ${str(errno ?? None)}] ${str(text ?? None)}: ${repr(fn)}`;
    return fn2 !== undefined && fn2 !== None ? `${head} -> ${repr(fn2)}` : head;
  }
  if (errno !== undefined && errno !== None && text !== undefined && text !== None) return `[Errno ${str(errno)}] ${str(text)}`;
  return null;
}

/** The errno module: the codes by name and errorcode, number to name. */
export function makeErrnoModule(): PyModule {
  const m = new PyModule('errno');
  const codes = new PyDict();
  for (const [code, [n]] of Object.entries(ERRNO)) {
    m.dict.setStr(code, n);
    codes.set(n, code);
  }
  m.dict.setStr('EWOULDBLOCK', ERRNO.EAGAIN[0]);
  m.dict.setStr('ENOTSUP', ERRNO.EOPNOTSUPP[0]);
  m.dict.setStr('errorcode', codes);
  return m;
}
