// The parser driver: tokens from lexer.ts go to nearley one top-level statement at a time (a
// fresh, small chart per statement), the parse is asserted unique, and finish.ts resolves the
// raw tree. nearley failures become PySyntaxError with CPython 3.11's messages and positions.

import nearley from 'nearley';
import type { Expr, Module, Stmt } from './ast';
import { TokenStream } from './build';
import { PySyntaxError } from './errors';
import { Finisher } from './finish';
import { pendingErrors, tokenizeSource } from './lexer';
import compiled from './python.gen';
import type { Token } from './tokens';

const FILE_GRAMMAR = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);
const FIELD_GRAMMAR = nearley.Grammar.fromCompiled({ ...(compiled as unknown as nearley.CompiledRules), ParserStart: 'fexpr_input' });

const CONTINUATION = new Set(['elif', 'else', 'except', 'finally']);
const BLOCK_OWNERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition',
};
const FORCED_COLON = new Set(['else', 'try', 'finally', 'def']);
const EXPR_START_KEYWORDS = new Set(['None', 'True', 'False', 'lambda', 'not', 'await']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** Normalize line endings as CPython's universal newlines do. */
function normalize(source: string): string {
  return source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
}

/** Tokenize source as CPython's tokenizer would (keywords have type KEYWORD). */
export function tokenize(source: string, filename = '<string>'): Token[] {
  return tokenizeSource(normalize(source), filename);
}

/**
 * Parse a module. Throws PySyntaxError (SyntaxError, IndentationError, TabError) for invalid
 * source, and a plain Error naming the rule if the grammar ever yields more than one parse.
 */
export function parse(source: string, filename: string): Module {
  const text = normalize(source);
  const lines = text.split('\n');
  const tokens = tokenizeSource(text, filename, 1, 0, false, true);
  const finisher: Finisher = new Finisher(filename, lines, (src, line, col): Expr => parseField(src, line, col, filename, finisher));
  const body: Stmt[] = [];
  let start = 0;
  let depth = 0;
  let lineStart: Token = tokens[0];
  let prevWasBreak = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'ENDMARKER' || t.type === 'ERRORTOKEN') break;
    if (t.type === 'INDENT') depth++;
    else if (t.type === 'DEDENT') depth--;
    else if (prevWasBreak) lineStart = t;
    prevWasBreak = t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT';
    if (depth !== 0 || (t.type !== 'NEWLINE' && t.type !== 'DEDENT')) continue;
    const next = tokens[i + 1];
    if (next.type === 'INDENT' || (next.type === 'KEYWORD' && CONTINUATION.has(next.text))) continue;
    if (t.type === 'NEWLINE' && lineStart.text === '@' && lineStart.type === 'OP') continue;
    const result = runParser(FILE_GRAMMAR, tokens, start, i + 1, filename, lines);
    for (const s of finisher.fin(result) as Stmt[]) body.push(s);
    start = i + 1;
  }
  const end = tokens.length - 1;
  if (start < end) {
    for (const s of finisher.fin(runParser(FILE_GRAMMAR, tokens, start, end, filename, lines)) as Stmt[]) body.push(s);
  }
  return { kind: 'Module', body };
}

function parseField(src: string, line: number, col: number, filename: string, finisher: Finisher): Expr {
  const tokens = tokenizeSource(src, filename, line, col, true);
  const result = runParser(FIELD_GRAMMAR, tokens, 0, tokens.length - 1, filename, null);
  return finisher.fin(result) as Expr;
}

// The first chart column (every prediction of the start symbol) is the same for every statement
// and nearley never changes a column once the parser has moved past it, so parsers share it.
const firstColumns = new Map<nearley.Grammar, unknown>();

function newParser(grammar: nearley.Grammar, stream: TokenStream): nearley.Parser {
  let column = firstColumns.get(grammar);
  if (column === undefined) {
    column = (new nearley.Parser(grammar) as any).table[0];
    firstColumns.set(grammar, column);
  }
  const parser = Object.create(nearley.Parser.prototype);
  parser.grammar = grammar;
  parser.options = { keepHistory: false, lexer: stream };
  parser.lexer = stream;
  parser.lexerState = undefined;
  parser.table = [column];
  parser.current = 0;
  // nearley's own report walks the whole chart; ours is built from the tokens instead.
  parser.reportError = () => '';
  return parser;
}

