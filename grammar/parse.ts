// The parser driver: tokens from lexer.ts go to nearley one top-level statement at a time (a
// fresh, small chart per statement), the parse is asserted unique, and finish.ts resolves the
// raw tree. nearley failures become PySyntaxError with CPython 3.11's messages and positions.

import nearley from 'nearley';
import type { Expr, Module, Stmt } from './ast';
import { TokenStream } from './build';
import { PySyntaxError } from './errors';
import { Finisher } from './finish';
import { isPendingMark, syntaxError } from './diagnose';
import { tokenizeSource } from './lexer';
import compiled from './python.gen';
import type { Token } from './tokens';

const FILE_GRAMMAR = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);
const FIELD_GRAMMAR = nearley.Grammar.fromCompiled({ ...(compiled as unknown as nearley.CompiledRules), ParserStart: 'fexpr_input' });

const CONTINUATION = new Set(['elif', 'else', 'except', 'finally']);

/** Normalize line endings as CPython's universal newlines do. */
function normalize(source: string): string {
  // CPython: a file's UTF-8 BOM is dropped by the decoder before tokenizing
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Tokenize source as CPython's tokenizer would (keywords have type KEYWORD). */
export function tokenize(source: string, filename = '<string>'): Token[] {
  return tokenizeSource(normalize(source), filename);
}

/**
 * An optional clock for `tspy run --timing`: told how long lexing and parsing took (f-string fields,
 * tokenized while parsing, count as parsing). When absent no clock is read.
 */
export interface ParseTimings {
  add(filename: string, phase: 'lex' | 'parse', ms: number): void;
}

/**
 * Parse a module. Throws PySyntaxError (SyntaxError, IndentationError, TabError) for invalid
 * source, and a plain Error naming the rule if the grammar ever yields more than one parse.
 */
export function parse(source: string, filename: string, timings?: ParseTimings): Module {
  const t0 = timings ? performance.now() : 0;
  const text = normalize(source);
  const lines = text.split('\n');
  const tokens = tokenizeSource(text, filename, 1, 0, false, true);
  let t1 = 0;
  if (timings) {
    t1 = performance.now();
    timings.add(filename, 'lex', t1 - t0);
  }
  const finisher: Finisher = new Finisher(filename, lines, (src, line, col): Expr => parseField(src, line, col, filename, finisher));
  const body: Stmt[] = [];
  let start = 0;
  let depth = 0;
  let lineStart: Token = tokens[0];
  let prevWasBreak = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'ENDMARKER' || isPendingMark(t)) break;
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
  // a pending tokenizer error sits in an ERRORTOKEN the parser must reach to report it
  const end = isPendingMark(tokens[tokens.length - 1]) ? tokens.length : tokens.length - 1;
  if (start < end) {
    for (const s of finisher.fin(runParser(FILE_GRAMMAR, tokens, start, end, filename, lines)) as Stmt[]) body.push(s);
  }
  if (timings) timings.add(filename, 'parse', performance.now() - t1);
  return { kind: 'Module', body };
}

function parseField(src: string, line: number, col: number, filename: string, finisher: Finisher): Expr {
  try {
    const tokens = tokenizeSource(src, filename, line, col, true);
    return finisher.fin(runParser(FIELD_GRAMMAR, tokens, 0, tokens.length - 1, filename, null)) as Expr;
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.msg.startsWith('f-string')) throw e;
    // CPython 3.11 parses a field as `(expr)` on its own: the text and offset refer to that
    const shift = (o: number, l: number) => (l === line && o > 0 ? o - col + 1 : o);
    throw new PySyntaxError(e.type, `f-string: ${e.msg}`, filename, e.lineno, shift(e.offset, e.lineno), `(${src})\n`,
      e.endLineno, shift(e.endOffset, e.endLineno));
  }
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
  return onlyParse(results, `${filename}:${tokens[start].line}:${tokens[start].col}`);
}

/**
 * The single parse of a statement. More than one is a grammar bug (nearley keeps every parse
 * and ambiguity multiplies), reported as an internal error naming where the parses differ.
 */
export function onlyParse(results: unknown[], where: string): unknown {
  if (results.length !== 1) {
    throw new Error(`tspy internal error: ambiguous grammar, ${results.length} parses of the statement at ` +
      `${where} (they differ at ${diffPath(results[0], results[1], 'result')})`);
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
