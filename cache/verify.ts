// The verifier: checks decoded code objects before the VM ever sees them, so a damaged or
// hostile cache file is rejected instead of crashing or misleading the VM. Every operand is in
// range for its kind, jumps land on instruction starts, the stack depth is consistent and fits
// co_stacksize, and the counts agree with each other. Imports only bytecode/.

import { CO, CodeObject, COMPARE_OPS, computeStackDepth, decodeRaw, OPINFO, type RawCode } from '../bytecode';
import { BadPycError } from './errors';

const KNOWN_CO_FLAGS = Object.values(CO).reduce((a, b) => a | b, 0);

/** Per opcode: which limit its argument must stay under (index into `limits` below), or -1. */
const KIND_LIMIT: Int8Array = (() => {
  const byKind: Record<string, number> = { none: 0, const: 1, name: 2, local: 3, free: 4, compare: 5 };
  const t = new Int8Array(256).fill(-1);
  OPINFO.forEach((info, op) => {
    if (info && info.arg in byKind) t[op] = byKind[info.arg];
  });
  return t;
})();

function fail(code: CodeObject, detail: string): never {
  throw new BadPycError('invalid bytecode', `${code.co_qualname}: ${detail}`);
}

/** Verify a code object and every code object nested in its constants. Throws BadPycError. */
export function verifyCode(code: CodeObject): void {
  const c = code;
  if (c.co_flags & ~KNOWN_CO_FLAGS) fail(c, `unknown flags 0x${c.co_flags.toString(16)}`);
  if (c.co_nlocals !== c.co_varnames.length) fail(c, `co_nlocals ${c.co_nlocals} but ${c.co_varnames.length} varnames`);
  const nargs = c.co_argcount + c.co_kwonlyargcount + (c.co_flags & CO.VARARGS ? 1 : 0) + (c.co_flags & CO.VARKEYWORDS ? 1 : 0);
  if (c.co_posonlyargcount > c.co_argcount || nargs > c.co_nlocals) fail(c, 'argument counts exceed the locals');
  if (c.co_linetable.length % 2) fail(c, 'line table has an odd length');
  if (c.co_code.length === 0 || c.co_code.length % 2) fail(c, `co_code has length ${c.co_code.length}`);
  let raw: RawCode;
  try {
    raw = decodeRaw(c.co_code);
  } catch (e) {
    fail(c, (e as Error).message);
  }
  const limits = [0, c.co_consts.length, c.co_names.length, c.co_nlocals, c.co_cellvars.length + c.co_freevars.length, COMPARE_OPS.length];
  for (let i = 0; i < raw.count; i++) {
    const kind = KIND_LIMIT[raw.op[i]];
    const a = raw.arg[i];
    // Jump targets are checked by the stack-depth analysis below; counts are free.
    if (kind >= 0 && (kind === 0 ? a !== 0 : a >= limits[kind])) fail(c, `${OPINFO[raw.op[i]]!.arg} operand ${a} out of range at offset ${raw.offset[i]}`);
  }
  let depth: number;
  try {
    depth = computeStackDepth(raw);
  } catch (e) {
    fail(c, `stack: ${(e as Error).message}`);
  }
  if (depth > c.co_stacksize) fail(c, `needs a stack of ${depth} but co_stacksize is ${c.co_stacksize}`);
  for (const k of c.co_consts) if (k instanceof CodeObject) verifyCode(k);
}
