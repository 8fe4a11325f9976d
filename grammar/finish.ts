// Turns the raw tree of the nearley postprocessors into the final AST, once the parse is known
// to be unique: operator precedence over flat operand lists, parentheses dropped, Store/Del
// contexts, argument lists, literals, and the checks CPython's parser makes on targets and calls.

import { ELLIPSIS, type Arguments, type Expr, type Pos } from './ast';
import { list, node, type Cons } from './build';
import { PySyntaxError } from './errors';
import { buildStrings, type FieldParser } from './strings';

// Binary precedence, as CPython's grammar levels (higher binds tighter).
const PREC: Record<string, number> = {
  or: 1, and: 2, '<': 4, '>': 4, '==': 4, '>=': 4, '<=': 4, '!=': 4, in: 4, 'not in': 4, is: 4, 'is not': 4,
  '|': 5, '^': 6, '&': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '//': 10, '%': 10, '@': 10, '**': 12,
};
const BINOP: Record<string, string> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult', '**': 'Pow',
};
const CMPOP: Record<string, string> = {
  '<': 'Lt', '>': 'Gt', '==': 'Eq', '>=': 'GtE', '<=': 'LtE', '!=': 'NotEq', in: 'In', 'not in': 'NotIn', is: 'Is', 'is not': 'IsNot',
};
const UNOP: Record<string, string> = { not: 'Not', '-': 'USub', '+': 'UAdd', '~': 'Invert' };

/** Precedence climbing over [operand, op, operand, ...]; builds raw nodes finished later. */
class Climber {
  private i = 0;
  constructor(private readonly items: any[]) {}

  expr(min: number): any {
    let left = this.unary(min);
    for (;;) {
      const op: string | undefined = this.items[this.i];
      if (op === undefined) return left;
      const p = PREC[op];
      if (p < min) return left;
      if (p === 4) {
        const ops: string[] = [];
        const comparators: any[] = [];
        while (PREC[this.items[this.i]] === 4) {
          ops.push(CMPOP[this.items[this.i++]]);
          comparators.push(this.expr(5));
        }
        left = node('Compare', { left, ops, comparators }, left, comparators[comparators.length - 1]);
      } else if (p <= 2) {
        const values = [left];
        while (this.items[this.i] === op) {
          this.i++;
          values.push(this.expr(p + 1));
        }
        left = node('BoolOp', { op: op === 'or' ? 'Or' : 'And', values }, left, values[values.length - 1]);
      } else {
        this.i++;
        // `**` is right-associative and its right operand may carry a unary prefix
        const right = op === '**' ? this.expr(12) : this.expr(p + 1);
        left = node('BinOp', { left, op: BINOP[op], right }, left, right);
      }
    }
  }

  // A prefix operator's operand extends over the operators that bind tighter than it: `not`
  // takes comparisons (and another `not`), `-`/`+`/`~` take only `**` (`-a ** b` is `-(a ** b)`).
  private unary(min: number): any {
    const x = this.items[this.i];
    if (x.kind !== 'Prefix') {
      this.i++;
      return x;
    }
    // `not` binds looser than comparisons: CPython's grammar has no place for `a + not b`
    if (x.op === 'not' && min > 3) throw new NotError(x.tok);
    if (x.op === 'await') {
      // `await` applies to a primary only (`await -x` is invalid), and binds tighter than `**`
      if (x.operand.kind === 'Prefix') throw new NotError(x.operand.tok);
      this.i++;
      return node('Await', { value: x.operand }, x, x.operand);
    }
    // a run of prefixes of one kind (`- - x`, `not not x`) is unwound without recursion
    const run: any[] = [];
    let inner = x;
    while (inner.kind === 'Prefix' && (inner.op === 'not') === (x.op === 'not') && inner.op !== 'await') {
      run.push(inner);
      inner = inner.operand;
    }
    this.items[this.i] = inner;
    let operand = this.expr(x.op === 'not' ? 3 : 12);
    for (let k = run.length - 1; k >= 0; k--) operand = node('UnaryOp', { op: UNOP[run[k].op], operand }, run[k], operand);
    return operand;
  }
}

