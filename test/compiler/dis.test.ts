// Golden disassembly (CPython 3.7's dis.dis layout) and Python reprs of constants.

import { describe, expect, it } from 'vitest';
import { BytesConst, CO, EllipsisConst, FloatConst, ImagConst, TupleConst, codeInfo, constRepr, dis, disLine, floatRepr, prettyFlags } from '../../bytecode';
import { code } from './helpers';

const GOLDEN = `  1           0 LOAD_CONST               0 ((1,))
              2 LOAD_CONST               1 (<code object f, file "test.py", line 1>)
              4 LOAD_CONST               2 ('f')
              6 MAKE_FUNCTION            1
              8 STORE_NAME               0 (f)

  6          10 LOAD_NAME                1 (print)
             12 LOAD_NAME                0 (f)
             14 LOAD_CONST               3 (3)
             16 CALL_FUNCTION            1
             18 CALL_FUNCTION            1
             20 POP_TOP
             22 LOAD_CONST               4 (None)
             24 RETURN_VALUE

Disassembly of <code object f, file "test.py", line 1>:
  2           0 LOAD_FAST                0 (a)
              2 LOAD_FAST                1 (b)
              4 COMPARE_OP               0 (<)
              6 POP_JUMP_IF_FALSE       12

  3           8 LOAD_FAST                0 (a)
             10 RETURN_VALUE

  4     >>   12 LOAD_CONST               1 (<code object <listcomp>, file "test.py", line 4>)
             14 LOAD_CONST               2 ('f.<locals>.<listcomp>')
             16 MAKE_FUNCTION            0
             18 LOAD_GLOBAL              0 (range)
             20 LOAD_FAST                1 (b)
             22 CALL_FUNCTION            1
             24 GET_ITER
             26 CALL_FUNCTION            1
             28 RETURN_VALUE

Disassembly of <code object <listcomp>, file "test.py", line 4>:
  4           0 BUILD_LIST               0
              2 LOAD_FAST                0 (.0)
        >>    4 FOR_ITER                12 (to 18)
              6 STORE_FAST               1 (x)
              8 LOAD_FAST                1 (x)
             10 LOAD_CONST               0 (2)
             12 BINARY_MULTIPLY
             14 LIST_APPEND              2
             16 JUMP_ABSOLUTE            4
        >>   18 RETURN_VALUE
`;

describe('dis', () => {
  it('matches the golden listing, nested code objects included', () => {
    const co = code('def f(a, b=1):\n    if a < b:\n        return a\n    return [x * 2 for x in range(b)]\n\nprint(f(3))\n');
    expect(dis(co, { header: false })).toBe(GOLDEN);
  });

  it('non-recursive mode and closures', () => {
    const co = code('def f():\n    x = 1\n    def g():\n        return x\n');
    expect(dis(co, { recursive: false, header: false })).not.toContain('Disassembly of');
    expect(dis(co)).toContain('LOAD_CLOSURE             0 (x)');
    expect(dis(co)).toContain('LOAD_DEREF               0 (x)');
  });

  it('shows EXTENDED_ARG rows and marks jump targets', () => {
    const body = Array.from({ length: 300 }, (_, i) => `x = ${i}`).join('\n');
    const text = dis(code(body));
    expect(text).toContain('EXTENDED_ARG             1');
    expect(text).toContain('LOAD_CONST             299 (299)');
  });

  it('a dis.code_info header per code object by default', () => {
    const co = code('def f(a, b=1, *c, d, **e):\n    x = 1\n    def g(): return x\n    return g\n');
    const f = co.co_consts[1] as never;
    expect(codeInfo(f)).toBe(`Name:              f
Filename:          test.py
Argument count:    2
Positional-only arguments: 0
Kw-only arguments: 1
Number of locals:  6
Stack size:        3
Flags:             OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS
Constants:
   0: None
   1: 1
   2: <code object g, file "test.py", line 3>
   3: 'f.<locals>.g'
Variable names:
   0: a
   1: b
   2: d
   3: c
   4: e
   5: g
Cell variables:
   0: x
`);
    const text = dis(co);
    expect(text.startsWith('Name:              <module>\n')).toBe(true);
    expect(text).toContain('Flags:             NOFREE\n');
    expect(text).toContain('\nDisassembly of <code object g, file "test.py", line 3>:\nName:              g\n');
    expect(prettyFlags(0)).toBe('0x0');
    expect(prettyFlags(CO.OPTIMIZED | CO.NOFREE | CO.OPTIMIZE_O1)).toBe('OPTIMIZED, NOFREE, OPTIMIZE_O1');
    expect(prettyFlags(0x80)).toBe('0x80');
  });

  it('disLine gives the exact dis line of one instruction', () => {
    const co = code('def f(a, b=1):\n    if a < b:\n        return a\n    return [x * 2 for x in range(b)]\n\nprint(f(3))\n');
    expect(disLine(co, 0)).toBe('  1           0 LOAD_CONST               0 ((1,))');
    expect(disLine(co, 10)).toBe('  6          10 LOAD_NAME                1 (print)');
    expect(disLine(co, 12)).toBe('             12 LOAD_NAME                0 (f)');
    const f = co.co_consts[1] as never;
    expect(disLine(f, 12)).toBe('  4     >>   12 LOAD_CONST               1 (<code object <listcomp>, file "test.py", line 4>)');
    expect(() => disLine(co, 1)).toThrow(RangeError);
  });

  it('try/except listing', () => {
    const text = dis(code('try:\n    f()\nexcept E:\n    pass\n'));
    expect(text).toContain('SETUP_EXCEPT            10 (to 12)');
    expect(text).toContain('COMPARE_OP              10 (exception match)');
  });
});

