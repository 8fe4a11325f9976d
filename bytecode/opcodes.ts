// The opcode table: one row per instruction, the single source of truth for names, numbers,
// operand kinds, stack effects and docs (Lua's lopcodes.h, CPython 3.7's opcode.py).
// A leaf module: imports nothing from tspy.

/** How an instruction's argument is interpreted (used by dis, the compiler's emit and the verifier). */
export type OperandKind =
  | 'none'    // no argument (arg is 0)
  | 'const'   // index into co_consts
  | 'name'    // index into co_names
  | 'local'   // index into co_varnames (fast locals)
  | 'free'    // index into cell+free variables (co_cellvars then co_freevars)
  | 'jrel'    // jump target relative to the next instruction, in bytes
  | 'jabs'    // absolute jump target, in bytes
  | 'compare' // index into COMPARE_OPS
  | 'count';  // a plain number (element counts, flags)

/** A stack effect: a number, or a function of the argument. `jump` is the effect when a jump is taken. */
export type Effect = number | ((arg: number) => number);

export interface OpInfo {
  readonly code: number;
  readonly arg: OperandKind;
  /** How many items the instruction takes off the stack (the depth it needs). */
  readonly pops: Effect;
  /** Net change in stack depth when execution falls through. */
  readonly effect: Effect;
  readonly jump?: Effect;
  readonly doc: string;
}

/**
 * The table. Numbers follow CPython 3.7 where an instruction of the same meaning exists there,
 * so `dis` output can be compared with CPython 3.7's. Stack pictures read ( before -- after ),
 * top of stack rightmost.
 */
