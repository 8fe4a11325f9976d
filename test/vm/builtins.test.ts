import { describe, expect, it } from 'vitest';
import { F, print, T, type Item } from './asm';
import { C, N, S, call, errorOf, exprError, outLines, reprLines } from './helpers';

const m = (obj: Item[], name: string, ...args: Item[][]): Item[] => [...obj, ['LOAD_METHOD', name], ...args.flat(), ['CALL_METHOD', args.length]];
const f = (name: string, ...args: Item[][]): Item[] => [N(name), ...args.flat(), call(args.length)];
const kw = (name: string, args: Item[][], kws: Record<string, Item[]>): Item[] =>
  [N(name), ...args.flat(), ...Object.values(kws).flat(), C(T(...Object.keys(kws))), ['CALL_FUNCTION_KW', args.length + Object.keys(kws).length]];

describe('dict semantics', () => {
  it('1, 1.0 and True are one key; tuples are keys; order is insertion order', () => {
    expect(outLines([
      C(1), C('a'), C(F(1)), C('b'), C(true), C('c'), ['BUILD_MAP', 3], S('d'), ...print(N('d')),
      C(T(1, 'x')), C(5), ['BUILD_MAP', 1], S('t'), ...print(N('t'), C(T(F(1), 'x')), 'BINARY_SUBSCR'),
      C('z'), C(1), C('y'), C(2), ['BUILD_MAP', 2], S('o'), C(3), N('o'), C('a'), 'STORE_SUBSCR', N('o'), C('z'), 'DELETE_SUBSCR', C(4), N('o'), C('z'), 'STORE_SUBSCR',
      ...print(N('o')),
      ...print(...m([N('o')], 'get', [C('q')])),
      ...print(...m([N('o')], 'get', [C('q')], [C(0)])),
      ...print(...f('list', m([N('o')], 'items'))),
      ...print(...m([N('o')], 'pop', [C('y')])),
      ...print(...m([N('o')], 'setdefault', [C('n')], [C(9)])),
      ...print(N('o')),
      ...print(...f('dict', [C(T(T(1, 2), T(3, 4)))])),
      ...print(...kw('dict', [], { a: [C(1)] })),
      ...print(C(2), N('o'), ['COMPARE_OP', 'in']),
    ])).toEqual([
      "{1: 'c'}", '5', "{'y': 2, 'a': 3, 'z': 4}", 'None', '0', "[('y', 2), ('a', 3), ('z', 4)]", '2', '9', "{'a': 3, 'z': 4, 'n': 9}",
      '{1: 2, 3: 4}', "{'a': 1}", 'False',
    ]);
  });

  it('errors', () => {
    expect(exprError(['BUILD_MAP', 0], C(T(1, 'a')), 'BINARY_SUBSCR')).toBe("KeyError: (1, 'a')");
    expect(exprError(['BUILD_LIST', 0], C(1), ['BUILD_MAP', 1])).toBe("TypeError: unhashable type: 'list'");
    expect(exprError(['BUILD_MAP', 0], C('k'), 'BINARY_SUBSCR')).toBe("KeyError: 'k'");
  });
});

