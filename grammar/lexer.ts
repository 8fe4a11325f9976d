// The tokenizer: a moo lexer for raw tokens plus an indentation layer that synthesizes NEWLINE,
// INDENT, DEDENT and ENDMARKER and joins lines inside brackets, like CPython's tokenizer.c.
// Imports only tokens.ts and errors.ts.

import moo from 'moo';
import { PySyntaxError } from './errors';
import { KEYWORDS, type Token, type TokenType } from './tokens';

const PREFIX = String.raw`(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?`;
const STRING_RE = new RegExp(
  PREFIX +
    String.raw`(?:'''(?:[^\\']|\\[^]|'(?!''))*'''|"""(?:[^\\"]|\\[^]|"(?!""))*"""|'(?!'')(?:[^\\'\n]|\\[^])*'|"(?!"")(?:[^\\"\n]|\\[^])*")`,
  'u',
);
const DIGITS = String.raw`\d(?:_?\d)*`;
const NUMBER_RE = new RegExp(
  String.raw`0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|` +
    String.raw`(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][+-]?${DIGITS})?[jJ]?`,
  'u',
);

// moo tries rules in order and takes the first that matches, so longer operators come first.
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}',
  ',', ':', ';', '.', '=',
];

const rawLexer = moo.compile({
  ws: /[ \t\f]+/u,
  comment: /#[^\n]*/u,
  cont: { match: /\\\n/u, lineBreaks: true },
  nl: { match: /\n/u, lineBreaks: true },
  string: { match: STRING_RE, lineBreaks: true },
  badTriple: new RegExp(PREFIX + `(?:'''|""")`, 'u'),
  badSingle: new RegExp(PREFIX + `['"]`, 'u'),
  number: NUMBER_RE,
  name: /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/u,
  op: OPERATORS,
  backslash: /\\/u,
  other: /[^\n]/u,
});

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
// CPython's tokenizer limits (MAXLEVEL, MAXINDENT in Parser/tokenizer.h).
const MAX_PARENS = 200;
const MAX_INDENT = 100;
const IDENT_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
const NUMBER_KEYWORDS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];
// Characters Python's str.isprintable() rejects.
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/**
 * Tokenize Python source (newlines already normalized to \n) into CPython-like tokens ending
 * with ENDMARKER. `firstLine`/`firstCol` place a fragment (an f-string field) in its file.
 * Throws PySyntaxError for tokenizer errors (bad indentation, unterminated strings, brackets).
 */
export function tokenizeSource(source: string, filename: string, firstLine = 1, firstCol = 0, fragment = false, lenient = false): Token[] {
  return new Lexer(source, filename, firstLine, firstCol, fragment, lenient).run();
}

/**
 * With `lenient`, a bad indentation or a bracket still open at EOF ends the token list with an
 * ERRORTOKEN and its error is kept here: parse.ts reports it only if the parse gets that far
 * (an indentation error) or, for the bracket, if no earlier error explains things better.
 */
export const pendingErrors = new WeakMap<Token[], { error: PySyntaxError; atEof: boolean }>();

class Lexer {
  private readonly out: Token[] = [];
  private readonly lines: string[];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly parens: Token[] = [];
  private atLineStart = true;
  private indentText = '';

  constructor(
    private readonly source: string,
    private readonly filename: string,
    private readonly firstLine: number,
    private readonly firstCol: number,
    private readonly fragment: boolean,
    private readonly lenient: boolean,
  ) {
    this.lines = source.split('\n');
  }

