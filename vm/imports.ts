// The import system behind IMPORT_NAME / IMPORT_FROM / IMPORT_STAR (CPython's import.c and
// importlib._bootstrap, reduced): names, levels, packages, fromlist, sys.modules, running module
// code. Finding files and compiling them is the embedder's ModuleFinder (bin/importer.ts).

import type { CodeObject } from '../bytecode/index';
import type { VM } from './eval';
import { AttributeError, ImportError, IndentationError, isPyErr, KeyError, ModuleNotFoundError, OSError, PyBaseException, PyException, pyErr, RecursionError, SyntaxError, TypeError, ValueError } from './objects/exceptions';
import { PyDict } from './objects/dict';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { typeOf, type PyObject } from './objects/type';
import { asIndex, iterToArray } from './ops';
import { getAttr, getAttrOrUndefined, setAttr } from './attributes';
import { repr } from './repr';
import { callObject } from './call';
import { makeBuiltinModule } from './modules';

/** A module the finder located: where its source is and how to get its code. */
export interface FoundModule {
  /** __file__: the absolute path of the source (a package's __init__.py); null for a namespace
   * package (folders without __init__.py), which has no code. */
  filename: string | null;
  /** For a package: its __path__, the folders searched for its submodules. */
  packagePath: string[] | null;
  /**
   * The module's code object (through the cache), null for a namespace package. Called after the
   * module is in sys.modules, as CPython's exec_module; may throw a PyException (a SyntaxError
   * made with syntaxError()).
   */
  getCode(): CodeObject | null;
}

/** The embedder's side of imports (CPython's meta path finder for source files). */
export interface ModuleFinder {
  /**
   * Find the module `fullname` (dotted, absolute) in the folders of `searchPath` (sys.path for a
   * top-level module, the parent package's __path__ for a submodule; '' means the current folder).
   * Only the last part of the name is looked up. Null when it is not there.
   */
  find(fullname: string, searchPath: readonly string[]): FoundModule | null;
}

/** What a SyntaxError raised by a compile carries. */
export interface SyntaxErrorInfo {
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  indentation?: boolean;
}

/** A Python SyntaxError (IndentationError) for a module that did not compile, to throw from getCode. */
export function syntaxError(info: SyntaxErrorInfo): PyException {
  const e = new PyBaseException(info.indentation ? IndentationError : SyntaxError, [info.msg]);
  e.dict.set('msg', info.msg);
  e.dict.set('filename', info.filename);
  e.dict.set('lineno', info.lineno);
  e.dict.set('offset', info.offset);
  e.dict.set('text', info.text ?? None);
  return new PyException(e);
}

/** An OSError (the source could not be read) or a RecursionError (too deeply nested to compile)
 * for a module that could not be loaded, to throw from getCode. */
export function loadError(type: 'OSError' | 'RecursionError', message: string): PyException {
  return pyErr(type === 'OSError' ? OSError : RecursionError, message);
}

/** True while `mod`'s code is running (a circular import may see it half made). */
export function isInitializing(mod: PyObject): boolean {
  return mod instanceof PyModule && mod.initializing;
}

/** The interpreter's own sys module, made at VM creation. */
export const sysOf = new WeakMap<VM, PyModule>();

/**
 * Set up imports for a fresh VM: sys and builtins in sys.modules, sys.modules itself, and sys.path.
 * Called once by createVM.
 */
export function initImports(vm: VM, path: readonly string[]): void {
  const sys = makeBuiltinModule(vm, 'sys')!;
  sys.dict.setStr('modules', vm.modules);
  sys.dict.setStr('path', new PyList(path.slice()));
  sysOf.set(vm, sys);
  vm.modules.setStr('sys', sys);
  vm.modules.setStr('builtins', makeBuiltinModule(vm, 'builtins')!);
}

export function sysPath(vm: VM): string[] {
  const sys = sysOf.get(vm) ?? vm.modules.getStr('sys');
  const p = sys instanceof PyModule ? sys.dict.getStr('path') : undefined;
  if (p === undefined) throw pyErr(ImportError, 'sys.path must be a list of directories');
  // CPython skips entries that are not str (bytes are decoded; we skip them too).
  return iterToArray(p).filter((x): x is string => typeof x === 'string');
}