describe('builtins', () => {
  it('print with sep and end', () => {
    expect(outLines([...kw('print', [[C(1)], [C(2)]], { sep: [C('-')], end: [C('!\n')] }), 'POP_TOP'])).toEqual(['1-2!']);
    expect(errorOf([...kw('print', [], { foo: [C(1)] })])).toBe("TypeError: 'foo' is an invalid keyword argument for print()");
  });

  it('conversions', () => {
    expect(outLines(reprLines(
      f('int', [C(' 42 ')]), f('int', [C('ff')], [C(16)]), f('int', [C(F(-3.7))]), f('float', [C('1e3')]), f('str', [C(F(2.5))]),
      f('bool', [C(T())]), f('int', [C('123456789012345678901234567890')]), f('repr', [C("it's")]), f('str', [C(null)]),
      f('int', [C('0x1f')], [C(0)]), f('float', [C(' -inf ')]), f('list', [C('ab')]), f('tuple', [['BUILD_LIST', 0]]),
    ))).toEqual(['42', '255', '-3', '1000.0', "'2.5'", 'False', '123456789012345678901234567890', `'"it\\'s"'`, "'None'", '31', '-inf', "['a', 'b']", '()']);
    expect(exprError(...f('int', [C('x')]))).toBe("ValueError: invalid literal for int() with base 10: 'x'");
    expect(exprError(...f('float', [C('x')]))).toBe("ValueError: could not convert string to float: 'x'");
    expect(exprError(...f('len', [C(1)]))).toBe("TypeError: object of type 'int' has no len()");
    expect(exprError(...f('len'))).toBe('TypeError: len() takes exactly one argument (0 given)');
  });

  it('min, max, sum, abs, sorted, isinstance, range', () => {
    expect(outLines(reprLines(
      f('min', [C(T(3, 1, 2))]), f('max', [C(3)], [C(7)], [C(5)]), kw('max', [[C(T('aa', 'b', 'ccc'))]], { key: [N('len')] }),
      kw('max', [[C(T())]], { default: [C(0)] }), f('sum', [C(T(1, 2, 3))]), f('sum', [C(T(F(0.5), 1))], [C(10)]), f('abs', [C(-5)]),
      f('abs', [C(F(-2.5))]), kw('sorted', [[C(T(3, 1, 2))]], { reverse: [C(true)] }), f('isinstance', [C(true)], [N('int')]),
      f('isinstance', [C(1)], [C(T())]), f('list', f('range', [C(10)], [C(0)], [C(-3)])), f('len', f('range', [C(5)], [C(100)], [C(7)])),
      f('divmod', [C(-7)], [C(2)]), f('pow', [C(3)], [C(200)], [C(7)]), f('round', [C(F(2.5))]), f('round', [C(F(2.675))], [C(2)]),
      f('hex', [C(255)]), f('bin', [C(-5)]), f('chr', [C(65)]), f('ord', [C('a')]), f('list', f('enumerate', [C('ab')])),
      f('list', f('zip', [C('ab')], [C(T(1, 2, 3))])), f('list', f('reversed', [C(T(1, 2))])), f('any', [C(T(0, ''))]), f('all', [C(T())]),
    ))).toEqual([
      '1', '7', "'ccc'", '0', '6', '11.5', '5', '2.5', '[3, 2, 1]', 'True', 'False', '[10, 7, 4, 1]', '14', '(-4, 1)', '2', '2', '2.67',
      "'0xff'", "'-0b101'", "'A'", '97', "[(0, 'a'), (1, 'b')]", "[('a', 1), ('b', 2)]", '[2, 1]', 'False', 'True',
    ]);
    expect(exprError(...f('min', [C(T())]))).toBe('ValueError: min() arg is an empty sequence');
    expect(exprError(...f('min'))).toBe('TypeError: min expected at least 1 argument, got 0');
    expect(exprError(...f('max', [C(1)]))).toBe("TypeError: 'int' object is not iterable");
    expect(exprError(...f('range', [C(F(1.5))]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(exprError(...f('isinstance', [C(1)], [C(1)]))).toBe('TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union');
  });

  it('list methods', () => {
    expect(outLines([
      C(3), C(1), C(2), ['BUILD_LIST', 3], S('l'),
      ...m([N('l')], 'extend', [C(T(5, 4))]), 'POP_TOP', ...m([N('l')], 'insert', [C(0)], [C(9)]), 'POP_TOP',
      ...print(N('l')), ...print(...m([N('l')], 'index', [C(5)])), ...print(...m([N('l')], 'count', [C(1)])),
      ...m([N('l')], 'remove', [C(9)]), 'POP_TOP', ...m([N('l')], 'reverse'), 'POP_TOP', ...print(N('l')),
      N('l'), ['LOAD_ATTR', 'sort'], N('str'), C(T('key')), ['CALL_FUNCTION_KW', 1], 'POP_TOP', ...print(N('l')),
      ...print(...m([N('l')], 'pop', [C(0)])), ...print(...m([N('l')], 'copy')),
    ])).toEqual(['[9, 3, 1, 2, 5, 4]', '4', '1', '[4, 5, 2, 1, 3]', '[1, 2, 3, 4, 5]', '1', '[2, 3, 4, 5]']);
    expect(exprError(...m([['BUILD_LIST', 0]], 'pop'))).toBe('IndexError: pop from empty list');
    expect(exprError(...m([['BUILD_LIST', 0]], 'remove', [C(1)]))).toBe('ValueError: list.remove(x): x not in list');
    expect(exprError(...m([['BUILD_LIST', 0]], 'index', [C(1)]))).toBe('ValueError: 1 is not in list');
    expect(exprError(...m([['BUILD_LIST', 0]], 'append'))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(exprError(['BUILD_LIST', 0], C(5), 'BINARY_SUBSCR')).toBe('IndexError: list index out of range');
    expect(exprError(C('ab'), C(5), 'BINARY_SUBSCR')).toBe('IndexError: string index out of range');
    expect(exprError(C(T(1)), C(5), 'BINARY_SUBSCR')).toBe('IndexError: tuple index out of range');
    expect(exprError(C(1), C(5), 'BINARY_SUBSCR')).toBe("TypeError: 'int' object is not subscriptable");
    expect(exprError(C(1), 'GET_ITER')).toBe("TypeError: 'int' object is not iterable");
    expect(exprError(C(1), ['UNPACK_SEQUENCE', 2])).toBe('TypeError: cannot unpack non-iterable int object');
    expect(exprError(C(T(1, 2, 3)), ['UNPACK_SEQUENCE', 2])).toBe('ValueError: too many values to unpack (expected 2)');
    expect(exprError(C(T(1)), ['UNPACK_SEQUENCE', 2])).toBe('ValueError: not enough values to unpack (expected 2, got 1)');
    expect(exprError(C(0), C(T(1)), C(0), 'STORE_SUBSCR', C(0))).toBe("TypeError: 'tuple' object does not support item assignment");
  });

  it('str methods and formatting', () => {
    expect(outLines(reprLines(
      m([C(' a b  c ')], 'split'), m([C('a,b,,c')], 'split', [C(',')], [C(2)]), m([C('-')], 'join', [C(T('x', 'y'))]), m([C('  hi\n')], 'strip'),
      m([C('xxhixx')], 'strip', [C('x')]), m([C('aaa')], 'replace', [C('a')], [C('b')], [C(2)]), m([C('hello')], 'find', [C('l')]),
      m([C('hello')], 'rfind', [C('l')]), m([C('Hi')], 'upper'), m([C('Hi')], 'lower'), m([C('hello')], 'startswith', [C(T('x', 'he'))]),
      m([C('hello')], 'endswith', [C('lo')]), [C('{} and {!r} {x:>4}'), ['LOAD_ATTR', 'format'], C(1), C('s'), C(7), C(T('x')), ['CALL_FUNCTION_KW', 3]],
      [C('%s=%d %.2f %5s|%-3d|'), C('a'), C(5), C(F(3.14159)), C('r'), C(7), ['BUILD_TUPLE', 5], 'BINARY_MODULO'],
      [C(F(3.14159)), C('.3f'), ['FORMAT_VALUE', 4]], [C(42), C('08b'), ['FORMAT_VALUE', 4]], [C(1234567), C(','), ['FORMAT_VALUE', 4]],
      [C('x'), C(F(1.5)), ['FORMAT_VALUE', 0], C('y'), ['FORMAT_VALUE', 2], ['BUILD_STRING', 3]], m([C('ab')], 'center', [C(6)], [C('*')]),
      m([C('42')], 'zfill', [C(5)]), m([C('a\nb')], 'splitlines'), m([C('abc')], 'isalpha'), m([C('Title me')], 'title'),
    ))).toEqual([
      "['a', 'b', 'c']", "['a', 'b', ',c']", "'x-y'", "'hi'", "'hi'", "'bba'", '2', '3', "'HI'", "'hi'", 'True', 'True',
      "\"1 and 's'    7\"", "'a=5 3.14     r|7  |'", "'3.142'", "'00101010'", "'1,234,567'", "\"x1.5'y'\"", "'**ab**'", "'00042'",
      "['a', 'b']", 'True', "'Title Me'",
    ]);
  });

  it('sets', () => {
    expect(outLines(reprLines(
      [C(1), C(2), C(F(1)), ['BUILD_SET', 3]], [C(1), C(2), ['BUILD_SET', 2], C(2), C(3), ['BUILD_SET', 2], 'BINARY_AND'],
      [C(1), C(2), ['BUILD_SET', 2], C(2), C(3), ['BUILD_SET', 2], 'BINARY_OR'], f('set'), [C(1), ['BUILD_SET', 1], C(1), C(2), ['BUILD_SET', 2], ['COMPARE_OP', '<']],
    ))).toEqual(['{1, 2}', '{2}', '{1, 2, 3}', 'set()', 'True']);
  });
});
