import { describe, expect, it } from 'vitest';
import { asm, def, END, fn, print, runCode, T, type Item } from './asm';
import { C, G, L, N, S, call, errorOf, outLines } from './helpers';

/** try: <body> except <cls> as e: <handler using e> */
function tryExcept(body: Item[], cls: string, handler: Item[], id = 'x'): Item[] {
  return [
    ['SETUP_EXCEPT', `h${id}`], ...body, 'POP_BLOCK', ['JUMP_FORWARD', `end${id}`],
    { label: `h${id}` }, 'DUP_TOP', N(cls), ['COMPARE_OP', 'exception match'], ['POP_JUMP_IF_FALSE', `next${id}`],
    S('e'), ['SETUP_FINALLY', `cl${id}`], ...handler, 'POP_BLOCK', C(null),
    { label: `cl${id}` }, C(null), S('e'), ['DELETE_NAME', 'e'], 'END_FINALLY', 'POP_EXCEPT', ['JUMP_FORWARD', `end${id}`],
    { label: `next${id}` }, 'END_FINALLY', { label: `end${id}` },
  ];
}

describe('try/except/finally', () => {
  it('catches by class and binds the exception', () => {
    expect(outLines([
      ...tryExcept([C(1), C(0), 'BINARY_TRUE_DIVIDE', 'POP_TOP'], 'ZeroDivisionError', print(N('repr'), N('e'), call(1)), 'a'),
      ...tryExcept([N('undefined_name'), 'POP_TOP'], 'Exception', print(N('e')), 'b'),
      ...tryExcept([C('k'), C(1), ['BUILD_MAP', 1], C('z'), 'BINARY_SUBSCR', 'POP_TOP'], 'LookupError', print(N('repr'), N('e'), call(1)), 'c'),
      ...print(C('after')),
    ])).toEqual(["ZeroDivisionError('division by zero')", "name 'undefined_name' is not defined", "KeyError('z')", 'after']);
  });

  it('an unmatched exception propagates past the handler', () => {
    expect(errorOf(tryExcept([N('nope')], 'ZeroDivisionError', print(C('no'))))).toBe("NameError: name 'nope' is not defined");
  });

  it('raise, raise Class, assert with and without message', () => {
    expect(errorOf([N('ValueError'), C('bad'), call(1), ['RAISE_VARARGS', 1]])).toBe('ValueError: bad');
    expect(errorOf([N('ValueError'), ['RAISE_VARARGS', 1]])).toBe('ValueError');
    expect(errorOf([C(1), ['RAISE_VARARGS', 1]])).toBe('TypeError: exceptions must derive from BaseException');
    const assertItems = (msg: boolean): Item[] => [
      C(false), ['POP_JUMP_IF_TRUE', 'ok'], G('AssertionError'), ...(msg ? [C('boom'), call(1)] as Item[] : []), ['RAISE_VARARGS', 1], { label: 'ok' },
    ];
    expect(errorOf(assertItems(false))).toBe('AssertionError');
    expect(errorOf(assertItems(true))).toBe('AssertionError: boom');
    expect(errorOf([['RAISE_VARARGS', 0]])).toBe('RuntimeError: No active exception to reraise');
  });

  it('finally runs on return and the return value survives', () => {
    // def f():
    //     try: return 1
    //     finally: print('fin')
    const f = fn('f', [], [
      ['SETUP_FINALLY', 'fin'], C(1), 'RETURN_VALUE', 'POP_BLOCK', C(null), { label: 'fin' }, ...print(C('fin')), 'END_FINALLY', C(null), 'RETURN_VALUE',
    ]);
    expect(outLines([...def('f', f), ...print(N('f'), call(0))])).toEqual(['fin', '1']);
  });

  it('return inside finally overrides the exception', () => {
    const f = fn('f', [], [
      ['SETUP_FINALLY', 'fin'], C(1), C(0), 'BINARY_TRUE_DIVIDE', 'POP_TOP', 'POP_BLOCK', C(null), { label: 'fin' }, C('swallowed'), 'RETURN_VALUE', 'END_FINALLY', C(null), 'RETURN_VALUE',
    ]);
    expect(outLines([...def('f', f), ...print(N('f'), call(0))])).toEqual(['swallowed']);
  });

  it('exception handler state is restored (sys.exc_info) after the handler', () => {
    const items: Item[] = [
      C(0), C(null), ['IMPORT_NAME', 'sys'], S('sys'),
      ...tryExcept([N('KeyError'), ['RAISE_VARARGS', 1]], 'KeyError', print(N('sys'), ['LOAD_METHOD', 'exc_info'], ['CALL_METHOD', 0], C(0), 'BINARY_SUBSCR'), 'a'),
      ...print(N('sys'), ['LOAD_METHOD', 'exc_info'], ['CALL_METHOD', 0]),
    ];
    expect(outLines(items)).toEqual(["<class 'KeyError'>", '(None, None, None)']);
  });

  it('chained tracebacks: context and cause', () => {
    const src = 'try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError("x")\n';
    const mod = asm([
      { line: 1 }, ['SETUP_EXCEPT', 'h'], { line: 2 }, C(1), C(0), 'BINARY_TRUE_DIVIDE', 'POP_TOP', 'POP_BLOCK', ['JUMP_FORWARD', 'end'],
      { label: 'h' }, { line: 3 }, 'DUP_TOP', N('ZeroDivisionError'), ['COMPARE_OP', 'exception match'], ['POP_JUMP_IF_FALSE', 'n'], 'POP_TOP',
      { line: 4 }, N('ValueError'), C('x'), call(1), ['RAISE_VARARGS', 1], 'POP_EXCEPT', ['JUMP_FORWARD', 'end'],
      { label: 'n' }, 'END_FINALLY', { label: 'end' }, ...END,
    ]);
    expect(runCode(mod, { 'test.py': src }).err).toBe([
      'Traceback (most recent call last):',
      '  File "test.py", line 2, in <module>',
      '    1/0',
      'ZeroDivisionError: division by zero',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "test.py", line 4, in <module>',
      '    raise ValueError("x")',
      'ValueError: x',
      '',
    ].join('\n'));
    const mod2 = asm([N('ValueError'), C('a'), call(1), N('KeyError'), C('b'), call(1), ['RAISE_VARARGS', 2], ...END]);
    const err2 = runCode(mod2).err;
    expect(err2).toContain('KeyError: \'b\'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "test.py", line 1, in <module>\nValueError: a\n');
  });

  it('bare raise re-raises without a new traceback entry', () => {
    const src = 'try:\n    x\nexcept NameError:\n    raise\n';
    const mod = asm([
      { line: 1 }, ['SETUP_EXCEPT', 'h'], { line: 2 }, N('x'), 'POP_TOP', 'POP_BLOCK', ['JUMP_FORWARD', 'end'],
      { label: 'h' }, { line: 3 }, 'POP_TOP', { line: 4 }, ['RAISE_VARARGS', 0], 'POP_EXCEPT', { label: 'end' }, ...END,
    ]);
    expect(runCode(mod, { 'test.py': src }).err).toBe('Traceback (most recent call last):\n  File "test.py", line 2, in <module>\n    x\nNameError: name \'x\' is not defined\n');
  });

  it('SystemExit sets the exit status', () => {
    const exit = (arg: Item[]): Item[] => [C(0), C(null), ['IMPORT_NAME', 'sys'], ['LOAD_METHOD', 'exit'], ...arg, ['CALL_METHOD', arg.length]];
    expect(runCode(asm([...exit([]), ...END])).status).toBe(0);
    expect(runCode(asm([...exit([C(3)]), ...END])).status).toBe(3);
    const r = runCode(asm([...print(C('out')), ...exit([C('bye')]), ...END]));
    expect([r.status, r.out, r.err]).toEqual([1, 'out\n', 'bye\n']);
    expect(errorOf([C(0), C(null), ['IMPORT_NAME', 'nosuchmod']])).toBe("ModuleNotFoundError: No module named 'nosuchmod'");
  });

  it('with statement: __exit__ sees the exception and may suppress it', () => {
    // class CM: __enter__ returns 'in'; __exit__ prints and returns True
    const enter = fn('__enter__', ['self'], [C('in'), 'RETURN_VALUE'], { qualname: 'CM.__enter__' });
    const exit = fn('__exit__', ['self', 't', 'v', 'tb'], [G('print'), C('exit'), L('t'), call(2), 'POP_TOP', C(true), 'RETURN_VALUE'], { qualname: 'CM.__exit__' });
    const body = asm([
      N('__name__'), S('__module__'), C('CM'), S('__qualname__'),
      ['LOAD_CONST', enter], C('CM.__enter__'), ['MAKE_FUNCTION', 0], S('__enter__'),
      ['LOAD_CONST', exit], C('CM.__exit__'), ['MAKE_FUNCTION', 0], S('__exit__'), ...END,
    ], { name: 'CM' });
    const items: Item[] = [
      'LOAD_BUILD_CLASS', ['LOAD_CONST', body], C('CM'), ['MAKE_FUNCTION', 0], C('CM'), call(2), S('CM'),
      N('CM'), call(0), ['SETUP_WITH', 'cleanup'], S('x'), ...print(N('x')), C(1), C(0), 'BINARY_TRUE_DIVIDE', 'POP_TOP', 'POP_BLOCK', C(null),
      { label: 'cleanup' }, 'WITH_CLEANUP_START', 'WITH_CLEANUP_FINISH', 'END_FINALLY', ...print(C('after')),
    ];
    expect(outLines(items)).toEqual(['in', "exit <class 'ZeroDivisionError'>", 'after']);
  });
});
