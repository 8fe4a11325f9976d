// grammar/earley.ts against nearley's own parser, on the same compiled grammar and the same token
// slices: every statement of the repository's Python (program tests, lib/, benchmarks, examples,
// fixtures, generated code) and every syntax-error case must give the same results, or fail at
// the same token expecting the same literals.

import nearley from 'nearley';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TokenStream } from '../../grammar/build';
import { EarleyGrammar, ParseFailure, type CompiledGrammar } from '../../grammar/earley';
import { parserTokens, statementSpans } from '../../grammar/parse';
import compiled from '../../grammar/python.gen';
import type { Token } from '../../grammar/tokens';
import { generateModule } from '../../bench/generate';

const root = resolve(__dirname, '..', '..');
const grammar = compiled as unknown as CompiledGrammar;
const ours = new EarleyGrammar(grammar);
const theirs = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);

/** Every literal terminal in the grammar: what "expects" may be asked about. */
const LITERALS = [...new Set(grammar.ParserRules.flatMap((r) => r.symbols.flatMap((s) => (typeof s === 'object' && s !== null && 'literal' in s ? [String((s as { literal: string }).literal)] : []))))];

function pyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === '__pycache__' ? [] : pyFiles(join(dir, e.name))) : e.name.endsWith('.py') ? [join(dir, e.name)] : []);
}

type Outcome = { results: string } | { failedAt: number; expected: string[] };

