// Turns a parse failure into CPython 3.11's SyntaxError: the generic "invalid syntax" at the
// offending token, or one of CPython's specific messages when the token stream shows the
// mistake cheaply (its invalid_* grammar rules and tokenizer checks). Used by parse.ts.

import type { Column } from './earley';
import { PySyntaxError } from './errors';
import { pendingErrors } from './lexer';
import type { Token } from './tokens';

const BLOCK_OWNERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition',
};
const FORCED_COLON = new Set(['else', 'try', 'finally', 'def']);
const EXPR_START_KEYWORDS = new Set(['None', 'True', 'False', 'lambda', 'not', 'await']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** The empty ERRORTOKEN where the lexer stopped at an error it left for the parser to reach. */
export function isPendingMark(t: Token): boolean {
  return t.type === 'ERRORTOKEN' && t.text === '';
}

function expects(column: Column, literal: string): boolean {
  return column.expectsLiteral(literal);
}

function startsExpr(t: Token): boolean {
  return t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || OPENERS.has(t.text) && t.type === 'OP' ||
    (t.type === 'KEYWORD' && EXPR_START_KEYWORDS.has(t.text)) || (t.type === 'OP' && (t.text === '-' || t.text === '~' || t.text === '...'));
}

function endsExpr(t: Token): boolean {
  return t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'OP' && (CLOSERS.has(t.text) || t.text === '...')) ||
    (t.type === 'KEYWORD' && (t.text === 'None' || t.text === 'True' || t.text === 'False'));
}

/**
 * The PySyntaxError for a parse that cannot accept tokens[index] (or ends before it); `column` is
 * the parser's last column, whose items say what it expected.
 */
export function syntaxError(tokens: Token[], index: number, column: Column, filename: string, lines: string[] | null): PySyntaxError {
  const tok = tokens[index];
  const pending = pendingErrors.get(tokens);
  if (pending && (tok === undefined || isPendingMark(tok))) return pending.error;
  const e = parserError(tokens, index, tok, column, filename, lines);
  if (pending?.atEof) {
    // CPython reports the unclosed bracket when its parser had read past the bracket's line:
    // from a later line, after `name =` inside the bracket (it reads the value), or past the
    // second expression of a missing comma. This only approximates its lookahead.
    const { lineno, offset } = pending.error;
    const inside = tok.line === lineno && tok.col + 1 > offset;
    const read = e.msg.endsWith('forgot a comma?') ? tokens[primaryEnd(tokens, index) + 1] ?? tok : tok;
    // an unclosed bracket right after an expression is read as a display or call to its end
    const isBracket = tok.line === lineno && tok.col + 1 === offset && index > 0 && endsExpr(tokens[index - 1]) &&
      tokens[index + 1] !== undefined && startsExpr(tokens[index + 1]);
    if (read.line > lineno || isBracket || (inside && tok.type === 'OP' && tok.text === '=')) return pending.error;
  }
  return e;
}

