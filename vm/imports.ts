// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR: builtin modules from the registry, anything else
// through the host's import hook (file imports come later). CPython's import.c, much reduced.

import type { VM } from './eval';
import { ImportError, ModuleNotFoundError, PyBaseException, PyException, pyErr } from './objects/exceptions';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import type { PyDict } from './objects/dict';
import { typeOf, type PyObject } from './objects/type';
import { getAttrOrUndefined, iterToArray } from './ops';
import { makeBuiltinModule } from './modules';

/** Find or create the module `name` (dotted names: the top package is returned unless fromlist). */
export function importName(vm: VM, name: string, fromlist: PyObject, level: PyObject): PyObject {
  if (level !== 0 && level !== None) {
    throw pyErr(ImportError, 'attempted relative import with no known parent package');
  }
  const parts = name.split('.');
  let mod: PyModule | null = null;
  let top: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    mod = loadModule(vm, full);
    if (i === 0) top = mod;
  }
  const hasFromlist = fromlist !== None && iterToArray(fromlist).length > 0;
  return hasFromlist ? mod! : top!;
}

function loadModule(vm: VM, name: string): PyModule {
  const cached = vm.modules.get(name);
  if (cached) return cached;
  let mod = makeBuiltinModule(vm, name);
  if (mod === null && vm.importHook) mod = vm.importHook(name, vm);
  if (mod === null) {
    const e = new PyBaseException(ModuleNotFoundError, [`No module named '${name}'`]);
    e.dict.set('name', name);
    throw new PyException(e);
  }
  vm.modules.set(name, mod);
  return mod;
}

/** `from module import name`. */
export function importFrom(mod: PyObject, name: string): PyObject {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  if (mod instanceof PyModule) {
    throw pyErr(ImportError, `cannot import name '${name}' from '${mod.name}' (unknown location)`);
  }
  throw pyErr(ImportError, `cannot import name '${name}' from '${typeOf(mod).name}'`);
}

/** `from module import *`: __all__ if present, else every name not starting with '_'. */
export function importStar(mod: PyObject, locals: PyDict): void {
  if (!(mod instanceof PyModule)) return;
  const all = mod.dict.getStr('__all__');
  if (all !== undefined) {
    for (const n of iterToArray(all)) locals.setStr(n as string, getAttrOrUndefined(mod, n as string) ?? None);
    return;
  }
  for (const [k, v] of mod.dict.map) {
    if (typeof k === 'string' && !k.startsWith('_')) locals.setStr(k, v);
  }
}
