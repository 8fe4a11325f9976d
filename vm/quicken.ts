// Superinstructions: the VM's private rewrite of a code object's decoded instructions, in the
// spirit of CPython 3.11's quickening (PEP 659). co_code, dis, the .pyc files and the opcode table
// never see these numbers: codeCache() quickens its own copy of the instructions once per code
// object, and only the dispatch loop reads it.
//
// A superinstruction replaces the FIRST instruction of a common sequence; the instructions after
// it stay as they were. Its case in the loop runs the whole sequence when the operands are the
// common kind (a local that is bound, an instance attribute in a slot, two numbers compared) and
// continues after the sequence; otherwise it does what the first instruction alone would do and
// continues with the second, which is still there. So a jump into the middle of a sequence, and
// every uncommon operand, runs the original instructions. Only the first instruction of a
// sequence is replaced, and sequences never start with a jump, so no jump target moves.
// Fast paths never raise, so f_lasti (the first instruction's offset) never has to name a later one.

import { Op } from '../bytecode/index';

/** Superinstruction numbers: above every opcode of the table (bytecode/opcodes.ts stops at 161). */
export const SUPER = {
  LOAD_FAST__LOAD_FAST: 200,
  LOAD_FAST__LOAD_CONST: 201,
  LOAD_FAST__LOAD_ATTR: 202,
  LOAD_FAST__LOAD_ATTR__STORE_FAST: 203,
  STORE_FAST__LOAD_FAST: 204,
  STORE_FAST__JUMP_ABSOLUTE: 205,
  POP_TOP__JUMP_ABSOLUTE: 206,
  COMPARE_OP__POP_JUMP_IF_FALSE: 207,
  COMPARE_OP__POP_JUMP_IF_TRUE: 208,
  LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE: 209,
  LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE: 210,
  FOR_ITER__STORE_FAST: 211,
  LOAD_CONST__BINARY_SUBSCR: 212,
  LOAD_FAST__LOAD_CONST__BINARY_SUBSCR: 213,
  DUP_TOP_TWO__BINARY_SUBSCR: 214,
  ROT_THREE__STORE_SUBSCR: 215,
  LOAD_FAST__LOAD_ATTR__STORE_FAST__JUMP_ABSOLUTE: 216,
  LOAD_FAST__LOAD_CONST__BINARY_ADD: 217,
  LOAD_FAST__LOAD_CONST__BINARY_SUBTRACT: 218,
  LOAD_FAST__LOAD_CONST__BINARY_MODULO: 219,
  LOAD_FAST__LOAD_CONST__INPLACE_ADD__STORE_FAST: 220,
  INPLACE_ADD__STORE_FAST: 221,
  LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE: 222,
  LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE: 223,
  LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_FALSE: 224,
  LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_TRUE: 225,
  LOAD_FAST__BINARY_ADD: 226,
  LOAD_FAST__BINARY_SUBTRACT: 227,
  LOAD_FAST__BINARY_MULTIPLY: 228,
  LOAD_FAST__LOAD_FAST__BINARY_ADD: 229,
  LOAD_FAST__LOAD_FAST__BINARY_SUBTRACT: 230,
  LOAD_FAST__LOAD_FAST__BINARY_MULTIPLY: 231,
  LOAD_FAST__BINARY_SUBSCR: 232,
  LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE: 233,
  LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE: 234,
} as const;

export type SuperName = keyof typeof SUPER;