function parserError(tokens: Token[], index: number, at: Token, column: Column, filename: string, lines: string[] | null): PySyntaxError {
  const lineText = (n: number) => (lines ? (lines[n - 1] ?? '') + '\n' : null);
  let tok = at;
  if (tok.type === 'NEWLINE' && lines) {
    // CPython's C tokenizer puts a NEWLINE that follows a comment where the comment starts
    const hash = (lines[tok.line - 1] ?? '').lastIndexOf('#', tok.col);
    const prevTok = tokens[index - 1];
    if (hash >= 0 && (!prevTok || prevTok.endLine < tok.line || prevTok.endCol <= hash)) tok = { ...tok, col: hash, endCol: tok.col };
  }
  if (tok.type === 'KEYWORD' && tok.text === 'not' && tokens[index - 1] && endsExpr(tokens[index - 1]) && tokens[index + 1]) {
    // `a not b`: CPython reads `not` as the start of `not in` and fails at the token after it
    tok = tokens[++index];
  }
  // CPython's offset for an error at a DEDENT is one less than for other tokens
  const make = (type: 'SyntaxError' | 'IndentationError', msg: string, a: Token, b: Token = a) =>
    new PySyntaxError(type, msg, filename, a.line, a.type === 'DEDENT' ? a.col : a.col + 1, lineText(a.line), b.endLine, b.endCol + 1);
  let lineStart = index;
  while (lineStart > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(tokens[lineStart - 1].type)) lineStart--;

  if (tok.type === 'INDENT') {
    return new PySyntaxError('IndentationError', 'unexpected indent', filename, tok.line, tok.endCol, lineText(tok.line), tok.line, -1);
  }
  const prev = tokens[index - 1];
  if (prev?.type === 'NEWLINE' && tokens[index - 2]?.text === ':') {
    let s = index - 2;
    while (s > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(tokens[s - 1].type)) s--;
    const owner = BLOCK_OWNERS[tokens[s].text];
    if (owner && tokens[s].type === 'KEYWORD') {
      const at = tok.type === 'ENDMARKER' ? prev : tok;
      return make('IndentationError', `expected an indented block after ${owner} on line ${tokens[s].line}`, at);
    }
  }
  if (tok.type === 'ENDMARKER' && prev) return make('SyntaxError', 'invalid syntax', prev);
  // CPython: these parse, but tspy's AST (ast.ts) has no async or match nodes; say so plainly
  if (tok.type === 'KEYWORD' && tok.text === 'async') return make('SyntaxError', "'async' statements are not supported by tspy", tok);
  if (index === lineStart + 1 && tokens[lineStart].type === 'NAME' && tokens[lineStart].text === 'match' && tokens[index - 1] === tokens[lineStart]) {
    const colon = tokens.slice(index, index + 200).find((t) => t.type === 'NEWLINE');
    if (colon && tokens[tokens.indexOf(colon) - 1]?.text === ':') return make('SyntaxError', "the 'match' statement is not supported by tspy", tokens[lineStart]);
  }
  const first = tokens[lineStart];
  const kw = first.type === 'KEYWORD' ? first.text : '';
  // CPython's grammar forces the ':' after `else`, `try`, `finally` and a `def`
  // header (&&':'); after the other block headers it only says so at the end of the line.
  if (BLOCK_OWNERS[kw] && expects(column, ':') &&
      (tok.type === 'NEWLINE' || (FORCED_COLON.has(kw) && bracketDepth(tokens, lineStart, index) === 0))) {
    return make('SyntaxError', "expected ':'", tok);
  }
  if (kw === 'def' && index === lineStart + 2 && tokens[lineStart + 1].type === 'NAME') return make('SyntaxError', "expected '('", tok);
  if ((kw === 'if' || kw === 'elif' || kw === 'while' || first.text === '@') && tok.text === '=' && tok.type === 'OP' && prev.type === 'NAME' && tokens[index - 2]?.text !== '.' &&
      bracketDepth(tokens, lineStart, index) === 0) {
    return make('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, tokens[primaryEnd(tokens, index + 1)] ?? tok);
  }
  if (first.type === 'NAME' && first.text === 'print' && index === lineStart + 1 && startsExpr(tok)) {
    let e = index;
    while (tokens[e + 1] && tokens[e + 1].type !== 'NEWLINE') e++;
    return make('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", first, tokens[e]);
  }
  if (index === lineStart && expects(column, 'except') && expects(column, 'finally')) {
    return make('SyntaxError', "expected 'except' or 'finally' block", tok);
  }
  if (tok.type === 'OP' && tok.text === '=' && prev?.type === 'NAME') {
    const star = tokens[index - 2];
    if (star?.type === 'OP' && (star.text === '*' || star.text === '**') && inParameters(tokens, lineStart, index)) {
      return make('SyntaxError', `var-${star.text === '*' ? 'positional' : 'keyword'} argument cannot have default value`, tok);
    }
  }
  const argStart = tok.type === 'OP' && tok.text === '=' ? callArgumentStart(tokens, lineStart, index) : -1;
  if (argStart >= 0 && argStart < index - 1) {
    return make('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', tokens[argStart], tok);
  }
  const dangling = danglingIf(tokens, lineStart, index);
  if (dangling >= 0 && dangling < index - 1) {
    return make('SyntaxError', "expected 'else' after 'if' expression", tokens[ifBodyStart(tokens, lineStart, dangling)],
      tokens[conditionEnd(tokens, dangling, index)]);
  }
  const key = dictKeyWithoutColon(tokens, index);
  if (key >= 0) {
    const k = tokens[key];
    return new PySyntaxError('SyntaxError', "':' expected after dictionary key", filename, k.line, k.col + 1, lineText(k.line), k.line, 0);
  }
  // an f-string field is parsed as if in parentheses (lines is null for one)
  if (prev && endsExpr(prev) && startsExpr(tok) && !(prev.type === 'NAME' && tok.type === 'STRING') &&
      (lines === null || (bracketDepth(tokens, lineStart, index) > 0 && inExpressionList(tokens, lineStart, index)))) {
    return make('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', tokens[primaryStart(tokens, index - 1)], tokens[primaryEnd(tokens, index)]);
  }
  return make('SyntaxError', 'invalid syntax', tok);
}

/**
 * Whether tokens[index] sits in a bracket holding expressions (CPython's comma hint comes from
 * its `expression` rule): not a parameter or import list, not a comprehension's iterable.
 */
function inExpressionList(tokens: Token[], lineStart: number, index: number): boolean {
  let depth = 0;
  for (let i = index - 1; i >= lineStart; i--) {
    const t = tokens[i];
    if (t.type === 'OP' && CLOSERS.has(t.text)) depth++;
    else if (t.type === 'OP' && OPENERS.has(t.text)) {
      if (depth-- > 0) continue;
      const before = tokens[i - 1];
      if (before?.type === 'KEYWORD' && before.text === 'import') return false;
      if (before?.type === 'NAME' && tokens[i - 2]?.type === 'KEYWORD' && tokens[i - 2].text === 'def') return false;
      return true;
    } else if (depth === 0 && t.type === 'KEYWORD') {
      // a comprehension's target gets the hint, its iterable and conditions do not
      if (t.text === 'for') return true;
      if (t.text === 'in' || t.text === 'if' || t.text === 'lambda') return false;
    }
  }
  return false;
}

/** The innermost bracket open at tokens[index], as its index, or -1. */
function openBracket(tokens: Token[], lineStart: number, index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= lineStart; i--) {
    const t = tokens[i];
    if (t.type !== 'OP') continue;
    if (CLOSERS.has(t.text)) depth++;
    else if (OPENERS.has(t.text) && depth-- === 0) return i;
  }
  return -1;
}

/** Whether tokens[index] is in the parameters of a `def` or a `lambda`. */
function inParameters(tokens: Token[], lineStart: number, index: number): boolean {
  const open = openBracket(tokens, lineStart, index);
  if (open >= 0) return tokens[open].text === '(' && tokens[open - 2]?.type === 'KEYWORD' && tokens[open - 2].text === 'def';
  for (let i = index - 1; i >= lineStart; i--) if (tokens[i].type === 'KEYWORD' && tokens[i].text === 'lambda') return true;
  return false;
}

/** In a call `f(..., expr = ...)`: the index where that argument starts, or -1 elsewhere. */
function callArgumentStart(tokens: Token[], lineStart: number, index: number): number {
  const open = openBracket(tokens, lineStart, index);
  if (open < 1 || tokens[open].text !== '(' || !endsExpr(tokens[open - 1]) || inParameters(tokens, lineStart, index)) return -1;
  let depth = 0;
  for (let i = index - 1; i > open; i--) {
    const t = tokens[i];
    if (t.type === 'OP' && CLOSERS.has(t.text)) depth++;
    else if (t.type === 'OP' && OPENERS.has(t.text)) depth--;
    else if (depth === 0 && t.type === 'OP' && t.text === '=') return -1;  // already `name = value`
    else if (depth === 0 && t.type === 'OP' && t.text === ',') return i + 1;
  }
  return open + 1;
}

/** The `if` of a conditional expression still waiting for its `else` at tokens[index], or -1. */
function danglingIf(tokens: Token[], lineStart: number, index: number): number {
  const depths: number[] = [];
  let depth = 0;
  for (let i = lineStart; i < index; i++) {
    const t = tokens[i];
    if (t.type === 'OP' && CLOSERS.has(t.text)) depth--;
    depths.push(depth);
    if (t.type === 'OP' && OPENERS.has(t.text)) depth++;
  }
  for (let i = index - 1; i > lineStart; i--) {
    const t = tokens[i];
    const d = depths[i - lineStart];
    if (d > depth || t.type !== 'KEYWORD') continue;
    if (t.text === 'else' || t.text === 'lambda') return -1;
    if (t.text !== 'if') continue;
    // a comprehension's `if` follows a `for` at the same depth
    for (let j = i - 1; j >= lineStart && depths[j - lineStart] >= d; j--) {
      if (depths[j - lineStart] === d && tokens[j].type === 'KEYWORD' && tokens[j].text === 'for') return -1;
    }
    return d === depth && tokens[index].type === 'KEYWORD' && tokens[index].text === 'else' ? -1 : i;
  }
  return -1;
}

/** The last token of the condition after tokens[ifIndex], before the failure at tokens[index]. */
function conditionEnd(tokens: Token[], ifIndex: number, index: number): number {
  let depth = 0;
  let end = ifIndex + 1;
  for (let j = ifIndex + 1; j < index; j++) {
    const t = tokens[j];
    const opener = t.type === 'OP' && OPENERS.has(t.text);
    if (t.type === 'OP' && CLOSERS.has(t.text)) depth--;
    if (depth === 0 && !opener) end = j;
    if (opener) depth++;
  }
  return end;
}

const BODY_STOP_OPS = new Set(['=', ',', ':', ';', ':=', '->', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '<<=', '>>=', '**=']);
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'and', 'or', 'in', 'is', 'await']);

