// The Earley parser that runs nearleyc's compiled grammar (python.gen.ts). It is nearley's own
// algorithm step for step: the same predictions, scans and completions, nullable rules completed the
// same way, postprocessors called with the same data and the same reject sentinel, so it yields
// exactly the results nearley would (test/grammar/earley.test.ts checks that on real programs).
// What differs is the representation: the chart lives in typed arrays that are reused from parse
// to parse (items, waiting lists and scan lists are integers, not objects), nonterminals and rules
// are numbered, and a rule's data array is built once, when its item is completed.
// parseQuick() adds one token of lookahead (FIRST and FOLLOW sets, as an LR parser uses them): an
// item that cannot read the next token, nor complete before it, is never made. Such items can take
// no part in a parse, so the results are the same; only a failing parse needs the full chart (its
// diagnostics ask what the last column expected), and the caller then runs parse().
// Imports nothing from tspy.

/** A rule as nearleyc compiles it. */
export interface CompiledRule {
  name: string;
  symbols: unknown[];
  postprocess?: (d: any[], reference: number, reject: object) => unknown;
}

/** The parts of nearleyc's output the parser reads. */
export interface CompiledGrammar {
  ParserRules: CompiledRule[];
  ParserStart: string;
}

/** A token as the grammar's terminals test it (lexer.ts's Token has more; a test reads only these). */
export interface ParserToken {
  type: string;
  text: string;
}

/** A token source: next() until undefined (build.ts's TokenStream). */
export interface TokenSource<T extends ParserToken> {
  next(): T | undefined;
}

const NONTERMINAL = 0;
const LITERAL = 1;
const TYPE = 2;
const TEST = 3;

/** Returned by a postprocessor to reject its rule here (nearley's Parser.fail). */
const REJECT = {};

/** How many texts of one token type rowOf() remembers. */
const ROW_CACHE_TEXTS = 4096;

/** Chart arrays grown past this many items are shrunk again after the parse. */
const MAX_KEPT_ITEMS = 1 << 20;

/** No item, entry or list (typed arrays cannot hold null). */
const NONE = -1;

/** Per-symbol kinds: a test wins over a type, a type over a literal (nearley's order). */
function symbolKind(s: unknown): number {
  if (typeof s === 'string') return NONTERMINAL;
  const o = s as { test?: unknown; type?: unknown };
  return o.test ? TEST : o.type ? TYPE : LITERAL;
}

/** A rule with its symbols resolved: nonterminals numbered, terminals as literal, type or test. */
class Rule {
  readonly kinds: Uint8Array;
  readonly syms: unknown[];
  readonly length: number;
  constructor(
    readonly name: string,
    readonly lhs: number,
    /** nearleyc's symbols, kept for diagnostics (diagnose.ts asks what a column expects). */
    readonly symbols: unknown[],
    readonly postprocess: CompiledRule['postprocess'] | null,
    ids: Map<string, number>,
  ) {
    this.length = symbols.length;
    this.kinds = new Uint8Array(symbols.length);
    this.syms = symbols.map((s, i) => {
      const kind = symbolKind(s);
      this.kinds[i] = kind;
      if (kind === NONTERMINAL) {
        const id = ids.get(s as string);
        if (id === undefined) throw new Error(`grammar: rule ${name} uses ${s as string}, which has no rule`);
        return id;
      }
      const o = s as { test?: unknown; type?: unknown; literal?: unknown };
      return kind === TEST ? o.test : kind === TYPE ? o.type : o.literal;
    });
  }
}

/**
 * The scan list of one column: what waits for the next token, as (a, b) pairs in the order
 * nearley's states would have them. b is NONE for an item (a) past its first symbol, or the
 * waiting list of a rule (a) at dot 0, which started in this column: predicting a rule puts no
 * item in the chart.
 */
class ScanList {
  a = new Int32Array(256);
  b = new Int32Array(256);
  n = 0;

