// SyntaxError as the grammar and the compiler report it, shaped like CPython's (filename,
// lineno, offset, text) and printed in CPython 3.11's layout. Imports nothing from tspy.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A syntax error. lineno and offset are 1-based, as CPython's SyntaxError attributes; offset
 * counts characters. endOffset (exclusive, 1-based) widens the caret to a range, as CPython 3.11
 * does for some errors; when absent a single caret is printed.
 */
export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number = 0,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = type;
  }
}

/**
 * Print a syntax error as the CPython 3.11 interpreter does (no "Traceback" header for a
 * compile-time error): the line without its indentation, then carets from offset to endOffset.
 */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    // as pythonrun.c's print_error_text: strip the indentation and shift the caret with it
    let offset = e.offset - 1;
    let text = e.text.replace(/\n$/, '');
    const indent = /^[ \t\f]*/.exec(text)![0].length;
    text = text.slice(indent);
    offset = Math.min(offset - indent, text.length);
    out += `    ${text}\n`;
    if (offset >= 0) {
      // CPython marks a range only for SyntaxError proper; IndentationError gets one caret
      let width = 1;
      if (e.type === 'SyntaxError' && e.endLineno === e.lineno && e.endOffset > e.offset) width = e.endOffset - e.offset;
      out += `    ${' '.repeat(offset)}${'^'.repeat(width)}\n`;
    }
  }
  out += `${e.type}: ${e.msg}\n`;
  return out;
}
