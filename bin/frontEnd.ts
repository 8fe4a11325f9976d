// `tspy tokens FILE.py` and `tspy ast FILE.py`: the first two stages of the pipeline, printed as
// CPython's `python -m tokenize` and `python -m ast` print them, for learners to compare.

import type * as GrammarModule from '../grammar';

/** One line per token in tokenize's layout; keywords show as NAME, as CPython's tokenizer does. */
export function formatTokens(grammar: typeof GrammarModule, source: string, filename: string): string {
  let out = `${'0,0-0,0:'.padEnd(20)}${'ENCODING'.padEnd(15)}${"'utf-8'".padEnd(15)}\n`;
  for (const tok of grammar.tokenize(source, filename)) {
    for (const t of tok.parts ?? [tok]) {
      const type = t.type === 'KEYWORD' ? 'NAME' : t.type;
      const where = `${t.line},${t.col}-${t.endLine},${t.endCol}:`;
      out += `${where.padEnd(20)}${type.padEnd(15)}${grammar.pyRepr(t.text).padEnd(15)}\n`;
    }
  }
  return out;
}

/** `python -m ast` output: the module's tree indented by 3, positions only when asked (-a). */
export function formatAst(grammar: typeof GrammarModule, source: string, filename: string, attributes: boolean): string {
  return grammar.dumpAst(grammar.parse(source, filename), { indent: 3, includeAttributes: attributes }) + '\n';
}
