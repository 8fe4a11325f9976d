// Hand-built code objects for cache tests: no grammar or compiler needed.

import {
  BytesConst, CO, CodeObject, EllipsisConst, FloatConst, ImagConst, Op, TupleConst,
  encodeLineTable, type Const, type CodeObjectFields,
} from '../../bytecode';

/** Assemble (opcode, arg) pairs into co_code, with EXTENDED_ARG prefixes for args over 255. */
export function asm(...ins: [number, number?][]): Uint8Array {
  const out: number[] = [];
  for (const [op, arg = 0] of ins) {
    if (arg > 0xff) out.push(Op.EXTENDED_ARG, (arg >> 8) & 0xff);
    out.push(op, arg & 0xff);
  }
  return Uint8Array.from(out);
}

export function makeCode(over: Partial<CodeObjectFields> = {}): CodeObject {
  return new CodeObject({
    co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_nlocals: 0, co_stacksize: 1,
    co_flags: 0, co_code: asm([Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), co_consts: [null], co_names: [],
    co_varnames: [], co_freevars: [], co_cellvars: [], co_filename: '/tmp/m.py', co_name: '<module>',
    co_qualname: '<module>', co_firstlineno: 1, co_linetable: encodeLineTable(1, [[0, 1]]),
    ...over,
  });
}

/** A module whose constants cover every type, with a nested function. */
export function richModule(filename = '/tmp/rich.py'): CodeObject {
  const inner = makeCode({
    co_argcount: 2, co_nlocals: 3, co_varnames: ['a', 'b', 'c'], co_flags: CO.OPTIMIZED | CO.NEWLOCALS | CO.NOFREE,
    co_code: asm([Op.LOAD_FAST, 0], [Op.LOAD_FAST, 1], [Op.BINARY_ADD], [Op.STORE_FAST, 2], [Op.LOAD_FAST, 2], [Op.RETURN_VALUE]),
    co_stacksize: 2, co_consts: [null], co_name: 'f', co_qualname: 'f', co_filename: filename, co_firstlineno: 3,
    co_linetable: encodeLineTable(3, [[0, 4], [8, 5]]),
  });
  const consts: Const[] = [
    0, 1, -1, 2147483647, -2147483648, 2147483648, 9007199254740991, -9007199254740991, 2n ** 200n, -(3n ** 90n),
    new FloatConst(0.1), new FloatConst(-0), new FloatConst(Infinity), new FloatConst(NaN), new FloatConst(5e-324),
    'text', '', 'ünïcödé ✓ 🐍', 'text', true, false, null, EllipsisConst.instance, new ImagConst(2.5),
    new BytesConst(Uint8Array.from([0, 1, 255])), new TupleConst([1, 'a', new TupleConst([])]), inner, 'f',
  ];
  return makeCode({
    co_consts: consts, co_names: ['f', 'x', 'text'], co_filename: filename, co_stacksize: 2,
    co_code: asm([Op.LOAD_CONST, 26], [Op.LOAD_CONST, 27], [Op.MAKE_FUNCTION, 0], [Op.STORE_NAME, 0], [Op.LOAD_CONST, 21], [Op.RETURN_VALUE]),
    co_linetable: encodeLineTable(1, [[0, 3], [8, 9]]),
  });
}

/** A seeded xorshift32 generator of floats in [0, 1), for repeatable fuzzing. */
export function seededRandom(seed: number): () => number {
  let x = seed | 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}
