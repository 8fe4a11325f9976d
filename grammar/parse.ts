// The parser driver: tokens from lexer.ts go to the Earley parser (earley.ts, running nearleyc's
// compiled grammar) one top-level statement at a time (a fresh, small chart per statement), the
// parse is asserted unique, and finish.ts resolves the raw tree. Parse failures become
// PySyntaxError with CPython 3.11's messages and positions.

import type { Expr, Module, Stmt } from './ast';
import { TokenStream } from './build';
import { PySyntaxError } from './errors';
import { Finisher } from './finish';
import { isPendingMark, syntaxError } from './diagnose';
import { EarleyGrammar, ParseFailure, type Column, type CompiledGrammar } from './earley';
import { tokenizeSource } from './lexer';
import compiled from './python.gen';
import type { Token } from './tokens';

const FILE_GRAMMAR = new EarleyGrammar(compiled as unknown as CompiledGrammar);
// built on the first f-string: its lookahead sets take a few ms to compute
let fieldGrammar: EarleyGrammar | null = null;

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
  const spans = statementSpans(tokens);
  for (let k = 0; k < spans.length; k += 2) {
    for (const s of finisher.fin(runParser(FILE_GRAMMAR, tokens, spans[k], spans[k + 1], filename, lines)) as Stmt[]) body.push(s);
  }
  if (timings) timings.add(filename, 'parse', performance.now() - t1);
  return { kind: 'Module', body };
}

/**
 * Where each top-level statement's tokens start and end, as [start0, end0, start1, end1, ...]: a
 * statement ends at a NEWLINE or DEDENT back at depth 0 unless a block continues (INDENT, elif,
 * else, except, finally) or a decorator line precedes its def. The last span runs to the
 * ENDMARKER, or through a pending tokenizer error (an ERRORTOKEN the parser must reach to report).
 */
export function statementSpans(tokens: Token[]): number[] {
  const spans: number[] = [];
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
    spans.push(start, i + 1);
    start = i + 1;
  }
  const end = isPendingMark(tokens[tokens.length - 1]) ? tokens.length : tokens.length - 1;
  if (start < end) spans.push(start, end);
  return spans;
}

/** The tokens parse() reads for `source` (CPython's tokenizer output, keywords as KEYWORD). */
export function parserTokens(source: string, filename: string): Token[] {
  return tokenizeSource(normalize(source), filename, 1, 0, false, true);
}

function parseField(src: string, line: number, col: number, filename: string, finisher: Finisher): Expr {
  try {
    const tokens = tokenizeSource(src, filename, line, col, true);
    fieldGrammar ??= new EarleyGrammar(compiled as unknown as CompiledGrammar, 'fexpr_input');
    return finisher.fin(runParser(fieldGrammar, tokens, 0, tokens.length - 1, filename, null)) as Expr;
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.msg.startsWith('f-string')) throw e;
    // CPython 3.11 parses a field as `(expr)` on its own: the text and offset refer to that
    const shift = (o: number, l: number) => (l === line && o > 0 ? o - col + 1 : o);
    throw new PySyntaxError(e.type, `f-string: ${e.msg}`, filename, e.lineno, shift(e.offset, e.lineno), `(${src})\n`,
      e.endLineno, shift(e.endOffset, e.endLineno));
  }
}

/** Parse tokens[start, end) and return the single result. */
function runParser(grammar: EarleyGrammar, tokens: Token[], start: number, end: number, filename: string, lines: string[] | null): any {
  // with lookahead first; a statement that does not parse is parsed again in full, whose last
  // column says what the parser expected (diagnose.ts)
  const quick = grammar.parseQuick(new TokenStream(tokens, end, start));
  if (quick !== null) return onlyParse(quick, `${filename}:${tokens[start].line}:${tokens[start].col}`);
  const stream = new TokenStream(tokens, end, start);
  let parsed: { results: unknown[]; column: Column };
  try {
    parsed = grammar.parse(stream);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    throw syntaxError(tokens, stream.last, e.column, filename, lines);
  }
  const results = parsed.results;
  if (results.length === 0) throw syntaxError(tokens, end, parsed.column, filename, lines);
  return onlyParse(results, `${filename}:${tokens[start].line}:${tokens[start].col}`);
}

/**
 * The single parse of a statement. More than one is a grammar bug (Earley keeps every parse
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
