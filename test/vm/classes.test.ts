import { describe, expect, it } from 'vitest';
import { BytesConst, CO, ImagConst } from '../../bytecode/index';
import { asm, END, F, fn, T, type Item } from './asm';
import { C, G, L, N, S, call, errorOf, outLines, reprLines } from './helpers';

/** Items for `class NAME(bases): <methods>` where methods are [name, code] pairs; needsCell adds __class__. */
function cls(name: string, bases: string[], methods: [string, ReturnType<typeof fn>][], needsCell = false, extra: Item[] = []): Item[] {
  const body: Item[] = [N('__name__'), S('__module__'), C(name), S('__qualname__'), ...extra];
  for (const [m, code] of methods) {
    if (code.co_freevars.includes('__class__')) body.push(['LOAD_CLOSURE', '__class__'], ['BUILD_TUPLE', 1], ['LOAD_CONST', code], C(`${name}.${m}`), ['MAKE_FUNCTION', 8]);
    else body.push(['LOAD_CONST', code], C(`${name}.${m}`), ['MAKE_FUNCTION', 0]);
    body.push(S(m));
  }
  body.push(...(needsCell ? ([['LOAD_CLOSURE', '__class__'], 'RETURN_VALUE'] as Item[]) : END));
  const bodyCode = asm(body, { name, cellvars: needsCell ? ['__class__'] : [] });
  return ['LOAD_BUILD_CLASS', ['LOAD_CONST', bodyCode], C(name), ['MAKE_FUNCTION', 0], C(name), ...bases.map(N), call(2 + bases.length), S(name)];
}

const method = (name: string, params: string[], items: Item[], o: Parameters<typeof fn>[3] = {}) => fn(name, params, items, o);

