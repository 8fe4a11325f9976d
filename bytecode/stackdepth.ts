// Stack-depth flow analysis over raw co_code: the assembler uses it to compute co_stacksize, and
// the cache verifier uses it to reject untrusted bytecode. Walks every path (fall-through, jumps,
// exception handlers) with the opcode table's pops and effects, on typed arrays (no allocation
// per instruction: it runs on every code object a cache file holds). Imports only bytecode/.

import { decodeRawScratch, type RawCode } from './instructions';
import { HAS_JABS, HAS_JREL, Op, OPINFO, stackEffect, stackPops } from './opcodes';

/** Instructions after which control never falls through to the next one. */
const NO_FALLTHROUGH: ReadonlySet<number> = new Set([
  Op.RETURN_VALUE, Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.RAISE_VARARGS, Op.BREAK_LOOP, Op.CONTINUE_LOOP,
]);

/**
 * Jumps whose target is reached by this instruction directly. CONTINUE_LOOP (like BREAK_LOOP,
 * which has no target) reaches its target through the block stack: the unwinder cuts the stack
 * to the loop block's level, so the depth there comes from the loop itself.
 */
const NO_JUMP_EDGE: ReadonlySet<number> = new Set([Op.CONTINUE_LOOP]);

// Per-opcode tables, so the walk does array reads instead of set lookups and calls: VARIES marks
// an argument-dependent pops or effect, computed from the table's function.
const VARIES = -128;
const fixed = (e: unknown) => (typeof e === 'number' ? e : VARIES);
const POPS = Int8Array.from(OPINFO, (i) => (i ? fixed(i.pops) : 0));
const EFFECT = Int8Array.from(OPINFO, (i) => (i ? fixed(i.effect) : 0));
const JUMP_EFFECT = Int8Array.from(OPINFO, (i) => (i ? fixed(i.jump ?? i.effect) : 0));
/** 0: not a jump, 1: relative, 2: absolute, 3: a target with no edge (CONTINUE_LOOP). */
const JUMP_KIND = Uint8Array.from(OPINFO, (_, op) => (NO_JUMP_EDGE.has(op) ? 3 : HAS_JREL.has(op) ? 1 : HAS_JABS.has(op) ? 2 : 0));
const FALLS_THROUGH = Uint8Array.from(OPINFO, (_, op) => (NO_FALLTHROUGH.has(op) ? 0 : 1));

let depthAtScratch = new Int32Array(1024);
let workScratch = new Int32Array(1024);

/**
 * The largest stack depth any path through `code` reaches. Throws an Error when an instruction
 * would pop more than the stack holds, when two paths reach an instruction with different depths,
 * when a jump lands outside the code or not on an instruction start, or when control can run off
 * the end. Linear in the code size.
 */
export function computeStackDepth(code: Uint8Array | RawCode): number {
  const raw = code instanceof Uint8Array ? decodeRawScratch(code) : code;
  const n = raw.count;
  if (n === 0) throw new Error('no instructions');
  // Reused between calls (nothing here calls back in); fresh arrays per code object cost more
  // than the walk itself when a cache file's hundreds of code objects are verified.
  if (depthAtScratch.length < n) {
    depthAtScratch = new Int32Array(Math.max(n, depthAtScratch.length * 2));
    workScratch = new Int32Array(depthAtScratch.length);
  }
  const depthAt = depthAtScratch.fill(-1, 0, n);
  const work = workScratch;
  let top = 0;
  let max = 0;
  // Reaching instruction t with `depth`: record it the first time, or check it agrees.
  const mismatch = (t: number, depth: number, from: number) =>
    new Error(`offset ${raw.offset[t]} reached with stack depths ${depthAt[t]} and ${depth} (from offset ${from})`);
  const units = raw.units;
  const ops = raw.op;
  const args = raw.arg;
  const offsets = raw.offset;
  const indexAt = raw.indexAt;
  depthAt[0] = 0;
  work[top++] = 0;
  while (top > 0) {
    const i = work[--top];
    const op = ops[i];
    const arg = args[i];
    const depth = depthAt[i];
    let need = POPS[op];
    if (need === VARIES) need = stackPops(op, arg);
    if (depth < need) throw new Error(`opcode ${op} at offset ${offsets[i]} needs ${need} stack items, has ${depth}`);
    const jk = JUMP_KIND[op];
    if (jk !== 0) {
      const target = jk === 1 ? offsets[i] + 2 + arg : arg;
      const t = (target & 1) === 0 && target >> 1 < units ? indexAt[target >> 1] : -1;
      if (t < 0) throw new Error(`jump at offset ${offsets[i]} to ${target}, not an instruction start`);
      if (jk !== 3) {
        let e = JUMP_EFFECT[op];
        if (e === VARIES) e = stackEffect(op, arg, true);
        const d = depth + e;
        if (d > max) max = d;
        if (depthAt[t] === -1) {
          depthAt[t] = d;
          work[top++] = t;
        } else if (depthAt[t] !== d) throw mismatch(t, d, offsets[i]);
      }
    }
    if (FALLS_THROUGH[op]) {
      if (i + 1 >= n) throw new Error(`control runs off the end after offset ${offsets[i]}`);
      let e = EFFECT[op];
      if (e === VARIES) e = stackEffect(op, arg, false);
      const d = depth + e;
      if (d > max) max = d;
      if (depthAt[i + 1] === -1) {
        depthAt[i + 1] = d;
        work[top++] = i + 1;
      } else if (depthAt[i + 1] !== d) throw mismatch(i + 1, d, offsets[i]);
    }
  }
  return max;
}
