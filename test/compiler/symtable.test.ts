// The symbol table on its own: scope kinds per name, as CPython's symtable module reports them.

import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar';
import { ErrorReporter } from '../../compiler/errors';
import { buildSymtable, mangle, type Scope } from '../../compiler/symtable';

function table(src: string): Scope {
  return buildSymtable(parse(src, 't.py'), new ErrorReporter('t.py', src)).top;
}

function child(s: Scope, name: string): Scope {
  const queue = [s];
  while (queue.length) {
    const x = queue.shift()!;
    if (x.name === name) return x;
    queue.push(...x.children);
  }
  throw new Error(`no scope ${name}`);
}

function scopes(s: Scope): Record<string, string> {
  return Object.fromEntries([...s.scopes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('symtable', () => {
  it('module names are local or implicit globals', () => {
    expect(scopes(table('x = y\n'))).toEqual({ x: 'local', y: 'globalImplicit' });
  });

  it('function locals, parameters, explicit and implicit globals', () => {
    const f = child(table('def f(a):\n    global g\n    b = a + c\n    g = b\n'), 'f');
    expect(scopes(f)).toEqual({ a: 'local', b: 'local', c: 'globalImplicit', g: 'globalExplicit' });
    expect(f.varnames).toEqual(['a']);
  });

  it('cells and frees through two levels', () => {
    const top = table('def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n');
    expect(child(top, 'f').scopes.get('x')).toBe('cell');
    expect(child(top, 'g').scopes.get('x')).toBe('free');
    expect(child(top, 'h').scopes.get('x')).toBe('free');
  });

  it('nonlocal makes the name free', () => {
    const top = table('def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n');
    expect(child(top, 'g').scopes.get('x')).toBe('free');
    expect(child(top, 'f').scopes.get('x')).toBe('cell');
  });

  it('class scopes are skipped by methods, and super() asks for __class__', () => {
    const top = table('class C:\n    x = 1\n    def m(self):\n        return x, super()\n');
    const c = child(top, 'C');
    const m = child(top, 'm');
    expect(m.scopes.get('x')).toBe('globalImplicit');
    expect(m.scopes.get('__class__')).toBe('free');
    expect(c.needsClassClosure).toBe(true);
  });

  it('a class name used by a method and bound in an enclosing function passes through the class', () => {
    const top = table('def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n');
    expect(child(top, 'f').scopes.get('x')).toBe('cell');
    expect(child(top, 'C').scopes.get('x')).toBe('local');
    expect(child(top, 'm').scopes.get('x')).toBe('free');
  });

  it('comprehension targets are local; the first iterable belongs to the enclosing scope', () => {
    const top = table('def f(y):\n    return [x for x in y]\n');
    const comp = child(top, 'listcomp');
    expect(scopes(comp)).toEqual({ '.0': 'local', x: 'local' });
    expect(child(top, 'f').scopes.get('y')).toBe('local');
  });

  it('walrus in a comprehension binds in the enclosing function (or module)', () => {
    const top = table('def f(y):\n    [(z := x) for x in y]\n    return z\n');
    expect(child(top, 'f').scopes.get('z')).toBe('cell');
    expect(child(top, 'listcomp').scopes.get('z')).toBe('free');
    const mod = table('[(z := x) for x in y]\n');
    expect(mod.scopes.get('z')).toBe('globalExplicit');
    expect(child(mod, 'listcomp').scopes.get('z')).toBe('globalExplicit');
  });

  it('generators and nesting', () => {
    const top = table('def f():\n    def g():\n        yield\n    return g\nh = (i for i in [])\n');
    expect(child(top, 'g').isGenerator).toBe(true);
    expect(child(top, 'g').nested).toBe(true);
    expect(child(top, 'f').nested).toBe(false);
    expect(child(top, 'genexpr').isGenerator).toBe(true);
  });

  it('mangles private names like CPython', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('_C', '__x')).toBe('_C__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('___', '__x')).toBe('__x');
    expect(mangle(null, '__x')).toBe('__x');
    expect(mangle('C', '__a.b')).toBe('__a.b');
  });
});