describe('classes', () => {
  it('instances, __init__, methods, class attributes, repr', () => {
    const init = method('__init__', ['self', 'x'], [L('x'), L('self'), ['STORE_ATTR', 'x'], C(null), 'RETURN_VALUE']);
    const get = method('get', ['self'], [L('self'), ['LOAD_ATTR', 'x'], 'RETURN_VALUE']);
    const rep = method('__repr__', ['self'], [C('P('), L('self'), ['LOAD_ATTR', 'x'], ['FORMAT_VALUE', 2], C(')'), ['BUILD_STRING', 3], 'RETURN_VALUE']);
    expect(outLines([
      ...cls('P', [], [['__init__', init], ['get', get], ['__repr__', rep]]),
      N('P'), C(5), call(1), S('p'),
      ...reprLines([N('p'), ['LOAD_METHOD', 'get'], ['CALL_METHOD', 0]], [N('p')], [N('p'), ['LOAD_ATTR', 'get'], call(0)], [N('P'), ['LOAD_ATTR', '__name__']],
        [N('type'), N('p'), call(1), N('P'), ['COMPARE_OP', 'is']], [N('isinstance'), N('p'), N('object'), call(2)]),
    ])).toEqual(['5', 'P(5)', '5', "'P'", 'True', 'True']);
    expect(errorOf([...cls('Q', [], []), N('Q'), C(1), call(1)])).toBe('TypeError: Q() takes no arguments');
    expect(errorOf([...cls('Q', [], []), N('Q'), call(0), ['LOAD_ATTR', 'nope']])).toBe("AttributeError: 'Q' object has no attribute 'nope'");
    expect(errorOf([...cls('P', [], [['__init__', init]]), N('P'), call(0)])).toBe("TypeError: P.__init__() missing 1 required positional argument: 'x'");
  });

  it('inheritance, zero-argument super() and the MRO', () => {
    const fA = method('f', ['self'], [C('A'), 'RETURN_VALUE']);
    const fB = method('f', ['self'], [C('B'), G('super'), call(0), ['LOAD_METHOD', 'f'], ['CALL_METHOD', 0], 'BINARY_ADD', 'RETURN_VALUE'], { freevars: ['__class__'] });
    const fC = method('f', ['self'], [C('C'), G('super'), call(0), ['LOAD_METHOD', 'f'], ['CALL_METHOD', 0], 'BINARY_ADD', 'RETURN_VALUE'], { freevars: ['__class__'] });
    const fD = method('f', ['self'], [C('D'), G('super'), call(0), ['LOAD_METHOD', 'f'], ['CALL_METHOD', 0], 'BINARY_ADD', 'RETURN_VALUE'], { freevars: ['__class__'] });
    expect(outLines([
      ...cls('A', [], [['f', fA]]), ...cls('B', ['A'], [['f', fB]], true), ...cls('C', ['A'], [['f', fC]], true), ...cls('D', ['B', 'C'], [['f', fD]], true),
      ...reprLines([N('D'), call(0), ['LOAD_METHOD', 'f'], ['CALL_METHOD', 0]], [N('D'), ['LOAD_ATTR', '__mro__']], [N('issubclass'), N('D'), N('A'), call(2)]),
    ])).toEqual(["'DBCA'", "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)", 'True']);
  });

  it('special methods: arithmetic, comparison, len, getitem, iteration, call, bool, hash', () => {
    const init = method('__init__', ['self', 'v'], [L('v'), L('self'), ['STORE_ATTR', 'v'], C(null), 'RETURN_VALUE']);
    const add = method('__add__', ['self', 'o'], [G('N'), L('self'), ['LOAD_ATTR', 'v'], L('o'), ['LOAD_ATTR', 'v'], 'BINARY_ADD', call(1), 'RETURN_VALUE']);
    const radd = method('__radd__', ['self', 'o'], [G('N'), L('self'), ['LOAD_ATTR', 'v'], L('o'), 'BINARY_ADD', call(1), 'RETURN_VALUE']);
    const eq = method('__eq__', ['self', 'o'], [L('self'), ['LOAD_ATTR', 'v'], L('o'), ['LOAD_ATTR', 'v'], ['COMPARE_OP', '=='], 'RETURN_VALUE']);
    const hash = method('__hash__', ['self'], [G('hash'), L('self'), ['LOAD_ATTR', 'v'], call(1), 'RETURN_VALUE']);
    const lt = method('__lt__', ['self', 'o'], [L('self'), ['LOAD_ATTR', 'v'], L('o'), ['LOAD_ATTR', 'v'], ['COMPARE_OP', '<'], 'RETURN_VALUE']);
    const len = method('__len__', ['self'], [L('self'), ['LOAD_ATTR', 'v'], 'RETURN_VALUE']);
    const getitem = method('__getitem__', ['self', 'i'], [L('i'), L('self'), ['LOAD_ATTR', 'v'], ['COMPARE_OP', '>='], ['POP_JUMP_IF_FALSE', 'ok'], G('IndexError'), ['RAISE_VARARGS', 1], { label: 'ok' }, L('i'), C(10), 'BINARY_MULTIPLY', 'RETURN_VALUE']);
    const callm = method('__call__', ['self', 'a'], [L('a'), L('self'), ['LOAD_ATTR', 'v'], 'BINARY_MULTIPLY', 'RETURN_VALUE']);
    const rep = method('__repr__', ['self'], [C('N'), G('str'), L('self'), ['LOAD_ATTR', 'v'], call(1), 'BINARY_ADD', 'RETURN_VALUE']);
    expect(outLines([
      ...cls('N', [], [['__init__', init], ['__add__', add], ['__radd__', radd], ['__eq__', eq], ['__hash__', hash], ['__lt__', lt], ['__len__', len], ['__getitem__', getitem], ['__call__', callm], ['__repr__', rep]]),
      ...reprLines(
        [N('N'), C(2), call(1), N('N'), C(3), call(1), 'BINARY_ADD'], [C(1), N('N'), C(2), call(1), 'BINARY_ADD'],
        [N('N'), C(2), call(1), N('N'), C(2), call(1), ['COMPARE_OP', '==']], [N('N'), C(2), call(1), N('N'), C(2), call(1), ['COMPARE_OP', '!=']],
        [N('N'), C(3), call(1), N('N'), C(2), call(1), ['COMPARE_OP', '>']], [N('len'), N('N'), C(3), call(1), call(1)],
        [N('list'), N('N'), C(3), call(1), call(1)], [N('N'), C(4), call(1), C(5), call(1)], [N('bool'), N('N'), C(0), call(1), call(1)],
        [N('N'), C(1), call(1), C('one'), ['BUILD_MAP', 1], N('N'), C(1), call(1), 'BINARY_SUBSCR'],
        [N('sorted'), N('N'), C(3), call(1), N('N'), C(1), call(1), ['BUILD_LIST', 2], call(1)],
      ),
    ])).toEqual(['N5', 'N3', 'True', 'False', 'True', '3', '[0, 10, 20]', '20', 'False', "'one'", '[N1, N3]']);
  });

  it('properties, staticmethod, classmethod', () => {
    const getx = method('x', ['self'], [L('self'), ['LOAD_ATTR', '_x'], 'RETURN_VALUE']);
    const sm = method('s', ['a'], [L('a'), C(1), 'BINARY_ADD', 'RETURN_VALUE']);
    const cm = method('c', ['k'], [L('k'), ['LOAD_ATTR', '__name__'], 'RETURN_VALUE']);
    const extra: Item[] = [
      G('property'), ['LOAD_CONST', getx], C('K.x'), ['MAKE_FUNCTION', 0], call(1), S('x'),
      G('staticmethod'), ['LOAD_CONST', sm], C('K.s'), ['MAKE_FUNCTION', 0], call(1), S('s'),
      G('classmethod'), ['LOAD_CONST', cm], C('K.c'), ['MAKE_FUNCTION', 0], call(1), S('c'),
    ];
    expect(outLines([
      ...cls('K', [], [], false, extra), N('K'), call(0), S('k'), C(7), N('k'), ['STORE_ATTR', '_x'],
      ...reprLines([N('k'), ['LOAD_ATTR', 'x']], [N('k'), ['LOAD_METHOD', 's'], C(1), ['CALL_METHOD', 1]], [N('K'), ['LOAD_METHOD', 'c'], ['CALL_METHOD', 0]], [N('k'), ['LOAD_ATTR', 'c'], call(0)]),
    ])).toEqual(['7', '2', "'K'", "'K'"]);
    expect(errorOf([...cls('K', [], [], false, extra), C(1), N('K'), call(0), ['STORE_ATTR', 'x']])).toBe("AttributeError: property 'x' of 'K' object has no setter");
  });

  it('user exceptions and type errors in class creation', () => {
    const init = method('__init__', ['self', 'code'], [G('super'), call(0), ['LOAD_METHOD', '__init__'], C('code '), L('code'), ['FORMAT_VALUE', 0], ['BUILD_STRING', 2], ['CALL_METHOD', 1], 'POP_TOP', L('code'), L('self'), ['STORE_ATTR', 'code'], C(null), 'RETURN_VALUE'], { freevars: ['__class__'] });
    expect(errorOf([...cls('E', ['Exception'], [['__init__', init]], true), N('E'), C(42), call(1), ['RAISE_VARARGS', 1]])).toBe('E: code 42');
    expect(errorOf([...cls('B', ['bool'], [])])).toBe("TypeError: type 'bool' is not an acceptable base type");
  });
});