/** The first token of the body `a` in `a if cond`, whose `if` is tokens[ifIndex]. */
function ifBodyStart(tokens: Token[], lineStart: number, ifIndex: number): number {
  let depth = 0;
  let i = ifIndex - 1;
  for (; i >= lineStart; i--) {
    const t = tokens[i];
    if (t.type === 'OP' && CLOSERS.has(t.text)) { depth++; continue; }
    if (t.type === 'OP' && OPENERS.has(t.text)) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (t.type === 'OP' && BODY_STOP_OPS.has(t.text)) break;
    if (t.type === 'KEYWORD' && !EXPR_KEYWORDS.has(t.text)) break;
  }
  return i + 1;
}

/** In `{k: v, k2 ...` failing after k2: the index of `k2`, a dict key missing its ':'; else -1. */
function dictKeyWithoutColon(tokens: Token[], index: number): number {
  let depth = 0;
  let lastComma = -1;
  let colonAfterComma = false;
  let colonBefore = false;
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.type !== 'OP') continue;
    if (CLOSERS.has(t.text)) depth++;
    else if (OPENERS.has(t.text)) {
      if (depth-- > 0) continue;
      if (t.text !== '{' || !colonBefore || colonAfterComma || lastComma < 0 || lastComma === index - 1) return -1;
      return lastComma + 1;
    } else if (depth === 0 && t.text === ',') {
      if (lastComma < 0) lastComma = i;
    } else if (depth === 0 && t.text === ':') {
      if (lastComma < 0) colonAfterComma = true;
      else colonBefore = true;
    }
  }
  return -1;
}