  run(): Token[] {
    rawLexer.reset(this.source);
    let lastEnd: Token | null = null;
    for (let t = rawLexer.next(); t !== undefined; t = rawLexer.next()) {
      const type = t.type as string;
      const line = t.line + this.firstLine - 1;
      const col = t.col - 1 + (t.line === 1 ? this.firstCol : 0);
      if (this.atLineStart && this.parens.length === 0) {
        if (type === 'ws') { this.indentText = t.text; continue; }
        if (type === 'comment' || type === 'cont') continue;
        if (type === 'nl') { this.indentText = ''; continue; }
        if (!this.fragment) {
          try {
            this.indent(line, col);
          } catch (e) {
            // CPython's tokenizer is lazy: a parse error before this line is reported first
            if (!this.lenient || !(e instanceof PySyntaxError)) throw e;
            this.push('ERRORTOKEN', '', line, col, line, col);  // empty text: the pending error's place
            pendingErrors.set(this.out, { error: e, atEof: false });
            return this.out;
          }
        }
        this.atLineStart = false;
      }
      switch (type) {
        case 'cont':
          if (t.offset + t.text.length >= this.source.length) throw this.error('unexpected EOF while parsing', line, col + 1);
          continue;
        case 'ws': case 'comment':
          continue;
        case 'nl':
          if (this.parens.length > 0 || this.fragment) continue;
          this.push('NEWLINE', '\n', line, col, line, col + 1);
          this.atLineStart = true;
          this.indentText = '';
          continue;
        case 'string': {
          const nl = t.lineBreaks;
          const endLine = line + nl;
          const endCol = nl ? t.text.length - t.text.lastIndexOf('\n') - 1 : col + t.text.length;
          lastEnd = this.push('STRING', t.text, line, col, endLine, endCol);
          continue;
        }
        case 'badTriple': {
          const last = this.lines.length - (this.source.endsWith('\n') ? 1 : 0);
          throw this.error(`unterminated triple-quoted string literal (detected at line ${last + this.firstLine - 1})`, line, col);
        }
        case 'badSingle':
          throw this.error(`unterminated string literal (detected at line ${line})`, line, col);
        case 'number':
          this.checkNumber(t.text, t.offset + t.text.length, line, col);
          lastEnd = this.push('NUMBER', t.text, line, col, line, col + t.text.length);
          continue;
        case 'name':
          lastEnd = this.push(KEYWORDS.has(t.text) ? 'KEYWORD' : 'NAME', t.text, line, col, line, col + t.text.length);
          continue;
        case 'op': {
          const tok = this.push('OP', t.text, line, col, line, col + 1 * t.text.length);
          lastEnd = tok;
          this.bracket(tok);
          continue;
        }
        case 'backslash':
          // a backslash not followed by a newline: at EOF CPython reports unexpected EOF
          if (t.offset + 1 >= this.source.length) throw this.error('unexpected EOF while parsing', line, col + 1);
          throw this.error('unexpected character after line continuation character', line, col + 1);
        default: {
          const ch = t.text;
          const cp = ch.codePointAt(0)!;
          if ('$?!`'.includes(ch)) {
            // CPython's tokenizer yields these as ERRORTOKEN, which no grammar rule accepts: the
            // parser says "invalid syntax" there, unless a real tokenizer error comes later
            lastEnd = this.push('ERRORTOKEN', ch, line, col, line, col + 1);
            continue;
          }
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          const shown = NOT_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
          throw this.error(shown, line, col);
        }
      }
    }
    return this.finish(lastEnd);
  }

