// Code objects and their constants: what the compiler produces, the cache stores and the VM runs.
// Follows CPython's code object (co_* fields). A leaf module: imports nothing from tspy.

/** A float constant. Ints are JS numbers (safe integers) or bigints; floats are boxed to keep them apart. */
export class FloatConst {
  constructor(readonly value: number) {}
}

/** A complex constant with zero real part (the literal `2j`). */
export class ImagConst {
  constructor(readonly imag: number) {}
}

/** A bytes constant. */
export class BytesConst {
  constructor(readonly bytes: Uint8Array) {}
}

/** A tuple constant (from constant folding, keyword-name tuples, defaults). */
export class TupleConst {
  constructor(readonly items: readonly Const[]) {}
}

/** The `...` constant. */
export class EllipsisConst {
  static readonly instance = new EllipsisConst();
  private constructor() {}
}

/**
 * A constant in co_consts. `null` is None. An int is a JS number when it is a safe integer
 * (|n| <= 2**53 - 1) and a bigint otherwise, never a bigint in the safe range.
 */
export type Const =
  | null
  | boolean
  | number
  | bigint
  | string
  | FloatConst
  | ImagConst
  | BytesConst
  | TupleConst
  | EllipsisConst
  | CodeObject;

/** co_flags bits, as CPython's. */
export const CO = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
  // tspy: the module was compiled with -O (asserts stripped). Not a CPython flag.
  OPTIMIZE_O1: 0x10000,
} as const;

export interface CodeObjectFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  /** 2-byte instructions: opcode, argument (EXTENDED_ARG prefixes for arguments over 255). */
  co_code: Uint8Array;
  co_consts: readonly Const[];
  co_names: readonly string[];
  co_varnames: readonly string[];
  co_freevars: readonly string[];
  co_cellvars: readonly string[];
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  /** Line table: see linetable.ts. */
  co_linetable: Uint8Array;
}

/** The one empty tuple of names or constants every code object shares (already frozen). */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * `items` frozen; an empty list becomes the shared EMPTY. Object.freeze costs ~35 ns even on a
 * frozen array, and a cache load builds a thousand code objects, most with empty free and cell
 * variables.
 */
function frozen<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? EMPTY : Object.freeze(items);
}

/** A compiled code object; frozen once built. Nested function and class bodies sit in co_consts. */
export class CodeObject implements CodeObjectFields {
  readonly co_argcount!: number;
  readonly co_posonlyargcount!: number;
  readonly co_kwonlyargcount!: number;
  readonly co_nlocals!: number;
  readonly co_stacksize!: number;
  readonly co_flags!: number;
  readonly co_code!: Uint8Array;
  readonly co_consts!: readonly Const[];
  readonly co_names!: readonly string[];
  readonly co_varnames!: readonly string[];
  readonly co_freevars!: readonly string[];
  readonly co_cellvars!: readonly string[];
  readonly co_filename!: string;
  readonly co_name!: string;
  readonly co_qualname!: string;
  readonly co_firstlineno!: number;
  readonly co_linetable!: Uint8Array;

  constructor(fields: CodeObjectFields) {
    // One assignment per field, in declaration order: every code object gets the same shape, and
    // it is several times cheaper than Object.assign (a cache load builds hundreds of these).
    this.co_argcount = fields.co_argcount;
    this.co_posonlyargcount = fields.co_posonlyargcount;
    this.co_kwonlyargcount = fields.co_kwonlyargcount;
    this.co_nlocals = fields.co_nlocals;
    this.co_stacksize = fields.co_stacksize;
    this.co_flags = fields.co_flags;
    this.co_code = fields.co_code;
    this.co_consts = frozen(fields.co_consts);
    this.co_names = frozen(fields.co_names);
    this.co_varnames = frozen(fields.co_varnames);
    this.co_freevars = frozen(fields.co_freevars);
    this.co_cellvars = frozen(fields.co_cellvars);
    this.co_filename = fields.co_filename;
    this.co_name = fields.co_name;
    this.co_qualname = fields.co_qualname;
    this.co_firstlineno = fields.co_firstlineno;
    this.co_linetable = fields.co_linetable;
    Object.freeze(this);
  }
}

/** Field order shared by the marshaller and anyone who walks a code object generically. */
export const CODE_FIELDS = [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
  'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
] as const satisfies readonly (keyof CodeObjectFields)[];
