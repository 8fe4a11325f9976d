// The one unwinder: exceptions, return, break and continue pop the block stack
// (CPython 3.7's fast_block_end; byterun's `why`). See the Notes in bytecode/opcodes.ts.

import { BlockType as BlockType_TABLE } from '../bytecode/index';
import type { Block, Frame } from './frame';
import type { PyBaseException } from './objects/exceptions';
import type { PyObject } from './objects/type';
import { PyObj } from './objects/type';

// Plain local copies: reading through bytecode/index's re-export getters is slow on hot paths.
const BlockType = BlockType_TABLE;

export const Why = { EXCEPTION: 1, RETURN: 2, BREAK: 3, CONTINUE: 4 } as const;
export type WhyCode = (typeof Why)[keyof typeof Why];

/** Pushed for a FINALLY handler when return/break/continue passes through it; never visible to Python. */
export class UnwindMarker extends PyObj {
  constructor(readonly why: WhyCode, readonly value: PyObject | number) {
    super();
  }
}

/** The exception being handled (sys.exc_info()), shared by all frames of a VM. */
export interface ExcState {
  excInfo: PyBaseException | null;
}

/**
 * Unwind `frame`'s blocks for `why`. Returns the offset to continue at in this frame, or -1 when
 * no block stops the unwinding and the frame must be left. `value` is the exception, the return
 * value, or the continue target.
 */
export function unwind(state: ExcState, frame: Frame, why: WhyCode, value: PyObject | number): number {
  const blocks = frame.blockStack;
  const stack = frame.stack;
  while (blocks.length > 0) {
    const b = blocks[blocks.length - 1];
    if (why === Why.CONTINUE && b.type === BlockType.LOOP) return value as number;
    blocks.pop();
    if (stack.length > b.level) stack.length = b.level;
    if (b.type === BlockType.EXCEPT_HANDLER) {
      restoreExc(state, frame, b);
      continue;
    }
    if (b.type === BlockType.LOOP) {
      if (why === Why.BREAK) return b.handler;
      continue;
    }
    if (why === Why.EXCEPTION) {
      // EXCEPT and FINALLY both catch an exception; the handler runs inside an EXCEPT_HANDLER block.
      blocks.push({ type: BlockType.EXCEPT_HANDLER, handler: -1, level: stack.length, exc: savedExc(state, frame) });
      state.excInfo = value as PyBaseException;
      stack.push(value as PyObject);
      return b.handler;
    }
    if (b.type === BlockType.FINALLY) {
      stack.push(new UnwindMarker(why, value));
      return b.handler;
    }
  }
  return -1;
}

/**
 * What an EXCEPT_HANDLER block remembers: the exception being handled, or undefined in a generator
 * that handles none of its own (it sees its current caller's, as CPython's exc_info chain does).
 */
export function savedExc(state: ExcState, frame: Frame): PyBaseException | null | undefined {
  if (frame.generator !== null && state.excInfo === frame.inheritedExc) return undefined;
  return state.excInfo;
}

/** Restore the exception being handled when an EXCEPT_HANDLER block is popped. */
export function restoreExc(state: ExcState, frame: Frame, b: Block): void {
  state.excInfo = b.exc === undefined ? frame.inheritedExc : b.exc;
}
