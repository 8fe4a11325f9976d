// Stack-depth flow analysis over raw co_code: the assembler uses it to compute co_stacksize, and
// the cache verifier uses it to reject untrusted bytecode, so it runs on every code object a cache
// file holds. It follows every path (fall-through, jumps, exception handlers) with the opcode
// table's pops and effects, and checks every opcode and, for the verifier, every operand's bounds.
// Compiled code is settled in one pass in address order (scan); anything else by a work-list walk
// over decoded arrays (walkStackDepth). Both use scratch typed arrays, reused from call to call.
// Imports only bytecode/.

import { KNOWN_OP } from './instructions';
import { HAS_JABS, HAS_JREL, Op, OPINFO, OPNAME, stackEffect, stackPops } from './opcodes';

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

// An argument-dependent pops or effect comes from the opcode table's function, a call through a
// different closure per opcode that cost as much as the rest of the walk (one instruction in eight
// is a call, MAKE_FUNCTION or BUILD_*). So each (what, opcode, argument below 256) is computed once
// and kept in MEMO, filled on first use; larger arguments are rare and computed each time.
const POPS_OF = 0;
const EFFECT_OF = 1;
const JUMP_EFFECT_OF = 2;
const VARY_ROW = new Int16Array(256).fill(-1);
let varyRows = 0;
OPINFO.forEach((i, op) => {
  if (i && (POPS[op] === VARIES || EFFECT[op] === VARIES || JUMP_EFFECT[op] === VARIES)) VARY_ROW[op] = varyRows++;
});
const UNSET = -0x80000000;
const MEMO = new Int32Array((3 * varyRows) << 8).fill(UNSET);

/** Pops (what = POPS_OF), effect (EFFECT_OF) or effect when jumping (JUMP_EFFECT_OF) of a VARIES entry. */
function varying(what: number, op: number, arg: number): number {
  if (arg > 255) return what === POPS_OF ? stackPops(op, arg) : stackEffect(op, arg, what === JUMP_EFFECT_OF);
  const k = ((what * varyRows + VARY_ROW[op]) << 8) | arg;
  let v = MEMO[k];
  if (v === UNSET) v = MEMO[k] = what === POPS_OF ? stackPops(op, arg) : stackEffect(op, arg, what === JUMP_EFFECT_OF);
  return v;
}

const EXTENDED_ARG = Op.EXTENDED_ARG;
// Bound once: tsc's CommonJS output reads an imported name from the module object on every use.
const KNOWN = KNOWN_OP;

/** No operand bounds: every opcode's slot is -1 (the assembler's own output needs none). */
const UNBOUNDED = new Int8Array(256).fill(-1);
const NO_LIMITS = new Int32Array(0);

// Indexed by 2-byte unit. An instruction (with any EXTENDED_ARG prefixes) is recorded at the unit
// where it starts, which is where jumps must land: its opcode, its full argument, and the unit of
// its own opcode (after the prefixes). argAt is -1 at every other unit.
let opAt = new Uint8Array(1024);
let argAt = new Int32Array(1024);
let endAt = new Int32Array(1024);
let depthAt = new Int32Array(1024);
let work = new Int32Array(1024);

function mismatch(at: number, had: number, depth: number, from: number): Error {
  return new Error(`offset ${at} reached with stack depths ${had} and ${depth} (from offset ${from})`);
}

function notStart(target: number, from: number): Error {
  return new Error(`jump ${from < 0 ? '' : `at offset ${from} `}to ${target}, not an instruction start`);
}

/** scan's answer when it cannot decide in one pass. */
const UNDECIDED = -1;

/**
 * The common case in one pass, in address order, with nothing decoded into arrays: each
 * instruction's depth comes from the one before it (falling through) or from an earlier forward
 * jump; an instruction reached by neither is skipped as unreachable. That is the whole answer
 * unless a backward jump reaches an instruction the scan skipped, and then it returns UNDECIDED
 * for walkStackDepth to settle. Throws what walkStackDepth throws for the same code.
 */