export const OPCODES = {
  POP_TOP: { code: 1, arg: 'none', pops: 1, effect: -1, doc: '( x -- ) discard the top of the stack' },
  ROT_TWO: { code: 2, arg: 'none', pops: 2, effect: 0, doc: '( a b -- b a ) swap the two top items' },
  ROT_THREE: { code: 3, arg: 'none', pops: 3, effect: 0, doc: '( a b c -- c a b ) lift the top item below the next two' },
  DUP_TOP: { code: 4, arg: 'none', pops: 1, effect: +1, doc: '( x -- x x ) duplicate the top item' },
  DUP_TOP_TWO: { code: 5, arg: 'none', pops: 2, effect: +2, doc: '( a b -- a b a b ) duplicate the two top items' },
  ROT_FOUR: { code: 6, arg: 'none', pops: 4, effect: 0, doc: '( a b c d -- d a b c ) lift the top item below the next three' },
  NOP: { code: 9, arg: 'none', pops: 0, effect: 0, doc: '( -- ) do nothing' },
  UNARY_POSITIVE: { code: 10, arg: 'none', pops: 1, effect: 0, doc: '( x -- +x )' },
  UNARY_NEGATIVE: { code: 11, arg: 'none', pops: 1, effect: 0, doc: '( x -- -x )' },
  UNARY_NOT: { code: 12, arg: 'none', pops: 1, effect: 0, doc: '( x -- not x ) always a bool' },
  UNARY_INVERT: { code: 15, arg: 'none', pops: 1, effect: 0, doc: '( x -- ~x )' },
  BINARY_MATRIX_MULTIPLY: { code: 16, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a @ b ) __matmul__ / __rmatmul__' },
  INPLACE_MATRIX_MULTIPLY: { code: 17, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a @= b ) tries __imatmul__ first' },
  BINARY_POWER: { code: 19, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a ** b )' },
  BINARY_MULTIPLY: { code: 20, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a * b )' },
  BINARY_MODULO: { code: 22, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a % b ) floored modulo, or str % args' },
  BINARY_ADD: { code: 23, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a + b )' },
  BINARY_SUBTRACT: { code: 24, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a - b )' },
  BINARY_SUBSCR: { code: 25, arg: 'none', pops: 2, effect: -1, doc: '( obj key -- obj[key] )' },
  BINARY_FLOOR_DIVIDE: { code: 26, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a // b )' },
  BINARY_TRUE_DIVIDE: { code: 27, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a / b ) always a float for ints' },
  INPLACE_FLOOR_DIVIDE: { code: 28, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a //= b ) tries __ifloordiv__ first' },
  INPLACE_TRUE_DIVIDE: { code: 29, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a /= b ) tries __itruediv__ first' },
  INPLACE_ADD: { code: 55, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a += b ) tries __iadd__ first (lists extend in place)' },
  INPLACE_SUBTRACT: { code: 56, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a -= b )' },
  INPLACE_MULTIPLY: { code: 57, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a *= b )' },
  INPLACE_MODULO: { code: 59, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a %= b )' },
  STORE_SUBSCR: { code: 60, arg: 'none', pops: 3, effect: -3, doc: '( value obj key -- ) obj[key] = value' },
  DELETE_SUBSCR: { code: 61, arg: 'none', pops: 2, effect: -2, doc: '( obj key -- ) del obj[key]' },
  BINARY_LSHIFT: { code: 62, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a << b )' },
  BINARY_RSHIFT: { code: 63, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a >> b )' },
  BINARY_AND: { code: 64, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a & b )' },
  BINARY_XOR: { code: 65, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a ^ b )' },
  BINARY_OR: { code: 66, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a | b )' },
  INPLACE_POWER: { code: 67, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a **= b )' },
  GET_ITER: { code: 68, arg: 'none', pops: 1, effect: 0, doc: '( obj -- iter(obj) )' },
  GET_YIELD_FROM_ITER: { code: 69, arg: 'none', pops: 1, effect: 0, doc: '( obj -- iter ) iter(obj), but a generator is kept as is' },
  PRINT_EXPR: { code: 70, arg: 'none', pops: 1, effect: -1, doc: '( x -- ) interactive mode: print repr(x) unless None' },
  LOAD_BUILD_CLASS: { code: 71, arg: 'none', pops: 0, effect: +1, doc: '( -- __build_class__ )' },
  YIELD_FROM: { code: 72, arg: 'none', pops: 2, effect: -1, doc: '( iter value -- iter ) send value into iter and yield its result; on StopIteration replace both with its value and go on' },
  INPLACE_LSHIFT: { code: 75, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a <<= b )' },
  INPLACE_RSHIFT: { code: 76, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a >>= b )' },
  INPLACE_AND: { code: 77, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a &= b )' },
  INPLACE_XOR: { code: 78, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a ^= b )' },
  INPLACE_OR: { code: 79, arg: 'none', pops: 2, effect: -1, doc: '( a b -- a |= b )' },
  BREAK_LOOP: { code: 80, arg: 'none', pops: 0, effect: 0, doc: '( -- ) unwind blocks to the innermost loop and jump past it (finally blocks run first)' },
  WITH_CLEANUP_START: { code: 81, arg: 'none', pops: 2, effect: 0, doc: '( exit x -- x res ) x is None, an unwind marker or an exception: call exit(None, None, None) or exit(type, exc, tb)' },
  WITH_CLEANUP_FINISH: { code: 82, arg: 'none', pops: 2, effect: -1, doc: '( x res -- x2 ) if x is an exception and res is true, x2 is None (suppressed); else x2 is x' },
  RETURN_VALUE: { code: 83, arg: 'none', pops: 1, effect: -1, doc: '( x -- ) return x to the caller (finally blocks run first)' },
  IMPORT_STAR: { code: 84, arg: 'none', pops: 1, effect: -1, doc: '( module -- ) copy public names of module into locals' },
  SETUP_ANNOTATIONS: { code: 85, arg: 'none', pops: 0, effect: 0, doc: '( -- ) create __annotations__ in locals if missing' },
  YIELD_VALUE: { code: 86, arg: 'none', pops: 1, effect: 0, doc: '( x -- sent ) suspend the generator yielding x; resume with the sent value' },
  POP_BLOCK: { code: 87, arg: 'none', pops: 0, effect: 0, doc: '( -- ) pop the innermost block from the block stack' },
  END_FINALLY: { code: 88, arg: 'none', pops: 1, effect: -1, doc: '( x -- ) end a finally/except clause: None goes on; an exception is re-raised; an unwind marker (return/break/continue) resumes unwinding' },
  POP_EXCEPT: { code: 89, arg: 'none', pops: 0, effect: 0, doc: '( -- ) pop an EXCEPT_HANDLER block and restore the exception being handled before it' },
  STORE_NAME: { code: 90, arg: 'name', pops: 1, effect: -1, doc: '( x -- ) locals[co_names[arg]] = x' },
  DELETE_NAME: { code: 91, arg: 'name', pops: 0, effect: 0, doc: '( -- ) del locals[co_names[arg]]' },
  UNPACK_SEQUENCE: { code: 92, arg: 'count', pops: 1, effect: (n) => n - 1, doc: '( seq -- x[n-1] ... x[0] ) unpack exactly arg items, first item on top' },
  FOR_ITER: { code: 93, arg: 'jrel', pops: 1, effect: +1, jump: -1, doc: '( iter -- iter next ) or, when exhausted, ( iter -- ) and jump' },
  UNPACK_EX: { code: 94, arg: 'count', pops: 1, effect: (n) => (n & 0xff) + (n >> 8), doc: '( seq -- after... list before... ) star unpacking: low byte counts names before *, high byte names after' },
  STORE_ATTR: { code: 95, arg: 'name', pops: 2, effect: -2, doc: '( value obj -- ) obj.name = value' },
  DELETE_ATTR: { code: 96, arg: 'name', pops: 1, effect: -1, doc: '( obj -- ) del obj.name' },
  STORE_GLOBAL: { code: 97, arg: 'name', pops: 1, effect: -1, doc: '( x -- ) globals[co_names[arg]] = x' },
  DELETE_GLOBAL: { code: 98, arg: 'name', pops: 0, effect: 0, doc: '( -- ) del globals[co_names[arg]]' },
  LOAD_CONST: { code: 100, arg: 'const', pops: 0, effect: +1, doc: '( -- co_consts[arg] )' },
  LOAD_NAME: { code: 101, arg: 'name', pops: 0, effect: +1, doc: '( -- x ) look the name up in locals, then globals, then builtins' },
  BUILD_TUPLE: { code: 102, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( x1 ... xn -- (x1, ..., xn) )' },
  BUILD_LIST: { code: 103, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( x1 ... xn -- [x1, ..., xn] )' },
  BUILD_SET: { code: 104, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( x1 ... xn -- {x1, ..., xn} )' },
  BUILD_MAP: { code: 105, arg: 'count', pops: (n) => 2 * n, effect: (n) => 1 - 2 * n, doc: '( k1 v1 ... kn vn -- {k1: v1, ...} )' },
  LOAD_ATTR: { code: 106, arg: 'name', pops: 1, effect: 0, doc: '( obj -- obj.name )' },
  COMPARE_OP: { code: 107, arg: 'compare', pops: 2, effect: -1, doc: '( a b -- a OP b ) OP is COMPARE_OPS[arg]' },
  IMPORT_NAME: { code: 108, arg: 'name', pops: 2, effect: -1, doc: '( level fromlist -- module ) import co_names[arg]' },
  IMPORT_FROM: { code: 109, arg: 'name', pops: 1, effect: +1, doc: '( module -- module module.name ) ImportError if missing' },
  JUMP_FORWARD: { code: 110, arg: 'jrel', pops: 0, effect: 0, jump: 0, doc: '( -- ) jump forward by arg bytes' },
  JUMP_IF_FALSE_OR_POP: { code: 111, arg: 'jabs', pops: 1, effect: -1, jump: 0, doc: '( x -- x ) jump if x is false, keeping it; else pop it (and/or)' },
  JUMP_IF_TRUE_OR_POP: { code: 112, arg: 'jabs', pops: 1, effect: -1, jump: 0, doc: '( x -- x ) jump if x is true, keeping it; else pop it (and/or)' },
  JUMP_ABSOLUTE: { code: 113, arg: 'jabs', pops: 0, effect: 0, jump: 0, doc: '( -- ) jump to byte offset arg' },
  POP_JUMP_IF_FALSE: { code: 114, arg: 'jabs', pops: 1, effect: -1, jump: -1, doc: '( x -- ) jump if x is false' },
  POP_JUMP_IF_TRUE: { code: 115, arg: 'jabs', pops: 1, effect: -1, jump: -1, doc: '( x -- ) jump if x is true' },
  LOAD_GLOBAL: { code: 116, arg: 'name', pops: 0, effect: +1, doc: '( -- x ) look the name up in globals, then builtins' },
  CONTINUE_LOOP: { code: 119, arg: 'jabs', pops: 0, effect: 0, jump: 0, doc: '( -- ) continue inside try/with: unwind to the loop block (running finally blocks) and jump to arg' },
  SETUP_LOOP: { code: 120, arg: 'jrel', pops: 0, effect: 0, jump: 0, doc: '( -- ) push a LOOP block whose exit (for break) is the target' },
  SETUP_EXCEPT: { code: 121, arg: 'jrel', pops: 0, effect: 0, jump: +1, doc: '( -- ) push an EXCEPT block; on an exception the stack is cut to the block level, an EXCEPT_HANDLER block is pushed, the exception is pushed and control jumps to the target' },
  SETUP_FINALLY: { code: 122, arg: 'jrel', pops: 0, effect: 0, jump: +1, doc: '( -- ) push a FINALLY block; an exception or unwind marker is pushed and control jumps to the target' },
  LOAD_FAST: { code: 124, arg: 'local', pops: 0, effect: +1, doc: '( -- locals[arg] ) UnboundLocalError if unset' },
  STORE_FAST: { code: 125, arg: 'local', pops: 1, effect: -1, doc: '( x -- ) locals[arg] = x' },
  DELETE_FAST: { code: 126, arg: 'local', pops: 0, effect: 0, doc: '( -- ) unset locals[arg]' },
  RAISE_VARARGS: { code: 130, arg: 'count', pops: (n) => n, effect: (n) => -n, doc: '( [exc [cause]] -- ) 0: re-raise the exception being handled, 1: raise exc, 2: raise exc from cause' },
  CALL_FUNCTION: { code: 131, arg: 'count', pops: (n) => n + 1, effect: (n) => -n, doc: '( f a1 ... an -- f(a1, ..., an) )' },
  MAKE_FUNCTION: { code: 132, arg: 'count', pops: (f) => 2 + popcount4(f), effect: (f) => -1 - popcount4(f), doc: '( [defaults] [kwdefaults] [annotations] [closure] code qualname -- function ) flags 1, 2, 4, 8 say which optional items are present' },
  BUILD_SLICE: { code: 133, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( start stop [step] -- slice ) arg is 2 or 3' },
  LOAD_CLOSURE: { code: 135, arg: 'free', pops: 0, effect: +1, doc: '( -- cell ) push the cell itself (to build a closure)' },
  LOAD_DEREF: { code: 136, arg: 'free', pops: 0, effect: +1, doc: '( -- cell.contents ) NameError/UnboundLocalError if empty' },
  STORE_DEREF: { code: 137, arg: 'free', pops: 1, effect: -1, doc: '( x -- ) cell.contents = x' },
  DELETE_DEREF: { code: 138, arg: 'free', pops: 0, effect: 0, doc: '( -- ) empty the cell' },
  CALL_FUNCTION_KW: { code: 141, arg: 'count', pops: (n) => n + 2, effect: (n) => -n - 1, doc: '( f a1 ... an names -- result ) the last len(names) arguments are keywords named by the tuple names' },
  CALL_FUNCTION_EX: { code: 142, arg: 'count', pops: (f) => 2 + (f & 1), effect: (f) => -1 - (f & 1), doc: '( f args [kwargs] -- f(*args, **kwargs) ) flag 1: kwargs present' },
  SETUP_WITH: { code: 143, arg: 'jrel', pops: 1, effect: +1, jump: +1, doc: '( mgr -- exit enter_result ) call mgr.__enter__, push bound __exit__ and a FINALLY block whose handler is the target' },
  EXTENDED_ARG: { code: 144, arg: 'count', pops: 0, effect: 0, doc: '( -- ) prefix: the next argument is (arg << 8) | its own' },
  LIST_APPEND: { code: 145, arg: 'count', pops: (n) => n + 1, effect: -1, doc: '( list ... x -- list ... ) append x to the list arg items below it (comprehensions)' },
  SET_ADD: { code: 146, arg: 'count', pops: (n) => n + 1, effect: -1, doc: '( set ... x -- set ... ) add x to the set arg items below it' },
  MAP_ADD: { code: 147, arg: 'count', pops: (n) => n + 2, effect: -2, doc: '( map ... k v -- map ... ) map[k] = v, map arg items below k' },
  LOAD_CLASSDEREF: { code: 148, arg: 'free', pops: 0, effect: +1, doc: '( -- x ) class body: locals first, then the cell' },
  BUILD_LIST_UNPACK: { code: 149, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( it1 ... itn -- list ) concatenate iterables into a new list' },
  BUILD_MAP_UNPACK: { code: 150, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( m1 ... mn -- dict ) merge mappings into a new dict' },
  BUILD_MAP_UNPACK_WITH_CALL: { code: 151, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( m1 ... mn -- dict ) merge keyword mappings; a repeated key is a TypeError' },
  BUILD_TUPLE_UNPACK: { code: 152, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( it1 ... itn -- tuple ) concatenate iterables into a tuple' },
  BUILD_SET_UNPACK: { code: 153, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( it1 ... itn -- set ) union of iterables' },
  BUILD_TUPLE_UNPACK_WITH_CALL: { code: 158, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( it1 ... itn -- tuple ) positional arguments for CALL_FUNCTION_EX' },
  FORMAT_VALUE: { code: 155, arg: 'count', pops: (f) => ((f & 4) ? 2 : 1), effect: (f) => ((f & 4) ? -1 : 0), doc: '( x [spec] -- str ) f-string field: flags & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii), flag 4: a format spec is on top' },
  BUILD_CONST_KEY_MAP: { code: 156, arg: 'count', pops: (n) => n + 1, effect: (n) => -n, doc: '( v1 ... vn keys -- dict ) keys is a tuple constant' },
  BUILD_STRING: { code: 157, arg: 'count', pops: (n) => n, effect: (n) => 1 - n, doc: '( s1 ... sn -- s1 + ... + sn ) join string pieces' },
  LOAD_METHOD: { code: 160, arg: 'name', pops: 1, effect: +1, doc: '( obj -- meth obj ) or ( obj -- NULL bound ): fetch a method without building a bound method' },
  CALL_METHOD: { code: 161, arg: 'count', pops: (n) => n + 2, effect: (n) => -n - 1, doc: '( meth self a1 ... an -- result ) or ( NULL bound a1 ... an -- result )' },
} as const satisfies Record<string, OpInfo>;

function popcount4(f: number): number {
  return (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1);
}

export type OpName = keyof typeof OPCODES;

/** `Op.LOAD_CONST === 100`: numbers by name, derived from the table. */
export const Op: { readonly [K in OpName]: (typeof OPCODES)[K]['code'] } = Object.freeze(
  Object.fromEntries(Object.entries(OPCODES).map(([name, info]) => [name, info.code])),
) as never;

/** OPNAME[100] === 'LOAD_CONST'; undefined for unused numbers. */
export const OPNAME: readonly (OpName | undefined)[] = (() => {
  const names: (OpName | undefined)[] = new Array(256).fill(undefined);
  for (const [name, info] of Object.entries(OPCODES) as [OpName, OpInfo][]) {
    if (names[info.code] !== undefined) throw new Error(`opcode number ${info.code} used twice`);
    names[info.code] = name;
  }
  return Object.freeze(names);
})();

/** OPINFO[100] is LOAD_CONST's row; undefined for unused numbers. */
export const OPINFO: readonly (OpInfo | undefined)[] = OPNAME.map((n) => (n ? OPCODES[n] : undefined));

/** Instructions whose argument is a jump target. */
export const HAS_JREL: ReadonlySet<number> = new Set(OPINFO.flatMap((i) => (i && i.arg === 'jrel' ? [i.code] : [])));
export const HAS_JABS: ReadonlySet<number> = new Set(OPINFO.flatMap((i) => (i && i.arg === 'jabs' ? [i.code] : [])));

/** COMPARE_OP's argument, as in CPython 3.7's dis.cmp_op. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', 'exception match'] as const;
export type CompareOpName = (typeof COMPARE_OPS)[number];
export const Cmp = {
  LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5, IN: 6, NOT_IN: 7, IS: 8, IS_NOT: 9, EXC_MATCH: 10,
} as const;

/** MAKE_FUNCTION flags. */
export const MakeFunctionFlag = { DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 } as const;

/** FORMAT_VALUE flags. */
export const FormatFlag = { CONV_MASK: 3, NONE: 0, STR: 1, REPR: 2, ASCII: 3, HAS_SPEC: 4 } as const;

/** Block types on a frame's block stack. */
export const BlockType = { LOOP: 0, EXCEPT: 1, FINALLY: 2, EXCEPT_HANDLER: 3 } as const;

/** The stack effect of `op` with argument `arg`; `jump` selects the effect when the jump is taken. */
export function stackEffect(op: number, arg: number, jump = false): number {
  const info = OPINFO[op];
  if (!info) throw new Error(`unknown opcode ${op}`);
  const e = jump && info.jump !== undefined ? info.jump : info.effect;
  return typeof e === 'number' ? e : e(arg);
}

/** How many stack items `op` with argument `arg` consumes: the depth it needs before it runs. */
export function stackPops(op: number, arg: number): number {
  const info = OPINFO[op];
  if (!info) throw new Error(`unknown opcode ${op}`);
  return typeof info.pops === 'number' ? info.pops : info.pops(arg);
}

/**
 * The cache stores this fingerprint of the opcode table, so a changed table invalidates old files.
 * It is opcodeFingerprint()'s value kept as a literal: computing it took over a millisecond of
 * every start-up. test/compiler/opcodes.test.ts fails, naming the new value, until it is updated.
 */
export const OPCODE_FINGERPRINT = 0xffbc403b;

/** A fingerprint of the table (names, numbers, operand kinds, effects at a few arguments): FNV-1a over a canonical text. */
export function opcodeFingerprint(): number {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193) >>> 0;
  };
  const eff = (e: Effect | undefined) => {
    if (e === undefined) feed('-');
    else if (typeof e === 'number') feed(String(e));
    else {
      const args = [0, 1, 2, 3, 7, 0x102];
      for (let a = 0; a < args.length; a++) {
        if (a > 0) feed(',');
        feed(String(e(args[a])));
      }
    }
  };
  for (const name of Object.keys(OPCODES).sort() as OpName[]) {
    const i: OpInfo = OPCODES[name];
    feed(name);
    feed(':');
    feed(String(i.code));
    feed(':');
    feed(i.arg);
    feed(':');
    eff(i.pops);
    feed(':');
    eff(i.effect);
    feed(':');
    eff(i.jump);
    feed(';');
  }
  return h >>> 0;
}

// Notes
// - Unwinding (CPython 3.7 style, byterun's `why`): RETURN_VALUE, BREAK_LOOP, CONTINUE_LOOP and a
//   raised exception pop blocks one at a time. A LOOP block ends a break (stack cut to its level,
//   jump to its handler) and a continue (jump to the target, block kept). An EXCEPT block catches
//   only exceptions. A FINALLY block catches everything: the stack is cut to its level, then an
//   exception object, or an unwind marker for return/break/continue, is pushed and control jumps to
//   the handler, whose END_FINALLY resumes what was interrupted. The normal path into a finally
//   clause pushes None (LOAD_CONST None) so END_FINALLY has something to pop.
// - Exception handlers: entering an except clause pushes an EXCEPT_HANDLER block (level = stack
//   depth before the exception was pushed) that remembers the exception being handled before, so
//   POP_EXCEPT (or unwinding through it) restores sys.exc_info(). CPython pushes a 3-tuple of
//   type, value, traceback for each; tspy pushes the exception object alone.
// - LOAD_METHOD / CALL_METHOD avoid allocating a bound method for `obj.meth(...)`: when the
//   attribute is a plain function found on the type, the stack holds (function, obj); otherwise
//   (NULL, bound attribute). The VM's NULL is an internal sentinel, never visible to Python.
// - Jumps are byte offsets into co_code (2 bytes per instruction), as in CPython 3.7.
