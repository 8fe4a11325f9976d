// The grammar's public face: source -> tokens -> AST. Other folders import only this file.

export * from './ast';
export { parse, tokenize, type ParseTimings } from './parse';
export { PySyntaxError, formatSyntaxError, type SyntaxErrorType } from './errors';
export { TOKEN_TYPES, KEYWORDS, type Token, type TokenType } from './tokens';
export { dump, dumpAst, pyRepr, type DumpOptions } from './dump';