function scan(code: Uint8Array, units: number, slotOf: Int8Array, limits: Int32Array): number {
  const depths = depthAt.fill(-1, 0, units);
  let max = 0;
  let cur = 0; // the depth falling through into the next instruction, or -1: none does
  let prev = -1; // byte offset of the last instruction scanned with a depth
  let ext = 0;
  let first = -1;
  for (let u = 0; u < units; u++) {
    const at = u << 1;
    const o = code[at];
    if (KNOWN[o] === 0) throw new Error(`unknown opcode ${o} at offset ${at}`);
    const a = ext | code[at + 1];
    if (o === EXTENDED_ARG) {
      if (a > 0x7fffff) throw new Error(`argument too large at offset ${at}`);
      ext = a << 8;
      if (first < 0) first = u;
      else if (depths[u] !== -1) throw notStart(at, -1); // a forward jump landed inside the prefixes
      continue;
    }
    const slot = slotOf[o];
    if (slot >= 0 && a >= limits[slot]) throw new Error(`operand ${a} of ${OPNAME[o]} out of range at offset ${at}`);
    let s = u;
    if (first >= 0) {
      if (depths[u] !== -1) throw notStart(at, -1);
      s = first;
      first = -1;
      ext = 0;
    }
    let depth = depths[s];
    if (cur >= 0) {
      if (depth === -1) depths[s] = depth = cur;
      else if (depth !== cur) throw mismatch(at, depth, cur, prev);
    } else if (depth === -1) continue; // not reached, so far
    let need = POPS[o];
    if (need === VARIES) need = varying(POPS_OF, o, a);
    if (depth < need) throw new Error(`opcode ${o} at offset ${at} needs ${need} stack items, has ${depth}`);
    const jk = JUMP_KIND[o];
    if (jk !== 0) {
      const target = jk === 1 ? at + 2 + a : a;
      const t = target >> 1;
      // Units s+1..u belong to this instruction; a unit after an EXTENDED_ARG starts nothing.
      if ((target & 1) !== 0 || t >= units || (t > s && t <= u) || (t < s && t > 0 && code[(t - 1) << 1] === EXTENDED_ARG)) {
        throw notStart(target, at);
      }
      if (jk !== 3) {
        let j = JUMP_EFFECT[o];
        if (j === VARIES) j = varying(JUMP_EFFECT_OF, o, a);
        const d = depth + j;
        if (d > max) max = d;
        const had = depths[t];
        if (had === -1) {
          if (t < s) return UNDECIDED;
          depths[t] = d;
        } else if (had !== d) throw mismatch(target, had, d, at);
      }
    }
    if (FALLS_THROUGH[o] === 0) cur = -1;
    else {
      let f = EFFECT[o];
      if (f === VARIES) f = varying(EFFECT_OF, o, a);
      cur = depth + f;
      if (cur > max) max = cur;
    }
    prev = at;
  }
  if (first >= 0) throw new Error('co_code ends with an EXTENDED_ARG prefix');
  if (cur >= 0) throw new Error(`control runs off the end after offset ${prev}`);
  return max;
}

/**
 * The largest stack depth any path through `code` reaches. Throws an Error when co_code has an
 * odd length, an unknown opcode or a dangling EXTENDED_ARG, when an instruction would pop more
 * than the stack holds, when two paths reach an instruction with different depths, when a jump
 * lands outside the code or not on an instruction start, or when control can run off the end.
 * With `slotOf` and `limits`, it also throws when an operand is out of bounds: an opcode with
 * slot s = slotOf[op] >= 0 needs an argument below limits[s]. Linear in the code size.
 */
export function computeStackDepth(code: Uint8Array, slotOf: Int8Array = UNBOUNDED, limits: Int32Array = NO_LIMITS): number {
  const units = unitsOf(code);
  const depth = scan(code, units, slotOf, limits);
  return depth !== UNDECIDED ? depth : walkStackDepth(code, slotOf, limits);
}

