// Exception objects, CPython's builtin exception hierarchy, and the two JS error kinds of the VM:
// PyException (carries a Python exception; catchable) and InternalError (a tspy bug; never catchable).

import { None } from './none';
import { objectType, PyObj, PyType, type PyObject } from './type';
import type { CodeObject } from '../../bytecode/index';

/** One traceback entry: a frame's code and the offset of the instruction that was running. */
export interface TbEntry {
  code: CodeObject;
  lasti: number;
}

/** An instance of BaseException or a subclass. */
export class PyBaseException extends PyObj {
  args: PyObject[];
  dict: Map<string, PyObject> = new Map();
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Innermost frame first; printed in reverse, as CPython's tb_next chain. */
  traceback: TbEntry[] = [];
  constructor(cls: PyType, args: PyObject[]) {
    super();
    this.cls = cls;
    this.args = args;
  }
}

/**
 * A JS error carrying a Python exception: Python code can catch it. It is an Error (its prototype
 * chain includes Error.prototype, so `instanceof Error` holds) but never calls the Error
 * constructor: capturing a JavaScript stack, or toggling Error.stackTraceLimit to avoid it, costs
 * more than the rest of raising and catching a Python exception together.
 */
export class PyException {
  readonly name = 'PyException';
  /** A re-raise (bare `raise`, END_FINALLY) adds no traceback entry for the current frame. */
  constructor(
    readonly exc: PyBaseException,
    readonly reraise = false,
  ) {}
  get message(): string {
    return `${this.exc.cls.name}: ${this.exc.args.map(String).join(', ')}`;
  }
}
Object.setPrototypeOf(PyException.prototype, Error.prototype);
// The type side of the same fact, so a PyException can go wherever an Error is expected.
export interface PyException extends Error {}

/** A tspy bug (unknown opcode, stack underflow): never catchable from Python. */
export class InternalError extends Error {
  override name = 'InternalError';
}

const newException = (cls: PyType, args: PyObject[]): PyObject => new PyBaseException(cls, args);

function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? objectType]);
  if (!base) t.newInstance = newException;
  return t;
}

export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
export const StopAsyncIteration = exc('StopAsyncIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const FloatingPointError = exc('FloatingPointError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const BufferError = exc('BufferError', Exception);
export const EOFError = exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
export const FileNotFoundError = exc('FileNotFoundError', OSError);
export const FileExistsError = exc('FileExistsError', OSError);
export const IsADirectoryError = exc('IsADirectoryError', OSError);
export const NotADirectoryError = exc('NotADirectoryError', OSError);
export const PermissionError = exc('PermissionError', OSError);
export const BlockingIOError = exc('BlockingIOError', OSError);
export const ChildProcessError = exc('ChildProcessError', OSError);
export const ConnectionError = exc('ConnectionError', OSError);
export const BrokenPipeError = exc('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = exc('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = exc('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = exc('ConnectionResetError', ConnectionError);
export const InterruptedError = exc('InterruptedError', OSError);
export const ProcessLookupError = exc('ProcessLookupError', OSError);
export const TimeoutError = exc('TimeoutError', OSError);
export const ReferenceError = exc('ReferenceError', Exception);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
export const SyntaxError = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxError);
export const SystemError = exc('SystemError', Exception);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const UnicodeDecodeError = exc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exc('UnicodeEncodeError', UnicodeError);
export const Warning = exc('Warning', Exception);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const UserWarning = exc('UserWarning', Warning);
export const PendingDeprecationWarning = exc('PendingDeprecationWarning', Warning);
export const SyntaxWarning = exc('SyntaxWarning', Warning);
export const FutureWarning = exc('FutureWarning', Warning);
export const ImportWarning = exc('ImportWarning', Warning);
export const UnicodeWarning = exc('UnicodeWarning', Warning);
export const BytesWarning = exc('BytesWarning', Warning);
export const ResourceWarning = exc('ResourceWarning', Warning);
export const EncodingWarning = exc('EncodingWarning', Warning);

/** Every builtin exception class, for the builtins module. */
export const EXCEPTION_TYPES: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
  StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
  AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError,
  LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
  FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError, PermissionError,
  BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
  ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
  SyntaxError, IndentationError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning,
  DeprecationWarning, RuntimeWarning, UserWarning, PendingDeprecationWarning, SyntaxWarning, FutureWarning,
  ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
];

/** A PyException for `cls(msg)` (or `cls()` with no message), ready to throw. */
export function pyErr(cls: PyType, msg?: PyObject): PyException {
  return new PyException(new PyBaseException(cls, msg === undefined ? [] : [msg]));
}

/** Is `e` a PyException whose Python exception is an instance of `cls`? */
export function isPyErr(e: unknown, cls: PyType): e is PyException {
  return e instanceof PyException && e.exc.cls.isSubtypeOf(cls);
}

/** StopIteration's value (its first argument, or None). */
export function stopIterationValue(e: PyBaseException): PyObject {
  return e.args.length ? e.args[0] : None;
}

/** A traceback object (e.__traceback__, sys.exc_info()[2]): a view of one entry and those after it. */
export class PyTraceback extends PyObj {
  constructor(readonly entries: TbEntry[], readonly index: number) {
    super();
  }
}
export const tracebackType = new PyType('traceback', [objectType]);
tracebackType.newInstance = null;
PyTraceback.prototype.cls = tracebackType;

/** The traceback of an exception as CPython exposes it (outermost entry first), or None. */
export function tracebackOf(e: PyBaseException): PyObject {
  return e.traceback.length ? new PyTraceback(e.traceback, e.traceback.length - 1) : None;
}
