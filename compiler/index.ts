// Public face of compiler/: source or AST to code objects.

export { compile, compileAst, type CompileOptions, type CompileTimings } from './compile';
export type { CompileMode } from './codegen';
