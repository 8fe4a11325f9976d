// Decoding co_code into instructions (CPython's dis.get_instructions without formatting).
// A leaf module: imports only the opcode table.

import { HAS_JABS, HAS_JREL, Op, OPNAME, type OpName } from './opcodes';

export interface Instruction {
  /** Byte offset of the instruction itself (not of any EXTENDED_ARG prefix). */
  readonly offset: number;
  /** Byte offset of the first EXTENDED_ARG prefix, or offset when there is none. */
  readonly start: number;
  readonly op: number;
  readonly opname: OpName;
  /** The full argument, EXTENDED_ARG prefixes folded in. */
  readonly arg: number;
  /** For jumps, the target byte offset. */
  readonly target?: number;
}

/** Decode co_code. Throws on an unknown opcode or a truncated instruction. */
export function decodeInstructions(code: Uint8Array): Instruction[] {
  const out: Instruction[] = [];
  let ext = 0;
  let start = -1;
  if (code.length % 2 !== 0) throw new Error('co_code has an odd length');
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    const name = OPNAME[op];
    if (name === undefined) throw new Error(`unknown opcode ${op} at offset ${i}`);
    const arg = ext | code[i + 1];
    if (start < 0) start = i;
    if (op === Op.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    let target: number | undefined;
    if (HAS_JREL.has(op)) target = i + 2 + arg;
    else if (HAS_JABS.has(op)) target = arg;
    out.push({ offset: i, start, op, opname: name, arg, target });
    ext = 0;
    start = -1;
  }
  return out;
}
