// Token type names of the tspy tokenizer, as CPython's `token` module names them, plus KEYWORD
// (CPython tokenizes keywords as NAME; a separate type keeps the nearley grammar unambiguous).
// ERRORTOKEN is a stray `$ ? ! \`` as in CPython, or (empty text) where the lexer stopped at an
// error it leaves for the parser to reach. Imports nothing from tspy.

export const TOKEN_TYPES = [
  'NAME', 'KEYWORD', 'NUMBER', 'STRING', 'OP', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'ERRORTOKEN',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Python 3.11's hard keywords (`keyword.kwlist`). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * One token. line is 1-based, col 0-based (characters), end exclusive, as CPython's tokenize.
 * `text` is the source text; nearley matches grammar literals ("if", "+=") against it.
 */
export interface Token {
  type: TokenType;
  text: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Adjacent STRING tokens, merged into one token for the parser (parse.ts); absent otherwise. */
  parts?: Token[];
}
