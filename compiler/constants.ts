// AST literal values to code-object constants, and the little constant folding tspy does: what
// CPython's AST optimizer does for `-<number>`, tuples of constants and constant lists iterated over.

import * as ast from '../grammar';
import { BytesConst, EllipsisConst, FloatConst, ImagConst, TupleConst, type Const } from '../bytecode';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An int as a constant: a JS number when safe, else a bigint (the contract in docs/bytecode.md). */
export function intConst(v: bigint): number | bigint {
  return v <= MAX_SAFE && v >= -MAX_SAFE ? Number(v) : v;
}

/** The constant for a literal's value. */
export function toConst(v: ast.ConstantValue): Const {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return intConst(v);
  if (typeof v === 'number') return new FloatConst(v);
  if (v === ast.ELLIPSIS) return EllipsisConst.instance;
  if (v instanceof Uint8Array) return new BytesConst(v);
  return new ImagConst(v.imag);
}

/** The folded constant value of an expression, or undefined when it is not a constant. */
export function foldConst(e: ast.Expr): Const | undefined {
  switch (e.kind) {
    case 'Constant':
      return toConst(e.value);
    case 'UnaryOp': {
      if (e.op !== 'USub' || e.operand.kind !== 'Constant') return undefined;
      const v = e.operand.value;
      if (typeof v === 'bigint') return intConst(-v);
      if (typeof v === 'number') return new FloatConst(-v);
      return undefined;
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items: Const[] = [];
      for (const elt of e.elts) {
        const c = foldConst(elt);
        if (c === undefined) return undefined;
        items.push(c);
      }
      return new TupleConst(items);
    }
    default:
      return undefined;
  }
}

/**
 * CPython's fold_iter: a list display of constants used only for iteration (`for x in [1, 2]`,
 * `x in [1, 2]`) becomes a constant tuple; undefined otherwise.
 */
export function foldIter(e: ast.Expr): TupleConst | undefined {
  if (e.kind !== 'List') return undefined;
  const t = foldConst({ ...e, kind: 'Tuple', ctx: 'Load' });
  return t instanceof TupleConst ? t : undefined;
}

/** Python truthiness of a constant (used for `while 1:`), or undefined when unknown. */
export function constTruth(c: Const): boolean | undefined {
  if (c === null) return false;
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c !== 0;
  if (typeof c === 'bigint') return c !== 0n;
  if (typeof c === 'string') return c.length > 0;
  if (c instanceof FloatConst) return c.value !== 0;
  if (c instanceof TupleConst) return c.items.length > 0;
  return undefined;
}