const bigints = (_k: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

function withNearley(tokens: Token[], start: number, end: number): Outcome {
  const stream = new TokenStream(tokens, end, start);
  const parser = new nearley.Parser(theirs, { lexer: stream });
  (parser as unknown as { reportError: () => string }).reportError = () => '';
  try {
    parser.feed('');
  } catch (e) {
    if (!(e as { token?: Token }).token) throw e;
    const p = parser as unknown as { table: { states: { rule: { symbols: { literal?: string }[] }; dot: number }[] }[]; current: number };
    const states = p.table[p.current].states;
    return { failedAt: stream.last, expected: LITERALS.filter((l) => states.some((s) => s.rule.symbols[s.dot]?.literal === l)) };
  }
  return { results: JSON.stringify(parser.results, bigints) };
}

function withEarley(tokens: Token[], start: number, end: number): Outcome {
  const stream = new TokenStream(tokens, end, start);
  // parseQuick (with lookahead) must give the full parse's results, or null where it fails
  const quick = ours.parseQuick(new TokenStream(tokens, end, start));
  try {
    const results = JSON.stringify(ours.parse(stream).results, bigints);
    expect(quick === null ? '[]' : JSON.stringify(quick, bigints)).toBe(results);
    return { results };
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    expect(quick).toBe(null);
    return { failedAt: stream.last, expected: LITERALS.filter((l) => e.column.expectsLiteral(l)) };
  }
}

/** Compare both parsers on every statement of `source`; returns how many statements were compared. */
function compare(source: string, name: string): number {
  let tokens: Token[];
  try {
    tokens = parserTokens(source, name);
  } catch {
    return 0; // a tokenizer error: no parser involved
  }
  const spans = statementSpans(tokens);
  for (let k = 0; k < spans.length; k += 2) {
    const where = `${name}:${tokens[spans[k]].line}`;
    expect(withEarley(tokens, spans[k], spans[k + 1]), where).toEqual(withNearley(tokens, spans[k], spans[k + 1]));
  }
  return spans.length / 2;
}

describe('the Earley parser gives what nearley gives', () => {
  const files = [
    ...pyFiles(join(root, 'test', 'programs')),
    ...pyFiles(join(root, 'lib')),
    ...pyFiles(join(root, 'bench', 'programs')),
    ...pyFiles(join(root, 'examples')),
    ...pyFiles(join(root, 'test', 'grammar', 'fixtures')),
  ];

  it(`on every statement of ${files.length} Python files in the repository`, () => {
    let statements = 0;
    for (const f of files) statements += compare(readFileSync(f, 'utf8'), f);
    expect(statements).toBeGreaterThan(1000);
  });

  it('on the generated benchmark module', () => {
    expect(compare(generateModule(2000), 'gen.py')).toBeGreaterThan(150);
  });

  it('on every syntax-error case (same failing token, same expected literals)', () => {
    const cases = readFileSync(join(root, 'test', 'grammar', 'fixtures', 'error_cases.txt'), 'utf8').split('#----\n');
    let failures = 0;
    for (const src of cases) {
      let tokens: Token[];
      try {
        tokens = parserTokens(src, 'x.py');
      } catch {
        continue;
      }
      const spans = statementSpans(tokens);
      for (let k = 0; k < spans.length; k += 2) {
        const a = withEarley(tokens, spans[k], spans[k + 1]);
        expect(a, JSON.stringify(src)).toEqual(withNearley(tokens, spans[k], spans[k + 1]));
        if ('failedAt' in a) failures++;
      }
    }
    expect(failures).toBeGreaterThan(80);
  });

  it('on small grammars with nullable rules, ambiguity and rejection (paths Python never takes)', () => {
    const lit = (literal: string) => ({ literal });
    const tok = (text: string): Token => ({ type: 'OP', text, line: 1, col: 0, endLine: 1, endCol: 1 });
    const rules = [
      // A -> X X "a" with X nullable: the second X wants a rule completed empty in the same column.
      { name: 'S', symbols: ['A'], postprocess: (d: any[]) => ['S', ...d] },
      { name: 'S', symbols: ['S', lit('+'), 'A'], postprocess: (d: any[]) => ['S+', d[0], d[2]] },
      { name: 'A', symbols: ['X', 'X', lit('a')], postprocess: (d: any[]) => ['A', ...d] },
      { name: 'A', symbols: ['B'] },
      { name: 'X', symbols: [], postprocess: () => 'null' },
      { name: 'X', symbols: [lit('b')], postprocess: (d: any[]) => d[0].text },
      // B -> "b" B? | "b": ambiguous with X X "a"? no, but two ways to read "b b"
      { name: 'B', symbols: [lit('b'), 'B'], postprocess: (d: any[], _r: number, reject: object) => (d[1] === 'stop' ? reject : ['B', d[1]]) },
      { name: 'B', symbols: [lit('b')], postprocess: () => 'stop' },
      { name: 'B', symbols: ['Y', 'Y', lit('c')] },
      { name: 'Y', symbols: [] },
      { name: 'Y', symbols: ['Y', lit('y')] },
    ];
    const small: CompiledGrammar = { ParserRules: rules, ParserStart: 'S' };
    const mine = new EarleyGrammar(small);
    const nearleyGrammar = nearley.Grammar.fromCompiled(small as unknown as nearley.CompiledRules);
    const inputs = ['a', 'b a', 'b b a', 'b', 'b b', 'b b b', 'c', 'y c', 'y y c', 'a + b a + b', 'b + b b', 'b b b b a', 'a a', '+', 'b c', ''];
    let parsed = 0;
    for (const input of inputs) {
      const tokens = input === '' ? [] : input.split(' ').map(tok);
      const theirsOut = (() => {
        const stream = new TokenStream(tokens);
        const parser = new nearley.Parser(nearleyGrammar, { lexer: stream });
        (parser as unknown as { reportError: () => string }).reportError = () => '';
        try {
          parser.feed('');
        } catch {
          return { failedAt: stream.last };
        }
        return { results: JSON.stringify(parser.results) };
      })();
      const mineOut = (() => {
        const stream = new TokenStream(tokens);
        const quick = mine.parseQuick(new TokenStream(tokens));
        try {
          const results = JSON.stringify(mine.parse(stream).results);
          expect(quick === null ? '[]' : JSON.stringify(quick), input).toBe(results);
          return { results };
        } catch (e) {
          if (!(e instanceof ParseFailure)) throw e;
          return { failedAt: stream.last };
        }
      })();
      expect(mineOut, input).toEqual(theirsOut);
      if ('results' in mineOut && mineOut.results !== '[]') parsed++;
    }
    expect(parsed).toBeGreaterThan(8);
  });
});
