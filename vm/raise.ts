// RAISE_VARARGS: building the exception to raise, with `from` causes (CPython's do_raise).

import {
  BaseException, PyBaseException, PyException, pyErr, RuntimeError, TypeError,
} from './objects/exceptions';
import { None } from './objects/none';
import { PyType, typeOf, type PyObject } from './objects/type';
import { callObject } from './call';
import type { ExcState } from './unwind';

/** An exception instance from `raise X`: X may be a class (instantiated with no arguments) or an instance. */
export function toExceptionInstance(x: PyObject): PyBaseException {
  if (x instanceof PyType) {
    if (!x.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'exceptions must derive from BaseException');
    const inst = callObject(x, []);
    if (!(inst instanceof PyBaseException)) {
      throw pyErr(TypeError, `calling ${x.name} should have returned an instance of BaseException, not ${typeOf(inst).tpName}`);
    }
    return inst;
  }
  if (x instanceof PyBaseException) return x;
  throw pyErr(TypeError, 'exceptions must derive from BaseException');
}

/** The PyException RAISE_VARARGS throws: `raise` (exc undefined), `raise exc`, `raise exc from cause`. */
export function makeRaise(state: ExcState, exc: PyObject | undefined, cause: PyObject | undefined): PyException {
  if (exc === undefined) {
    if (state.excInfo === null) return pyErr(RuntimeError, 'No active exception to reraise');
    return new PyException(state.excInfo, true);
  }
  const e = toExceptionInstance(exc);
  if (cause !== undefined) {
    if (cause === None) e.cause = null;
    else if (cause instanceof PyType || cause instanceof PyBaseException) {
      e.cause = toExceptionInstance(cause);
    } else {
      throw pyErr(TypeError, 'exception causes must derive from BaseException');
    }
    e.suppressContext = true;
  }
  return new PyException(e);
}