  push(a: number, b: number): void {
    if (this.n === this.a.length) {
      this.a = grow(this.a);
      this.b = grow(this.b);
    }
    this.a[this.n] = a;
    this.b[this.n++] = b;
  }

  copyFrom(other: ScanList): void {
    this.a = other.a.slice();
    this.b = other.b.slice();
    this.n = other.n;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** One column of the chart, as diagnostics see it: the (rule, dot) pairs that wait for a token. */
export class Column {
  constructor(
    readonly index: number,
    private readonly waiting: { rule: Rule; dot: number }[],
  ) {}

  /** Whether some item here waits for the literal token `text` (for syntax error messages). */
  expectsLiteral(text: string): boolean {
    return this.waiting.some(({ rule, dot }) => rule.kinds[dot] === LITERAL && rule.syms[dot] === text);
  }
}

/** Thrown when no item can take a token: `column` is the last column that could. */
export class ParseFailure extends Error {
  constructor(readonly column: Column) {
    super('syntax error');
  }
}

/** Set bit `b` in the bitset of `w` words at `words[at]`. */
function setBit(words: Int32Array, at: number, b: number): void {
  words[at + (b >> 5)] |= 1 << (b & 31);
}

/** words[to..] |= words[from..] over `w` words; whether anything changed. */
function orInto(words: Int32Array, to: number, from: number, w: number): boolean {
  let changed = false;
  for (let k = 0; k < w; k++) {
    const v = words[to + k] | words[from + k];
    if (v !== words[to + k]) {
      words[to + k] = v;
      changed = true;
    }
  }
  return changed;
}

/** A compiled grammar ready to parse from one start symbol. */
export class EarleyGrammar {
  private readonly rules: Rule[] = [];
  private readonly postprocess: (CompiledRule['postprocess'] | null)[] = [];
  /** Rules by left-hand side: ntRules[ntFirst[nt] .. ntFirst[nt + 1]). */
  private readonly ntFirst: Int32Array;
  private readonly ntRules: Int32Array;
  private readonly ruleLength: Int32Array;
  private readonly ruleLhs: Int32Array;
  /**
   * A position is a (rule, dot) pair, at symBase[rule] + dot (dot = length included). Per position:
   * the kind of the symbol after the dot and its nonterminal (NONE for a terminal or the end).
   */
  private readonly symBase: Int32Array;
  private readonly symKind: Uint8Array;
  private readonly symNt: Int32Array;
  private readonly start: number;
  private readonly startName: string;

  // Lookahead. Each distinct terminal (literal, type or test) has a bit, and so has the end of
  // input. live[pos] is the set of tokens an item at pos can go on with: FIRST of the rest of its
  // rule, plus FOLLOW of its left-hand side when that rest can be empty. A token's pattern (which
  // terminals it matches) selects a row of `rows`, one byte per position: 1 when the token is in
  // live[pos]. For a position before a terminal that is exactly "the token matches it", so the same
  // row serves the scan. Rows are made on first use of a pattern; row 0 is all ones (no pruning).
  private readonly terms: { kind: number; value: unknown }[] = [];
  /** Terminal numbers by kind (LITERAL, TYPE, TEST) and value, while the grammar is built. */
  private readonly termIds = [new Map<unknown, number>(), new Map<unknown, number>(), new Map<unknown, number>(), new Map<unknown, number>()];
  private words = 1;
  private readonly live: Int32Array;
  private readonly literalBit = new Map<unknown, number>();
  private readonly typeBit = new Map<unknown, number>();
  private readonly tests: ((t: ParserToken) => boolean)[] = [];
  private testBase = 0;
  private eofBit = 0;
  private readonly patterns = new Map<number, number>();
  private readonly rowCache = new Map<string, Map<string, number>>();
  private rows: Uint8Array;
  private nRows = 1;
  private readonly eofRow: number;
  /** The row items are checked against while a column is built (0: the full chart). */
  private liveRow = 0;

  // The chart. An item is an index into these arrays: `rule` with `dot` symbols read, started at
  // column `origin`, waited for by list `want`; `left` is the item before its last symbol was read
  // (NONE at dot 1), and values[item] that symbol's data (for a complete item, after processing,
  // the postprocessor's result). A column's items are consecutive.
  private itRule = new Int32Array(4096);
  private itDot = new Int32Array(4096);
  private itOrigin = new Int32Array(4096);
  private itWant = new Int32Array(4096);
  private itLeft = new Int32Array(4096);
  private nItems = 0;
  /** A fresh array per parse: it holds young objects, and dies with them (no old-to-young pointers). */
  private values: unknown[] = [];

  // Waiting lists (nearley's `wantedBy`): listHead[list] is the first of its entries, linked by
  // enNext. An entry is a pair like a scan list's: (item, NONE) or (dot-0 rule, its waiting list).
  // New entries go to the front, so a list is walked newest first, as nearley walks its arrays
  // from the end. The empty completions of a column use entries too: (item, unused), oldest first.
  private listHead = new Int32Array(4096);
  private nLists = 0;
  private enNext = new Int32Array(8192);
  private enA = new Int32Array(8192);
  private enB = new Int32Array(8192);
  private nEntries = 0;

  // Per nonterminal, for the column being processed: its waiting list and its empty completions
  // (first and last entry). A slot counts only while its stamp is the column's stamp; stamps never
  // repeat, so nothing is ever reset.
  private stamp = 0;
  private readonly wantStamp: Float64Array;
  private readonly wantList: Int32Array;
  private readonly nullStamp: Float64Array;
  private readonly nullFirst: Int32Array;
  private readonly nullLast: Int32Array;

  /** Column 0 is the same for every parse (and never pruned): computed once, kept at the start. */
  private firstReady = false;
  private firstItems = 0;
  private firstLists = 0;
  private firstEntries = 0;
  private firstValues: unknown[] = [];
  private readonly firstScan = new ScanList();
  private readonly scanX = new ScanList();
  private readonly scanY = new ScanList();
  private busy = false;

  constructor(compiled: CompiledGrammar, start = compiled.ParserStart) {
    const ids = new Map<string, number>();
    for (const r of compiled.ParserRules) if (!ids.has(r.name)) ids.set(r.name, ids.size);
    const ntCount = ids.size;
    const byLhs: number[][] = [];
    for (let i = 0; i < ntCount; i++) byLhs.push([]);
    let posCount = 0;
    for (const r of compiled.ParserRules) {
      const lhs = ids.get(r.name) as number;
      byLhs[lhs].push(this.rules.length);
      this.rules.push(new Rule(r.name, lhs, r.symbols, r.postprocess ?? null, ids));
      this.postprocess.push(r.postprocess ?? null);
      posCount += r.symbols.length + 1;
    }
    const n = this.rules.length;
    this.ruleLength = new Int32Array(n);
    this.ruleLhs = new Int32Array(n);
    this.symBase = new Int32Array(n);
    this.symKind = new Uint8Array(posCount);
    this.symNt = new Int32Array(posCount).fill(NONE);
    const termOf = new Int32Array(posCount).fill(NONE);
    let at = 0;
    this.rules.forEach((rule, id) => {
      this.ruleLength[id] = rule.length;
      this.ruleLhs[id] = rule.lhs;
      this.symBase[id] = at;
      for (let d = 0; d < rule.length; d++, at++) {
        const kind = rule.kinds[d];
        this.symKind[at] = kind;
        if (kind === NONTERMINAL) this.symNt[at] = rule.syms[d] as number;
        else termOf[at] = this.terminal(kind, rule.syms[d]);
      }
      at++; // the position after the last symbol
    });
    this.ntFirst = new Int32Array(ntCount + 1);
    this.ntRules = new Int32Array(n);
    for (let nt = 0, k = 0; nt < ntCount; nt++) {
      this.ntFirst[nt] = k;
      for (const id of byLhs[nt]) this.ntRules[k++] = id;
      this.ntFirst[nt + 1] = k;
    }
    const s = ids.get(start);
    if (s === undefined) throw new Error(`grammar: no rule for the start symbol ${start}`);
    this.start = s;
    this.startName = start;
    this.wantStamp = new Float64Array(ntCount);
    this.wantList = new Int32Array(ntCount);
    this.nullStamp = new Float64Array(ntCount);
    this.nullFirst = new Int32Array(ntCount);
    this.nullLast = new Int32Array(ntCount);

    this.live = this.lookahead(ntCount, posCount, termOf);
    this.rows = new Uint8Array(posCount * 16);
    this.rows.fill(1, 0, posCount);
    this.eofRow = this.makeRow(null);
  }

  /** The number of the terminal (kind, value), in order of first appearance. */
  private terminal(kind: number, value: unknown): number {
    const byValue = this.termIds[kind];
    const found = byValue.get(value);
    if (found !== undefined) return found;
    this.terms.push({ kind, value });
    byValue.set(value, this.terms.length - 1);
    return this.terms.length - 1;
  }

  /**
   * Give each terminal its bit (literals, types, tests, then the end of input), compute nullable
   * nonterminals, FIRST and FOLLOW, and return each position's live set.
   */
  private lookahead(ntCount: number, posCount: number, termOf: Int32Array): Int32Array {
    const bitOf: number[] = [];
    let bits = 0;
    for (const kind of [LITERAL, TYPE, TEST]) {
      this.terms.forEach((t, i) => {
        if (t.kind !== kind) return;
        bitOf[i] = bits++;
        if (kind === LITERAL) this.literalBit.set(t.value, bitOf[i]);
        else if (kind === TYPE) this.typeBit.set(t.value, bitOf[i]);
        else this.tests.push(t.value as (t: ParserToken) => boolean);
      });
    }
    if (this.tests.length > 30) throw new Error('grammar: more than 30 token tests');
    this.testBase = this.literalBit.size + this.typeBit.size;
    this.eofBit = bits;
    const w = (this.words = (bits >> 5) + 1);
    const nullable = new Uint8Array(ntCount);
    const first = new Int32Array(ntCount * w);
    for (let changed = true; changed;) {
      changed = false;
      for (let r = 0; r < this.rules.length; r++) {
        const base = this.symBase[r];
        const lhs = this.ruleLhs[r];
        let d = 0;
        for (; d < this.ruleLength[r]; d++) {
          const nt = this.symNt[base + d];
          if (nt === NONE) {
            const b = bitOf[termOf[base + d]];
            if (!(first[lhs * w + (b >> 5)] & (1 << (b & 31)))) {
              setBit(first, lhs * w, b);
              changed = true;
            }
            break;
          }
          if (orInto(first, lhs * w, nt * w, w)) changed = true;
          if (!nullable[nt]) break;
        }
        if (d === this.ruleLength[r] && !nullable[lhs]) {
          nullable[lhs] = 1;
          changed = true;
        }
      }
    }
    // The rest of rule r from dot d: its FIRST set (in live, for now) and whether it can be empty.
    // One backward pass per rule: {t} before a terminal t, FIRST(N) before a nonterminal N, plus
    // the next position's set when N can be empty.
    const live = new Int32Array(posCount * w);
    const restNullable = new Uint8Array(posCount);
    for (let r = 0; r < this.rules.length; r++) {
      const base = this.symBase[r];
      restNullable[base + this.ruleLength[r]] = 1;
      for (let d = this.ruleLength[r] - 1; d >= 0; d--) {
        const pos = base + d;
        const nt = this.symNt[pos];
        if (nt === NONE) {
          setBit(live, pos * w, bitOf[termOf[pos]]);
          continue;
        }
        for (let k = 0; k < w; k++) live[pos * w + k] = first[nt * w + k];
        if (nullable[nt]) {
          orInto(live, pos * w, (pos + 1) * w, w);
          restNullable[pos] = restNullable[pos + 1];
        }
      }
    }
    // FOLLOW(N) takes the FIRST of what comes after each place N appears, and FOLLOW(lhs) when
    // that can be empty: the first part once, the second as edges lhs -> N until nothing grows.
    const follow = new Int32Array(ntCount * w);
    setBit(follow, this.start * w, this.eofBit);
    const edges: number[] = [];
    for (let r = 0; r < this.rules.length; r++) {
      const base = this.symBase[r];
      for (let d = 0; d < this.ruleLength[r]; d++) {
        const nt = this.symNt[base + d];
        if (nt === NONE) continue;
        for (let k = 0; k < w; k++) follow[nt * w + k] |= live[(base + d + 1) * w + k];
        if (restNullable[base + d + 1]) edges.push(this.ruleLhs[r], nt);
      }
    }
    for (let changed = true; changed;) {
      changed = false;
      for (let e = 0; e < edges.length; e += 2) if (orInto(follow, edges[e + 1] * w, edges[e] * w, w)) changed = true;
    }
    // live[(r, d)]: the rest's FIRST, plus FOLLOW(lhs) when the rest can be empty
    for (let r = 0; r < this.rules.length; r++) {
      const base = this.symBase[r];
      for (let pos = base; pos <= base + this.ruleLength[r]; pos++) {
        if (!restNullable[pos]) continue;
        for (let k = 0; k < w; k++) live[pos * w + k] |= follow[this.ruleLhs[r] * w + k];
      }
    }
    return live;
  }

  /**
   * The row (offset in `rows`) for a token. Rows are remembered by type and text (a token test
   * looks at nothing else); the texts of one type are forgotten past ROW_CACHE_TEXTS, since names,
   * numbers and strings have no end.
   */
  private rowOf(token: ParserToken): number {
    let byText = this.rowCache.get(token.type);
    if (byText === undefined) this.rowCache.set(token.type, (byText = new Map()));
    const cached = byText.get(token.text);
    if (cached !== undefined) return cached;
    if (byText.size >= ROW_CACHE_TEXTS) byText.clear();
    const row = this.patternRow(token);
    byText.set(token.text, row);
    return row;
  }

  /** The row for a token's pattern: the literal and type it matches and the tests it passes. */
  private patternRow(token: ParserToken): number {
    const literal = this.literalBit.get(token.text);
    const type = this.typeBit.get(token.type);
    let mask = 0;
    for (let i = 0; i < this.tests.length; i++) if (this.tests[i](token)) mask |= 1 << i;
    // a token matches at most one literal and one type; with the tests that is its whole pattern
    const key = ((literal ?? this.testBase) * (this.testBase + 1) + (type ?? this.testBase)) * 2 ** this.tests.length + mask;
    const row = this.patterns.get(key);
    return row !== undefined ? row : this.makeRow(token, literal, type, mask, key);
  }

  private makeRow(token: ParserToken | null, literal?: number, type?: number, mask = 0, key = -1): number {
    const w = this.words;
    const bits = new Int32Array(w);
    if (token === null) setBit(bits, 0, this.eofBit);
    else {
      if (literal !== undefined) setBit(bits, 0, literal);
      if (type !== undefined) setBit(bits, 0, type);
      for (let i = 0; i < this.tests.length; i++) if (mask & (1 << i)) setBit(bits, 0, this.testBase + i);
    }
    const posCount = this.symKind.length;
    const row = this.nRows++ * posCount;
    if (row + posCount > this.rows.length) {
      const more = new Uint8Array(this.rows.length * 2);
      more.set(this.rows);
      this.rows = more;
    }
    for (let pos = 0; pos < posCount; pos++) {
      let hit = 0;
      for (let k = 0; k < w; k++) hit |= bits[k] & this.live[pos * w + k];
      this.rows[row + pos] = hit !== 0 ? 1 : 0;
    }
    if (key >= 0) this.patterns.set(key, row);
    return row;
  }

  /**
   * Parse every token `source` yields, as nearley does. `results` are the start symbol's (nearley's
   * parser.results: one per parse), `column` the last one. Throws ParseFailure when a token
   * cannot be read.
   */
  parse<T extends ParserToken>(source: TokenSource<T>): { results: unknown[]; column: Column } {
    const parsed = this.guarded(source, false);
    if (parsed === null) throw new Error('unreachable: a full parse reports its failure');
    return parsed;
  }

  /**
   * parse()'s results, with one token of lookahead pruning the chart; null when the tokens do not
   * parse (then parse() gives the failure and what the parser expected there).
   */
  parseQuick<T extends ParserToken>(source: TokenSource<T>): unknown[] | null {
    const parsed = this.guarded(source, true);
    return parsed === null || parsed.results.length === 0 ? null : parsed.results;
  }

  private guarded<T extends ParserToken>(source: TokenSource<T>, quick: boolean): { results: unknown[]; column: Column } | null {
    // the chart is shared by every parse of this grammar: a parse inside a postprocessor is a bug
    if (this.busy) throw new Error('EarleyGrammar.parse is not reentrant');
    this.busy = true;
    try {
      return this.run(source, quick);
    } finally {
      this.busy = false;
      this.values = [];
      // a huge statement (a data literal of a million items) should not keep its chart alive
      if (this.itRule.length > MAX_KEPT_ITEMS) this.shrink();
    }
  }

  /** Back to small arrays, keeping column 0 (which sits at the start of each). */
  private shrink(): void {
    const keep = <T extends Int32Array>(a: T, n: number): Int32Array => {
      const b = new Int32Array(Math.max(4096, n * 2));
      b.set(a.subarray(0, n));
      return b;
    };
    this.itRule = keep(this.itRule, this.firstItems);
    this.itDot = keep(this.itDot, this.firstItems);
    this.itOrigin = keep(this.itOrigin, this.firstItems);
    this.itWant = keep(this.itWant, this.firstItems);
    this.itLeft = keep(this.itLeft, this.firstItems);
    this.listHead = keep(this.listHead, this.firstLists);
    this.enNext = keep(this.enNext, this.firstEntries);
    this.enA = keep(this.enA, this.firstEntries);
    this.enB = keep(this.enB, this.firstEntries);
  }

  private run<T extends ParserToken>(source: TokenSource<T>, quick: boolean): { results: unknown[]; column: Column } | null {
    if (!this.firstReady) this.makeFirstColumn();
    this.nItems = this.firstItems;
    this.nLists = this.firstLists;
    this.nEntries = this.firstEntries;
    this.values = this.firstValues.slice();
    let scan = this.firstScan;
    let index = 0;
    let columnStart = 0;
    let token = source.next();
    // quick: the token after `token`, whose row decides which items of the next column are made
    let ahead = quick && token !== undefined ? source.next() : undefined;
    let row = token !== undefined ? this.rowOf(token) : 0;
    while (token !== undefined) {
      const aheadRow = ahead === undefined ? this.eofRow : this.rowOf(ahead);
      this.liveRow = quick ? aheadRow : 0;
      const rows = this.rows; // after rowOf, which may have grown it
      const nextStart = this.nItems;
      const sa = scan.a;
      const sb = scan.b;
      for (let w = scan.n - 1; w >= 0; w--) {
        const a = sa[w];
        const b = sb[w];
        const rule = b === NONE ? this.itRule[a] : a;
        const dot = b === NONE ? this.itDot[a] : 0;
        if (rows[row + this.symBase[rule] + dot] !== 0) {
          if (b === NONE) this.add(rule, dot + 1, this.itOrigin[a], this.itWant[a], a, token);
          else this.add(rule, 1, index, b, NONE, token);
        }
      }
      const next = scan === this.scanX ? this.scanY : this.scanX;
      next.n = 0;
      this.stamp++;
      this.process(nextStart, index + 1, next);
      if (this.nItems === nextStart) {
        if (quick) return null;
        throw new ParseFailure(this.column(index, scan));
      }
      scan = next;
      index++;
      columnStart = nextStart;
      if (quick) {
        token = ahead;
        row = aheadRow;
        ahead = token !== undefined ? source.next() : undefined;
      } else {
        token = source.next();
        if (token !== undefined) row = this.rowOf(token);
      }
    }
    const results: unknown[] = [];
    const values = this.values;
    for (let i = columnStart; i < this.nItems; i++) {
      const rule = this.itRule[i];
      if (this.ruleLhs[rule] === this.start && this.itDot[i] === this.ruleLength[rule] && this.itOrigin[i] === 0 && values[i] !== REJECT) {
        results.push(values[i]);
      }
    }
    return { results, column: quick ? (null as unknown as Column) : this.column(index, scan) };
  }

  /** Column 0: the start symbol's predictions, the same for every parse. */
  private makeFirstColumn(): void {
    this.nItems = 0;
    this.nLists = 0;
    this.nEntries = 0;
    this.values = [];
    this.liveRow = 0;
    this.stamp++;
    this.predict(this.start, this.newList(), 0, this.firstScan);
    this.process(0, 0, this.firstScan);
    this.firstItems = this.nItems;
    this.firstLists = this.nLists;
    this.firstEntries = this.nEntries;
    this.firstValues = this.values;
    this.firstReady = true;
  }

  /** A snapshot of a column's scan list for diagnostics. */
  private column(index: number, scan: ScanList): Column {
    const waiting: { rule: Rule; dot: number }[] = [];
    for (let w = 0; w < scan.n; w++) {
      const a = scan.a[w];
      const b = scan.b[w];
      waiting.push(b === NONE ? { rule: this.rules[this.itRule[a]], dot: this.itDot[a] } : { rule: this.rules[a], dot: 0 });
    }
    return new Column(index, waiting);
  }

  /** A new item, unless the lookahead shows it cannot take part in a parse. */
  private add(rule: number, dot: number, origin: number, want: number, left: number, value: unknown): void {
    if (this.rows[this.liveRow + this.symBase[rule] + dot] === 0) return;
    const i = this.nItems;
    if (i === this.itRule.length) this.growItems();
    this.itRule[i] = rule;
    this.itDot[i] = dot;
    this.itOrigin[i] = origin;
    this.itWant[i] = want;
    this.itLeft[i] = left;
    this.values.push(value);
    this.nItems = i + 1;
  }

  private growItems(): void {
    this.itRule = grow(this.itRule);
    this.itDot = grow(this.itDot);
    this.itOrigin = grow(this.itOrigin);
    this.itWant = grow(this.itWant);
    this.itLeft = grow(this.itLeft);
  }

  /** A new, empty waiting list. */
  private newList(): number {
    const l = this.nLists;
    if (l === this.listHead.length) this.listHead = grow(this.listHead);
    this.listHead[l] = NONE;
    this.nLists = l + 1;
    return l;
  }

  /** A new entry (a, b) before `next`; its index. */
  private entry(a: number, b: number, next: number): number {
    const e = this.nEntries;
    if (e === this.enA.length) {
      this.enNext = grow(this.enNext);
      this.enA = grow(this.enA);
      this.enB = grow(this.enB);
    }
    this.enNext[e] = next;
    this.enA[e] = a;
    this.enB[e] = b;
    this.nEntries = e + 1;
    return e;
  }

  /** Put (a, b) at the front of waiting list `list`. */
  private wait(list: number, a: number, b: number): void {
    this.listHead[list] = this.entry(a, b, this.listHead[list]);
  }

  /** A list waiting for a nonterminal, holding only (a, b). */
  private listOf(a: number, b: number): number {
    const list = this.newList();
    this.wait(list, a, b);
    return list;
  }

  /**
   * `nt` is wanted for the first time in column `index`: its rules start here, waited for by list
   * `want`. Dot-0 rules are handled at once, without items: one waiting for a token is queued for
   * the scan, one starting with a nonterminal waits for it (predicting it in turn), an empty one
   * becomes a complete item for process(). A rule the lookahead rules out is skipped.
   */
  private predict(nt: number, want: number, index: number, scan: ScanList): void {
    const stamp = this.stamp;
    this.wantStamp[nt] = stamp;
    this.wantList[nt] = want;
    for (let k = this.ntFirst[nt], end = this.ntFirst[nt + 1]; k < end; k++) {
      const rule = this.ntRules[k];
      const at = this.symBase[rule];
      if (this.rows[this.liveRow + at] === 0) continue;
      if (this.ruleLength[rule] === 0) {
        this.add(rule, 0, index, want, NONE, undefined);
      } else if (this.symKind[at] !== NONTERMINAL) {
        scan.push(rule, want);
      } else {
        const first = this.symNt[at];
        if (this.wantStamp[first] === stamp) {
          this.wait(this.wantList[first], rule, want);
          if (this.nullStamp[first] === stamp) {
            for (let e = this.nullFirst[first]; e !== NONE; e = this.enNext[e]) this.add(rule, 1, index, want, NONE, this.values[this.enA[e]]);
          }
        } else {
          this.predict(first, this.listOf(rule, want), index, scan);
        }
      }
    }
  }

  /** Column `index`, whose items start at `start`: complete, predict and queue until nothing new appears. */
  private process(start: number, index: number, scan: ScanList): void {
    const stamp = this.stamp;
    const values = this.values;
    for (let i = start; i < this.nItems; i++) {
      const rule = this.itRule[i];
      const dot = this.itDot[i];
      if (dot === this.ruleLength[rule]) {
        // complete: the data array, read off the chain of left items, then the postprocessor
        const d = new Array<unknown>(dot);
        for (let k = dot - 1, x = i; k >= 0; k--) {
          d[k] = values[x];
          if (k > 0) x = this.itLeft[x];
        }
        const postprocess = this.postprocess[rule];
        const data = postprocess ? postprocess(d, this.itOrigin[i], REJECT) : d;
        values[i] = data;
        if (data === REJECT) continue;
        const origin = this.itOrigin[i];
        for (let e = this.listHead[this.itWant[i]]; e !== NONE; e = this.enNext[e]) {
          const a = this.enA[e];
          const b = this.enB[e];
          if (b === NONE) this.add(this.itRule[a], this.itDot[a] + 1, this.itOrigin[a], this.itWant[a], a, data);
          else this.add(a, 1, origin, b, NONE, data);
        }
        if (origin === index) {
          // an empty completion: items that want this rule later in this column complete with it too
          const lhs = this.ruleLhs[rule];
          if (this.nullStamp[lhs] === stamp) {
            const e = this.entry(i, NONE, NONE);
            this.enNext[this.nullLast[lhs]] = e;
            this.nullLast[lhs] = e;
          } else {
            this.nullStamp[lhs] = stamp;
            this.nullFirst[lhs] = this.nullLast[lhs] = this.entry(i, NONE, NONE);
          }
        }
      } else {
        const at = this.symBase[rule] + dot;
        if (this.symKind[at] !== NONTERMINAL) {
          scan.push(i, NONE);
        } else {
          const nt = this.symNt[at];
          if (this.wantStamp[nt] === stamp) {
            this.wait(this.wantList[nt], i, NONE);
            if (this.nullStamp[nt] === stamp) {
              for (let e = this.nullFirst[nt]; e !== NONE; e = this.enNext[e]) {
                this.add(rule, dot + 1, this.itOrigin[i], this.itWant[i], i, values[this.enA[e]]);
              }
            }
          } else {
            this.predict(nt, this.listOf(i, NONE), index, scan);
          }
        }
      }
    }
  }

  toString(): string {
    return `EarleyGrammar(${this.startName})`;
  }
}
