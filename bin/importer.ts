// The file side of imports (CPython's PathFinder + FileFinder + SourceFileLoader): find a module's
// source in the folders of sys.path or a package's __path__, and get its code through the cache
// (cache/'s getCode), compiling only on a miss. The VM is handed this finder and never sees source.

import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeObject } from '../bytecode';
import { getCode, type CompileFn, type LoaderOptions } from '../cache';
import type * as CompilerModule from '../compiler';
import type * as GrammarModule from '../grammar';
import type { CompileHook, FoundModule, ModuleFinder } from '../vm';

/**
 * The standard library written in Python: the package's lib/ folder (dist/bin/ is two levels
 * below the package root). It follows the program's own folder on sys.path, as CPython's stdlib
 * follows the script's folder; `npm run build` compiles it into lib/__pycache__.
 */
export const LIB_DIR = resolve(__dirname, '..', '..', 'lib');

/** sys.path for a run whose first entry is `first` (the script's folder, '' for -c, cwd for -m). */
export function searchPath(first: string): string[] {
  return [first, LIB_DIR];
}

function kindOf(path: string): 'file' | 'dir' | null {
  try {
    const st = statSync(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * Compile source for the running program: a syntax error becomes a Python SyntaxError, raised
 * where the import, compile(), exec() or eval() happened. The grammar and compiler load here, on
 * first use only (a warm run that never compiles never loads them).
 */
function compileRaising(source: string, filename: string, options: CompilerModule.CompileOptions & { timings?: CompilerModule.CompileTimings }): CodeObject {
  const { compile } = require('../compiler') as typeof CompilerModule;
  const { PySyntaxError } = require('../grammar') as typeof GrammarModule;
  try {
    return compile(source, filename, options);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const { syntaxError } = require('../vm') as typeof import('../vm');
    throw syntaxError({ msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset, text: e.text, indentation: e.type !== 'SyntaxError' });
  }
}

/** The loader's compile function for imported modules (a cache miss). */
export const compileForImport: CompileFn = (source, filename, optimize, timings) => compileRaising(source, filename, { optimize, timings });

/** The VM's compile hook: compile(), exec(), eval() and dis.dis() of a string. */
export const compileAtRuntime: CompileHook = (source, filename, mode, optimize) => compileRaising(source, filename, { mode, optimize });

/** Finds source modules and packages and loads their code through the cache. */
export class Importer implements ModuleFinder {
  /** `loader`: the cache options of the run (-B, -O, --cache-prefix, -v), shared by every module. */
  constructor(private readonly loader: LoaderOptions, private readonly compile: CompileFn = compileForImport) {}

  find(fullname: string, searchPath: readonly string[]): FoundModule | null {
    const tail = fullname.slice(fullname.lastIndexOf('.') + 1);
    if (tail === '') return null;
    // Folders without __init__.py: portions of a namespace package, unless a module turns up later.
    const portions: string[] = [];
    for (const entry of searchPath) {
      // '' is the current folder; CPython's FileFinder makes the paths it finds absolute.
      const dir = resolve(entry === '' ? '.' : entry);
      if (kindOf(dir) !== 'dir') continue;
      const pkgDir = join(dir, tail);
      if (kindOf(pkgDir) === 'dir') {
        const init = join(pkgDir, '__init__.py');
        if (kindOf(init) === 'file') return this.found(init, [pkgDir]);
        portions.push(pkgDir);
      }
      // Only a real source file counts: a cache file whose source was deleted is never imported.
      const file = join(dir, `${tail}.py`);
      if (kindOf(file) === 'file') return this.found(file, null);
    }
    if (portions.length > 0) return { filename: null, packagePath: portions, getCode: () => null };
    return null;
  }

  /** The code of one source file through the cache: a valid cache file, else compile and write it. */
  codeOf(filename: string, compile: CompileFn = this.compile): CodeObject {
    return getCode(filename, filename, compile, this.loader).code;
  }

  private found(filename: string, packagePath: string[] | null): FoundModule {
    return { filename, packagePath, getCode: () => this.codeForImport(filename) };
  }

  /** codeOf, with failures outside Python (file system, JS stack) raised as Python exceptions. */
  private codeForImport(filename: string): CodeObject {
    try {
      return this.codeOf(filename);
    } catch (e) {
      const { loadError } = require('../vm') as typeof import('../vm');
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        throw loadError('RecursionError', 'maximum recursion depth exceeded during compilation');
      }
      const err = e as NodeJS.ErrnoException;
      if (e instanceof Error && typeof err.code === 'string' && typeof err.errno === 'number') {
        // CPython: PermissionError: [Errno 13] Permission denied: '/path/m.py'
        const why = err.code === 'EACCES' ? 'Permission denied' : err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EISDIR' ? 'Is a directory' : err.code;
        throw loadError('OSError', `[Errno ${Math.abs(err.errno)}] ${why}: '${filename}'`);
      }
      throw e;
    }
  }
}