/** A prefix operator where CPython's grammar does not allow one; reported as invalid syntax. */
export class NotError extends Error {
  constructor(readonly tok: any) {
    super('invalid syntax');
  }
}

function climb(items: any[]): any {
  const c = new Climber(items);
  return c.expr(0);
}

// ---- targets -----------------------------------------------------------------------------------

function exprName(e: any): string {
  switch (e.kind) {
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.value === ELLIPSIS) return 'ellipsis';
      return 'literal';
    case 'Call': return 'function call';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Tuple': return 'tuple';
    case 'List': return 'list';
    case 'Starred': return 'starred';
    default: return 'expression';
  }
}

/** Resolves one statement's raw tree. */
export class Finisher {
  constructor(
    private readonly filename: string,
    private readonly lines: string[],
    private readonly parseField: FieldParser,
  ) {}

  error(msg: string, at: Pos, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError', end?: Pos): PySyntaxError {
    const e = end ?? at;
    return new PySyntaxError(type, msg, this.filename, at.lineno, at.col_offset + 1, (this.lines[at.lineno - 1] ?? '') + '\n',
      e.end_lineno, e.end_col_offset + 1);
  }

  fin(x: any): any {
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) x[i] = this.fin(x[i]);
      return x;
    }
    switch (x.kind) {
      case 'Paren':
        if (x.inner.kind === 'Starred') throw this.error('cannot use starred expression here', x.inner);
        return this.fin(x.inner);
      case 'Flat': return this.fin(this.climb(list(x.items as Cons<any>)));
      case 'Prefix': return this.fin(this.climb([x]));
      case 'Strings': return buildStrings(x.tokens, posOf(x), this.filename, this.lines, this.parseField);
      case 'Constant': return this.constant(x);
      case 'RawParams': return this.params(x);
      case 'RawGens': return this.generators(x.c);
      case 'Attribute': case 'Subscript': case 'Call': {
        // long trailer chains (`a.b.c...`, `f()()...`) are walked iteratively too
        const spine: any[] = [];
        let n = x;
        for (; n.kind === 'Attribute' || n.kind === 'Subscript' || n.kind === 'Call'; n = n.kind === 'Call' ? n.func : n.value) spine.push(n);
        let base = this.fin(n);
        for (let i = spine.length - 1; i >= 0; i--) {
          const t = spine[i];
          if (t.kind === 'Call') {
            t.func = base;
            t.args = this.fin(t.args);
            t.keywords = this.fin(t.keywords);
          } else {
            t.value = base;
            if (t.kind === 'Subscript') t.slice = this.fin(t.slice);
          }
          this.check(t);
          base = t;
        }
        return base;
      }
      case 'UnaryOp': {
        const chain: any[] = [];
        let n = x;
        for (; n.kind === 'UnaryOp'; n = n.operand) chain.push(n);
        let operand = this.fin(n);
        for (let i = chain.length - 1; i >= 0; i--) {
          chain[i].operand = operand;
          operand = chain[i];
        }
        return operand;
      }
      case 'BinOp': {
        // left-deep chains (`a + b + c + ...`, common in generated code) are walked iteratively
        const spine: any[] = [];
        let n = x;
        for (; n.kind === 'BinOp'; n = n.left) spine.push(n);
        let left = this.fin(n);
        for (let i = spine.length - 1; i >= 0; i--) {
          spine[i].left = left;
          spine[i].right = this.fin(spine[i].right);
          left = spine[i];
        }
        return left;
      }
    }
    for (const k in x) {
      const v = x[k];
      if (v !== null && typeof v === 'object') x[k] = this.fin(v);
    }
    this.check(x);
    return x;
  }

  private climb(items: any[]): any {
    try {
      return climb(items);
    } catch (e) {
      if (e instanceof NotError) throw this.error('invalid syntax', tokPos(e.tok));
      throw e;
    }
  }

  private constant(x: any): any {
    const v = x.value;
    if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
      if (v.kind === 'Ellipsis') x.value = ELLIPSIS;
      else if (v.kind === 'Number') x.value = numberValue(v.text);
    }
    return x;
  }

  private check(x: any): void {
    switch (x.kind) {
      case 'Assign':
        for (const t of x.targets) {
          if (t.kind === 'Yield' || t.kind === 'YieldFrom') throw this.error('assignment to yield expression not possible', t);
          this.store(t, 'Store', x.targets.length === 1 && maybeComparison(t, x.value) ? " here. Maybe you meant '==' instead of '='?" : '');
        }
        break;
      case 'AugAssign':
        if (!['Name', 'Attribute', 'Subscript'].includes(x.target.kind)) {
          throw this.error(`'${exprName(x.target)}' is an illegal expression for augmented assignment`, x.target);
        }
        x.target.ctx = 'Store';
        break;
      case 'AnnAssign':
        if (x.target.kind === 'Tuple') throw this.error('only single target (not tuple) can be annotated', caret(x.target));
        if (x.target.kind === 'List') throw this.error('only single target (not list) can be annotated', caret(x.target));
        if (!['Name', 'Attribute', 'Subscript'].includes(x.target.kind)) throw this.error('illegal target for annotation', x.target);
        x.target.ctx = 'Store';
        break;
      case 'Delete':
        for (const t of x.targets) this.store(t, 'Del', '');
        break;
      case 'For':
        this.store(x.target, 'Store', '');
        break;
      case 'withitem':
        if (x.optional_vars) this.store(x.optional_vars, 'Store', '');
        break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        if (x.elt.kind === 'Starred') throw this.error('iterable unpacking cannot be used in comprehension', x.elt);
        break;
      case 'NamedExpr':
        x.target.ctx = 'Store';
        break;
      case 'Call':
        this.callArgs(x, x.args, 'args', 'keywords');
        break;
      case 'ClassDef':
        this.callArgs(x, x.bases, 'bases', 'keywords');
        break;
    }
  }

  /** Set ctx on an assignment/deletion target, or raise CPython's message for a bad one. */
  private store(t: any, ctx: 'Store' | 'Del', suffix: string): void {
    switch (t.kind) {
      case 'Name': case 'Attribute': case 'Subscript':
        t.ctx = ctx;
        return;
      case 'Starred':
        if (ctx === 'Del') break;
        t.ctx = ctx;
        this.store(t.value, ctx, '');
        return;
      case 'Tuple': case 'List':
        t.ctx = ctx;
        for (const e of t.elts) this.store(e, ctx, '');
        return;
    }
    const verb = ctx === 'Del' ? 'delete' : 'assign to';
    const what = exprName(t);
    throw this.error(`cannot ${verb} ${what}${['None', 'True', 'False'].includes(what) ? '' : suffix}`, t);
  }

  private generators(raw: any): any[] {
    const gens: any[] = [];
    for (const c of list(raw as Cons<any>)) {
      if (c.cond !== undefined) gens[gens.length - 1].ifs.push(this.fin(c.cond));
      else {
        c.target = this.fin(c.target);
        c.iter = this.fin(c.iter);
        this.store(c.target, 'Store', '');
        gens.push(c);
      }
    }
    return gens;
  }

  /** Split a finished RawArgs into positional and keyword arguments, with CPython's checks. */
  private callArgs(x: any, raw: any, posField: string, kwField: string): void {
    if (Array.isArray(raw)) return;
    const items: any[] = raw.items;
    const args: Expr[] = [];
    const keywords: any[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const a of items) {
      if (a.kind === 'BareGenerator') {
        if (x.kind === 'ClassDef') {
          // CPython 3.11 points at the `for`, which the raw tree no longer has: assume one space
          throw this.error('invalid syntax', { ...posOf(a.elt), col_offset: a.elt.end_col_offset + 1 });
        }
        if (items.length > 1 || raw.trailing) {
          throw this.error('Generator expression must be parenthesized', a.elt, 'SyntaxError', a.gens[a.gens.length - 1]?.iter ?? a.elt);
        }
        const g = node('GeneratorExp', { elt: a.elt, generators: a.gens }, raw.lpar, raw.rpar);
        args.push(g);
      } else if (a.kind === 'keyword') {
        if (a.arg === null) sawDoubleStar = true;
        else sawKeyword = true;
        keywords.push(a);
      } else if (a.kind === 'Starred') {
        if (sawDoubleStar) throw this.error('iterable argument unpacking follows keyword argument unpacking', caret(a));
        args.push(a);
      } else {
        // CPython 3.11 puts the caret just after the offending argument
        const after = { ...posOf(a), col_offset: a.end_col_offset, lineno: a.end_lineno };
        if (sawDoubleStar) throw this.error('positional argument follows keyword argument unpacking', after);
        if (sawKeyword) throw this.error('positional argument follows keyword argument', after);
        args.push(a);
      }
    }
    x[posField] = args;
    x[kwField] = keywords;
  }

  /** Build `arguments` from a parameter list, with CPython's ordering checks. */
  private params(raw: any): Arguments {
    const a: Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let afterStar = false;
    let sawDefault = false;
    for (const p of raw.items) {
      if (a.kwarg) throw this.error('arguments cannot follow var-keyword argument', p.arg ?? p.star ?? p.slash);
      if (p.slash) {
        if (afterStar) throw this.error('/ must be ahead of *', tokPos(p.slash));
        if (a.posonlyargs.length > 0 || a.args.length === 0) throw this.error(a.args.length === 0 ? 'at least one argument must precede /' : '/ may appear only once', tokPos(p.slash));
        a.posonlyargs = a.args;
        a.args = [];
        continue;
      }
      if (p.star) {
        if (afterStar) throw this.error('* argument may appear only once', tokPos(p.star));
        afterStar = true;
        if (p.arg) a.vararg = this.fin(p.arg);
        continue;
      }
      if (p.dstar) { a.kwarg = this.fin(p.arg); continue; }
      const arg = this.fin(p.arg);
      const dflt = p.dflt ? this.fin(p.dflt) : null;
      if (afterStar) {
        a.kwonlyargs.push(arg);
        a.kw_defaults.push(dflt);
      } else {
        if (dflt) { sawDefault = true; a.defaults.push(dflt); }
        else if (sawDefault) throw this.error('non-default argument follows default argument', arg);
        a.args.push(arg);
      }
    }
    if (afterStar && !a.vararg && a.kwonlyargs.length === 0 && raw.items.length > 0) {
      const star = raw.items.find((p: any) => p.star);
      throw this.error('named arguments must follow bare *', tokPos(star.star));
    }
    return a;
  }
}

