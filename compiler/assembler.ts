// The assembler (CPython's assemble()): threads jumps to jumps, lays instructions out as 2-byte
// units with EXTENDED_ARG prefixes, resolves labels to byte offsets, builds the line table, takes
// co_stacksize from the shared flow analysis (bytecode/stackdepth.ts) and freezes the CodeObject.

import * as bytecode from '../bytecode';
import {
  BytesConst, CodeObject, EllipsisConst, FloatConst, ImagConst, TupleConst, type Const,
} from '../bytecode';

// Bound once: tsc's CommonJS output reads a re-exported name through a getter on every use.
const { Op, OPINFO, computeStackDepth, encodeLineTable } = bytecode;

/** A jump target; `index` is the instruction it precedes (-1 until bound). */
export class Label {
  index = -1;
}

/** One instruction before layout: the argument, or a label for jumps; the source line. */
export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  line: number;
}

/** Everything the assembler needs from a compiled unit. */
export interface AssemblyInput {
  readonly instrs: Instr[];
  readonly consts: readonly Const[];
  readonly names: readonly string[];
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly filename: string;
  readonly name: string;
  readonly qualname: string;
  readonly firstlineno: number;
}

/** The dedup key of a constant: equal keys for equal type and value (CPython's _PyCode_ConstantKey). */
export function constKey(c: Const): string | null {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'boolean': return c ? 'T' : 'F';
    case 'number': return `i${c}`;
    case 'bigint': return `i${c}`;
    case 'string': return `s${c.length}:${c}`;
  }
  if (c instanceof FloatConst) return `f${floatKey(c.value)}`;
  if (c instanceof ImagConst) return `j${floatKey(c.imag)}`;
  if (c instanceof BytesConst) return `b${c.bytes.length}:${Array.prototype.join.call(c.bytes, ',')}`;
  if (c instanceof EllipsisConst) return 'E';
  if (c instanceof TupleConst) {
    let k = `(${c.items.length}`;
    for (const item of c.items) {
      const ik = constKey(item);
      if (ik === null) return null;
      k += `|${ik.length}:${ik}`;
    }
    return `${k})`;
  }
  return null; // code objects: by identity
}

function floatKey(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

// co_stacksize by the shared flow analysis (bytecode/stackdepth.ts); a failure is a compiler bug.
function stackSize(code: Uint8Array, qualname: string): number {
  try {
    return computeStackDepth(code);
  } catch (e) {
    throw new Error(`internal: bad stack discipline in ${qualname}: ${(e as Error).message}`);
  }
}

function unitsFor(arg: number): number {
  if (arg <= 0xff) return 1;
  if (arg <= 0xffff) return 2;
  if (arg <= 0xffffff) return 3;
  return 4;
}

const THREADABLE: ReadonlySet<number> = new Set([
  Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
]);

/**
 * CPython 3.7's peephole rule "replace jumps to unconditional jumps": a jump whose target is a
 * JUMP_FORWARD/JUMP_ABSOLUTE goes straight to the final target (a JUMP_FORWARD that would then
 * go backwards becomes JUMP_ABSOLUTE). Unconditional jumps leave the stack as it is, so depths
 * are unchanged.
 */
export function threadJumps(instrs: Instr[]): void {
  const n = instrs.length;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    if (!ins.target || !THREADABLE.has(ins.op)) continue;
    let target = ins.target;
    for (let hops = 0; hops < 16; hops++) {
      const t = target.index < n ? instrs[target.index] : null;
      if (!t || t === ins || (t.op !== Op.JUMP_FORWARD && t.op !== Op.JUMP_ABSOLUTE)) break;
      target = t.target!;
    }
    if (target === ins.target) continue;
    if (target.index <= i && ins.op === Op.JUMP_FORWARD) ins.op = Op.JUMP_ABSOLUTE;
    ins.target = target;
  }
}

/** Assemble a unit into a frozen CodeObject. Throws a plain Error on internal inconsistencies. */
export function assemble(u: AssemblyInput): CodeObject {
  const instrs = u.instrs;
  threadJumps(instrs);
  const n = instrs.length;
  const sizes = new Uint8Array(n);
  const args = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    if (ins.target && ins.target.index < 0) throw new Error(`internal: unbound label in ${u.qualname}`);
    args[i] = ins.arg;
    sizes[i] = ins.target ? 1 : unitsFor(ins.arg);
  }
  // Lay out, then resolve jumps; a jump that needs a longer argument grows, so repeat until stable.
  const offsets = new Int32Array(n + 1);
  for (;;) {
    let off = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = off;
      off += sizes[i] * 2;
    }
    offsets[n] = off;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const ins = instrs[i];
      if (!ins.target) continue;
      const dest = offsets[ins.target.index];
      const kind = OPINFO[ins.op]!.arg;
      const arg = kind === 'jrel' ? dest - (offsets[i] + sizes[i] * 2) : dest;
      if (arg < 0) throw new Error(`internal: backward relative jump in ${u.qualname}`);
      args[i] = arg;
      const need = unitsFor(arg);
      if (need > sizes[i]) {
        sizes[i] = need;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const code = new Uint8Array(offsets[n]);
  const starts: [number, number][] = [];
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    let p = offsets[i];
    const arg = args[i];
    for (let k = sizes[i] - 1; k >= 1; k--) {
      code[p++] = Op.EXTENDED_ARG;
      code[p++] = (arg >>> (8 * k)) & 0xff;
    }
    code[p++] = ins.op;
    code[p] = arg & 0xff;
    if (ins.line !== lastLine) {
      starts.push([offsets[i], ins.line]);
      lastLine = ins.line;
    }
  }
  return new CodeObject({
    co_argcount: u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_nlocals: u.varnames.length,
    co_stacksize: stackSize(code, u.qualname),
    co_flags: u.flags,
    co_code: code,
    co_consts: u.consts.slice(),
    co_names: u.names.slice(),
    co_varnames: u.varnames.slice(),
    co_freevars: u.freevars.slice(),
    co_cellvars: u.cellvars.slice(),
    co_filename: u.filename,
    co_name: u.name,
    co_qualname: u.qualname,
    co_firstlineno: u.firstlineno,
    co_linetable: encodeLineTable(u.firstlineno, starts),
  });
}
