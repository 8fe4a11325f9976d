// `tspy trace`: an instruction-level tracer for learners. For each executed instruction it prints
// the frame depth (as indentation), the function, the instruction exactly as `dis` prints it, and
// the value stack and block stack after it (byterun's indented trace, clox's stack dump).
// The VM calls the tracer before each instruction, so a line is printed when the next instruction
// of any frame is about to run: then the stack is the state after the instruction. When that next
// instruction belongs to another frame, the instruction made a call (or returned, or yielded), and
// the line says so instead of showing a half-finished call.

import { BlockType, disLine, lineForOffset, Op, type CodeObject } from '../bytecode';
import type { Frame, Tracer } from '../vm';

export interface TraceOptions {
  /** Only frames of functions with this name (co_name or co_qualname). */
  function?: string;
  /** One line per source line reached, instead of per instruction. */
  lines?: boolean;
  /** Stop tracing after this many printed steps (the program runs on). */
  maxSteps?: number;
  /** Widest a value's repr may be before it is shortened. */
  width?: number;
}

export interface TraceDeps {
  /** A short repr of a stack value that runs no Python code and never throws (vm's safeRepr). */
  repr: (value: unknown) => string;
  /** Read a source file for --lines. */
  readSource: (filename: string) => string | null;
  write: (text: string) => void;
}

const BLOCK_NAMES = Object.fromEntries(Object.entries(BlockType).map(([k, v]) => [v, k])) as Record<number, string>;

interface Pending {
  frame: Frame;
  depth: number;
  text: string;
}

export interface TraceSession {
  tracer: Tracer;
  /** Print what is still pending (the last instruction) and the step count. */
  finish(): void;
}

/** Build the tracer callback and its final flush. */
export function makeTracer(options: TraceOptions, deps: TraceDeps): TraceSession {
  const width = options.width ?? 40;
  const max = options.maxSteps ?? Infinity;
  let steps = 0;
  let stopped = false;
  let pending: Pending | null = null;
  const lastLine = new WeakMap<Frame, number>();
  const sources = new Map<string, string[] | null>();

  const short = (v: unknown): string => {
    const s = deps.repr(v);
    return s.length > width ? `${s.slice(0, width - 3)}...` : s;
  };
  const state = (f: Frame): string => {
    const stack = f.stack.map(short).join(', ');
    const blocks = f.blockStack.map((b) => `${BLOCK_NAMES[b.type] ?? b.type}(to ${b.handler}, level ${b.level})`).join(', ');
    return `stack [${stack}]${blocks ? `  blocks [${blocks}]` : ''}`;
  };
  const wanted = (code: CodeObject) => !options.function || code.co_name === options.function || code.co_qualname === options.function;
  const indent = (depth: number) => '  '.repeat(Math.max(0, depth - 1));
  const sourceLine = (filename: string, line: number): string => {
    if (!sources.has(filename)) sources.set(filename, deps.readSource(filename)?.split('\n') ?? null);
    return sources.get(filename)?.[line - 1]?.trim() ?? '';
  };
  const flush = (now: Frame | null, depth: number) => {
    if (!pending) return;
    const p = pending;
    pending = null;
    let after: string;
    if (now === p.frame) after = state(p.frame);
    else if (now !== null && depth > p.depth) after = `-> call (${now.f_code.co_qualname})`;
    else after = '-> return';
    deps.write(`${p.text}  ${after}\n`);
  };
  const step = (): boolean => {
    if (stopped) return false;
    if (++steps > max) {
      stopped = true;
      deps.write(`... trace stopped after ${max} steps; the program runs on\n`);
      return false;
    }
    return true;
  };

  const tracer: Tracer = (frame, offset, op, _arg, depth) => {
    if (op === Op.EXTENDED_ARG) return;
    const code = frame.f_code;
    if (options.lines) {
      if (!wanted(code)) return;
      const line = lineForOffset(code.co_firstlineno, code.co_linetable, offset);
      if (lastLine.get(frame) === line && offset !== 0) return;
      lastLine.set(frame, line);
      if (step()) deps.write(`${indent(depth)}${code.co_qualname}:${line}  ${sourceLine(code.co_filename, line)}\n`);
      return;
    }
    flush(frame, depth);
    if (!wanted(code) || stopped) return;
    if (!step()) return;
    pending = { frame, depth, text: `${indent(depth)}${code.co_qualname.padEnd(12)} ${disLine(code, offset)}` };
  };
  return {
    tracer,
    finish: () => {
      flush(null, 0);
      deps.write(`(${Math.min(steps, max)} ${options.lines ? 'lines' : 'instructions'} traced)\n`);
    },
  };
}
