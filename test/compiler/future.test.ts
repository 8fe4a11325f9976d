// `from __future__ import annotations`: annotations become strings, unparsed as CPython 3.11's
// ast_unparse.c does (table recorded with python3), and future-import errors.

import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler';
import { PySyntaxError } from '../../grammar';
import { code, described, find } from './helpers';

// [annotation source, the string CPython stores]
const UNPARSE: [string, string][] = [
  ["int", "int"],
  ["List[int]", "List[int]"],
  ["Tuple[int, ...]", "Tuple[int, ...]"],
  ["Dict[str, 'Later']", "Dict[str, 'Later']"],
  ["Optional[ List[ int ] ]", "Optional[List[int]]"],
  ["a.b.c", "a.b.c"],
  ["1 .real", "1 .real"],
  ["(1 + 2) * 3", "(1 + 2) * 3"],
  ["1 + 2 * 3", "1 + 2 * 3"],
  ["2 ** 3 ** 4", "2 ** 3 ** 4"],
  ["(2 ** 3) ** 4", "(2 ** 3) ** 4"],
  ["-x ** 2", "-x ** 2"],
  ["(-x) ** 2", "(-x) ** 2"],
  ["not a and b or c", "not a and b or c"],
  ["(a or b) and c", "(a or b) and c"],
  ["a if b else c", "a if b else c"],
  ["(a if b else c) if d else e", "(a if b else c) if d else e"],
  ["lambda x, y=1, *a, k, **kw: x", "lambda x, y=1, *a, k, **kw: x"],
  ["lambda: 0", "lambda: 0"],
  ["lambda *a: 0", "lambda*a: 0"],
  ["[1, 2.5, 'x', b'y', None, True, ...]", "[1, 2.5, 'x', b'y', None, True, ...]"],
  ["{1: 2, **d}", "{1: 2, **d}"],
  ["{1, 2}", "{1, 2}"],
  ["(1,)", "(1,)"],
  ["()", "()"],
  ["(a, b)", "(a, b)"],
  ["x[1:2, ::3]", "x[1:2, ::3]"],
  ["x[a:b:c]", "x[a:b:c]"],
  ["f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"],
  ["f(x for x in y)", "f(x for x in y)"],
  ["[x for x in y if x for z in x]", "[x for x in y if x for z in x]"],
  ["{k: v for k, v in d}", "{k: v for k, v in d}"],
  ["{x for x in y}", "{x for x in y}"],
  ["a < b <= c != d is not e not in f", "a < b <= c != d is not e not in f"],
  ["a | b ^ c & d << e + f * g // h % i @ j", "a | b ^ c & d << e + f * g // h % i @ j"],
  ["~a + +b - -c", "~a + +b - -c"],
  ["f'{x!r:>{w}} {{lit}}'", "f'{x!r:>{w}} {{lit}}'"],
  ["1e400", "1e309"],
  ["1j", "1j"],
  ["x[()]", "x[()]"],
  ["x[(1, 2)]", "x[1, 2]"],
  ["'it\\'s'", "\"it's\""],
  ["\"q\\\"uote\"", "'q\"uote'"],
];

function errorOf(src: string): PySyntaxError {
  try {
    compile(src, 'test.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('from __future__ import annotations', () => {
  for (const [src, text] of UNPARSE) {
    it(`x: ${src}`, () => {
      const co = code(`from __future__ import annotations\nx: ${src}\n`);
      expect(co.co_consts).toContain(text);
    });
  }

  it('function annotations are constants; the import itself still runs', () => {
    const co = code('"""doc"""\nfrom __future__ import annotations\ndef f(a: Later) -> Later: pass\n');
    expect(described(co).slice(0, 7)).toEqual(['LOAD_CONST', 'STORE_NAME __doc__', 'LOAD_CONST', 'LOAD_CONST', 'IMPORT_NAME __future__', 'IMPORT_FROM annotations', 'STORE_NAME annotations']);
    expect(co.co_names).not.toContain('Later');
    expect(find(co, 'f').co_names).toEqual([]);
  });

  it('complex targets produce no annotation code', () => {
    const list = described(code('from __future__ import annotations\na.b: int = 1\n'));
    expect(list[0]).toBe('SETUP_ANNOTATIONS');
    expect(list.slice(7)).toEqual(['LOAD_CONST', 'LOAD_NAME a', 'STORE_ATTR b', 'LOAD_CONST', 'RETURN_VALUE']);
  });

  it('errors', () => {
    let e = errorOf('x = 1\nfrom __future__ import annotations\n');
    expect([e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(['from __future__ imports must occur at the beginning of the file', 2, 1, 2, 35]);
    e = errorOf('def f():\n    from __future__ import annotations\n');
    expect([e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(['from __future__ imports must occur at the beginning of the file', 2, 5, 2, 39]);
    e = errorOf('from __future__ import nope\n');
    expect([e.msg, e.lineno, e.offset]).toEqual(['future feature nope is not defined', 1, 1]);
    e = errorOf('from __future__ import braces\n');
    expect([e.msg, e.lineno, e.offset]).toEqual(['not a chance', 1, 1]);
    expect(() => compile('"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1\n', 'test.py')).not.toThrow();
  });
});
