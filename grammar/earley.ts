// The Earley parser that runs nearleyc's compiled grammar (python.gen.ts). It is nearley's own
// algorithm step for step: the same predictions, scans and completions, nullable rules completed the
// same way, postprocessors called with the same data and the same reject sentinel, so it yields
// exactly the results nearley would (test/grammar/earley.test.ts checks that on real programs).
// What differs is the representation: nonterminals are numbered, "wants" and nullable completions
// live in arrays stamped by column instead of per-column dictionaries, a scanned token is stored as
// itself instead of in a wrapper, and a rule's data array is built once, at completion.
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

/** A token as the grammar's terminals test it (lexer.ts's Token has more). */
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

class Rule {
  /** Per symbol: what kind of symbol, and the nonterminal number, literal, type or test. */
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
      if (typeof s === 'string') {
        this.kinds[i] = NONTERMINAL;
        const id = ids.get(s);
        if (id === undefined) throw new Error(`grammar: rule ${name} uses ${s}, which has no rule`);
        return id;
      }
      const o = s as { test?: (t: unknown) => boolean; type?: string; literal?: string };
      // nearley's order: a test wins over a type, a type over a literal
      if (o.test) {
        this.kinds[i] = TEST;
        return o.test;
      }
      if (o.type) {
        this.kinds[i] = TYPE;
        return o.type;
      }
      this.kinds[i] = LITERAL;
      return o.literal;
    });
  }
}

/**
 * The items of one column that wait for a nonterminal (nearley's `wantedBy` list), filled while
 * the column is processed and read when that nonterminal, started there, completes. Entries are
 * pairs: (item, null) for an item past its first symbol, or (rule, Waiting) for a rule at dot 0,
 * which started in this column too and is waited for by that Waiting list: predicting a rule then
 * allocates nothing.
 */
type Waiting = unknown[];

/**
 * An Earley item past its first symbol: `rule` with `dot` symbols read, started at column
 * `origin` and waited for by `wantedBy`. `left` is the item before the last symbol was read (null
 * at dot 1) and `value` that symbol's data, so a complete item's data array is read off the chain.
 */
class Item {
  /** A complete item's data: the array of its symbols' data, then what the postprocessor made of it. */
  data: unknown = undefined;
  constructor(
    readonly rule: Rule,
    readonly dot: number,
    readonly origin: number,
    readonly wantedBy: Waiting,
    readonly left: Item | null,
    readonly value: unknown,
  ) {}
}

/** `rule` read one symbol further from `left` (null: from dot 0), carrying that symbol's data. */
function advance(rule: Rule, origin: number, wantedBy: Waiting, left: Item | null, value: unknown): Item {
  const dot = left === null ? 1 : left.dot + 1;
  const next = new Item(rule, dot, origin, wantedBy, left, value);
  if (dot === rule.length) {
    const data = new Array<unknown>(dot);
    data[dot - 1] = value;
    let node = left;
    for (let i = dot - 2; i >= 0; i--) {
      data[i] = (node as Item).value;
      node = (node as Item).left;
    }
    next.data = data;
  }
  return next;
}

/** One column of the chart: its items in order, and those waiting for a token. */
export class Column {
  readonly items: Item[] = [];
  /** Items waiting for a token, as Waiting entries are: (item, null) or (dot-0 rule, Waiting). */
  readonly scan: unknown[] = [];
  constructor(readonly index: number) {}

  /** Whether some item here waits for the literal token `text` (for syntax error messages). */
  expectsLiteral(text: string): boolean {
    for (let i = 0; i < this.scan.length; i += 2) {
      const x = this.scan[i];
      const [rule, dot] = this.scan[i + 1] === null ? [(x as Item).rule, (x as Item).dot] : [x as Rule, 0];
      if (rule.kinds[dot] === LITERAL && rule.syms[dot] === text) return true;
    }
    return false;
  }
}

/** Thrown when no item can take a token: `column` is the last column that could. */
export class ParseFailure extends Error {
  constructor(readonly column: Column) {
    super('syntax error');
  }
}

/**
 * The Waiting list of each nonterminal in the column being processed, and its empty completions;
 * an entry counts only while its stamp is the column's (stamps never repeat, so nothing is reset).
 */
class ColumnState {
  stamp = 0;
  readonly wantStamp: Float64Array;
  readonly wants: Waiting[];
  readonly nullStamp: Float64Array;
  readonly nulls: Item[][];
  constructor(ntCount: number) {
    this.wantStamp = new Float64Array(ntCount);
    this.wants = new Array<Waiting>(ntCount);
    this.nullStamp = new Float64Array(ntCount);
    this.nulls = new Array<Item[]>(ntCount);
  }
}

/** A compiled grammar ready to parse from one start symbol. */
export class EarleyGrammar {
  private readonly byLhs: Rule[][] = [];
  private readonly start: number;
  private readonly startName: string;
  private readonly ntCount: number;
  /** Column 0 is the same for every parse: the start symbol's predictions, never changed later. */
  private firstColumn: Column | null = null;
  private readonly state: ColumnState;