describe('constRepr', () => {
  it('floats like Python repr', () => {
    const table: [number, string][] = [
      [1, '1.0'], [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'], [123456789012345678, '1.2345678901234568e+17'],
      [1.5e-5, '1.5e-05'], [0.0001, '0.0001'], [0.00001, '1e-05'], [2.5, '2.5'], [-0, '-0.0'], [1e300, '1e+300'],
      [5e-324, '5e-324'], [Infinity, 'inf'], [NaN, 'nan'], [1 / 3, '0.3333333333333333'], [100, '100.0'], [1e22, '1e+22'],
      [12345.678, '12345.678'],
    ];
    for (const [v, r] of table) expect(floatRepr(v)).toBe(r);
  });

  it('strings with Python quoting and escapes', () => {
    const table: [string, string][] = [
      ['a', "'a'"], ["it's", `"it's"`], ['say "hi"', `'say "hi"'`], [`both ' "`, `'both \\' "'`],
      ['tab\tnl\n\\', "'tab\\tnl\\n\\\\'"], ['\x00\x7f\x80\xa0\xff', "'\\x00\\x7f\\x80\\xa0\xff'"], ['é', "'é'"],
      ['\u2028', "'\\u2028'"], ['\u{1F600}', "'\u{1F600}'"],
    ];
    for (const [v, r] of table) expect(constRepr(v)).toBe(r);
  });

  it('other constants', () => {
    expect(constRepr(new BytesConst(new Uint8Array([97, 39, 98, 0, 255, 10])))).toBe(`b"a'b\\x00\\xff\\n"`);
    expect(constRepr(new BytesConst(new Uint8Array([39, 34])))).toBe(`b'\\'"'`);
    expect(constRepr(new ImagConst(2))).toBe('2j');
    expect(constRepr(new ImagConst(1.5))).toBe('1.5j');
    expect(constRepr(new ImagConst(1e20))).toBe('1e+20j');
    expect(constRepr(new TupleConst([1]))).toBe('(1,)');
    expect(constRepr(new TupleConst([]))).toBe('()');
    expect(constRepr(new TupleConst([null, true, false, new FloatConst(2), 'x', EllipsisConst.instance]))).toBe("(None, True, False, 2.0, 'x', Ellipsis)");
    expect(constRepr(12345678901234567890n)).toBe('12345678901234567890');
    expect(constRepr(-3)).toBe('-3');
  });
});
