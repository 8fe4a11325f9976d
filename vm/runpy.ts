// `tspy -m NAME`: find the module to run as __main__ the way CPython's runpy does (import the
// parent packages, then find the module; a package runs its __main__), with runpy's messages.

import type { CodeObject } from '../bytecode/index';
import type { VM } from './eval';
import { ImportError, PyBaseException, PyException, SystemExit } from './objects/exceptions';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { getAttrOrUndefined } from './attributes';
import { iterToArray } from './ops';
import { repr, str } from './repr';
import { importAbsolute, sysOf, sysPath } from './imports';

/** The module `tspy -m NAME` runs: its code, __file__ and __package__. */
export interface MainModule {
  code: CodeObject;
  filename: string;
  package: string;
}

/** runpy's errors end the run as `sys.exit("tspy: message")` does: the message on stderr, status 1. */
function runpyError(message: string): PyException {
  return new PyException(new PyBaseException(SystemExit, [`tspy: ${message}`]));
}

/**
 * Find the module for `-m NAME` as runpy's _get_module_details does: import its parent packages
 * (running their __init__), then find it; a package runs its __main__ submodule.
 */
export function locateMain(vm: VM, name: string): MainModule {
  if (name.startsWith('.')) throw runpyError('Relative module names not supported');
  const dot = name.lastIndexOf('.');
  const pkg = dot < 0 ? '' : name.slice(0, dot);
  let searchPath: string[] | null = null;
  if (pkg !== '') {
    try {
      importAbsolute(vm, pkg);
    } catch (e) {
      // A missing parent is reported as runpy does; any other error in it propagates.
      if (!(e instanceof PyException) || !e.exc.cls.isSubtypeOf(ImportError)) throw e;
      const failed = e.exc.dict.get('name');
      if (typeof failed !== 'string' || (failed !== pkg && !pkg.startsWith(`${failed}.`))) throw e;
      throw runpyError(`Error while finding module specification for ${repr(name)} (${e.exc.cls.name}: ${str(e.exc)})`);
    }
    const path = getAttrOrUndefined(vm.modules.getStr(pkg) ?? None, '__path__');
    if (path === undefined) {
      throw runpyError(`Error while finding module specification for ${repr(name)} (ModuleNotFoundError: __path__ attribute not found on ${repr(pkg)} while trying to find ${repr(name)})`);
    }
    searchPath = iterToArray(path).filter((x): x is string => typeof x === 'string');
  }
  const found = vm.finder?.find(name, searchPath ?? sysPath(vm)) ?? null;
  if (found === null) throw runpyError(`No module named ${name}`);
  if (found.packagePath !== null) {
    if (name === '__main__' || name.endsWith('.__main__')) throw runpyError('Cannot use package as __main__ module');
    try {
      return locateMain(vm, `${name}.__main__`);
    } catch (e) {
      const msg = e instanceof PyException && e.exc.cls === SystemExit ? e.exc.args[0] : undefined;
      if (typeof msg !== 'string' || vm.modules.getStr(name) === undefined) throw e;
      throw runpyError(`${msg.slice('tspy: '.length)}; ${repr(name)} is a package and cannot be directly executed`);
    }
  }
  const code = found.getCode();
  if (code === null || found.filename === null) throw runpyError(`No code object available for ${name}`);
  return { code, filename: found.filename, package: pkg };
}

/** Replace sys.argv[0] (`-m` shows '-m' while the module is being found, then its path). */
export function setArgv0(vm: VM, value: string): void {
  const argv = sysOf.get(vm)?.dict.getStr('argv');
  if (argv instanceof PyList && argv.items.length > 0) argv.items[0] = value;
}
