import { describe, expect, it } from 'vitest';
import { BufferHost, runMain, type VM } from '../../vm/index';
import { asm, def, END, fn, print, runCode, T, type Item } from './asm';
import { C, G, L, N, S, call, errorOf, outLines, reprLines } from './helpers';

const imp = (name: string): Item[] => [C(0), C(null), ['IMPORT_NAME', name]];

describe('runMain and the host', () => {
  it('imports through the hook; execModule registers the module first (circular imports)', () => {
    const mod = asm([...imp('main_helper'), S('h'), C(42), S('x'), ...END], { filename: 'mymod.py' });
    const helper = asm([C('helper'), S('name'), ...END], { filename: 'main_helper.py' });
    const main = asm([...imp('mymod'), S('m'), ...print(N('m'), ['LOAD_ATTR', 'x']), ...print(N('m'), ['LOAD_ATTR', 'h'], ['LOAD_ATTR', 'name']), ...imp('mymod'), N('m'), ['COMPARE_OP', 'is'], S('same'), ...print(N('same')), ...END]);
    const host = new BufferHost();
    const loaded: string[] = [];
    const status = runMain(main, {
      argv: ['main.py'], host,
      importHook: (name: string, vm: VM) => {
        loaded.push(name);
        if (name === 'mymod') return vm.execModule(name, mod);
        if (name === 'main_helper') return vm.execModule(name, helper);
        return null;
      },
    });
    expect([status, host.out, host.err, loaded]).toEqual([0, '42\nhelper\nTrue\n', '', ['mymod', 'main_helper']]);
  });

  it('sys.argv, sys.stdout replaced by a Python object, stderr flushing order', () => {
    const w = fn('write', ['self', 's'], [G('log'), ['LOAD_METHOD', 'append'], L('s'), ['CALL_METHOD', 1], 'POP_TOP', C(null), 'RETURN_VALUE'], { qualname: 'W.write' });
    const body = asm([N('__name__'), S('__module__'), C('W'), S('__qualname__'), ['LOAD_CONST', w], C('W.write'), ['MAKE_FUNCTION', 0], S('write'), ...END], { name: 'W' });
    const items: Item[] = [
      ...imp('sys'), S('sys'), ['BUILD_LIST', 0], S('log'), ...print(N('sys'), ['LOAD_ATTR', 'argv']),
      'LOAD_BUILD_CLASS', ['LOAD_CONST', body], C('W'), ['MAKE_FUNCTION', 0], C('W'), call(2), S('W'),
      N('sys'), ['LOAD_ATTR', 'stdout'], S('saved'), N('W'), call(0), N('sys'), ['STORE_ATTR', 'stdout'],
      ...print(C('captured')), N('saved'), N('sys'), ['STORE_ATTR', 'stdout'], ...print(N('log')),
    ];
    expect(outLines(items)).toEqual(["['test.py']", "['captured', '\\n']"]);
    const order: string[] = [];
    const host = { stdout: (s: string) => order.push('out:' + s), stderr: (s: string) => order.push('err:' + s), readSource: () => null };
    runMain(asm([...print(C('a')), ...imp('sys'), ['LOAD_ATTR', 'stderr'], ['LOAD_METHOD', 'write'], C('b\n'), ['CALL_METHOD', 1], 'POP_TOP', ...print(C('c')), ...END]), { argv: [], host });
    expect(order).toEqual(['out:a\n', 'err:b\n', 'out:c\n']);
  });

  it('MemoryError, KeyboardInterrupt exit status, traceback without source', () => {
    expect(errorOf([C(0), ['BUILD_LIST', 1], C(10n ** 10n), 'BINARY_MULTIPLY'])).toBe('MemoryError');
    const r = runCode(asm([N('KeyboardInterrupt'), ['RAISE_VARARGS', 1], ...END]));
    expect([r.status, r.err]).toEqual([130, 'Traceback (most recent call last):\n  File "test.py", line 1, in <module>\nKeyboardInterrupt\n']);
  });

  it('native -> Python nesting past the JS stack becomes RecursionError', () => {
    // class R: def __repr__(self): return repr(self)   (each level nests a JS run of the loop)
    const rep = fn('__repr__', ['self'], [G('repr'), L('self'), call(1), 'RETURN_VALUE'], { qualname: 'R.__repr__' });
    const body = asm([N('__name__'), S('__module__'), C('R'), S('__qualname__'), ['LOAD_CONST', rep], C('R.__repr__'), ['MAKE_FUNCTION', 0], S('__repr__'), ...END], { name: 'R' });
    expect(errorOf(['LOAD_BUILD_CLASS', ['LOAD_CONST', body], C('R'), ['MAKE_FUNCTION', 0], C('R'), call(2), call(0), S('r'), N('repr'), N('r'), call(1)]))
      .toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('math and time modules', () => {
    expect(outLines([
      ...imp('math'), S('math'),
      ...reprLines([N('math'), ['LOAD_METHOD', 'sqrt'], C(16), ['CALL_METHOD', 1]], [N('math'), ['LOAD_METHOD', 'factorial'], C(25), ['CALL_METHOD', 1]],
        [N('math'), ['LOAD_METHOD', 'floor'], N('math'), ['LOAD_ATTR', 'pi'], ['CALL_METHOD', 1]], [N('math'), ['LOAD_METHOD', 'gcd'], C(12), C(18), ['CALL_METHOD', 2]]),
    ])).toEqual(['4.0', '15511210043330985984000000', '3', '6']);
    expect(errorOf([...imp('math'), ['LOAD_METHOD', 'sqrt'], C(-1), ['CALL_METHOD', 1]])).toBe('ValueError: math domain error');
  });

  it('sets iterate in CPython order for ints', () => {
    expect(outLines(reprLines([C(100), C(3), C(33), C(-1), C(5), ['BUILD_SET', 5]], [C(T()), 'POP_TOP', N('set'), N('range'), C(19), C(-1), C(-1), call(3), call(1)])))
      .toEqual(['{33, 3, 100, 5, -1}', '{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}']);
  });

  it('class instantiation runs __init__ in the same loop and checks its result', () => {
    const init = fn('__init__', ['self'], [C(5), 'RETURN_VALUE'], { qualname: 'A.__init__' });
    const body = asm([N('__name__'), S('__module__'), C('A'), S('__qualname__'), ['LOAD_CONST', init], C('A.__init__'), ['MAKE_FUNCTION', 0], S('__init__'), ...END], { name: 'A' });
    expect(errorOf(['LOAD_BUILD_CLASS', ['LOAD_CONST', body], C('A'), ['MAKE_FUNCTION', 0], C('A'), call(2), call(0)])).toBe("TypeError: __init__() should return None, not 'int'");
    void def;
  });
});

describe('tracing', () => {
  it('calls the tracer before every instruction; safeRepr never runs Python code', async () => {
    const { safeRepr } = await import('../../vm/index');
    const seen: string[] = [];
    const host = new BufferHost();
    const f = fn('f', [], [C(1), 'RETURN_VALUE']);
    const code = asm([{ line: 1 }, ...def('f', f), N('f'), call(0), 'POP_TOP', ...END]);
    runMain(code, { argv: [], host, tracer: (frame, offset, _op, _arg, depth) => seen.push(`${depth}:${frame.f_code.co_name}:${offset}:[${frame.stack.map(safeRepr).join(', ')}]`) });
    expect(seen).toContain("1:<module>:4:[<code object f>, 'f']");
    expect(seen).toContain('2:f:2:[1]');
    expect(safeRepr('a')).toBe("'a'");
  });
});

describe('native stdlib modules', () => {
  const from = (mod: string, name: string): Item[] => [C(0), C(T(name)), ['IMPORT_NAME', mod], ['IMPORT_FROM', name], S(name), 'POP_TOP'];
  it('_collections, itertools, functools', () => {
    expect(outLines([
      ...from('_collections', 'Counter'), ...from('_collections', 'deque'), ...from('_collections', 'namedtuple'),
      ...from('itertools', 'permutations'), ...from('functools', 'reduce'),
      ...reprLines(
        [N('Counter'), C('abracadabra'), call(1), ['LOAD_METHOD', 'most_common'], C(2), ['CALL_METHOD', 1]],
        [N('deque'), C(T(1, 2, 3)), C(2), call(2)],
        [N('namedtuple'), C('P'), C('x y'), call(2), C(1), C(2), call(2)],
        [N('len'), N('list'), N('permutations'), N('range'), C(4), call(1), call(1), call(1), call(1)],
        [N('reduce'), N('max'), C(T(3, 9, 2)), call(2)],
      ),
    ])).toEqual(["[('a', 5), ('b', 2)]", 'deque([2, 3], maxlen=2)', 'P(x=1, y=2)', '24', '9']);
  });
});
