// Stack-depth flow analysis over raw co_code: the assembler uses it to compute co_stacksize, and
// the cache verifier uses it to reject untrusted bytecode. Walks every path (fall-through, jumps,
// exception handlers) with the opcode table's pops and effects. Imports only bytecode/ modules.

import { decodeInstructions } from './instructions';
import { Op, stackEffect, stackPops } from './opcodes';

/** Instructions after which control never falls through to the next one. */
const NO_FALLTHROUGH: ReadonlySet<number> = new Set([
  Op.RETURN_VALUE, Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.RAISE_VARARGS, Op.BREAK_LOOP, Op.CONTINUE_LOOP,
]);

/**
 * Jumps whose target is reached by this instruction directly. BREAK_LOOP and CONTINUE_LOOP reach
 * their targets through the block stack (the unwinder cuts the stack to the block's level), so
 * their depth there comes from the SETUP_LOOP edge and the loop itself.
 */
const NO_JUMP_EDGE: ReadonlySet<number> = new Set([Op.CONTINUE_LOOP]);

/**
 * The largest stack depth any path through `code` reaches. Throws an Error when an instruction
 * would pop more than the stack holds, when two paths reach an instruction with different depths,
 * when a jump lands outside the code or not on an instruction start, or when control can run off
 * the end. Linear in the code size.
 */
export function computeStackDepth(code: Uint8Array): number {
  const ins = decodeInstructions(code);
  if (ins.length === 0) throw new Error('no instructions');
  const indexAt = new Map<number, number>();
  ins.forEach((x, i) => indexAt.set(x.start, i));
  const depthAt = new Int32Array(ins.length).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, depth: number, from: number) => {
    if (depth > max) max = depth;
    if (depthAt[i] === -1) {
      depthAt[i] = depth;
      work.push(i);
    } else if (depthAt[i] !== depth) {
      throw new Error(`offset ${ins[i].offset} reached with stack depths ${depthAt[i]} and ${depth} (from offset ${from})`);
    }
  };
  reach(0, 0, 0);
  while (work.length) {
    const i = work.pop()!;
    const x = ins[i];
    const depth = depthAt[i];
    const need = stackPops(x.op, x.arg);
    if (depth < need) throw new Error(`${x.opname} at offset ${x.offset} needs ${need} stack items, has ${depth}`);
    if (x.target !== undefined && !NO_JUMP_EDGE.has(x.op)) {
      const t = indexAt.get(x.target);
      if (t === undefined) throw new Error(`${x.opname} at offset ${x.offset} jumps to ${x.target}, not an instruction start`);
      reach(t, depth + stackEffect(x.op, x.arg, true), x.offset);
    } else if (x.target !== undefined && !indexAt.has(x.target)) {
      throw new Error(`${x.opname} at offset ${x.offset} jumps to ${x.target}, not an instruction start`);
    }
    if (!NO_FALLTHROUGH.has(x.op)) {
      if (i + 1 >= ins.length) throw new Error(`control runs off the end after ${x.opname} at offset ${x.offset}`);
      reach(i + 1, depth + stackEffect(x.op, x.arg, false), x.offset);
    }
  }
  return max;
}
