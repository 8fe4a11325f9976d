// Code object fields: counts, varnames order, cells, flags, stack size, line tables,
// EXTENDED_ARG layout and constant dedup.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, compileAst } from '../../compiler';
import { BytesConst, CO, CodeObject, EllipsisConst, FloatConst, ImagConst, TupleConst, lineStarts, decodeInstructions, computeStackDepth } from '../../bytecode';
import { parse, PySyntaxError } from '../../grammar';
import { code, find, instrs, ops } from './helpers';

describe('co_* fields', () => {
  it('module code', () => {
    const co = code('x = 1\n');
    expect(co.co_name).toBe('<module>');
    expect(co.co_qualname).toBe('<module>');
    expect(co.co_filename).toBe('test.py');
    expect(co.co_firstlineno).toBe(1);
    expect(co.co_flags).toBe(CO.NOFREE);
    expect(co.co_argcount).toBe(0);
    expect(co.co_nlocals).toBe(0);
    expect(co.co_varnames).toEqual([]);
    expect(co.co_names).toEqual(['x']);
    expect(Object.isFrozen(co)).toBe(true);
  });

  it('parameters come first in co_varnames, in CPython order', () => {
    const f = find(code('def f(a, b, /, c, d=1, *args, e, f=2, **kw):\n    z = 1\n'), 'f');
    expect(f.co_argcount).toBe(4);
    expect(f.co_posonlyargcount).toBe(2);
    expect(f.co_kwonlyargcount).toBe(2);
    expect(f.co_varnames).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'args', 'kw', 'z']);
    expect(f.co_nlocals).toBe(9);
    expect(f.co_flags).toBe(CO.OPTIMIZED | CO.NEWLOCALS | CO.VARARGS | CO.VARKEYWORDS | CO.NOFREE);
  });

  it('docstring is co_consts[0]; without one it is None', () => {
    expect(find(code('def f():\n    "hi"\n    return 2\n'), 'f').co_consts).toEqual(['hi', 2]);
    expect(find(code('def f():\n    return 2\n'), 'f').co_consts).toEqual([null, 2]);
  });

  it('cellvars, freevars, nested and generator flags', () => {
    const co = code('def f(a):\n    def g():\n        yield a\n    return g\n');
    const f = find(co, 'f');
    const g = find(co, 'g');
    expect(f.co_cellvars).toEqual(['a']);
    expect(f.co_freevars).toEqual([]);
    expect(f.co_flags & CO.NOFREE).toBe(0);
    expect(g.co_freevars).toEqual(['a']);
    expect(g.co_flags).toBe(CO.OPTIMIZED | CO.NEWLOCALS | CO.NESTED | CO.GENERATOR);
  });

  it('class body flags and qualnames', () => {
    const co = code('class C:\n    def m(self):\n        def inner(): pass\n        return inner\n');
    const body = find(co, 'C');
    expect(body.co_flags).toBe(CO.NOFREE);
    expect(find(co, 'm').co_qualname).toBe('C.m');
    expect(find(co, 'inner').co_qualname).toBe('C.m.<locals>.inner');
    expect(find(code('def f():\n    return [x for x in y]\n'), '<listcomp>').co_qualname).toBe('f.<locals>.<listcomp>');
    expect(find(code('def f():\n    global g\n    def g(): pass\n'), 'g').co_qualname).toBe('g');
    expect(find(code('f = lambda: 0'), '<lambda>').co_qualname).toBe('<lambda>');
  });

  it('firstlineno is the first decorator line', () => {
    expect(find(code('x = 1\n@d\n@e\ndef f():\n    pass\n'), 'f').co_firstlineno).toBe(2);
    expect(find(code('x = 1\n\ndef f():\n    pass\n'), 'f').co_firstlineno).toBe(3);
  });

  it('exact stack sizes', () => {
    expect(code('x = 1').co_stacksize).toBe(1);
    expect(code('x = a + b * c').co_stacksize).toBe(3);
    expect(code('f(a, b, c)').co_stacksize).toBe(4);
    expect(code('for i in x:\n    pass\n').co_stacksize).toBe(2);
    // handler entry: the exception plus DUP_TOP plus the class
    expect(code('try:\n    pass\nexcept E:\n    pass\n').co_stacksize).toBe(3);
    expect(code('x = a < b < c').co_stacksize).toBe(3);
    expect(find(code('x = [i for i in y]'), '<listcomp>').co_stacksize).toBe(3);
  });

  it('the stack size agrees with the shared flow analysis everywhere', () => {
    const walk = (co: CodeObject) => {
      expect(co.co_stacksize).toBe(computeStackDepth(co.co_code));
      for (const c of co.co_consts) if (c instanceof CodeObject) walk(c);
    };
    walk(code('def f(a, *b, **c):\n    with a as x, b:\n        try:\n            return [y for y in x if y]\n        finally:\n            del c\n'));
  });
});