describe('generators', () => {
  const gen = fn('count', ['n'], [
    C(0), ['STORE_FAST', 'i'], ['SETUP_LOOP', 'end'], { label: 'top' }, L('i'), L('n'), ['COMPARE_OP', '<'], ['POP_JUMP_IF_FALSE', 'out'],
    L('i'), 'YIELD_VALUE', 'POP_TOP', L('i'), C(1), 'INPLACE_ADD', ['STORE_FAST', 'i'], ['JUMP_ABSOLUTE', 'top'],
    { label: 'out' }, 'POP_BLOCK', { label: 'end' }, C('done'), 'RETURN_VALUE',
  ], { varnames: ['i'], flags: CO.GENERATOR });
  const defGen: Item[] = [['LOAD_CONST', gen], C('count'), ['MAKE_FUNCTION', 0], S('count')];

  it('yield, next, StopIteration value, for loops over generators', () => {
    expect(outLines([
      ...defGen,
      ...reprLines([N('list'), N('count'), C(4), call(1), call(1)], [N('sum'), N('count'), C(5), call(1), call(1)]),
      N('count'), C(1), call(1), S('g'), ...reprLines([N('next'), N('g'), call(1)], [N('next'), N('g'), C('dflt'), call(2)]),
    ])).toEqual(['[0, 1, 2, 3]', '10', '0', "'dflt'"]);
    expect(errorOf([...defGen, N('count'), C(0), call(1), S('g'), N('next'), N('g'), call(1)])).toBe('StopIteration: done');
  });

  it('send and yield from', () => {
    // def echo(): x = yield 'ready'; while True: x = yield x * 2
    const echo = fn('echo', [], [
      C('ready'), 'YIELD_VALUE', ['STORE_FAST', 'x'], { label: 'top' }, L('x'), C(2), 'BINARY_MULTIPLY', 'YIELD_VALUE', ['STORE_FAST', 'x'], ['JUMP_ABSOLUTE', 'top'],
    ], { varnames: ['x'], flags: CO.GENERATOR });
    // def deleg(): r = yield from count(2); yield r
    const deleg = fn('deleg', [], [G('count'), C(2), call(1), 'GET_YIELD_FROM_ITER', C(null), 'YIELD_FROM', ['STORE_FAST', 'r'], L('r'), 'YIELD_VALUE', 'POP_TOP', C(null), 'RETURN_VALUE'], { varnames: ['r'], flags: CO.GENERATOR });
    expect(outLines([
      ...defGen, ['LOAD_CONST', echo], C('echo'), ['MAKE_FUNCTION', 0], S('echo'), ['LOAD_CONST', deleg], C('deleg'), ['MAKE_FUNCTION', 0], S('deleg'),
      N('echo'), call(0), S('e'),
      ...reprLines([N('next'), N('e'), call(1)], [N('e'), ['LOAD_METHOD', 'send'], C(5), ['CALL_METHOD', 1]], [N('e'), ['LOAD_METHOD', 'send'], C(F(1.5)), ['CALL_METHOD', 1]]),
      ...reprLines([N('list'), N('deleg'), call(0), call(1)]),
    ])).toEqual(["'ready'", '10', '3.0', "[0, 1, 'done']"]);
  });

  it('list comprehension as a nested function', () => {
    const comp = fn('<listcomp>', ['.0'], [
      ['BUILD_LIST', 0], L('.0'), { label: 'top' }, ['FOR_ITER', 'end'], ['STORE_FAST', 'x'], L('x'), L('x'), 'BINARY_MULTIPLY', ['LIST_APPEND', 2], ['JUMP_ABSOLUTE', 'top'], { label: 'end' }, 'RETURN_VALUE',
    ], { varnames: ['x'] });
    expect(outLines(reprLines([['LOAD_CONST', comp], C('<listcomp>'), ['MAKE_FUNCTION', 0], N('range'), C(4), call(1), 'GET_ITER', call(1)]))).toEqual(['[0, 1, 4, 9]']);
  });
});