/** Run nearley over tokens[start, end) and return the single result. */
function runParser(grammar: nearley.Grammar, tokens: Token[], start: number, end: number, filename: string, lines: string[] | null): any {
  const stream = new TokenStream(tokens, end, start);
  const parser = newParser(grammar, stream);
  try {
    parser.feed('');
  } catch (e) {
    if (!(e as { token?: Token }).token) throw e;
    throw syntaxError(tokens, stream.last, parser, filename, lines);
  }
  const results = parser.results;
  if (results.length === 0) throw syntaxError(tokens, end, parser, filename, lines);
  if (results.length > 1) {
    const at = tokens[start];
    throw new Error(`tspy internal error: ambiguous grammar, ${results.length} parses of the statement at ` +
      `${filename}:${at.line}:${at.col} (they differ at ${diffPath(results[0], results[1], 'result')})`);
  }
  return results[0];
}

/** Where two parse results first differ, as a property path (names the ambiguous rule's output). */
function diffPath(a: any, b: any, path: string): string {
  if (a === b || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  if (a.kind !== b.kind) return `${path} (${a.kind} vs ${b.kind})`;
  for (const k of Object.keys(a)) {
    if (a[k] !== b[k] && JSON.stringify(a[k], replacer) !== JSON.stringify(b[k], replacer)) return diffPath(a[k], b[k], `${path}.${k}`);
  }
  return path;
}

function replacer(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

// ---- syntax errors -----------------------------------------------------------------------------

function expects(parser: nearley.Parser, literal: string): boolean {
  const p = parser as any;
  const column = p.table[p.current];
  return column.states.some((s: any) => {
    const sym = s.rule.symbols[s.dot];
    return sym && sym.literal === literal;
  });
}

function startsExpr(t: Token): boolean {
  return t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || OPENERS.has(t.text) && t.type === 'OP' ||
    (t.type === 'KEYWORD' && EXPR_START_KEYWORDS.has(t.text)) || (t.type === 'OP' && (t.text === '-' || t.text === '~' || t.text === '...'));
}

function endsExpr(t: Token): boolean {
  return t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'OP' && (CLOSERS.has(t.text) || t.text === '...')) ||
    (t.type === 'KEYWORD' && (t.text === 'None' || t.text === 'True' || t.text === 'False'));
}

/** Build the PySyntaxError for a parse that cannot accept tokens[index]. */
function syntaxError(tokens: Token[], index: number, parser: nearley.Parser, filename: string, lines: string[] | null): PySyntaxError {
  const tok = tokens[index];
  const pending = pendingErrors.get(tokens);
  if (pending && (tok === undefined || tok.type === 'ERRORTOKEN')) return pending;
  const e = parserError(tokens, index, tok, parser, filename, lines);
  // CPython: an unclosed bracket on an earlier line explains a later error better than it does
  return pending && tok.line > pending.lineno ? pending : e;
}

function parserError(tokens: Token[], index: number, tok: Token, parser: nearley.Parser, filename: string, lines: string[] | null): PySyntaxError {
  const lineText = (n: number) => (lines ? (lines[n - 1] ?? '') + '\n' : null);
  const make = (type: 'SyntaxError' | 'IndentationError', msg: string, a: Token, b: Token = a) =>
    new PySyntaxError(type, msg, filename, a.line, a.col + 1, lineText(a.line), b.endLine, b.endCol + 1);
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
  if (BLOCK_OWNERS[kw] && expects(parser, ':') && (tok.type === 'NEWLINE' || FORCED_COLON.has(kw))) {
    return make('SyntaxError', "expected ':'", tok);
  }
  if (kw === 'def' && index === lineStart + 2 && tokens[lineStart + 1].type === 'NAME') return make('SyntaxError', "expected '('", tok);
  if ((kw === 'if' || kw === 'elif' || kw === 'while') && tok.text === '=' && tok.type === 'OP' && prev.type === 'NAME' && tokens[index - 2]?.text !== '.' &&
      bracketDepth(tokens, lineStart, index) === 0) {
    return make('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, tokens[primaryEnd(tokens, index + 1)] ?? tok);
  }
  if (first.type === 'NAME' && first.text === 'print' && index === lineStart + 1 && startsExpr(tok)) {
    let e = index;
    while (tokens[e + 1] && tokens[e + 1].type !== 'NEWLINE') e++;
    return make('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", first, tokens[e]);
  }
  if (prev && endsExpr(prev) && startsExpr(tok) && bracketDepth(tokens, lineStart, index) > 0) {
    return make('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', tokens[primaryStart(tokens, index - 1)], tokens[primaryEnd(tokens, index)]);
  }
  return make('SyntaxError', 'invalid syntax', tok);
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