export function moduleNotFound(message: string, name: string): PyException {
  const e = new PyBaseException(ModuleNotFoundError, [message]);
  e.dict.set('name', name);
  e.dict.set('path', None);
  return new PyException(e);
}

export function importError(message: string, name: PyObject, path: PyObject): PyException {
  const e = new PyBaseException(ImportError, [message]);
  e.dict.set('name', name);
  e.dict.set('path', path);
  return new PyException(e);
}

/** IMPORT_NAME: `__import__(name, globals, None, fromlist, level)` for the running frame. */
export function importName(vm: VM, name: string, fromlist: PyObject, level: PyObject): PyObject {
  const lvl = level === None ? 0 : asIndex(level);
  return importModuleLevel(vm, name, vm.frame?.f_globals ?? null, fromlist, lvl);
}

/** CPython's PyImport_ImportModuleLevelObject. */
export function importModuleLevel(vm: VM, name: string, globals: PyDict | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) throw pyErr(ValueError, 'level must be >= 0');
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name === '') throw pyErr(ValueError, 'Empty module name');
    absName = name;
  }
  const mod = importAbsolute(vm, absName);
  const names = fromlist === None ? [] : iterToArray(fromlist);
  if (names.length === 0) {
    if (level === 0 || name !== '') {
      const dot = name.indexOf('.');
      if (dot < 0) return mod;
      if (level === 0) return importAbsolute(vm, name.slice(0, dot));
      const cut = name.length - dot;
      const toReturn = absName.slice(0, absName.length - cut);
      const m = vm.modules.getStr(toReturn);
      if (m === undefined) throw pyErr(KeyError, `${repr(toReturn)} not in sys.modules as expected`);
      return m;
    }
    return mod;
  }
  if (getAttrOrUndefined(mod, '__path__') !== undefined) handleFromlist(vm, mod, names, false);
  return mod;
}

/** The absolute name of a relative import (import.c's resolve_name). */
export function resolveName(name: string, globals: PyDict | null, level: number): string {
  const noParent = () => pyErr(ImportError, 'attempted relative import with no known parent package');
  if (globals === null) throw pyErr(KeyError, "'__name__' not in globals");
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  if (pkg === None) pkg = undefined;
  if (pkg !== undefined) {
    if (typeof pkg !== 'string') throw pyErr(TypeError, 'package must be a string');
  } else if (spec !== undefined && spec !== None) {
    pkg = getAttrOrUndefined(spec, 'parent');
    if (typeof pkg !== 'string') throw pyErr(TypeError, '__spec__.parent must be a string');
  } else {
    // CPython warns (ImportWarning, ignored by default) and falls back on __name__ and __path__.
    pkg = globals.getStr('__name__');
    if (pkg === undefined) throw pyErr(KeyError, "'__name__' not in globals");
    if (typeof pkg !== 'string') throw pyErr(TypeError, '__name__ must be a string');
    if (globals.getStr('__path__') === undefined) {
      const dot = pkg.lastIndexOf('.');
      if (dot < 0) throw noParent();
      pkg = pkg.slice(0, dot);
    }
  }
  let lastDot = pkg.length;
  if (lastDot === 0) throw noParent();
  for (let up = 1; up < level; up++) {
    lastDot = pkg.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) throw pyErr(ImportError, 'attempted relative import beyond top-level package');
  }
  const base = pkg.slice(0, lastDot);
  return name === '' ? base : `${base}.${name}`;
}

