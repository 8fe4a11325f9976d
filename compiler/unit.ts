// A compilation unit: the code object being built for one scope (CPython's compiler_unit) with
// its constant/name/local/cell tables and the one `emit` every instruction goes through, which
// records the line and checks operand kind and range against the opcode table (Lua's luaK_code).

import * as bytecode from '../bytecode';
import type { Const } from '../bytecode';
import { Label, constKey, type AssemblyInput, type Instr } from './assembler';
import { DEF_FREE_CLASS, type Scope } from './symtable';

// Bound once: tsc's CommonJS output reads a re-exported name through a getter on every use.
const { CO, COMPARE_OPS, Op, OPINFO, OPNAME } = bytecode;

/** What a frame block on the compiler's side is (for break/continue checks). */
export type FBlockKind = 'loop' | 'except' | 'finallyTry' | 'finallyEnd' | 'with' | 'handler';

export interface FBlock {
  readonly kind: FBlockKind;
  /** For loops: where `continue` jumps. */
  readonly top: Label | null;
}

export type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export class Unit implements AssemblyInput {
  readonly instrs: Instr[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly codeIndex = new Map<object, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  private readonly cellIndex = new Map<string, number>();
  private readonly freeIndex = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** The line recorded by emit. */
  line: number;
  // Instruction index of the most recently bound label (to know whether the end is reachable by a jump).
  private lastLabelIndex = -1;

  constructor(
    readonly scope: Scope,
    readonly kind: UnitKind,
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstlineno: number,
    /** The class name used for private-name mangling, inherited by nested units. */
    readonly privateName: string | null,
  ) {
    this.line = firstlineno;
    for (const v of scope.varnames) this.varIndex.set(v, this.varnames.push(v) - 1);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, sc] of scope.scopes) {
      if (sc === 'cell') cells.push(name);
      else if (sc === 'free') frees.push(name);
      else if (scope.type === 'class' && ((scope.symbols.get(name) ?? 0) & DEF_FREE_CLASS)) frees.push(name);
    }
    if (scope.needsClassClosure) cells.push('__class__');
    cells.sort();
    frees.sort();
    this.cellvars = cells;
    this.freevars = frees;
    cells.forEach((c, i) => this.cellIndex.set(c, i));
    frees.forEach((f, i) => this.freeIndex.set(f, cells.length + i));
  }

  /** The one way instructions are added. `arg` is a Label for jumps. Throws on a kind or range mismatch. */
  emit(op: number, arg: number | Label = 0): void {
    const info = OPINFO[op];
    if (!info) throw new Error(`internal: emit of unknown opcode ${op}`);
    const name = OPNAME[op];
    if (arg instanceof Label) {
      if (info.arg !== 'jrel' && info.arg !== 'jabs') throw new Error(`internal: ${name} takes no label`);
      this.instrs.push({ op, arg: 0, target: arg, line: this.line });
      return;
    }
    let limit: number;
    switch (info.arg) {
      case 'none': limit = 1; break;
      case 'const': limit = this.consts.length; break;
      case 'name': limit = this.names.length; break;
      case 'local': limit = this.varnames.length; break;
      case 'free': limit = this.cellvars.length + this.freevars.length; break;
      case 'compare': limit = COMPARE_OPS.length; break;
      case 'count': limit = 0x100000000; break;
      case 'jrel':
      case 'jabs':
        throw new Error(`internal: ${name} needs a label`);
      default: {
        const never: never = info.arg;
        throw new Error(`internal: unknown operand kind ${never}`);
      }
    }
    if (!Number.isInteger(arg) || arg < 0 || arg >= limit) throw new Error(`internal: ${name} argument ${arg} out of range`);
    this.instrs.push({ op, arg, target: null, line: this.line });
  }

  newLabel(): Label {
    return new Label();
  }

  bind(label: Label): void {
    if (label.index >= 0) throw new Error('internal: label bound twice');
    label.index = this.instrs.length;
    this.lastLabelIndex = label.index;
  }

  /** True when the last instruction is a RETURN_VALUE no jump lands after (CPython's b_return). */
  endsWithReturn(): boolean {
    const n = this.instrs.length;
    return n > 0 && this.instrs[n - 1].op === Op.RETURN_VALUE && this.lastLabelIndex < n;
  }

  addConst(c: Const): number {
    const key = constKey(c);
    if (key === null) {
      const i = this.codeIndex.get(c as object);
      if (i !== undefined) return i;
      const j = this.consts.push(c) - 1;
      this.codeIndex.set(c as object, j);
      return j;
    }
    const i = this.constIndex.get(key);
    if (i !== undefined) return i;
    const j = this.consts.push(c) - 1;
    this.constIndex.set(key, j);
    return j;
  }

  addName(name: string): number {
    const i = this.nameIndex.get(name);
    if (i !== undefined) return i;
    const j = this.names.push(name) - 1;
    this.nameIndex.set(name, j);
    return j;
  }

  addVarname(name: string): number {
    const i = this.varIndex.get(name);
    if (i !== undefined) return i;
    const j = this.varnames.push(name) - 1;
    this.varIndex.set(name, j);
    return j;
  }

  /** Index into cellvars + freevars for LOAD_CLOSURE/LOAD_DEREF; cells win over frees. */
  derefIndex(name: string): number {
    const i = this.cellIndex.get(name) ?? this.freeIndex.get(name);
    if (i === undefined) throw new Error(`internal: '${name}' is neither cell nor free in ${this.qualname}`);
    return i;
  }

  /** co_flags as CPython's compute_code_flags. */
  computeFlags(optimize: number): number {
    const s = this.scope;
    let f = 0;
    if (s.type === 'function') {
      f |= CO.OPTIMIZED | CO.NEWLOCALS;
      if (s.hasVarargs) f |= CO.VARARGS;
      if (s.hasVarkeywords) f |= CO.VARKEYWORDS;
      if (s.isGenerator) f |= CO.GENERATOR;
      if (s.nested) f |= CO.NESTED;
    }
    if (this.cellvars.length === 0 && this.freevars.length === 0) f |= CO.NOFREE;
    if (optimize) f |= CO.OPTIMIZE_O1;
    return f;
  }
}
