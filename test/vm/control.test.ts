import { describe, expect, it } from 'vitest';
import { T, print, type Item } from './asm';
import { C, N, S, call, outLines } from './helpers';

describe('loops and the block stack', () => {
  it('for over range with break and else', () => {
    // for i in range(10):
    //     if i == 3: break
    //     print(i)
    // else: print('done')
    const items: Item[] = [
      ['SETUP_LOOP', 'end'], N('range'), C(10), call(1), 'GET_ITER',
      { label: 'top' }, ['FOR_ITER', 'exhausted'], S('i'),
      N('i'), C(3), ['COMPARE_OP', '=='], ['POP_JUMP_IF_FALSE', 'body'], 'BREAK_LOOP',
      { label: 'body' }, ...print(N('i')), ['JUMP_ABSOLUTE', 'top'],
      { label: 'exhausted' }, 'POP_BLOCK', ...print(C('done')),
      { label: 'end' }, ...print(C('after')),
    ];
    expect(outLines(items)).toEqual(['0', '1', '2', 'after']);
  });

  it('for-else runs when the loop is not broken; iterates list, tuple, str, dict', () => {
    const loop = (iterable: Item[]): Item[] => {
      const id = Math.random().toString(36).slice(2);
      return [
        ['SETUP_LOOP', 'e' + id], ...iterable, 'GET_ITER', { label: 't' + id }, ['FOR_ITER', 'x' + id], S('v'),
        ...print(N('v')), ['JUMP_ABSOLUTE', 't' + id], { label: 'x' + id }, 'POP_BLOCK', ...print(C('else')), { label: 'e' + id },
      ];
    };
    expect(outLines([
      ...loop([C(1), C(2), ['BUILD_LIST', 2]]),
      ...loop([C(T('a', 'b'))]),
      ...loop([C('xy')]),
      ...loop([C('k1'), C(1), C('k2'), C(2), ['BUILD_MAP', 2]]),
    ])).toEqual(['1', '2', 'else', 'a', 'b', 'else', 'x', 'y', 'else', 'k1', 'k2', 'else']);
  });

  it('while loop with counter', () => {
    // n = 0; while n < 5: n += 1; print(n)
    const items: Item[] = [
      C(0), S('n'), ['SETUP_LOOP', 'end'], { label: 'top' }, N('n'), C(5), ['COMPARE_OP', '<'], ['POP_JUMP_IF_FALSE', 'out'],
      N('n'), C(1), 'INPLACE_ADD', S('n'), ['JUMP_ABSOLUTE', 'top'], { label: 'out' }, 'POP_BLOCK', { label: 'end' },
      ...print(N('n')),
    ];
    expect(outLines(items)).toEqual(['5']);
  });

  it('continue inside try/finally runs the finally clause (CONTINUE_LOOP)', () => {
    // for i in range(3):
    //     try: continue
    //     finally: print('f', i)
    const items: Item[] = [
      ['SETUP_LOOP', 'end'], N('range'), C(3), call(1), 'GET_ITER', { label: 'top' }, ['FOR_ITER', 'done'], S('i'),
      ['SETUP_FINALLY', 'fin'], ['CONTINUE_LOOP', 'top'], 'POP_BLOCK', C(null),
      { label: 'fin' }, N('print'), C('f'), N('i'), call(2), 'POP_TOP', 'END_FINALLY', ['JUMP_ABSOLUTE', 'top'],
      { label: 'done' }, 'POP_BLOCK', { label: 'end' },
    ];
    expect(outLines(items)).toEqual(['f 0', 'f 1', 'f 2']);
  });

  it('break inside try/finally runs the finally clause', () => {
    const items: Item[] = [
      ['SETUP_LOOP', 'end'], N('range'), C(3), call(1), 'GET_ITER', { label: 'top' }, ['FOR_ITER', 'done'], S('i'),
      ['SETUP_FINALLY', 'fin'], 'BREAK_LOOP', 'POP_BLOCK', C(null),
      { label: 'fin' }, ...print(C('fin')), 'END_FINALLY', ['JUMP_ABSOLUTE', 'top'],
      { label: 'done' }, 'POP_BLOCK', { label: 'end' }, ...print(N('i')),
    ];
    expect(outLines(items)).toEqual(['fin', '0']);
  });

  it('and/or short circuit and conditional jumps', () => {
    const items: Item[] = [
      ...print(C(0), ['JUMP_IF_FALSE_OR_POP', 'a'], C(5), { label: 'a' }),
      ...print(C(''), ['JUMP_IF_TRUE_OR_POP', 'b'], C('x'), { label: 'b' }),
      ...print(C(3), ['JUMP_IF_TRUE_OR_POP', 'c'], C('y'), { label: 'c' }),
    ];
    expect(outLines(items)).toEqual(['0', 'x', '3']);
  });

  it('unpacking, star unpacking, subscripts and slices, del', () => {
    const items: Item[] = [
      C(T(1, 2, 3)), ['UNPACK_SEQUENCE', 3], S('a'), S('b'), S('c'), ...print(N('a'), N('b'), N('c'), 'BUILD_TUPLE' as never),
      N('range'), C(5), call(1), ['UNPACK_EX', 1 | (1 << 8)], S('x'), S('ys'), S('z'),
      N('print'), N('x'), N('ys'), N('z'), call(3), 'POP_TOP',
      C(0), C(1), C(2), C(3), C(4), ['BUILD_LIST', 5], S('l'),
      ...print(N('l'), C(1), C(-1), ['BUILD_SLICE', 2], 'BINARY_SUBSCR'),
      ...print(N('l'), C(null), C(null), C(-2), ['BUILD_SLICE', 3], 'BINARY_SUBSCR'),
      ...print(C('hello'), C(-1), 'BINARY_SUBSCR'),
      C(9), N('l'), C(0), 'STORE_SUBSCR', N('l'), C(1), 'DELETE_SUBSCR', ...print(N('l')),
      C(T(7, 8)), N('l'), C(0), C(2), ['BUILD_SLICE', 2], 'STORE_SUBSCR', ...print(N('l')),
      ['DELETE_NAME', 'l'], ...print(C('ok')),
    ];
    const fixed = items.map((i) => (i === ('BUILD_TUPLE' as never) ? (['BUILD_TUPLE', 3] as Item) : i));
    expect(outLines(fixed)).toEqual(['(1, 2, 3)', '0 [1, 2, 3] 4', '[1, 2, 3]', '[4, 2, 0]', 'o', '[9, 2, 3, 4]', '[7, 8, 3, 4]', 'ok']);
  });
});
