// Public face of compiler/: source or AST to code objects.

export { compile, compileAst, type CompileOptions } from './compile';