  private finish(lastEnd: Token | null): Token[] {
    if (this.parens.length > 0) {
      const open = this.parens[this.parens.length - 1];
      const err = this.error(`'${open.text}' was never closed`, open.line, open.col);
      if (!this.lenient) throw err;
      // CPython reports this only if the parser gets to the end of the file: parse.ts decides
      const l = lastEnd ? lastEnd.endLine : 1;
      const c = lastEnd ? lastEnd.endCol : 0;
      this.push('ERRORTOKEN', '', l, c, l, c);
      pendingErrors.set(this.out, { error: err, atEof: true });
      return this.out;
    }
    const lastLine = this.lines.length + this.firstLine - 1;
    if (!this.atLineStart || (this.fragment && this.out.length > 0 && this.out[this.out.length - 1].type !== 'NEWLINE')) {
      const l = lastEnd ? lastEnd.endLine : lastLine;
      const c = lastEnd ? lastEnd.endCol : 0;
      this.push('NEWLINE', '', l, c, l, c + 1);
    }
    const endLine = this.source.endsWith('\n') ? lastLine : lastLine + 1;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push('DEDENT', '', endLine, 0, endLine, 0);
    }
    this.push('ENDMARKER', '', endLine, 0, endLine, 0);
    return this.out;
  }

  private push(type: TokenType, text: string, line: number, col: number, endLine: number, endCol: number): Token {
    const tok: Token = { type, text, line, col, endLine, endCol };
    this.out.push(tok);
    return tok;
  }

  private indent(line: number, col: number): void {
    let width = 0;
    let alt = 0;
    for (const ch of this.indentText) {
      if (ch === '\t') width = (Math.floor(width / 8) + 1) * 8;
      else if (ch === '\f') width = 0;
      else width++;
      alt = ch === '\f' ? 0 : alt + 1;
    }
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    const tabError = () =>
      new PySyntaxError('TabError', 'inconsistent use of tabs and spaces in indentation', this.filename, line, 1, this.lineText(line), line, 0);
    if (width === top) {
      if (alt !== altTop) throw tabError();
    } else if (width > top) {
      if (alt <= altTop) throw tabError();
      if (this.indents.length >= MAX_INDENT) {
        throw new PySyntaxError('IndentationError', 'too many levels of indentation', this.filename, line, 1, this.lineText(line), line, -1);
      }
      this.indents.push(width);
      this.altIndents.push(alt);
      this.push('INDENT', this.indentText, line, 0, line, col);
    } else {
      // as CPython, the error comes before any DEDENT of this line
      if (!this.indents.includes(width)) {
        const text = this.lineText(line);
        throw new PySyntaxError('IndentationError', 'unindent does not match any outer indentation level', this.filename, line, text.length, text, line, -1);
      }
      while (width < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', '', line, col, line, col);
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) throw tabError();
    }
  }

  private bracket(tok: Token): void {
    const c = tok.text;
    if (c === '(' || c === '[' || c === '{') {
      if (this.parens.length >= MAX_PARENS) throw this.error('too many nested parentheses', tok.line, tok.col);
      this.parens.push(tok);
    } else if (c === ')' || c === ']' || c === '}') {
      const open = this.parens.pop();
      if (!open) throw this.error(`unmatched '${c}'`, tok.line, tok.col);
      if (open.text !== CLOSERS[c]) {
        const msg = open.line !== tok.line
          ? `closing parenthesis '${c}' does not match opening parenthesis '${open.text}' on line ${open.line}`
          : `closing parenthesis '${c}' does not match opening parenthesis '${open.text}'`;
        throw this.error(msg, tok.line, tok.col);
      }
    }
  }

  // CPython's verify_end_of_number and friends: a number must not run into a name or digit.
  private checkNumber(text: string, after: number, line: number, col: number): void {
    if (/^0+[1-9]\d*$/.test(text.replace(/_/g, ''))) {
      throw new PySyntaxError('SyntaxError',
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        this.filename, line, col + 1, this.lineText(line), line, col + 1 + text.search(/[1-9]/));
    }
    const next = this.source[after] ?? '';
    if (next === '' || (next !== '_' && next !== '.' && !IDENT_CHAR.test(next))) return;
    const lower = text.toLowerCase();
    const kind = lower.startsWith('0x') ? 'hexadecimal' : lower.startsWith('0o') ? 'octal' : lower.startsWith('0b') ? 'binary' : 'decimal';
    if ((kind === 'binary' || kind === 'octal') && next >= '0' && next <= '9') {
      throw this.error(`invalid digit '${next}' in ${kind} literal`, line, col + text.length);
    }
    if (text === '0' && 'xXoObB'.includes(next)) {
      const prefixKind = 'xX'.includes(next) ? 'hexadecimal' : 'oO'.includes(next) ? 'octal' : 'binary';
      const d = this.source[after + 1] ?? '';
      if (prefixKind !== 'hexadecimal' && d >= '0' && d <= '9') throw this.error(`invalid digit '${d}' in ${prefixKind} literal`, line, col + 2);
      throw this.error(`invalid ${prefixKind} literal`, line, col + 1);
    }
    const plainInt = kind === 'decimal' && !/[.eEjJ]/.test(text);
    const bad = (at: number) => this.error(`invalid ${/[jJ]$/.test(text) ? 'imaginary' : kind} literal`, line, at);
    if (next === '_') throw bad(col + text.length);
    if (next === '.') {
      if (plainInt) throw bad(col + text.length);
      return;
    }
    const rest = this.source.slice(after, after + 8);
    if (!/[jJ]$/.test(text) && NUMBER_KEYWORDS.some((k) => rest.startsWith(k))) return;
    throw bad(plainInt ? col : col + text.length - 1);
  }

  private lineText(line: number): string {
    return (this.lines[line - this.firstLine] ?? '') + '\n';
  }

  private error(msg: string, line: number, col: number): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, line, col + 1, this.fragment ? null : this.lineText(line));
  }
}