describe('line table', () => {
  it('line starts match the source lines', () => {
    const co = code('x = 1\n\ny = 2\nif x:\n    z = (\n        3)\n');
    const starts = lineStarts(co.co_firstlineno, co.co_linetable);
    // the constant on line 6 loads before the store, which belongs to the statement (line 5)
    expect(starts.map(([, l]) => l)).toEqual([1, 3, 4, 6, 5]);
  });

  it('every instruction maps to its statement line inside functions', () => {
    const co = find(code('def f(a):\n    b = a\n\n\n    return b\n'), 'f');
    expect(co.co_firstlineno).toBe(1);
    expect(lineStarts(co.co_firstlineno, co.co_linetable)).toEqual([[0, 2], [4, 5]]);
  });

  it('the exit sequence of a with statement belongs to the with line', () => {
    const co = code('with a:\n    b = 1\n    c = 2\n');
    const starts = lineStarts(co.co_firstlineno, co.co_linetable);
    const popBlock = instrs(co).find((i) => i.opname === 'POP_BLOCK')!;
    expect(starts).toContainEqual([popBlock.offset, 1]);
  });

  it('handles large line jumps', () => {
    const co = code('x = 1\n' + '\n'.repeat(400) + 'y = 2\n');
    expect(lineStarts(1, co.co_linetable).map(([, l]) => l)).toEqual([1, 402]);
  });
});

describe('layout', () => {
  it('EXTENDED_ARG for more than 256 constants', () => {
    const body = Array.from({ length: 300 }, (_, i) => `    x = ${i}`).join('\n');
    const f = find(code(`def f():\n${body}\n`), 'f');
    expect(f.co_consts.length).toBe(301);
    const raw = [...f.co_code];
    expect(raw.filter((b, i) => i % 2 === 0 && b === 144).length).toBeGreaterThan(0);
    const decoded = decodeInstructions(f.co_code);
    const consts = decoded.filter((i) => i.opname === 'LOAD_CONST').map((i) => f.co_consts[i.arg]);
    expect(consts[299]).toBe(299);
  });

  it('long jumps get EXTENDED_ARG and still land on their targets', () => {
    const body = Array.from({ length: 200 }, (_, i) => `    x = y${i}`).join('\n');
    const co = code(`while a:\n${body}\nz = 1\n`);
    const list = instrs(co);
    const starts = new Set(list.map((i) => i.start));
    for (const i of list) if (i.target !== undefined) expect(starts.has(i.target)).toBe(true);
    const setup = list[0];
    expect(setup.opname).toBe('SETUP_LOOP');
    expect(list.find((i) => i.start === setup.target)!.opname).toBe('LOAD_CONST');
    expect(co.co_code.length).toBeGreaterThan(512);
  });
});

