// The verifier: checks decoded code objects before the VM ever sees them, so a damaged or
// hostile cache file is rejected instead of crashing or misleading the VM. Every operand is in
// range for its kind, jumps land on instruction starts, the stack depth is consistent and fits
// co_stacksize, and the counts agree with each other. Imports only bytecode/.

import * as bytecode from '../bytecode';
import type { CodeObject } from '../bytecode';
import { BadPycError } from './errors';

// Bound once: tsc's CommonJS output reads a re-exported name through a getter on every use, and
// these run for every code object of every cache file loaded.
const { CO, COMPARE_OPS, OPINFO, computeStackDepth } = bytecode;
const CodeObjectClass = bytecode.CodeObject;
const VARARGS = CO.VARARGS;
const VARKEYWORDS = CO.VARKEYWORDS;
const COMPARE_COUNT = COMPARE_OPS.length;

const KNOWN_CO_FLAGS = Object.values(CO).reduce((a, b) => a | b, 0);

/** Per opcode: which limit its argument must stay under (index into LIMITS below), or -1. */
const SLOT: Int8Array = (() => {
  const byKind: Record<string, number> = { none: 0, const: 1, name: 2, local: 3, free: 4, compare: 5 };
  const t = new Int8Array(256).fill(-1);
  OPINFO.forEach((info, op) => {
    if (info && info.arg in byKind) t[op] = byKind[info.arg];
  });
  return t;
})();

/** Operand limits by SLOT: none (the argument must be 0), const, name, local, free, compare. */
const LIMITS = Int32Array.of(1, 0, 0, 0, 0, COMPARE_COUNT);

function fail(code: CodeObject, detail: string): never {
  throw new BadPycError('invalid bytecode', `${code.co_qualname}: ${detail}`);
}

/** Verify a code object and every code object nested in its constants. Throws BadPycError. */
export function verifyCode(code: CodeObject): void {
  const c = code;
  if (c.co_flags & ~KNOWN_CO_FLAGS) fail(c, `unknown flags 0x${c.co_flags.toString(16)}`);
  if (c.co_nlocals !== c.co_varnames.length) fail(c, `co_nlocals ${c.co_nlocals} but ${c.co_varnames.length} varnames`);
  const nargs = c.co_argcount + c.co_kwonlyargcount + (c.co_flags & VARARGS ? 1 : 0) + (c.co_flags & VARKEYWORDS ? 1 : 0);
  if (c.co_posonlyargcount > c.co_argcount || nargs > c.co_nlocals) fail(c, 'argument counts exceed the locals');
  if (c.co_linetable.length % 2) fail(c, 'line table has an odd length');
  if (c.co_code.length === 0 || c.co_code.length % 2) fail(c, `co_code has length ${c.co_code.length}`);
  const limits = LIMITS; // reused: computeStackDepth is done with it before any nested code object is verified
  limits[1] = c.co_consts.length;
  limits[2] = c.co_names.length;
  limits[3] = c.co_nlocals;
  limits[4] = c.co_cellvars.length + c.co_freevars.length;
  // Decodes co_code, checks every operand against its limit (jump targets and counts are checked
  // by the walk or need none), and walks every path for the stack depth.
  let depth: number;
  try {
    depth = computeStackDepth(c.co_code, SLOT, limits);
  } catch (e) {
    fail(c, (e as Error).message);
  }
  if (depth > c.co_stacksize) fail(c, `needs a stack of ${depth} but co_stacksize is ${c.co_stacksize}`);
  const consts = c.co_consts;
  for (let i = 0; i < consts.length; i++) {
    const k = consts[i];
    if (k instanceof CodeObjectClass) verifyCode(k);
  }
}
