// A tiny assembler for hand-written code objects in VM tests (no grammar/compiler imports).

import {
  CO, CodeObject, COMPARE_OPS, encodeLineTable, FloatConst, OPCODES, TupleConst, type Const, type OpName,
} from '../../bytecode/index';
import { BufferHost, runMain } from '../../vm/index';

export type Item =
  | OpName
  | [OpName, unknown]
  | { label: string }
  | { line: number };

export interface AsmOptions {
  name?: string;
  qualname?: string;
  filename?: string;
  firstlineno?: number;
  argcount?: number;
  posonly?: number;
  kwonly?: number;
  varnames?: string[];
  cellvars?: string[];
  freevars?: string[];
  flags?: number;
  consts?: Const[];
}

/** Float constant helper. */
export const F = (x: number): FloatConst => new FloatConst(x);
/** Tuple constant helper. */
export const T = (...xs: Const[]): TupleConst => new TupleConst(xs);

function constKey(c: Const): unknown {
  if (c === null) return 'None';
  if (c instanceof FloatConst) return 'f' + String(c.value) + (Object.is(c.value, -0) ? '-' : '');
  if (typeof c === 'object') return c;
  return typeof c + ':' + String(c);
}

/** Assemble a code object. Jumps take label names; const/name/local/free operands take values or names. */
export function asm(items: Item[], o: AsmOptions = {}): CodeObject {
  const consts: Const[] = [...(o.consts ?? [])];
  const names: string[] = [];
  const varnames = [...(o.varnames ?? [])];
  const cellvars = o.cellvars ?? [];
  const freevars = o.freevars ?? [];
  const constIndex = (c: Const): number => {
    const k = constKey(c);
    const i = consts.findIndex((x) => constKey(x) === k);
    if (i >= 0) return i;
    consts.push(c);
    return consts.length - 1;
  };
  const nameIndex = (n: string): number => {
    const i = names.indexOf(n);
    if (i >= 0) return i;
    names.push(n);
    return names.length - 1;
  };
  const localIndex = (n: string): number => {
    const i = varnames.indexOf(n);
    if (i >= 0) return i;
    varnames.push(n);
    return varnames.length - 1;
  };
  // Pass 1: offsets of labels.
  const labels = new Map<string, number>();
  let off = 0;
  for (const it of items) {
    if (typeof it === 'object' && !Array.isArray(it)) {
      if ('label' in it) labels.set(it.label, off);
      continue;
    }
    off += 2;
  }
  const code: number[] = [];
  const lines: [number, number][] = [];
  const first = o.firstlineno ?? 1;
  let curLine = first;
  for (const it of items) {
    if (typeof it === 'object' && !Array.isArray(it)) {
      if ('line' in it) curLine = it.line;
      continue;
    }
    const [name, operand] = Array.isArray(it) ? it : [it, 0];
    const info = OPCODES[name];
    if (!info) throw new Error(`unknown opcode ${JSON.stringify(name)}`);
    let arg = 0;
    switch (info.arg) {
      case 'const': arg = constIndex(operand as Const); break;
      case 'name': arg = typeof operand === 'number' ? operand : nameIndex(operand as string); break;
      case 'local': arg = typeof operand === 'number' ? operand : localIndex(operand as string); break;
      case 'free': {
        if (typeof operand === 'number') arg = operand;
        else {
          const c = cellvars.indexOf(operand as string);
          arg = c >= 0 ? c : cellvars.length + freevars.indexOf(operand as string);
        }
        break;
      }
      case 'compare': arg = typeof operand === 'number' ? operand : COMPARE_OPS.indexOf(operand as never); break;
      case 'jabs': arg = labels.get(operand as string)!; break;
      case 'jrel': arg = labels.get(operand as string)! - (code.length + 2); break;
      default: arg = (operand as number) ?? 0;
    }
    if (arg === undefined || Number.isNaN(arg) || arg < 0) throw new Error(`bad operand for ${name}: ${String(operand)}`);
    if (arg > 255) {
      if (info.arg === 'jabs' || info.arg === 'jrel') throw new Error('jump too far for the test assembler');
      code.push(OPCODES.EXTENDED_ARG.code, arg >> 8);
      arg &= 0xff;
    }
    if (lines.length === 0 || lines[lines.length - 1][1] !== curLine) lines.push([code.length, curLine]);
    code.push(info.code, arg);
  }
  let flags = o.flags ?? 0;
  if (!cellvars.length && !freevars.length) flags |= CO.NOFREE;
  return new CodeObject({
    co_argcount: o.argcount ?? 0,
    co_posonlyargcount: o.posonly ?? 0,
    co_kwonlyargcount: o.kwonly ?? 0,
    co_nlocals: varnames.length,
    co_stacksize: 32,
    co_flags: flags,
    co_code: Uint8Array.from(code),
    co_consts: consts,
    co_names: names,
    co_varnames: varnames,
    co_freevars: freevars,
    co_cellvars: cellvars,
    co_filename: o.filename ?? 'test.py',
    co_name: o.name ?? '<module>',
    co_qualname: o.qualname ?? o.name ?? '<module>',
    co_firstlineno: first,
    co_linetable: encodeLineTable(first, lines),
  });
}

/** A function code object (CO_OPTIMIZED | CO_NEWLOCALS). */
export function fn(name: string, params: string[], items: Item[], o: AsmOptions = {}): CodeObject {
  return asm(items, {
    name,
    qualname: o.qualname ?? name,
    argcount: o.argcount ?? params.length,
    varnames: [...params, ...(o.varnames ?? [])],
    flags: CO.OPTIMIZED | CO.NEWLOCALS | (o.flags ?? 0),
    ...Object.fromEntries(Object.entries(o).filter(([k]) => !['varnames', 'flags', 'argcount', 'qualname'].includes(k))),
  });
}

/** Items that define function `code` as global `name` (no defaults). */
export function def(name: string, code: CodeObject, flags = 0, pre: Item[] = []): Item[] {
  return [...pre, ['LOAD_CONST', code], ['LOAD_CONST', code.co_qualname], ['MAKE_FUNCTION', flags], ['STORE_NAME', name]];
}

/** Items for `print(<items that push one value>)`. */
export function print(...valueItems: Item[]): Item[] {
  return [['LOAD_NAME', 'print'], ...valueItems, ['CALL_FUNCTION', 1], 'POP_TOP'];
}

/** Module epilogue. */
export const END: Item[] = [['LOAD_CONST', null], 'RETURN_VALUE'];

export interface RunResult {
  out: string;
  err: string;
  status: number;
}

/** Run a module code object; sources maps filenames to source text for tracebacks. */
export function runCode(code: CodeObject, sources: Record<string, string> = {}, recursionLimit?: number): RunResult {
  const host = new BufferHost(sources);
  const status = runMain(code, { argv: ['test.py'], host, recursionLimit });
  return { out: host.out, err: host.err, status };
}

/** Run a module made of items (END appended). */
export function runItems(items: Item[], sources: Record<string, string> = {}): RunResult {
  return runCode(asm([...items, ...END]), sources);
}

/** The last line of stderr (the exception line). */
export function lastErr(r: RunResult): string {
  const lines = r.err.trimEnd().split('\n');
  return lines[lines.length - 1];
}
