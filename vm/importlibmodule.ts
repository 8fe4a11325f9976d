// importlib: import_module, reload and invalidate_caches over the import machinery of imports.ts
// (CPython's importlib/__init__.py, reduced).

import type { VM } from './eval';
import { PyDict } from './objects/dict';
import { TypeError, ValueError, pyErr } from './objects/exceptions';
import { PyBuiltin } from './objects/function';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { typeOf, type PyObject } from './objects/type';
import { getAttrOrUndefined } from './attributes';
import { iterToArray } from './ops';
import { repr } from './repr';
import { importAbsolute, importError, moduleNotFound, resolveName, sysPath } from './imports';
import { makeBuiltinModule } from './modules';

function builtinFn(name: string, f: (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** importlib: import_module, reload and invalidate_caches over the same machinery. */
export function makeImportlibModule(vm: VM): PyModule {
  const m = new PyModule('importlib');
  m.dict.setStr('import_module', builtinFn('import_module', (args, kw) => {
    const name = args[0] ?? kw?.get('name');
    const pkg = args[1] ?? kw?.get('package') ?? None;
    if (typeof name !== 'string') throw pyErr(TypeError, `module name must be str, not ${typeOf(name ?? None).tpName}`);
    let level = 0;
    while (level < name.length && name[level] === '.') level++;
    if (level > 0) {
      if (pkg === None || pkg === '') throw pyErr(TypeError, `the 'package' argument is required to perform a relative import for ${repr(name)}`);
      if (typeof pkg !== 'string') throw pyErr(TypeError, '__package__ not set to a string');
      const globals = new PyDict();
      globals.setStr('__package__', pkg);
      return importAbsolute(vm, resolveName(name.slice(level), globals, level));
    }
    if (name === '') throw pyErr(ValueError, 'Empty module name');
    return importAbsolute(vm, name);
  }));
  m.dict.setStr('reload', builtinFn('reload', (args) => reloadModule(vm, args[0] ?? None)));
  m.dict.setStr('invalidate_caches', builtinFn('invalidate_caches', () => None));
  return m;
}

/** importlib.reload: find the module again and rerun its code in its own namespace. */
function reloadModule(vm: VM, mod: PyObject): PyObject {
  if (!(mod instanceof PyModule)) throw pyErr(TypeError, 'reload() argument must be a module');
  const name = mod.dict.getStr('__name__');
  if (typeof name !== 'string') throw pyErr(TypeError, 'reload() argument must be a module');
  if (vm.modules.getStr(name) !== mod) throw importError(`module ${name} not in sys.modules`, name, None);
  const dot = name.lastIndexOf('.');
  let searchPath: string[] | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    const parentMod = vm.modules.getStr(parent);
    if (parentMod === undefined) throw importError(`parent ${repr(parent)} not in sys.modules`, parent, None);
    const path = getAttrOrUndefined(parentMod, '__path__');
    searchPath = path === undefined ? [] : iterToArray(path).filter((x): x is string => typeof x === 'string');
  }
  if (dot < 0 && makeBuiltinModule(vm, name) !== null) return mod;
  const found = vm.finder?.find(name, searchPath ?? sysPath(vm)) ?? null;
  if (found === null) throw moduleNotFound(`spec not found for the module ${repr(name)}`, name);
  const code = found.getCode();
  if (code !== null) vm.runModuleCode(code, mod.dict);
  return vm.modules.getStr(name) ?? mod;
}