/** Each superinstruction's sequence, longest first where two start alike. */
const SEQUENCES: readonly (readonly [SuperName, readonly number[]])[] = [
  ['LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE', [Op.LOAD_FAST, Op.LOAD_ATTR, Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE]],
  ['LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE', [Op.LOAD_FAST, Op.LOAD_ATTR, Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE]],
  ['LOAD_FAST__LOAD_ATTR__STORE_FAST__JUMP_ABSOLUTE', [Op.LOAD_FAST, Op.LOAD_ATTR, Op.STORE_FAST, Op.JUMP_ABSOLUTE]],
  ['LOAD_FAST__LOAD_ATTR__STORE_FAST', [Op.LOAD_FAST, Op.LOAD_ATTR, Op.STORE_FAST]],
  ['LOAD_FAST__LOAD_ATTR', [Op.LOAD_FAST, Op.LOAD_ATTR]],
  ['LOAD_FAST__LOAD_CONST__BINARY_SUBSCR', [Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_SUBSCR]],
  ['LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE', [Op.LOAD_FAST, Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE]],
  ['LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE', [Op.LOAD_FAST, Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE]],
  ['LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_FALSE', [Op.LOAD_FAST, Op.LOAD_FAST, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE]],
  ['LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_TRUE', [Op.LOAD_FAST, Op.LOAD_FAST, Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE]],
  ['LOAD_FAST__LOAD_CONST__INPLACE_ADD__STORE_FAST', [Op.LOAD_FAST, Op.LOAD_CONST, Op.INPLACE_ADD, Op.STORE_FAST]],
  ['LOAD_FAST__LOAD_CONST__BINARY_ADD', [Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_ADD]],
  ['LOAD_FAST__LOAD_CONST__BINARY_SUBTRACT', [Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_SUBTRACT]],
  ['LOAD_FAST__LOAD_CONST__BINARY_MODULO', [Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_MODULO]],
  ['LOAD_FAST__LOAD_FAST__BINARY_ADD', [Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY_ADD]],
  ['LOAD_FAST__LOAD_FAST__BINARY_SUBTRACT', [Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY_SUBTRACT]],
  ['LOAD_FAST__LOAD_FAST__BINARY_MULTIPLY', [Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY_MULTIPLY]],
  ['LOAD_FAST__LOAD_FAST', [Op.LOAD_FAST, Op.LOAD_FAST]],
  ['LOAD_FAST__BINARY_ADD', [Op.LOAD_FAST, Op.BINARY_ADD]],
  ['LOAD_FAST__BINARY_SUBTRACT', [Op.LOAD_FAST, Op.BINARY_SUBTRACT]],
  ['LOAD_FAST__BINARY_MULTIPLY', [Op.LOAD_FAST, Op.BINARY_MULTIPLY]],
  ['LOAD_FAST__BINARY_SUBSCR', [Op.LOAD_FAST, Op.BINARY_SUBSCR]],
  ['LOAD_FAST__LOAD_CONST', [Op.LOAD_FAST, Op.LOAD_CONST]],
  ['STORE_FAST__LOAD_FAST', [Op.STORE_FAST, Op.LOAD_FAST]],
  ['STORE_FAST__JUMP_ABSOLUTE', [Op.STORE_FAST, Op.JUMP_ABSOLUTE]],
  ['POP_TOP__JUMP_ABSOLUTE', [Op.POP_TOP, Op.JUMP_ABSOLUTE]],
  ['COMPARE_OP__POP_JUMP_IF_FALSE', [Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE]],
  ['COMPARE_OP__POP_JUMP_IF_TRUE', [Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE]],
  ['LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE', [Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE]],
  ['LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE', [Op.LOAD_CONST, Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE]],
  ['FOR_ITER__STORE_FAST', [Op.FOR_ITER, Op.STORE_FAST]],
  ['LOAD_CONST__BINARY_SUBSCR', [Op.LOAD_CONST, Op.BINARY_SUBSCR]],
  ['DUP_TOP_TWO__BINARY_SUBSCR', [Op.DUP_TOP_TWO, Op.BINARY_SUBSCR]],
  ['ROT_THREE__STORE_SUBSCR', [Op.ROT_THREE, Op.STORE_SUBSCR]],
  ['INPLACE_ADD__STORE_FAST', [Op.INPLACE_ADD, Op.STORE_FAST]],
];

/** SUPER's names by number, for messages and the structure test. */
export const SUPER_NAME: readonly (SuperName | undefined)[] = (() => {
  const names: (SuperName | undefined)[] = [];
  for (const [name, n] of Object.entries(SUPER) as [SuperName, number][]) names[n] = name;
  return names;
})();

/** Each superinstruction's sequence of opcodes. */
export function superSequence(name: SuperName): readonly number[] {
  return SEQUENCES.find(([n]) => n === name)![1];
}

/**
 * The quickened copy of `plain` (decoded instructions, [op, arg] pairs, with a sentinel pair at
 * the end): each instruction that starts one of the sequences becomes its superinstruction, with
 * the same argument. Every instruction is rewritten on its own, so a sequence inside another
 * sequence's tail is quickened too (it is what a jump to that point runs).
 */
export function quicken(plain: Int32Array): Int32Array {
  const ops = plain.slice();
  const end = plain.length - 2;
  for (let i = 0; i < end; i += 2) {
    for (const [name, seq] of SEQUENCES) {
      if (i + 2 * seq.length > end) continue;
      let match = true;
      for (let k = 0; k < seq.length; k++) {
        if (plain[i + 2 * k] !== seq[k]) {
          match = false;
          break;
        }
      }
      if (match) {
        ops[i] = SUPER[name];
        break;
      }
    }
  }
  return ops;
}
