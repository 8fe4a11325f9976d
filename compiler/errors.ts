// Compile-time SyntaxErrors with CPython's location rules (lineno, 1-based offset, source text).
// Shared by the symbol table and the code generator. Imports only grammar's error type.

import { PySyntaxError, type Pos } from '../grammar';

/** Raises PySyntaxError at an AST position; knows the filename and (optionally) the source lines. */
export class ErrorReporter {
  private lines: string[] | null = null;

  constructor(readonly filename: string, private readonly source: string | null) {}

  /** The source text of 1-based line `lineno`, with its newline as CPython keeps it, or null. */
  lineText(lineno: number): string | null {
    if (this.source === null) return null;
    if (this.lines === null) this.lines = this.source.replace(/\r\n?/g, '\n').split(/(?<=\n)/);
    return this.lines[lineno - 1] ?? null;
  }

  /** Throws a SyntaxError spanning `pos` (offsets converted to CPython's 1-based columns). */
  error(msg: string, pos: Pos): never {
    throw new PySyntaxError(
      'SyntaxError', msg, this.filename, pos.lineno, pos.col_offset + 1, this.lineText(pos.lineno),
      pos.end_lineno, pos.end_col_offset + 1, // an end_col_offset of -1 means "no end", as CPython's None
    );
  }
}
