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

/**
 * co_code decoded into parallel typed arrays, one slot per instruction (EXTENDED_ARG prefixes
 * folded in), from which dis and decodeInstructions build their records.
 */
export interface RawCode {
  readonly count: number;
  /** co_code's length in 2-byte units: indexAt's valid length (its array may be longer). */
  readonly units: number;
  readonly op: Uint8Array;
  readonly arg: Int32Array;
  /** Byte offset of the instruction itself. */
  readonly offset: Int32Array;
  /** Byte offset of its first EXTENDED_ARG prefix (the offset jumps must name). */
  readonly start: Int32Array;
  /** For each 2-byte unit: the index of the instruction starting there, or -1. */
  readonly indexAt: Int32Array;
}

const EXTENDED_ARG = Op.EXTENDED_ARG;
/** 1 for every assigned opcode number, 0 for the rest. */
export const KNOWN_OP: Uint8Array = Uint8Array.from({ length: 256 }, (_, o) => (OPNAME[o] === undefined ? 0 : 1));

/** Decode co_code into typed arrays. Throws on an odd length or an unknown opcode. */
export function decodeRaw(code: Uint8Array): RawCode {
  if (code.length % 2 !== 0) throw new Error('co_code has an odd length');
  const units = code.length >> 1;
  const op = new Uint8Array(units);
  const arg = new Int32Array(units);
  const offset = new Int32Array(units);
  const start = new Int32Array(units);
  const indexAt = new Int32Array(units).fill(-1);
  let n = 0;
  let ext = 0;
  let first = -1;
  for (let i = 0; i < code.length; i += 2) {
    const o = code[i];
    if (KNOWN_OP[o] === 0) throw new Error(`unknown opcode ${o} at offset ${i}`);
    if (first < 0) first = i;
    const a = ext | code[i + 1];
    if (o === EXTENDED_ARG) {
      if (a > 0x7fffff) throw new Error(`argument too large at offset ${i}`);
      ext = a << 8;
      continue;
    }
    op[n] = o;
    arg[n] = a;
    offset[n] = i;
    start[n] = first;
    indexAt[first >> 1] = n;
    n++;
    ext = 0;
    first = -1;
  }
  if (first >= 0) throw new Error('co_code ends with an EXTENDED_ARG prefix');
  return { count: n, units, op, arg, offset, start, indexAt };
}

/** The jump target (byte offset) of instruction `i`, or -1 when it is not a jump. */
export function jumpTarget(raw: RawCode, i: number): number {
  const o = raw.op[i];
  if (HAS_JREL.has(o)) return raw.offset[i] + 2 + raw.arg[i];
  if (HAS_JABS.has(o)) return raw.arg[i];
  return -1;
}

/** Decode co_code into instruction records (for dis and tests). Throws like decodeRaw. */
export function decodeInstructions(code: Uint8Array): Instruction[] {
  const raw = decodeRaw(code);
  const out: Instruction[] = new Array(raw.count);
  for (let i = 0; i < raw.count; i++) {
    const t = jumpTarget(raw, i);
    out[i] = { offset: raw.offset[i], start: raw.start[i], op: raw.op[i], opname: OPNAME[raw.op[i]]!, arg: raw.arg[i], target: t < 0 ? undefined : t };
  }
  return out;
}