/** importlib's _gcd_import: sys.modules first, else find and load. */
export function importAbsolute(vm: VM, name: string): PyObject {
  // A module still running its code is returned as it is: circular imports see it half made.
  const mod = vm.modules.getStr(name);
  if (mod === undefined) return findAndLoad(vm, name);
  if (mod === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
  return mod;
}

function findAndLoad(vm: VM, name: string): PyObject {
  const dot = name.lastIndexOf('.');
  let searchPath: string[] | null = null;
  let parent = '';
  let child = name;
  if (dot >= 0) {
    parent = name.slice(0, dot);
    child = name.slice(dot + 1);
    if (vm.modules.getStr(parent) === undefined) importAbsolute(vm, parent);
    // Importing the parent may have imported this module too.
    const again = vm.modules.getStr(name);
    if (again !== undefined) return again;
    const parentMod = vm.modules.getStr(parent);
    if (parentMod === undefined) throw new PyException(new PyBaseException(KeyError, [parent]));
    const path = getAttrOrUndefined(parentMod, '__path__');
    if (path === undefined) throw moduleNotFound(`No module named ${repr(name)}; ${repr(parent)} is not a package`, name);
    searchPath = iterToArray(path).filter((x): x is string => typeof x === 'string');
  }
  const parentMod = parent === '' ? undefined : vm.modules.getStr(parent);
  const loading = parentMod instanceof PyModule ? (parentMod.loadingSubmodules ??= new Set()) : null;
  loading?.add(child);
  let mod: PyObject;
  try {
    mod = loadModule(vm, name, searchPath);
  } finally {
    loading?.delete(child);
  }
  if (parent !== '') {
    // A submodule becomes an attribute of its package, as importlib does.
    const parentMod = vm.modules.getStr(parent);
    if (parentMod !== undefined) setAttr(parentMod, child, mod);
  }
  return mod;
}

function loadModule(vm: VM, name: string, searchPath: string[] | null): PyObject {
  // Builtin modules come before sys.path (CPython's BuiltinImporter is first on sys.meta_path).
  if (searchPath === null) {
    const builtin = name === 'sys' ? sysOf.get(vm) ?? makeBuiltinModule(vm, name) : makeBuiltinModule(vm, name);
    if (builtin !== null) {
      vm.modules.setStr(name, builtin);
      return builtin;
    }
    if (vm.importHook !== null) {
      const hooked = vm.importHook(name, vm);
      if (hooked !== null) {
        if (vm.modules.getStr(name) === undefined) vm.modules.setStr(name, hooked);
        return vm.modules.getStr(name)!;
      }
    }
  }
  const found = vm.finder?.find(name, searchPath ?? sysPath(vm)) ?? null;
  if (found === null) throw moduleNotFound(`No module named ${repr(name)}`, name);
  return execFound(vm, name, found);
}

/** Create the module, put it in sys.modules, run its code (CPython's _load_unlocked). */
function execFound(vm: VM, name: string, found: FoundModule): PyObject {
  const dot = name.lastIndexOf('.');
  const globals = new PyDict();
  globals.setStr('__name__', name);
  globals.setStr('__doc__', None);
  globals.setStr('__package__', found.packagePath !== null ? name : dot < 0 ? '' : name.slice(0, dot));
  globals.setStr('__loader__', None);
  globals.setStr('__spec__', None); // CPython: a ModuleSpec
  if (found.packagePath !== null) globals.setStr('__path__', new PyList(found.packagePath.slice()));
  globals.setStr('__file__', found.filename ?? None);
  const mod = new PyModule(name, globals);
  vm.modules.setStr(name, mod);
  if (found.filename === null) return mod;
  globals.setStr('__builtins__', vm.builtins);
  mod.initializing = true;
  try {
    const code = found.getCode();
    if (code !== null) vm.runModuleCode(code, globals);
  } catch (e) {
    vm.modules.delete(name);
    throw e;
  } finally {
    mod.initializing = false;
  }
  // A module may replace itself in sys.modules; the import returns whatever is there.
  const final = vm.modules.getStr(name);
  if (final === undefined) throw new PyException(new PyBaseException(KeyError, [name]));
  return final;
}

/** `from package import a, b`: import submodules not yet attributes (importlib's _handle_fromlist). */
function handleFromlist(vm: VM, mod: PyObject, names: PyObject[], recursive: boolean): void {
  const modName = getAttrOrUndefined(mod, '__name__');
  for (const x of names) {
    if (typeof x !== 'string') {
      const where = recursive ? `${String(modName)}.__all__` : "``from list''";
      throw pyErr(TypeError, `Item in ${where} must be str, not ${typeOf(x).tpName}`);
    }
    if (x === '*') {
      const all = recursive ? undefined : getAttrOrUndefined(mod, '__all__');
      if (all !== undefined) handleFromlist(vm, mod, iterToArray(all), true);
    } else if (getAttrOrUndefined(mod, x) === undefined) {
      const fromName = `${String(modName)}.${x}`;
      try {
        importAbsolute(vm, fromName);
      } catch (e) {
        // A missing submodule is not an error here: IMPORT_FROM reports the missing name.
        if (e instanceof PyException && e.exc.cls.isSubtypeOf(ModuleNotFoundError) && e.exc.dict.get('name') === fromName &&
          vm.modules.getStr(fromName) !== None) continue;
        throw e;
      }
    }
  }
}

/** IMPORT_FROM: an attribute, or a submodule found in sys.modules (import.c's import_from). */
export function importFrom(vm: VM, mod: PyObject, name: string): PyObject {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  const moduleGetattr = mod instanceof PyModule ? mod.dict.getStr('__getattr__') : undefined;
  if (moduleGetattr !== undefined) {
    // PEP 562: the module's __getattr__; an AttributeError from it falls through to the checks below.
    try {
      return callObject(moduleGetattr, [name]);
    } catch (e) {
      if (!isPyErr(e, AttributeError)) throw e;
    }
  }
  const pkgname = getAttrOrUndefined(mod, '__name__');
  if (typeof pkgname === 'string') {
    // A circular relative import may have set the submodule in sys.modules but not on the package yet.
    const sub = vm.modules.getStr(`${pkgname}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shown = typeof pkgname === 'string' ? pkgname : '<unknown module name>';
  const file = mod instanceof PyModule ? mod.dict.getStr('__file__') : undefined;
  if (typeof file !== 'string') {
    throw importError(`cannot import name ${repr(name)} from ${repr(shown)} (unknown location)`, pkgname ?? None, None);
  }
  if (isInitializing(mod)) {
    throw importError(`cannot import name ${repr(name)} from partially initialized module ${repr(shown)} (most likely due to a circular import) (${file})`, pkgname ?? None, file);
  }
  throw importError(`cannot import name ${repr(name)} from ${repr(shown)} (${file})`, pkgname ?? None, file);
}

/** IMPORT_STAR: __all__ if present, else every public name in the module's dict. */
export function importStar(mod: PyObject, locals: PyDict): void {
  const modName = () => String(getAttrOrUndefined(mod, '__name__') ?? '?');
  let names: PyObject[];
  let skipPrivate = false;
  let where: string;
  const all = getAttrOrUndefined(mod, '__all__');
  if (all !== undefined) {
    names = iterToArray(all);
    where = '__all__';
  } else {
    const dict = getAttrOrUndefined(mod, '__dict__');
    if (!(dict instanceof PyDict)) throw pyErr(ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = dict.keys();
    skipPrivate = true;
    where = '__dict__';
  }
  for (const n of names) {
    if (typeof n !== 'string') {
      throw pyErr(TypeError, `${where === '__all__' ? 'Item' : 'Key'} in ${modName()}.${where} must be str, not ${typeOf(n).tpName}`);
    }
    if (skipPrivate && n.startsWith('_')) continue;
    // getattr: a name in __all__ may come from the module's __getattr__ (PEP 562).
    const v = getAttrOrUndefined(mod, n) ?? (mod instanceof PyModule && mod.dict.getStr('__getattr__') !== undefined ? getAttr(mod, n) : undefined);
    if (v === undefined) throw pyErr(AttributeError, `module '${modName()}' has no attribute '${n}'`);
    locals.setStr(n, v);
  }
}

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0). */
export function builtinImport(vm: VM, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const params = ['name', 'globals', 'locals', 'fromlist', 'level'];
  const values: (PyObject | undefined)[] = args.slice();
  if (values.length > params.length) throw pyErr(TypeError, `__import__() takes at most 5 arguments (${values.length} given)`);
  for (const [k, v] of kw ?? []) {
    const i = params.indexOf(k);
    if (i < 0) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for __import__()`);
    if (values[i] !== undefined) throw pyErr(TypeError, `argument for __import__() given by name ('${k}') and position (${i + 1})`);
    values[i] = v;
  }
  const [name, globals, , fromlist, level] = values;
  if (name === undefined) throw pyErr(TypeError, "__import__() missing required argument 'name' (pos 1)");
  if (typeof name !== 'string') throw pyErr(TypeError, `__import__() argument 1 must be str, not ${typeOf(name).tpName}`);
  const lvl = level === undefined ? 0 : asIndex(level);
  return importModuleLevel(vm, name, globals instanceof PyDict ? globals : null, fromlist ?? None, lvl);
}