function bracketDepth(tokens: Token[], from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i].type !== 'OP') continue;
    if (OPENERS.has(tokens[i].text)) d++;
    else if (CLOSERS.has(tokens[i].text)) d--;
  }
  return d;
}

/** The first token of the primary expression (`a.b(c)[d]`) that ends at tokens[i]. */
function primaryStart(tokens: Token[], i: number): number {
  for (;;) {
    if (tokens[i].type === 'OP' && CLOSERS.has(tokens[i].text)) {
      let d = 0;
      for (; i > 0; i--) {
        if (CLOSERS.has(tokens[i].text)) d++;
        else if (OPENERS.has(tokens[i].text) && --d === 0) break;
      }
    }
    const before = tokens[i - 1];
    if (before && before.text === '.' && i >= 2) { i -= 2; continue; }
    if (before && tokens[i].type === 'OP' && OPENERS.has(tokens[i].text) && endsExpr(before) && tokens[i].text !== '{') { i--; continue; }
    if (before && tokens[i].type === 'STRING' && before.type === 'STRING') { i--; continue; }
    return i;
  }
}

/** The last token of the primary expression starting at tokens[i]. */
function primaryEnd(tokens: Token[], i: number): number {
  for (;;) {
    if (tokens[i].type === 'OP' && OPENERS.has(tokens[i].text)) {
      let d = 0;
      for (; i < tokens.length - 1; i++) {
        if (OPENERS.has(tokens[i].text)) d++;
        else if (CLOSERS.has(tokens[i].text) && --d === 0) break;
      }
    }
    const after = tokens[i + 1];
    if (after && after.text === '.' && tokens[i + 2]?.type === 'NAME') { i += 2; continue; }
    if (after && after.type === 'OP' && (after.text === '(' || after.text === '[')) { i++; continue; }
    if (after && after.type === 'STRING' && tokens[i].type === 'STRING') { i++; continue; }
    return i;
  }
}