/** co_code's length in 2-byte units, once checked, with the scratch arrays grown to hold that many. */
function unitsOf(code: Uint8Array): number {
  if (code.length % 2 !== 0) throw new Error('co_code has an odd length');
  const units = code.length >> 1;
  if (units === 0) throw new Error('no instructions');
  if (opAt.length < units) {
    const size = Math.max(units, opAt.length * 2);
    opAt = new Uint8Array(size);
    argAt = new Int32Array(size);
    endAt = new Int32Array(size);
    depthAt = new Int32Array(size);
    work = new Int32Array(size);
  }
  return units;
}

/**
 * computeStackDepth the general way, which any flow graph needs: co_code decoded into arrays,
 * then a work list of branch targets. Exported so tests can hold scan to it.
 */
export function walkStackDepth(code: Uint8Array, slotOf: Int8Array = UNBOUNDED, limits: Int32Array = NO_LIMITS): number {
  const units = unitsOf(code);
  const ops = opAt;
  const args = argAt;
  const ends = endAt;
  let ext = 0;
  let first = -1;
  for (let u = 0; u < units; u++) {
    const o = code[u << 1];
    if (KNOWN[o] === 0) throw new Error(`unknown opcode ${o} at offset ${u << 1}`);
    const a = ext | code[(u << 1) + 1];
    args[u] = -1;
    if (o === EXTENDED_ARG) {
      if (a > 0x7fffff) throw new Error(`argument too large at offset ${u << 1}`);
      ext = a << 8;
      if (first < 0) first = u;
      continue;
    }
    const slot = slotOf[o];
    if (slot >= 0 && a >= limits[slot]) throw new Error(`operand ${a} of ${OPNAME[o]} out of range at offset ${u << 1}`);
    const s = first < 0 ? u : first;
    ops[s] = o;
    args[s] = a;
    ends[s] = u;
    ext = 0;
    first = -1;
  }
  if (first >= 0) throw new Error('co_code ends with an EXTENDED_ARG prefix');

  const depths = depthAt.fill(-1, 0, units);
  const stack = work;
  let top = 0;
  let max = 0;
  depths[0] = 0;
  stack[top++] = 0;
  while (top > 0) {
    let s = stack[--top];
    // Follow the fall-through chain without the work stack; branches go on it.
    for (;;) {
      const op = ops[s];
      const arg = args[s];
      const depth = depths[s];
      const e = ends[s];
      let need = POPS[op];
      if (need === VARIES) need = varying(POPS_OF, op, arg);
      if (depth < need) throw new Error(`opcode ${op} at offset ${e << 1} needs ${need} stack items, has ${depth}`);
      const jk = JUMP_KIND[op];
      if (jk !== 0) {
        const target = jk === 1 ? (e << 1) + 2 + arg : arg;
        const t = target >> 1;
        if ((target & 1) !== 0 || t >= units || args[t] < 0) throw notStart(target, e << 1);
        if (jk !== 3) {
          let j = JUMP_EFFECT[op];
          if (j === VARIES) j = varying(JUMP_EFFECT_OF, op, arg);
          const d = depth + j;
          if (d > max) max = d;
          if (depths[t] === -1) {
            depths[t] = d;
            stack[top++] = t;
          } else if (depths[t] !== d) throw mismatch(ends[t] << 1, depths[t], d, e << 1);
        }
      }
      if (FALLS_THROUGH[op] === 0) break;
      const next = e + 1;
      if (next >= units) throw new Error(`control runs off the end after offset ${e << 1}`);
      let f = EFFECT[op];
      if (f === VARIES) f = varying(EFFECT_OF, op, arg);
      const d = depth + f;
      if (d > max) max = d;
      if (depths[next] === -1) {
        depths[next] = d;
        s = next;
        continue;
      }
      if (depths[next] !== d) throw mismatch(ends[next] << 1, depths[next], d, e << 1);
      break;
    }
  }
  return max;
}
