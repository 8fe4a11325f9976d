import { describe, expect, it } from 'vitest';
import { CO } from '../../bytecode/index';
import { asm, def, END, fn, lastErr, print, runCode, runItems, T, type Item } from './asm';
import { C, G, L, N, S, call, errorOf, outLines } from './helpers';

const fib = fn('fib', ['n'], [
  { line: 2 }, L('n'), C(2), ['COMPARE_OP', '<'], ['POP_JUMP_IF_FALSE', 'rec'], L('n'), 'RETURN_VALUE',
  { label: 'rec' }, { line: 3 }, G('fib'), L('n'), C(1), 'BINARY_SUBTRACT', call(1),
  G('fib'), L('n'), C(2), 'BINARY_SUBTRACT', call(1), 'BINARY_ADD', 'RETURN_VALUE',
], { firstlineno: 1 });

describe('calls', () => {
  it('recursion without the JS stack (fib)', () => {
    expect(outLines([...def('fib', fib), ...print(N('fib'), C(20), call(1))])).toEqual(['6765']);
  });

  it('deep recursion up to the limit does not overflow the JS stack', () => {
    // def down(n): return 0 if n == 0 else down(n - 1) + 1 ; down(990)
    const down = fn('down', ['n'], [
      L('n'), C(0), ['COMPARE_OP', '=='], ['POP_JUMP_IF_FALSE', 'r'], C(0), 'RETURN_VALUE',
      { label: 'r' }, G('down'), L('n'), C(1), 'BINARY_SUBTRACT', call(1), C(1), 'BINARY_ADD', 'RETURN_VALUE',
    ]);
    expect(outLines([...def('down', down), ...print(N('down'), C(990), call(1))])).toEqual(['990']);
  });

  it('RecursionError with a collapsed traceback', () => {
    const src = 'def f():\n    return f()\nf()\n';
    const f = fn('f', [], [{ line: 2 }, G('f'), call(0), 'RETURN_VALUE'], { firstlineno: 1 });
    const mod = asm([{ line: 1 }, ...def('f', f), { line: 3 }, N('f'), call(0), 'POP_TOP', ...END]);
    const r = runCode(mod, { 'test.py': src });
    expect(r.status).toBe(1);
    expect(r.err).toBe([
      'Traceback (most recent call last):',
      '  File "test.py", line 3, in <module>',
      '    f()',
      '  File "test.py", line 2, in f',
      '    return f()',
      '  File "test.py", line 2, in f',
      '    return f()',
      '  File "test.py", line 2, in f',
      '    return f()',
      '  [Previous line repeated 996 more times]',
      'RecursionError: maximum recursion depth exceeded',
      '',
    ].join('\n'));
  });

  it('keyword arguments, defaults, *args, **kwargs', () => {
    // def g(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
    const g = fn('g', ['a', 'b', 'c', 'd', 'args', 'kw'], [
      L('a'), L('b'), L('args'), L('c'), L('d'), L('kw'), ['BUILD_TUPLE', 6], 'RETURN_VALUE',
    ], { argcount: 2, kwonly: 2, flags: CO.VARARGS | CO.VARKEYWORDS });
    const mk: Item[] = [C(T(2)), C(4), C(T('d')), ['BUILD_CONST_KEY_MAP', 1], ['LOAD_CONST', g], C('g'), ['MAKE_FUNCTION', 3], S('g')];
    expect(outLines([
      ...mk,
      ...print(N('g'), C(1), C(3), C(T('c')), ['CALL_FUNCTION_KW', 2]),
      ...print(N('g'), C(1), C(2), C(3), C(4), C(5), C(6), C(T('c', 'z')), ['CALL_FUNCTION_KW', 6]),
      ...print(N('g'), C(T(1, 9)), C('c'), C(0), ['BUILD_MAP', 1], ['CALL_FUNCTION_EX', 1]),
    ])).toEqual([
      '(1, 2, (), 3, 4, {})',
      "(1, 2, (3, 4), 5, 4, {'z': 6})",
      '(1, 9, (), 0, 4, {})',
    ]);
  });

  it('argument errors use CPython messages', () => {
    const f2 = fn('f', ['a', 'b'], [C(null), 'RETURN_VALUE']);
    const mk = def('f', f2);
    expect(errorOf([...mk, N('f'), C(1), call(1)])).toBe("TypeError: f() missing 1 required positional argument: 'b'");
    expect(errorOf([...mk, N('f'), call(0)])).toBe("TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
    expect(errorOf([...mk, N('f'), C(1), C(2), C(3), call(3)])).toBe('TypeError: f() takes 2 positional arguments but 3 were given');
    expect(errorOf([...mk, N('f'), C(1), C(2), C(3), C(T('z')), ['CALL_FUNCTION_KW', 3]])).toBe("TypeError: f() got an unexpected keyword argument 'z'");
    expect(errorOf([...mk, N('f'), C(1), C(2), C(T('a')), ['CALL_FUNCTION_KW', 2]])).toBe("TypeError: f() got multiple values for argument 'a'");
    const f3 = fn('h', ['a', 'b', 'c'], [C(null), 'RETURN_VALUE']);
    expect(errorOf([...def('h', f3), N('h'), call(0)])).toBe("TypeError: h() missing 3 required positional arguments: 'a', 'b', and 'c'");
    const f0 = fn('z', [], [C(null), 'RETURN_VALUE']);
    expect(errorOf([...def('z', f0), N('z'), C(1), call(1)])).toBe('TypeError: z() takes 0 positional arguments but 1 was given');
    const fd = fn('d', ['a', 'b'], [C(null), 'RETURN_VALUE']);
    expect(errorOf([C(T(1)), ['LOAD_CONST', fd], C('d'), ['MAKE_FUNCTION', 1], S('d'), N('d'), C(1), C(2), C(3), call(3)]))
      .toBe('TypeError: d() takes from 1 to 2 positional arguments but 3 were given');
    const fk = fn('k', ['a', 'b'], [C(null), 'RETURN_VALUE'], { argcount: 1, kwonly: 1 });
    expect(errorOf([...def('k', fk), N('k'), C(1), call(1)])).toBe("TypeError: k() missing 1 required keyword-only argument: 'b'");
    expect(errorOf([...def('k', fk), N('k'), C(1), C(2), C(3), C(T('b')), ['CALL_FUNCTION_KW', 3]]))
      .toBe('TypeError: k() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given');
    expect(errorOf([C(1), call(0)])).toBe("TypeError: 'int' object is not callable");
  });

  it('closures and cells', () => {
    // def outer():
    //     x = 1
    //     def inner(): return x
    //     x = 2
    //     return inner
    // print(outer()())
    const inner = fn('inner', [], [['LOAD_DEREF', 'x'], 'RETURN_VALUE'], { freevars: ['x'], qualname: 'outer.<locals>.inner', flags: CO.NESTED });
    const outer = fn('outer', [], [
      C(1), ['STORE_DEREF', 'x'], ['LOAD_CLOSURE', 'x'], ['BUILD_TUPLE', 1], ['LOAD_CONST', inner], C('outer.<locals>.inner'),
      ['MAKE_FUNCTION', 8], ['STORE_FAST', 'inner'], C(2), ['STORE_DEREF', 'x'], L('inner'), 'RETURN_VALUE',
    ], { cellvars: ['x'], varnames: ['inner'] });
    expect(outLines([...def('outer', outer), ...print(N('outer'), call(0), call(0))])).toEqual(['2']);
  });

  it('a cell variable that is a parameter starts with the argument (cell2arg)', () => {
    const inner = fn('inner', [], [['LOAD_DEREF', 'a'], 'RETURN_VALUE'], { freevars: ['a'] });
    const outer = fn('outer', ['a'], [
      ['LOAD_CLOSURE', 'a'], ['BUILD_TUPLE', 1], ['LOAD_CONST', inner], C('inner'), ['MAKE_FUNCTION', 8], call(0), 'RETURN_VALUE',
    ], { cellvars: ['a'] });
    expect(outLines([...def('outer', outer), ...print(N('outer'), C(42), call(1))])).toEqual(['42']);
  });

  it('unbound locals and names', () => {
    const f = fn('f', [], [L('x'), 'RETURN_VALUE'], { varnames: ['x'] });
    expect(errorOf([...def('f', f), N('f'), call(0)])).toBe("UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
    expect(errorOf([N('nope')])).toBe("NameError: name 'nope' is not defined");
    const g = fn('g', [], [['LOAD_DEREF', 'y'], 'RETURN_VALUE'], { freevars: ['y'] });
    expect(errorOf([['LOAD_CLOSURE', 0] as Item].length ? [...def('g0', g, 0, []), C(null), 'POP_TOP', N('g1')] : []))
      .toBe("NameError: name 'g1' is not defined");
  });

  it('methods via LOAD_METHOD / CALL_METHOD on builtins', () => {
    expect(outLines([
      ['BUILD_LIST', 0], S('l'), N('l'), ['LOAD_METHOD', 'append'], C(3), ['CALL_METHOD', 1], 'POP_TOP',
      N('l'), ['LOAD_METHOD', 'append'], C(1), ['CALL_METHOD', 1], 'POP_TOP',
      N('l'), ['LOAD_METHOD', 'sort'], ['CALL_METHOD', 0], 'POP_TOP', ...print(N('l')),
      ...print(C('a,b'), ['LOAD_METHOD', 'split'], C(','), ['CALL_METHOD', 1]),
      ...print(N('l'), ['LOAD_ATTR', 'pop'], call(0)),
    ])).toEqual(['[1, 3]', "['a', 'b']", '3']);
  });

  it('a traceback through nested calls names each frame and line', () => {
    const src = 'def a():\n    return 1 / 0\ndef b():\n    return a()\nb()\n';
    const fa = fn('a', [], [{ line: 2 }, C(1), C(0), 'BINARY_TRUE_DIVIDE', 'RETURN_VALUE'], { firstlineno: 1 });
    const fb = fn('b', [], [{ line: 4 }, G('a'), call(0), 'RETURN_VALUE'], { firstlineno: 3 });
    const mod = asm([{ line: 1 }, ...def('a', fa), { line: 3 }, ...def('b', fb), { line: 5 }, N('b'), call(0), 'POP_TOP', ...END]);
    const r = runCode(mod, { 'test.py': src });
    expect(r.err).toBe([
      'Traceback (most recent call last):',
      '  File "test.py", line 5, in <module>',
      '    b()',
      '  File "test.py", line 4, in b',
      '    return a()',
      '  File "test.py", line 2, in a',
      '    return 1 / 0',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n'));
    expect(lastErr(runItems([N('x')]))).toBe("NameError: name 'x' is not defined");
  });
});
