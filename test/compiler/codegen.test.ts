// Opcode-name sequences for small snippets (Lua's testes/code.lua style), one statement or
// expression form per test, compared with what CPython 3.7's compiler emits for the same source.

import { describe, expect, it } from 'vitest';
import { TupleConst } from '../../bytecode';
import { code, described, find, fnOps, instrs, modOps, ops } from './helpers';

const END = ['LOAD_CONST', 'RETURN_VALUE'];

describe('expressions', () => {
  it('binary op and store at module level', () => {
    expect(modOps('x = a + 1')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'BINARY_ADD', 'STORE_NAME', ...END]);
  });

  it('every binary operator has its opcode', () => {
    const table: [string, string][] = [
      ['+', 'BINARY_ADD'], ['-', 'BINARY_SUBTRACT'], ['*', 'BINARY_MULTIPLY'], ['/', 'BINARY_TRUE_DIVIDE'],
      ['//', 'BINARY_FLOOR_DIVIDE'], ['%', 'BINARY_MODULO'], ['**', 'BINARY_POWER'], ['<<', 'BINARY_LSHIFT'],
      ['>>', 'BINARY_RSHIFT'], ['&', 'BINARY_AND'], ['|', 'BINARY_OR'], ['^', 'BINARY_XOR'], ['@', 'BINARY_MATRIX_MULTIPLY'],
    ];
    for (const [sym, op] of table) expect(modOps(`a ${sym} b`)[2]).toBe(op);
  });

  it('unary operators; -<number> folds to a constant', () => {
    expect(modOps('x = -a')).toEqual(['LOAD_NAME', 'UNARY_NEGATIVE', 'STORE_NAME', ...END]);
    expect(modOps('x = not a')).toEqual(['LOAD_NAME', 'UNARY_NOT', 'STORE_NAME', ...END]);
    expect(modOps('x = ~a')).toEqual(['LOAD_NAME', 'UNARY_INVERT', 'STORE_NAME', ...END]);
    expect(modOps('x = +a')).toEqual(['LOAD_NAME', 'UNARY_POSITIVE', 'STORE_NAME', ...END]);
    const co = code('x = -5');
    expect(ops(co)).toEqual(['LOAD_CONST', 'STORE_NAME', ...END]);
    expect(co.co_consts[0]).toBe(-5);
  });

  it('and/or short-circuit with JUMP_IF_*_OR_POP', () => {
    expect(modOps('x = a and b')).toEqual(['LOAD_NAME', 'JUMP_IF_FALSE_OR_POP', 'LOAD_NAME', 'STORE_NAME', ...END]);
    expect(modOps('x = a or b or c')).toEqual([
      'LOAD_NAME', 'JUMP_IF_TRUE_OR_POP', 'LOAD_NAME', 'JUMP_IF_TRUE_OR_POP', 'LOAD_NAME', 'STORE_NAME', ...END,
    ]);
  });

  it('chained comparison uses DUP_TOP/ROT_THREE and a cleanup path', () => {
    expect(modOps('x = a < b < c')).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'DUP_TOP', 'ROT_THREE', 'COMPARE_OP', 'JUMP_IF_FALSE_OR_POP',
      'LOAD_NAME', 'COMPARE_OP', 'JUMP_FORWARD', 'ROT_TWO', 'POP_TOP', 'STORE_NAME', ...END,
    ]);
  });

  it('comparison operators map to COMPARE_OP arguments', () => {
    const table: [string, number][] = [['<', 0], ['<=', 1], ['==', 2], ['!=', 3], ['>', 4], ['>=', 5], ['in', 6], ['not in', 7], ['is', 8], ['is not', 9]];
    for (const [sym, arg] of table) {
      const co = code(`a ${sym} b`);
      const cmp = [...co.co_code].findIndex((b, i) => i % 2 === 0 && b === 107);
      expect(co.co_code[cmp + 1]).toBe(arg);
    }
  });

  it('a constant list that is only iterated becomes a constant tuple (CPython fold_iter)', () => {
    expect(modOps('x in [1, 2]')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'COMPARE_OP', 'POP_TOP', ...END]);
    expect(code('x not in [1, 2]').co_consts[0]).toEqual(new TupleConst([1, 2]));
    expect(modOps('x in [a, 2]')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'BUILD_LIST', 'COMPARE_OP', 'POP_TOP', ...END]);
    expect(modOps('x == [1, 2]')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_LIST', 'COMPARE_OP', 'POP_TOP', ...END]);
    expect(modOps('for i in [1, 2]:\n    pass\n').slice(0, 3)).toEqual(['SETUP_LOOP', 'LOAD_CONST', 'GET_ITER']);
    expect(modOps('y = [i for i in [1, 2]]').slice(3, 5)).toEqual(['LOAD_CONST', 'GET_ITER']);
  });

  it('conditional expression', () => {
    expect(modOps('x = a if b else c')).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'JUMP_FORWARD', 'LOAD_NAME', 'STORE_NAME', ...END,
    ]);
  });

  it('calls: positional, keyword, star, method', () => {
    expect(modOps('f(a, b)')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', ...END]);
    expect(modOps('f(a, k=1)')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'CALL_FUNCTION_KW', 'POP_TOP', ...END]);
    expect(modOps('f(*a)')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE_UNPACK_WITH_CALL', 'CALL_FUNCTION_EX', 'POP_TOP', ...END]);
    expect(modOps('f(a, *b, **c)')).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE', 'LOAD_NAME', 'BUILD_TUPLE_UNPACK_WITH_CALL',
      'LOAD_NAME', 'BUILD_MAP_UNPACK_WITH_CALL', 'CALL_FUNCTION_EX', 'POP_TOP', ...END,
    ]);
    expect(modOps('f(*a, k=1)')).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE_UNPACK_WITH_CALL', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_MAP', 'CALL_FUNCTION_EX', 'POP_TOP', ...END,
    ]);
    expect(modOps('o.m(a)')).toEqual(['LOAD_NAME', 'LOAD_METHOD', 'LOAD_NAME', 'CALL_METHOD', 'POP_TOP', ...END]);
    expect(modOps('o.m(a, k=1)')).toEqual(['LOAD_NAME', 'LOAD_ATTR', 'LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'CALL_FUNCTION_KW', 'POP_TOP', ...END]);
  });

  it('CALL_FUNCTION_KW gets the keyword names as a tuple constant', () => {
    const co = code('f(1, a=2, b=3)');
    expect(co.co_consts.map((c) => JSON.stringify(c))).toContain(JSON.stringify({ items: ['a', 'b'] }));
  });

  it('subscripts and slices', () => {
    expect(modOps('x = a[i]')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BINARY_SUBSCR', 'STORE_NAME', ...END]);
    expect(modOps('x = a[1:2]')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_SLICE', 'BINARY_SUBSCR', 'STORE_NAME', ...END]);
    expect(modOps('x = a[::2]')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_SLICE', 'BINARY_SUBSCR', 'STORE_NAME', ...END]);
  });

  it('displays', () => {
    expect(modOps('x = [a, b]')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_LIST', 'STORE_NAME', ...END]);
    expect(modOps('x = (a, b)')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE', 'STORE_NAME', ...END]);
    expect(modOps('x = (1, 2)')).toEqual(['LOAD_CONST', 'STORE_NAME', ...END]);
    expect(modOps('x = {a, b}')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_SET', 'STORE_NAME', ...END]);
    expect(modOps('x = {a: b}')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_MAP', 'STORE_NAME', ...END]);
    expect(modOps('x = {"a": b, "c": d}')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'BUILD_CONST_KEY_MAP', 'STORE_NAME', ...END]);
    expect(modOps('x = {}')).toEqual(['BUILD_MAP', 'STORE_NAME', ...END]);
    expect(modOps('x = [*a, b]')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE', 'BUILD_LIST_UNPACK', 'STORE_NAME', ...END]);
    expect(modOps('x = (*a, *b)')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'BUILD_TUPLE_UNPACK', 'STORE_NAME', ...END]);
    expect(modOps('x = {*a}')).toEqual(['LOAD_NAME', 'BUILD_SET_UNPACK', 'STORE_NAME', ...END]);
    expect(modOps('x = {**a, 1: b}')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_NAME', 'BUILD_MAP', 'BUILD_MAP_UNPACK', 'STORE_NAME', ...END]);
  });

  it('f-strings', () => {
    expect(modOps('x = f"a{b}c"')).toEqual(['LOAD_CONST', 'LOAD_NAME', 'FORMAT_VALUE', 'LOAD_CONST', 'BUILD_STRING', 'STORE_NAME', ...END]);
    expect(modOps('x = f"{b!r:>{w}}"')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_NAME', 'FORMAT_VALUE', 'BUILD_STRING', 'FORMAT_VALUE', 'STORE_NAME', ...END]);
    const co = code('x = f"{b!r}"');
    const fv = [...co.co_code].findIndex((b, i) => i % 2 === 0 && b === 155);
    expect(co.co_code[fv + 1]).toBe(2);
  });

  it('walrus stores with DUP_TOP', () => {
    expect(modOps('if (n := f()): pass')).toEqual(['LOAD_NAME', 'CALL_FUNCTION', 'DUP_TOP', 'STORE_NAME', 'POP_JUMP_IF_FALSE', ...END]);
  });

  it('lambda is a nested function returning its body', () => {
    const co = code('f = lambda x, y=1: x + y');
    expect(ops(co)).toEqual(['LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME', ...END]);
    const lam = find(co, '<lambda>');
    expect(ops(lam)).toEqual(['LOAD_FAST', 'LOAD_FAST', 'BINARY_ADD', 'RETURN_VALUE']);
    expect(lam.co_consts[0]).toBe(null);
  });

  it('comprehensions are nested code objects called with the outer iterator', () => {
    expect(modOps('x = [i for i in y]')).toEqual(['LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_NAME', 'GET_ITER', 'CALL_FUNCTION', 'STORE_NAME', ...END]);
    expect(fnOps('x = [i for i in y if i]', '<listcomp>')).toEqual([
      'BUILD_LIST', 'LOAD_FAST', 'FOR_ITER', 'STORE_FAST', 'LOAD_FAST', 'POP_JUMP_IF_FALSE', 'LOAD_FAST', 'LIST_APPEND', 'JUMP_ABSOLUTE', 'RETURN_VALUE',
    ]);
    expect(fnOps('x = {i for i in y}', '<setcomp>')).toContain('SET_ADD');
    expect(fnOps('x = {i: j for i, j in y}', '<dictcomp>')).toContain('MAP_ADD');
    expect(fnOps('x = (i for i in y)', '<genexpr>')).toEqual([
      'LOAD_FAST', 'FOR_ITER', 'STORE_FAST', 'LOAD_FAST', 'YIELD_VALUE', 'POP_TOP', 'JUMP_ABSOLUTE', ...END,
    ]);
  });

  it('yield and yield from', () => {
    expect(fnOps('def g():\n    yield 1\n', 'g')).toEqual(['LOAD_CONST', 'YIELD_VALUE', 'POP_TOP', ...END]);
    expect(fnOps('def g():\n    yield from x\n', 'g')).toEqual(['LOAD_GLOBAL', 'GET_YIELD_FROM_ITER', 'LOAD_CONST', 'YIELD_FROM', 'POP_TOP', ...END]);
  });

  it('__debug__ is a constant', () => {
    expect(code('x = __debug__').co_consts[0]).toBe(true);
    expect(code('x = __debug__', 1).co_consts[0]).toBe(false);
  });
});

describe('assignment', () => {
  it('chained assignment duplicates the value', () => {
    expect(modOps('a = b = 1')).toEqual(['LOAD_CONST', 'DUP_TOP', 'STORE_NAME', 'STORE_NAME', ...END]);
  });

  it('tuple and starred unpacking', () => {
    expect(modOps('a, b = c')).toEqual(['LOAD_NAME', 'UNPACK_SEQUENCE', 'STORE_NAME', 'STORE_NAME', ...END]);
    const co = code('a, *b, c = d');
    expect(ops(co)).toEqual(['LOAD_NAME', 'UNPACK_EX', 'STORE_NAME', 'STORE_NAME', 'STORE_NAME', ...END]);
    expect(co.co_code[3]).toBe(1); // 1 before, 1 after: arg 0x101 (EXTENDED_ARG 1 first)
    expect(modOps('[a, (b, c)] = d')).toEqual(['LOAD_NAME', 'UNPACK_SEQUENCE', 'STORE_NAME', 'UNPACK_SEQUENCE', 'STORE_NAME', 'STORE_NAME', ...END]);
  });

  it('attribute and subscript targets', () => {
    expect(modOps('a.b = 1')).toEqual(['LOAD_CONST', 'LOAD_NAME', 'STORE_ATTR', ...END]);
    expect(modOps('a[i] = 1')).toEqual(['LOAD_CONST', 'LOAD_NAME', 'LOAD_NAME', 'STORE_SUBSCR', ...END]);
  });

  it('augmented assignment on names, attributes and subscripts', () => {
    expect(modOps('x += 1')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'INPLACE_ADD', 'STORE_NAME', ...END]);
    expect(modOps('a.b -= 1')).toEqual(['LOAD_NAME', 'DUP_TOP', 'LOAD_ATTR', 'LOAD_CONST', 'INPLACE_SUBTRACT', 'ROT_TWO', 'STORE_ATTR', ...END]);
    const inplace: [string, string][] = [
      ['+=', 'INPLACE_ADD'], ['-=', 'INPLACE_SUBTRACT'], ['*=', 'INPLACE_MULTIPLY'], ['/=', 'INPLACE_TRUE_DIVIDE'],
      ['//=', 'INPLACE_FLOOR_DIVIDE'], ['%=', 'INPLACE_MODULO'], ['**=', 'INPLACE_POWER'], ['<<=', 'INPLACE_LSHIFT'],
      ['>>=', 'INPLACE_RSHIFT'], ['&=', 'INPLACE_AND'], ['|=', 'INPLACE_OR'], ['^=', 'INPLACE_XOR'], ['@=', 'INPLACE_MATRIX_MULTIPLY'],
    ];
    for (const [sym, op] of inplace) expect(modOps(`x ${sym} y`)[2]).toBe(op);
    expect(modOps('a[i] *= 2')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'DUP_TOP_TWO', 'BINARY_SUBSCR', 'LOAD_CONST', 'INPLACE_MULTIPLY', 'ROT_THREE', 'STORE_SUBSCR', ...END]);
  });

  it('annotated assignment at module level stores into __annotations__', () => {
    expect(modOps('x: int = 1')).toEqual(['SETUP_ANNOTATIONS', 'LOAD_CONST', 'STORE_NAME', 'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'STORE_SUBSCR', ...END]);
    expect(fnOps('def f():\n    x: int = 1\n', 'f')).toEqual(['LOAD_CONST', 'STORE_FAST', ...END]);
    expect(modOps('(x): int = 1')).toEqual(['SETUP_ANNOTATIONS', 'LOAD_CONST', 'STORE_NAME', 'LOAD_NAME', 'POP_TOP', ...END]);
    expect(modOps('a.b: int')).toEqual(['SETUP_ANNOTATIONS', 'LOAD_NAME', 'POP_TOP', 'LOAD_NAME', 'POP_TOP', ...END]);
  });

  it('del of names, attributes, subscripts and tuples', () => {
    expect(modOps('del a, b.c, d[0]')).toEqual(['DELETE_NAME', 'LOAD_NAME', 'DELETE_ATTR', 'LOAD_NAME', 'LOAD_CONST', 'DELETE_SUBSCR', ...END]);
    expect(fnOps('def f(x):\n    del x\n', 'f')).toEqual(['DELETE_FAST', ...END]);
  });
});

describe('control flow', () => {
  it('if/else', () => {
    expect(modOps('if a:\n    b = 1\nelse:\n    b = 2\n')).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_CONST', 'STORE_NAME', 'JUMP_FORWARD', 'LOAD_CONST', 'STORE_NAME', ...END,
    ]);
  });

  it('if with and/not jumps without JUMP_IF_*_OR_POP', () => {
    expect(modOps('if a and not b:\n    pass\n')).toEqual(['LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'POP_JUMP_IF_TRUE', ...END]);
    expect(modOps('if a or b:\n    pass\n')).toEqual(['LOAD_NAME', 'POP_JUMP_IF_TRUE', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', ...END]);
  });

  it('if with a chained comparison or a conditional test jumps directly', () => {
    expect(modOps('if a < b < c:\n    pass\n')).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'DUP_TOP', 'ROT_THREE', 'COMPARE_OP', 'POP_JUMP_IF_FALSE',
      'LOAD_NAME', 'COMPARE_OP', 'POP_JUMP_IF_FALSE', 'JUMP_FORWARD', 'POP_TOP', 'JUMP_FORWARD', ...END,
    ]);
    expect(modOps('if (a if b else c):\n    pass\n')).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'JUMP_FORWARD', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', ...END,
    ]);
  });

  it('while loop with SETUP_LOOP/POP_BLOCK, else clause', () => {
    expect(modOps('while a:\n    f()\nelse:\n    g()\n')).toEqual([
      'SETUP_LOOP', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'JUMP_ABSOLUTE',
      'POP_BLOCK', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', ...END,
    ]);
  });

  it('while True has no test', () => {
    expect(modOps('while True:\n    break\n')).toEqual(['SETUP_LOOP', 'BREAK_LOOP', 'JUMP_ABSOLUTE', 'POP_BLOCK', ...END]);
  });

  it('for loop with break and continue', () => {
    expect(modOps('for i in x:\n    if i:\n        break\n    continue\n')).toEqual([
      'SETUP_LOOP', 'LOAD_NAME', 'GET_ITER', 'FOR_ITER', 'STORE_NAME', 'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'BREAK_LOOP',
      'JUMP_ABSOLUTE', 'JUMP_ABSOLUTE', 'POP_BLOCK', ...END,
    ]);
  });

  it('jumps to unconditional jumps are threaded (CPython 3.7 peephole)', () => {
    const co = code('for i in x:\n    if i:\n        a()\n    else:\n        b()\n');
    expect(ops(co)).toEqual([
      'SETUP_LOOP', 'LOAD_NAME', 'GET_ITER', 'FOR_ITER', 'STORE_NAME', 'LOAD_NAME', 'POP_JUMP_IF_FALSE',
      'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'JUMP_ABSOLUTE', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'JUMP_ABSOLUTE', 'POP_BLOCK', ...END,
    ]);
    const list = instrs(co);
    const forIter = list.find((i) => i.opname === 'FOR_ITER')!;
    expect(list.filter((i) => i.opname === 'JUMP_ABSOLUTE').map((i) => i.target)).toEqual([forIter.offset, forIter.offset]);
  });

  it('continue inside try uses CONTINUE_LOOP', () => {
    expect(modOps('for i in x:\n    try:\n        continue\n    finally:\n        pass\n')).toContain('CONTINUE_LOOP');
    expect(modOps('while a:\n    try:\n        pass\n    except E:\n        continue\n')).toContain('CONTINUE_LOOP');
  });

  it('continue in a finally body drops the finally item first', () => {
    const list = modOps('for i in x:\n    try:\n        pass\n    finally:\n        continue\n');
    const k = list.indexOf('CONTINUE_LOOP');
    expect(list.slice(k - 3, k + 2)).toEqual(['POP_BLOCK', 'LOAD_CONST', 'POP_TOP', 'CONTINUE_LOOP', 'END_FINALLY']);
  });

  it('try/except with a named handler deletes the name', () => {
    expect(modOps('try:\n    f()\nexcept E as e:\n    g()\n')).toEqual([
      'SETUP_EXCEPT', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'POP_BLOCK', 'JUMP_FORWARD',
      'DUP_TOP', 'LOAD_NAME', 'COMPARE_OP', 'POP_JUMP_IF_FALSE', 'STORE_NAME', 'SETUP_FINALLY',
      'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'POP_BLOCK', 'POP_EXCEPT', 'LOAD_CONST',
      'LOAD_CONST', 'STORE_NAME', 'DELETE_NAME', 'END_FINALLY', 'JUMP_FORWARD', 'END_FINALLY', ...END,
    ]);
  });

  it('bare except and else', () => {
    expect(modOps('try:\n    f()\nexcept:\n    pass\nelse:\n    g()\n')).toEqual([
      'SETUP_EXCEPT', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'POP_BLOCK', 'JUMP_FORWARD',
      'POP_TOP', 'POP_EXCEPT', 'JUMP_FORWARD', 'END_FINALLY', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', ...END,
    ]);
  });

  it('try/finally', () => {
    expect(modOps('try:\n    f()\nfinally:\n    g()\n')).toEqual([
      'SETUP_FINALLY', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'POP_BLOCK', 'LOAD_CONST',
      'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', 'END_FINALLY', ...END,
    ]);
  });

  it('with', () => {
    expect(modOps('with m as v:\n    pass\n')).toEqual([
      'LOAD_NAME', 'SETUP_WITH', 'STORE_NAME', 'POP_BLOCK', 'LOAD_CONST', 'WITH_CLEANUP_START', 'WITH_CLEANUP_FINISH', 'END_FINALLY', ...END,
    ]);
    expect(modOps('with m:\n    pass\n')[2]).toBe('POP_TOP');
  });

  it('raise forms', () => {
    expect(modOps('raise')).toEqual(['RAISE_VARARGS', ...END]);
    expect(modOps('raise E')).toEqual(['LOAD_NAME', 'RAISE_VARARGS', ...END]);
    expect(modOps('raise E from F')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'RAISE_VARARGS', ...END]);
  });

  it('assert, and no assert under -O', () => {
    expect(modOps('assert a, "m"')).toEqual(['LOAD_NAME', 'POP_JUMP_IF_TRUE', 'LOAD_GLOBAL', 'LOAD_CONST', 'CALL_FUNCTION', 'RAISE_VARARGS', ...END]);
    expect(modOps('assert a')).toEqual(['LOAD_NAME', 'POP_JUMP_IF_TRUE', 'LOAD_GLOBAL', 'RAISE_VARARGS', ...END]);
    expect(ops(code('assert a', 1))).toEqual(END);
  });

  it('pass, global and constant expression statements emit nothing', () => {
    expect(modOps('pass\nglobal x\n"doc"\n1\n')).toEqual(END);
  });

  it('expression statements pop their value', () => {
    expect(modOps('a\nf()')).toEqual(['LOAD_NAME', 'POP_TOP', 'LOAD_NAME', 'CALL_FUNCTION', 'POP_TOP', ...END]);
  });
});

describe('functions and scopes', () => {
  it('def with defaults and keyword-only defaults', () => {
    expect(modOps('def f(a, b=1, *, c=2): pass')).toEqual([
      'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_CONST_KEY_MAP', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME', ...END,
    ]);
    expect(modOps('def f(a=x): pass')).toEqual(['LOAD_NAME', 'BUILD_TUPLE', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME', ...END]);
  });

  it('decorators are evaluated first and called after MAKE_FUNCTION', () => {
    expect(modOps('@d\ndef f(): pass')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'CALL_FUNCTION', 'STORE_NAME', ...END]);
  });

  it('annotations build a dict', () => {
    expect(modOps('def f(a: int) -> str: pass')).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'BUILD_CONST_KEY_MAP', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_NAME', ...END,
    ]);
  });

  it('locals use FAST, implicit globals GLOBAL', () => {
    expect(described(find(code('def f(a):\n    b = a\n    return g(b)\n'), 'f'))).toEqual([
      'LOAD_FAST a', 'STORE_FAST b', 'LOAD_GLOBAL g', 'LOAD_FAST b', 'CALL_FUNCTION', 'RETURN_VALUE',
    ]);
  });

  it('explicit global in a function and at module level', () => {
    expect(described(find(code('def f():\n    global x\n    x = 1\n'), 'f'))).toEqual(['LOAD_CONST', 'STORE_GLOBAL x', ...END]);
    expect(described(code('global x\nx = 1\n'))).toEqual(['LOAD_CONST', 'STORE_GLOBAL x', ...END]);
  });

  it('closures use LOAD_CLOSURE / LOAD_DEREF / STORE_DEREF', () => {
    const co = code('def f():\n    x = 1\n    def g():\n        return x\n    return g\n');
    expect(described(find(co, 'f'))).toEqual([
      'LOAD_CONST', 'STORE_DEREF x', 'LOAD_CLOSURE x', 'BUILD_TUPLE', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'STORE_FAST g', 'LOAD_FAST g', 'RETURN_VALUE',
    ]);
    expect(described(find(co, 'g'))).toEqual(['LOAD_DEREF x', 'RETURN_VALUE']);
  });

  it('nonlocal stores through the cell', () => {
    const co = code('def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n');
    expect(described(find(co, 'g'))).toEqual(['LOAD_CONST', 'STORE_DEREF x', ...END]);
  });

  it('return without value returns None', () => {
    expect(fnOps('def f():\n    return\n', 'f')).toEqual(END);
  });

  it('recursion: a function calls itself through a global', () => {
    expect(described(find(code('def f(n):\n    return f(n - 1)\n'), 'f'))).toEqual([
      'LOAD_GLOBAL f', 'LOAD_FAST n', 'LOAD_CONST', 'BINARY_SUBTRACT', 'CALL_FUNCTION', 'RETURN_VALUE',
    ]);
  });

  it('comprehension variables stay local; walrus binds in the function', () => {
    const co = code('def f(y):\n    r = [(last := i) for i in y]\n    return last\n');
    expect(find(co, '<listcomp>').co_varnames).toEqual(['.0', 'i']);
    expect(find(co, '<listcomp>').co_freevars).toEqual(['last']);
    expect(find(co, 'f').co_cellvars).toEqual(['last']);
  });
});

describe('classes', () => {
  it('class statement calls __build_class__', () => {
    expect(modOps('class C(B):\n    pass\n')).toEqual([
      'LOAD_BUILD_CLASS', 'LOAD_CONST', 'LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_CONST', 'LOAD_NAME', 'CALL_FUNCTION', 'STORE_NAME', ...END,
    ]);
    expect(modOps('class C(B, metaclass=M):\n    pass\n')).toContain('CALL_FUNCTION_KW');
  });

  it('class body stores __module__, __qualname__ and __doc__', () => {
    expect(described(find(code('class C:\n    "doc"\n    x = 1\n'), 'C'))).toEqual([
      'LOAD_NAME __name__', 'STORE_NAME __module__', 'LOAD_CONST', 'STORE_NAME __qualname__',
      'LOAD_CONST', 'STORE_NAME __doc__', 'LOAD_CONST', 'STORE_NAME x', ...END,
    ]);
  });

  it('super() gives the body a __class__ cell returned at the end', () => {
    const co = code('class C:\n    def m(self):\n        return super().m()\n');
    const body = find(co, 'C');
    expect(body.co_cellvars).toEqual(['__class__']);
    expect(described(body).slice(-2)).toEqual(['LOAD_CLOSURE __class__', 'RETURN_VALUE']);
    expect(find(co, 'm').co_freevars).toEqual(['__class__']);
  });

  it('class scopes do not leak into methods', () => {
    expect(described(find(code('class C:\n    x = 1\n    def m(self):\n        return x\n'), 'm'))).toEqual(['LOAD_GLOBAL x', 'RETURN_VALUE']);
  });

  it('a class body reads a free variable with LOAD_CLASSDEREF', () => {
    expect(described(find(code('def f():\n    x = 1\n    class C:\n        y = x\n'), 'C'))).toContain('LOAD_CLASSDEREF x');
  });

  it('a class-level name also free in a method is both a class local and a class free variable', () => {
    const co = code('def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n');
    const body = find(co, 'C');
    expect(body.co_freevars).toEqual(['x']);
    expect(described(body)).toContain('STORE_NAME x');
    expect(described(body)).toContain('LOAD_CLOSURE x');
    expect(described(find(co, 'm'))).toEqual(['LOAD_DEREF x', 'RETURN_VALUE']);
  });

  it('private names are mangled', () => {
    const co = code('class C:\n    def __m(self):\n        self.__x = 1\n');
    expect(find(co, 'C').co_names).toContain('_C__m');
    expect(find(co, '__m').co_names).toEqual(['_C__x']);
  });
});

describe('imports', () => {
  it('import, import as, from import, star', () => {
    expect(described(code('import a.b'))).toEqual(['LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME a.b', 'STORE_NAME a', ...END]);
    expect(described(code('import a.b as c'))).toEqual(['LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME a.b', 'LOAD_ATTR b', 'STORE_NAME c', ...END]);
    expect(described(code('from m import x, y as z'))).toEqual([
      'LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME m', 'IMPORT_FROM x', 'STORE_NAME x', 'IMPORT_FROM y', 'STORE_NAME z', 'POP_TOP', ...END,
    ]);
    expect(modOps('from m import *')).toEqual(['LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME', 'IMPORT_STAR', ...END]);
    const rel = code('from .. import x');
    expect(rel.co_consts[0]).toBe(2);
    expect(rel.co_names[0]).toBe('');
  });
});
