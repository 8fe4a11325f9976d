// Public face of vm/: run a module code object as __main__ (CPython's pymain_run_module +
// PyErr_Print). Imports bytecode/ only, never grammar/ or compiler/.

import type { CodeObject } from '../bytecode/index';
import { VM, setCurrentVM, type ImportHook, type Tracer } from './eval';
import type { Host } from './host';
import { makeBuiltins } from './builtins';
import { PyDict } from './objects/dict';
import { InternalError, isPyErr, PyException, SystemExit, type PyBaseException } from './objects/exceptions';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { formatException } from './traceback';
import { str } from './ops';

export interface RunOptions {
  /** sys.argv (argv[0] is the script path). */
  argv: string[];
  host: Host;
  /** Resolves imports of non-builtin modules; return null for "No module named ...". */
  importHook?: ImportHook;
  /** sys.getrecursionlimit() at start (default 1000). */
  recursionLimit?: number;
  /** Called before every instruction (tspy trace). */
  tracer?: Tracer;
}

/** A fresh VM with builtins, ready to run code. */
export function createVM(options: RunOptions): VM {
  const vm = new VM(options.host);
  vm.argv = options.argv;
  vm.builtins = makeBuiltins(vm);
  vm.importHook = options.importHook ?? null;
  vm.tracer = options.tracer ?? null;
  if (options.recursionLimit !== undefined) vm.recursionLimit = options.recursionLimit;
  return vm;
}

/**
 * Run `code` as the __main__ module. Returns the process exit status: 0 on success, 1 after an
 * uncaught exception (traceback printed to stderr), the SystemExit code otherwise.
 * InternalError (a tspy bug) is not caught.
 */
export function runMain(code: CodeObject, options: RunOptions): number {
  const vm = createVM(options);
  const globals = new PyDict();
  globals.setStr('__name__', '__main__');
  globals.setStr('__doc__', None);
  globals.setStr('__file__', code.co_filename);
  globals.setStr('__builtins__', new PyModule('builtins', vm.builtins));
  vm.modules.set('__main__', new PyModule('__main__', globals));
  const prev = setCurrentVMReturningPrev(vm);
  try {
    vm.runModuleCode(code, globals);
    vm.flush();
    return 0;
  } catch (e) {
    if (e instanceof PyException) return handleUncaught(vm, e.exc);
    vm.flush();
    throw e;
  } finally {
    setCurrentVM(prev);
  }
}

let lastVM: VM | null = null;
function setCurrentVMReturningPrev(vm: VM): VM | null {
  const prev = lastVM;
  lastVM = vm;
  setCurrentVM(vm);
  return prev;
}

function handleUncaught(vm: VM, exc: PyBaseException): number {
  if (isPyErr(new PyException(exc), SystemExit)) {
    vm.flush();
    const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : exc.args;
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'boolean') return code ? 1 : 0;
    vm.writeStderr(str(Array.isArray(code) ? (code as never) : code) + '\n');
    return 1;
  }
  vm.writeStderr(formatException(exc, vm.host));
  vm.flush();
  return 1;
}

export { VM, getVM, run, type ImportHook, type Tracer } from './eval';
export { Frame, codeCache } from './frame';
export type { Host } from './host';
export { BufferHost } from './host';
export { repr, str } from './ops';
export { formatException } from './traceback';
export { PyException, InternalError } from './objects/exceptions';
export { PyModule } from './objects/module';
export { PyDict } from './objects/dict';