  constructor(compiled: CompiledGrammar, start = compiled.ParserStart) {
    const ids = new Map<string, number>();
    for (const r of compiled.ParserRules) if (!ids.has(r.name)) ids.set(r.name, ids.size);
    this.ntCount = ids.size;
    for (let i = 0; i < ids.size; i++) this.byLhs.push([]);
    for (const r of compiled.ParserRules) {
      const lhs = ids.get(r.name) as number;
      this.byLhs[lhs].push(new Rule(r.name, lhs, r.symbols, r.postprocess ?? null, ids));
    }
    const s = ids.get(start);
    if (s === undefined) throw new Error(`grammar: no rule for the start symbol ${start}`);
    this.start = s;
    this.startName = start;
    this.state = new ColumnState(this.ntCount);
  }

  /**
   * Parse every token `source` yields. `results` are the start symbol's (nearley's
   * parser.results: one per parse), `column` the last one. Throws ParseFailure when a token
   * cannot be read.
   */
  parse<T extends ParserToken>(source: TokenSource<T>): { results: unknown[]; column: Column } {
    const state = this.state;
    let column: Column;
    if (this.firstColumn !== null) column = this.firstColumn;
    else {
      column = new Column(0);
      state.stamp++;
      this.predict(column, state, this.start, []);
      this.process(column, state);
      this.firstColumn = column;
    }
    for (let token = source.next(); token !== undefined; token = source.next()) {
      const next: Column = new Column(column.index + 1);
      const text = token.text;
      const type = token.type;
      const scan = column.scan;
      for (let w = scan.length - 2; w >= 0; w -= 2) {
        const x = scan[w];
        const wants = scan[w + 1] as Waiting | null;
        let rule: Rule, dot: number;
        if (wants === null) {
          rule = (x as Item).rule;
          dot = (x as Item).dot;
        } else {
          rule = x as Rule;
          dot = 0;
        }
        const kind = rule.kinds[dot];
        const sym = rule.syms[dot];
        if (kind === LITERAL ? sym === text : kind === TYPE ? sym === type : (sym as (t: T) => boolean)(token)) {
          next.items.push(wants === null
            ? advance(rule, (x as Item).origin, (x as Item).wantedBy, x as Item, token)
            : advance(rule, column.index, wants, null, token));
        }
      }
      state.stamp++;
      this.process(next, state);
      if (next.items.length === 0) throw new ParseFailure(column);
      column = next;
    }
    const results: unknown[] = [];
    for (const item of column.items) {
      if (item.rule.lhs === this.start && item.dot === item.rule.length && item.origin === 0 && item.data !== REJECT) results.push(item.data);
    }
    return { results, column };
  }

  /**
   * `nt` is wanted for the first time in `column`: its rules start here, waited for by `want`.
   * Dot-0 rules are handled at once, without items: one waiting for a token is queued for the
   * scan, one starting with a nonterminal waits for it (predicting it in turn), an empty one
   * becomes a complete item for process().
   */
  private predict(column: Column, state: ColumnState, nt: number, want: Waiting): void {
    const index = column.index;
    const stamp = state.stamp;
    state.wantStamp[nt] = stamp;
    state.wants[nt] = want;
    const rules = this.byLhs[nt];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (rule.length === 0) {
        const item = new Item(rule, 0, index, want, null, undefined);
        item.data = [];
        column.items.push(item);
      } else if (rule.kinds[0] !== NONTERMINAL) {
        column.scan.push(rule, want);
      } else {
        const first = rule.syms[0] as number;
        if (state.wantStamp[first] === stamp) {
          state.wants[first].push(rule, want);
          if (state.nullStamp[first] === stamp) {
            const done = state.nulls[first];
            for (let k = 0; k < done.length; k++) column.items.push(advance(rule, index, want, null, done[k].data));
          }
        } else {
          this.predict(column, state, first, [rule, want]);
        }
      }
    }
  }

  /** The column after a scan: complete, predict and queue items until nothing new appears. */
  private process(column: Column, state: ColumnState): void {
    const items = column.items;
    const index = column.index;
    const stamp = state.stamp;
    for (let w = 0; w < items.length; w++) {
      const item = items[w];
      const rule = item.rule;
      if (item.dot === rule.length) {
        const postprocess = rule.postprocess;
        if (postprocess) item.data = postprocess(item.data as unknown[], item.origin, REJECT);
        const data = item.data;
        if (data === REJECT) continue;
        const origin = item.origin;
        const waiting = item.wantedBy;
        for (let i = waiting.length - 2; i >= 0; i -= 2) {
          const x = waiting[i];
          const wants = waiting[i + 1] as Waiting | null;
          items.push(wants === null
            ? advance((x as Item).rule, (x as Item).origin, (x as Item).wantedBy, x as Item, data)
            : advance(x as Rule, origin, wants, null, data));
        }
        if (origin === index) {
          // an empty completion: items that want this rule later in this column complete with it too
          const lhs = rule.lhs;
          if (state.nullStamp[lhs] === stamp) state.nulls[lhs].push(item);
          else {
            state.nullStamp[lhs] = stamp;
            state.nulls[lhs] = [item];
          }
        }
      } else if (rule.kinds[item.dot] !== NONTERMINAL) {
        column.scan.push(item, null);
      } else {
        const nt = rule.syms[item.dot] as number;
        if (state.wantStamp[nt] === stamp) {
          state.wants[nt].push(item, null);
          if (state.nullStamp[nt] === stamp) {
            const done = state.nulls[nt];
            for (let i = 0; i < done.length; i++) items.push(advance(rule, item.origin, item.wantedBy, item, done[i].data));
          }
        } else {
          this.predict(column, state, nt, [item, null]);
        }
      }
    }
  }

  toString(): string {
    return `EarleyGrammar(${this.startName})`;
  }
}