describe('constants', () => {
  it('dedups by type and value', () => {
    const co = code('a = 1\nb = 1.0\nc = True\nd = 1\ne = 1.0\nf = -0.0\ng = 0.0\nh = "1"\ni = b"1"\nj = ...\nk = 2j\nl = None\n');
    expect(co.co_consts).toEqual([1, new FloatConst(1), true, new FloatConst(-0), new FloatConst(0), '1', new BytesConst(new Uint8Array([49])), EllipsisConst.instance, new ImagConst(2), null]);
  });

  it('ints: numbers when safe, bigints beyond', () => {
    const co = code('a = 9007199254740991\nb = 9007199254740992\nc = -9007199254740993\n');
    expect(co.co_consts.slice(0, 3)).toEqual([9007199254740991, 9007199254740992n, -9007199254740993n]);
  });

  it('tuples fold and dedup structurally; code objects by identity', () => {
    const co = code('a = (1, 2)\nb = (1, 2)\nc = (1, (2.0,))\ndef f(): pass\ndef g(): pass\n');
    expect(co.co_consts[0]).toEqual(new TupleConst([1, 2]));
    expect(co.co_consts.filter((c) => c instanceof TupleConst).length).toBe(2);
    expect(co.co_consts.filter((c) => c instanceof CodeObject).length).toBe(2);
  });
});

describe('programs', () => {
  it('every test program compiles (syntax_* ones raise SyntaxError)', () => {
    const dir = join(__dirname, '..', 'programs');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      if (f.startsWith('syntax_')) {
        expect(() => compile(src, f), f).toThrow(PySyntaxError);
      } else {
        expect(ops(compile(src, f)).at(-1), f).toBe('RETURN_VALUE');
      }
    }
  });
});

describe('feature programs (fixtures/e2e, whose output matches CPython 3.11 when run)', () => {
  const dir = join(__dirname, 'fixtures', 'e2e');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
    it(`${f} compiles to well-formed code objects`, () => {
      const walk = (co: CodeObject) => {
        expect(co.co_stacksize).toBe(computeStackDepth(co.co_code));
        const list = decodeInstructions(co.co_code);
        const starts = new Set(list.map((i) => i.start));
        for (const i of list) if (i.target !== undefined) expect(starts.has(i.target)).toBe(true);
        expect(list.at(-1)!.opname).toBe('RETURN_VALUE');
        for (const c of co.co_consts) if (c instanceof CodeObject) walk(c);
      };
      walk(compile(readFileSync(join(dir, f), 'utf8'), f));
    });
  }
});

describe('agreement with CPython 3.11 code objects', () => {
  it('fields of every code object in fixtures/scopes.py (recorded with python3)', () => {
    const dir = join(__dirname, 'fixtures');
    const expected = JSON.parse(readFileSync(join(dir, 'scopes.json'), 'utf8')) as Record<string, unknown>[];
    const rows: Record<string, unknown>[] = [];
    const walk = (co: CodeObject) => {
      rows.push({
        qualname: co.co_qualname, firstlineno: co.co_firstlineno, argcount: co.co_argcount,
        posonlyargcount: co.co_posonlyargcount, kwonlyargcount: co.co_kwonlyargcount, varnames: [...co.co_varnames],
        cellvars: [...co.co_cellvars].sort(), freevars: [...co.co_freevars], flags: co.co_flags & 0x3f,
      });
      for (const c of co.co_consts) if (c instanceof CodeObject) walk(c);
    };
    walk(compile(readFileSync(join(dir, 'scopes.py'), 'utf8'), 'scopes.py'));
    expect(rows).toEqual(expected);
  });
});

describe('throughput', () => {
  it('compiles a 20,000-line module in linear time (no quadratic blowups)', () => {
    const chunk = (i: number) =>
      `def f${i}(a, b=${i}, *c, **d):\n    x = [a + k for k in range(b)]\n    for y in x:\n        if y % 2:\n            continue\n        a += y\n    try:\n        return {'k': a, 'v': c}\n    except Exception as e:\n        raise ValueError(e) from None\n`;
    const src = Array.from({ length: 2000 }, (_, i) => chunk(i)).join('');
    const module = parse(src, 'big.py');
    const t0 = performance.now();
    const co = compileAst(module, 'big.py');
    const ms = performance.now() - t0;
    expect(co.co_consts.filter((c) => c instanceof CodeObject).length).toBe(2000);
    expect(ms).toBeLessThan(4000); // typically ~100 ms
  });
});
