// Public face of vm/: run a module code object as __main__ (CPython's pymain_run_module +
// PyErr_Print). Imports bytecode/ only, never grammar/ or compiler/.

import type { CodeObject } from '../bytecode/index';
import { VM, setCurrentVM, type ImportHook, type Tracer } from './eval';
import type { CompileHook } from './execmodule';
import type { Host } from './host';
import { makeBuiltins } from './builtins';
import { PyDict } from './objects/dict';
import { InternalError, KeyboardInterrupt, PyException, SystemExit, type PyBaseException } from './objects/exceptions';
import { PyTuple } from './objects/tuple';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { formatException } from './traceback';
import { initImports, sysOf, type ModuleFinder } from './imports';
import { configureSys } from './sysmodule';
import { flushFiles } from './fileio';
import { locateMain, setArgv0 } from './runpy';
import { str } from './repr';

export interface RunOptions {
  /** sys.argv (argv[0] is the script path). */
  argv: string[];
  host: Host;
  /** Resolves imports of non-builtin modules; return null for "No module named ...". */
  importHook?: ImportHook;
  /** Finds modules on sys.path and in packages (bin/importer.ts); without it only builtins import. */
  finder?: ModuleFinder;
  /** sys.path at start (the script's folder first). */
  path?: string[];
  /** __main__'s __file__: default the code's co_filename; null sets none (`-c`). */
  mainFile?: string | null;
  /** __main__'s __package__; default None. */
  mainPackage?: string;
  /** `-m NAME`: find the module through the finder (importing its parent packages) and run it
   * as __main__; runMain's `code` is then ignored. sys.argv[0] becomes its file. */
  mainModule?: string;
  /** sys.getrecursionlimit() at start (default 1000). */
  recursionLimit?: number;
  /** Called before every instruction (tspy trace). */
  tracer?: Tracer;
  /** Compiles source at run time (compile, exec, eval, dis.dis of a string); the CLI passes the compiler. */
  compile?: CompileHook;
  /** 1 under -O. */
  optimize?: 0 | 1;
  /** -B: sys.dont_write_bytecode. */
  dontWriteBytecode?: boolean;
  /** --cache-prefix: sys.pycache_prefix. */
  pycachePrefix?: string | null;
}

/** A fresh VM with builtins, ready to run code. */
export function createVM(options: RunOptions): VM {
  const vm = new VM(options.host);
  vm.argv = options.argv;
  vm.builtins = makeBuiltins(vm);
  vm.importHook = options.importHook ?? null;
  vm.finder = options.finder ?? null;
  initImports(vm, options.path ?? []);
  vm.tracer = options.tracer ?? null;
  vm.compileHook = options.compile ?? null;
  vm.optimize = options.optimize ?? 0;
  if (options.recursionLimit !== undefined) vm.recursionLimit = options.recursionLimit;
  configureSys(sysOf.get(vm)!, { optimize: vm.optimize, dontWriteBytecode: options.dontWriteBytecode, pycachePrefix: options.pycachePrefix });
  return vm;
}

/**
 * Run `code` as the __main__ module. Returns the process exit status: 0 on success, 1 after an
 * uncaught exception (traceback printed to stderr), the SystemExit code otherwise.
 * InternalError (a tspy bug) is not caught.
 */
export function runMain(code: CodeObject | null, options: RunOptions): number {
  const vm = createVM(options);
  const globals = new PyDict();
  globals.setStr('__name__', '__main__');
  globals.setStr('__doc__', None);
  globals.setStr('__package__', options.mainPackage ?? None);
  globals.setStr('__loader__', None);
  globals.setStr('__spec__', None);
  globals.setStr('__builtins__', new PyModule('builtins', vm.builtins));
  const file = options.mainFile === undefined ? code?.co_filename : options.mainFile;
  if (typeof file === 'string') globals.setStr('__file__', file);
  vm.modules.setStr('__main__', new PyModule('__main__', globals));
  const prev = setCurrentVMReturningPrev(vm);
  try {
    let main = code;
    if (options.mainModule !== undefined) {
      const found = locateMain(vm, options.mainModule);
      globals.setStr('__file__', found.filename);
      globals.setStr('__package__', found.package);
      setArgv0(vm, found.filename);
      main = found.code;
    }
    if (main === null) throw new InternalError('runMain: no code to run');
    vm.runModuleCode(main, globals);
    vm.flush();
    return 0;
  } catch (e) {
    if (e instanceof PyException) return handleUncaught(vm, e.exc);
    vm.flush();
    throw e;
  } finally {
    // Files the program left open get their buffered writes, as CPython flushes them at exit.
    flushFiles();
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
  if (exc.cls.isSubtypeOf(SystemExit)) {
    vm.flush();
    const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
    if (typeof code === 'boolean') return code ? 1 : 0;
    vm.writeStderr(str(code) + '\n');
    return 1;
  }
  vm.writeStderr(formatException(exc, vm.host));
  vm.flush();
  // CPython exits like a process killed by SIGINT after an uncaught KeyboardInterrupt.
  return exc.cls.isSubtypeOf(KeyboardInterrupt) ? 130 : 1;
}

export { VM, getVM, run, type ImportHook, type Tracer } from './eval';
export type { CompileHook, CompileMode } from './execmodule';
export { Frame, codeCache } from './frame';
export type { Host, HostFS, HostStat, OpenFlags } from './host';
export { BufferHost, HostError } from './host';
export { MemoryFS } from './memfs';
export { repr, str } from './repr';
export { formatException } from './traceback';
export { safeRepr } from './trace';
export { PyException, InternalError } from './objects/exceptions';
export { PyModule } from './objects/module';
export { loadError, syntaxError, type FoundModule, type ModuleFinder, type SyntaxErrorInfo } from './imports';
export { PyDict } from './objects/dict';