/** Just the first character of x, for a one-caret error. */
function caret(x: Pos): Pos {
  return { lineno: x.lineno, col_offset: x.col_offset, end_lineno: x.lineno, end_col_offset: x.col_offset + 1 };
}

function posOf(x: Pos): Pos {
  return { lineno: x.lineno, col_offset: x.col_offset, end_lineno: x.end_lineno, end_col_offset: x.end_col_offset };
}

// CPython adds "Maybe you meant '=='" when `target = value` could be a comparison written with
// one `=` (its invalid_named_expression rule): both sides must start as a bitwise_or.
function maybeComparison(target: any, value: any): boolean {
  const notOr = (e: any) => ['Lambda', 'IfExp', 'Compare', 'BoolOp', 'NamedExpr', 'Starred', 'Yield', 'YieldFrom'].includes(e.kind) ||
    (e.kind === 'UnaryOp' && e.op === 'Not');
  if (notOr(target)) return false;
  let v = value;
  for (;;) {
    if (v.kind === 'Tuple' && v.elts.length > 0 && v.col_offset === v.elts[0].col_offset) v = v.elts[0];
    else if (v.kind === 'BoolOp') v = v.values[0];
    else if (v.kind === 'Compare' || v.kind === 'BinOp') v = v.left;
    else if (v.kind === 'IfExp') v = v.body;
    else break;
  }
  return !['Yield', 'YieldFrom', 'Lambda', 'Starred'].includes(v.kind) && !(v.kind === 'UnaryOp' && v.op === 'Not');
}

function tokPos(t: any): Pos {
  return { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
}

function numberValue(text: string): bigint | number | { imag: number } {
  const s = text.replace(/_/g, '');
  const c = s[s.length - 1];
  if (c === 'j' || c === 'J') return { imag: Number(s.slice(0, -1)) };
  if (/^0[xXoObB]/.test(s)) return BigInt(s);
  if (/[.eE]/.test(s)) return Number(s);
  return BigInt(s);
}
