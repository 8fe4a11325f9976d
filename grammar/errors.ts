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

/** Print a syntax error as CPython 3.11 does (no "Traceback" header for a compile-time error). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    const raw = e.text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const cut = raw.length - stripped.length;
    const line = stripped.replace(/\s+$/, '');
    out += `    ${line}\n`;
    const start = Math.max(1, e.offset - cut);
    let width = 1;
    if (e.endOffset > e.offset && e.endLineno === e.lineno) width = e.endOffset - e.offset;
    width = Math.max(1, Math.min(width, line.length - start + 2));
    out += `    ${' '.repeat(start - 1)}${'^'.repeat(width)}\n`;
  }
  out += `${e.type}: ${e.msg}\n`;
  return out;
}
