// Expressions back to source text, as CPython's Python/ast_unparse.c does for annotations under
// `from __future__ import annotations` (precedence-driven parentheses, repr for constants).

import * as ast from '../grammar';
import { bytesRepr, constRepr, floatRepr, strRepr } from '../bytecode';
import { toConst } from './constants';

// ast_unparse.c's precedence levels.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<ast.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], FloorDiv: [' // ', PR_TERM], LShift: [' << ', PR_SHIFT],
  RShift: [' >> ', PR_SHIFT], BitOr: [' | ', PR_EXPR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND],
  Pow: [' ** ', PR_POWER],
};

const UNOPS: Record<ast.UnaryOperator, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

const CMPOPS: Record<ast.CmpOperator, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** The source text CPython would store for an annotation (`_PyAST_ExprAsUnicode(e)`). */
export function unparse(e: ast.Expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function constant(v: ast.ConstantValue): string {
  if (v === ast.ELLIPSIS) return '...';
  if (typeof v === 'number') return floatRepr(v).replace(/inf/g, '1e309');
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  return constRepr(toConst(v)).replace(/inf/g, '1e309');
}

function args(a: ast.Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], PR_TEST)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg) parts.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length) parts.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${p.arg}=${expr(d, PR_TEST)}` : p.arg);
  });
  if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

function comprehensions(gens: readonly ast.Comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += ` for ${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}`;
    for (const c of g.ifs) out += ` if ${expr(c, PR_TEST + 1)}`;
  }
  return out;
}

function fstringBody(values: readonly ast.Expr[]): string {
  let out = '';
  for (const v of values) {
    if (v.kind === 'Constant' && typeof v.value === 'string') {
      out += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    } else if (v.kind === 'FormattedValue') {
      let inner = expr(v.value, PR_TEST + 1);
      if (inner.startsWith('{')) inner = ` ${inner}`;
      out += `{${inner}`;
      if (v.conversion !== -1) out += `!${String.fromCharCode(v.conversion)}`;
      if (v.format_spec) out += `:${fstringBody(v.format_spec.values)}`;
      out += '}';
    }
  }
  return out;
}

function expr(e: ast.Expr, level: number): string {
  switch (e.kind) {
    case 'Constant': return constant(e.value);
    case 'Name': return e.id;
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNOPS[e.op];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const n = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, `${n ? 'lambda ' : 'lambda'}${args(e.args)}: ${expr(e.body, PR_TEST)}`);
    }
    case 'IfExp':
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k ? `${expr(k, PR_TEST)}: ${expr(e.values[i], PR_TEST)}` : `**${expr(e.values[i], PR_EXPR)}`)).join(', ')}}`;
    case 'Set':
      return e.elts.length ? `{${e.elts.map((x) => expr(x, PR_TEST)).join(', ')}}` : '{*()}';
    case 'List':
      return `[${e.elts.map((x) => expr(x, PR_TEST)).join(', ')}]`;
    case 'Tuple': {
      if (!e.elts.length) return '()';
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'ListComp': return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'DictComp': return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield': return e.value ? `(yield ${expr(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${expr(e.value, PR_TEST)})`;
    case 'Await': return paren(level > PR_AWAIT, `await ${expr(e.value, PR_ATOM)}`);
    case 'Compare': {
      let out = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (out += CMPOPS[op] + expr(e.comparators[i], PR_CMP + 1)));
      return paren(level > PR_CMP, out);
    }
    case 'Call': {
      const f = expr(e.func, PR_ATOM);
      if (e.args.length === 1 && !e.keywords.length && e.args[0].kind === 'GeneratorExp') return f + expr(e.args[0], PR_TEST);
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, PR_TEST)}` : `${k.arg}=${expr(k.value, PR_TEST)}`);
      return `${f}(${parts.join(', ')})`;
    }
    case 'Attribute': {
      const v = e.value;
      const period = v.kind === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript': return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case 'Slice': {
      let out = (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '');
      if (e.step) out += `:${expr(e.step, PR_TEST)}`;
      return out;
    }
    case 'Starred': return `*${expr(e.value, PR_EXPR)}`;
    case 'NamedExpr': return paren(level > PR_TUPLE, `${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`);
    case 'JoinedStr': return `f${strRepr(fstringBody(e.values))}`;
    case 'FormattedValue': return `f${strRepr(fstringBody([e]))}`;
    default: {
      const never: never = e;
      throw new Error(`internal: cannot unparse ${(never as ast.Expr).kind}`);
    }
  }
}
