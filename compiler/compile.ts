// The compiler's entry points: source or AST in, a tree of frozen CodeObjects out
// (CPython's compile()). Imports grammar (parse, AST, errors) and bytecode only.

import { parse, type Module } from '../grammar';
import type { CodeObject } from '../bytecode';
import { generateModule, type CompileMode } from './codegen';
import { ErrorReporter } from './errors';

export interface CompileOptions {
  /** 1: python -O (asserts not compiled, `__debug__` is False). Default 0. */
  optimize?: 0 | 1;
  /** 'exec' (a module, the default), 'eval' (one expression, returned) or 'single' (interactive). */
  mode?: CompileMode;
  /** The source text, used only to fill SyntaxError.text (compile() passes it itself). */
  source?: string;
}

/** An optional clock for `tspy run --timing`: lexing and parsing, then code generation. */
export interface CompileTimings {
  add(filename: string, phase: 'lex' | 'parse' | 'codegen', ms: number): void;
}

/** Parse and compile a module. Throws PySyntaxError (from the parser or the compiler). */
export function compile(source: string, filename: string, options: { optimize?: 0 | 1; mode?: CompileMode; timings?: CompileTimings } = {}): CodeObject {
  const timings = options.timings;
  const module = parse(source, filename, timings);
  const opts = { optimize: options.optimize, mode: options.mode, source };
  if (!timings) return compileAst(module, filename, opts);
  const t0 = performance.now();
  const code = compileAst(module, filename, opts);
  timings.add(filename, 'codegen', performance.now() - t0);
  return code;
}

/** Compile a parsed module. Throws PySyntaxError for compile-time errors (CPython's messages). */
export function compileAst(module: Module, filename: string, options: CompileOptions = {}): CodeObject {
  const err = new ErrorReporter(filename, options.source ?? null);
  return generateModule(module, err, { optimize: options.optimize ?? 0, mode: options.mode });
}