describe('other values', () => {
  it('complex and bytes constants', () => {
    const j = (x: number) => C(new ImagConst(x));
    const b = (s: string) => C(new BytesConst(Uint8Array.from(s, (c) => c.charCodeAt(0))));
    expect(outLines(reprLines(
      [j(1)], [C(1), j(2), 'BINARY_ADD'], [j(1), j(1), 'BINARY_MULTIPLY'], [C(F(1.5)), j(0), 'BINARY_ADD'], [C(0), j(1), 'BINARY_SUBTRACT'],
      [N('abs'), C(3), j(4), 'BINARY_ADD', call(1)], [b("a'b\n")], [b('ab'), C(0), 'BINARY_SUBSCR'], [N('len'), b('abc'), call(1)],
    ))).toEqual(['1j', '(1+2j)', '(-1+0j)', '(1.5+0j)', '-1j', '5.0', `b"a'b\\n"`, '97', '3']);
  });
});

describe('builtin types as Python sees them', () => {
  it('special methods as attributes (slot wrappers) and subclasses of int and str', () => {
    const dbl = fn('double', ['self'], [L('self'), C(2), 'BINARY_MULTIPLY', 'RETURN_VALUE'], { qualname: 'MyInt.double' });
    expect(outLines([
      ...cls('MyInt', ['int'], [['double', dbl]]),
      ...reprLines(
        [C(T(1, 2)), ['LOAD_METHOD', '__getitem__'], C(1), ['CALL_METHOD', 1]],
        [N('int'), ['LOAD_ATTR', '__add__'], C(2), C(3), call(2)],
        [N('int'), ['LOAD_ATTR', '__add__'], C(2), C('x'), call(2)],
        [N('MyInt'), C(21), call(1), ['LOAD_METHOD', 'double'], ['CALL_METHOD', 0]],
        [N('MyInt'), C(5), call(1), C(1), 'BINARY_ADD'],
        [N('MyInt'), C(7), call(1)],
        [N('isinstance'), N('MyInt'), C(1), call(1), N('int'), call(2)],
        [N('list'), ['LOAD_ATTR', '__repr__'], C(1), ['BUILD_LIST', 1], call(1)],
      ),
    ])).toEqual(['2', '5', 'NotImplemented', '42', '6', '7', 'True', "'[1]'"]);
    expect(errorOf([C(T()), ['LOAD_METHOD', '__getitem__'], C(0), ['CALL_METHOD', 1]])).toBe('IndexError: tuple index out of range');
  });

  it('f.__code__, dict views as sets, bytes and bytearray, exact big int division', () => {
    const f = fn('f', ['a', 'b'], [C(null), 'RETURN_VALUE'], { varnames: ['c'] });
    const keys: Item[] = [C('a'), C(1), C('b'), C(2), ['BUILD_MAP', 2], ['LOAD_METHOD', 'keys'], ['CALL_METHOD', 0]];
    expect(outLines([
      ['LOAD_CONST', f], C('f'), ['MAKE_FUNCTION', 0], S('f'),
      ...reprLines(
        [N('f'), ['LOAD_ATTR', '__code__'], ['LOAD_ATTR', 'co_varnames']], [N('f'), ['LOAD_ATTR', '__code__'], ['LOAD_ATTR', 'co_argcount']],
        [...keys, C('b'), C('z'), ['BUILD_SET', 2], 'BINARY_AND'], [C('a'), ...keys, ['COMPARE_OP', 'in']],
        [C(new BytesConst(Uint8Array.from([104, 105]))), C(2), 'BINARY_MULTIPLY'],
        [N('bytearray'), C(new BytesConst(Uint8Array.from([97]))), call(1)],
        [C(10n ** 40n), C(3), 'BINARY_TRUE_DIVIDE'],
      ),
    ])).toEqual(["('a', 'b', 'c')", '2', "{'b'}", 'True', "b'hihi'", "bytearray(b'a')", '3.333333333333333e+39']);
  });
});
