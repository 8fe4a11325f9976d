// The CLI's compile step: source to a code object, with a syntax error printed as CPython prints
// it. The grammar and compiler are loaded here, on first use only, so a warm run never loads them.

import type { CodeObject } from '../bytecode';
import type { CompileFn, LoaderTimings } from '../cache';
import type * as CompilerModule from '../compiler';
import type * as GrammarModule from '../grammar';

export function loadGrammar(): typeof GrammarModule {
  return require('../grammar') as typeof GrammarModule;
}

/**
 * Print a front-end failure as CPython does and return true, or return false for any other error:
 * a SyntaxError with its caret, or the one line CPython prints for source nested too deeply.
 */
export function reportCompileError(e: unknown): boolean {
  const { PySyntaxError, formatSyntaxError } = loadGrammar();
  if (e instanceof PySyntaxError) {
    process.stderr.write(formatSyntaxError(e));
    return true;
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    process.stderr.write('RecursionError: maximum recursion depth exceeded during compilation\n');
    return true;
  }
  return false;
}

/**
 * Compile source to a module code object; on a syntax error print it and return null.
 * co_filename is the absolute path, as CPython 3.9+ uses for the main script.
 */
export function compileSource(source: string, filename: string, optimize: 0 | 1 = 0, timings?: CompilerModule.CompileTimings): CodeObject | null {
  const { compile } = require('../compiler') as typeof CompilerModule;
  try {
    return compile(source, filename, { optimize, timings });
  } catch (e) {
    if (reportCompileError(e)) return null;
    throw e;
  }
}

/** Thrown through the loader after a syntax error was printed, so no cache file is written. */
export class CompileFailed extends Error {}

/** The loader's compile function for files the CLI compiles itself (the main script, `tspy compile`). */
export const compileOrFail: CompileFn = (source: string, filename: string, optimize: 0 | 1, timings?: LoaderTimings): CodeObject => {
  const code = compileSource(source, filename, optimize, timings);
  if (code === null) throw new CompileFailed();
  return code;
};
