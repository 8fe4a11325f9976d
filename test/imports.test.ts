// Imports from the command line: -m and -c, sys.argv and sys.path[0], one cache file per imported
// module (written cold, hit warm), circular imports, and what a leftover cache file must not do.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTspy } from './run';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'tspy-imports-')));
});

/** Write files under `dir`: { 'pkg/__init__.py': '...' }. */
function files(tree: Record<string, string>): void {
  for (const [name, text] of Object.entries(tree)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
}

const pyc = (...parts: string[]) => join(dir, ...parts.slice(0, -1), '__pycache__', `${parts[parts.length - 1]}.tspy-1.pyc`);

const PACKAGE = {
  'main.py': 'import pkg.sub.leaf\nfrom pkg import helper\nimport util\nprint(helper(), pkg.sub.leaf.LEAF, util.U)\n',
  'util.py': 'U = "util"\n',
  'pkg/__init__.py': 'from .mod import helper\n',
  'pkg/mod.py': 'def helper():\n    return "helper"\n',
  'pkg/sub/__init__.py': '',
  'pkg/sub/leaf.py': 'from ..mod import helper\nLEAF = "leaf:" + helper()\n',
};
const PACKAGE_PYCS = () => [pyc('main'), pyc('pkg', 'sub', 'leaf'), pyc('pkg', '__init__'), pyc('pkg', 'mod'), pyc('pkg', 'sub', '__init__'), pyc('util')].sort();

describe('tspy -m', () => {
  it('runs a module from the current folder as __main__, with its full path as sys.argv[0]', async () => {
    files({ 'tool.py': 'import sys\nprint(__name__, sys.argv, sys.path[0] == __file__.rsplit("/", 1)[0], __package__ == "")\n' });
    const r = await runTspy(['-m', 'tool', 'a', '-B'], dir);
    expect([r.stdout, r.stderr, r.code]).toEqual([`__main__ ['${join(dir, 'tool.py')}', 'a', '-B'] True True\n`, '', 0]);
  });

  it('puts the current folder (absolute) first on sys.path', async () => {
    files({ 'tool.py': 'import sys\nprint(sys.path[0])\n' });
    expect((await runTspy(['-m', 'tool'], dir)).stdout).toBe(`${dir}\n`);
  });

  it("runs a package's __main__.py and a dotted module after importing its package", async () => {
    files({
      'app/__init__.py': 'print("app init", __name__)\n',
      'app/__main__.py': 'import sys\nfrom . import cli\nprint(__name__, __package__, sys.argv[1:], cli.X)\n',
      'app/cli.py': 'import sys\nX = "cli"\nprint(__name__, __package__, sys.argv[0].endswith("cli.py"))\n',
    });
    const pkg = await runTspy(['-m', 'app', 'x'], dir);
    expect([pkg.stdout, pkg.code]).toEqual(["app init app\napp.cli app False\n__main__ app ['x'] cli\n", 0]);
    const mod = await runTspy(['-m', 'app.cli'], dir);
    expect([mod.stdout, mod.code]).toEqual(['app init app\n__main__ app True\n', 0]);
  });

  it('reports what runpy reports, with exit status 1', async () => {
    files({ 'lib/__init__.py': '', 'plain.py': 'X = 1\n' });
    const cases: [string, string][] = [
      ['nothere', 'tspy: No module named nothere\n'],
      ['lib', "tspy: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n"],
      ['nothere.sub', "tspy: Error while finding module specification for 'nothere.sub' (ModuleNotFoundError: No module named 'nothere')\n"],
      ['plain.sub', "tspy: Error while finding module specification for 'plain.sub' (ModuleNotFoundError: __path__ attribute not found on 'plain' while trying to find 'plain.sub')\n"],
      ['.rel', 'tspy: Relative module names not supported\n'],
    ];
    for (const [name, err] of cases) {
      const r = await runTspy(['-m', name], dir);
      expect([r.stdout, r.stderr, r.code], name).toEqual(['', err, 1]);
    }
  });

  it('honours -B and -v given before -m, for the main module and every import', async () => {
    files({ 'tool.py': 'import helper\nprint(helper.H)\n', 'helper.py': 'H = 1\n' });
    const r = await runTspy(['-B', '-v', '-m', 'tool'], dir);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe(`# cache miss (missing) ${pyc('tool')}\n# cache miss (missing) ${pyc('helper')}\n`);
    expect(existsSync(join(dir, '__pycache__'))).toBe(false);
  });
});

describe('tspy -c', () => {
  it("runs a string: sys.argv[0] == '-c', sys.path[0] == '', no __file__, nothing cached", async () => {
    files({ 'near.py': 'N = "near"\n' });
    const r = await runTspy(['-c', 'import sys, near\nprint(sys.argv, repr(sys.path[0]), near.N, "__file__" in globals(), __name__)', 'a', 'b'], dir);
    expect([r.stdout, r.stderr, r.code]).toEqual(["['-c', 'a', 'b'] '' near False __main__\n", '', 0]);
    expect(readdirSync(join(dir, '__pycache__'))).toEqual(['near.tspy-1.pyc']);
  });

  it('shows <string> in tracebacks and syntax errors', async () => {
    const r = await runTspy(['-c', 'x = 1\n1/0'], dir);
    expect([r.stderr, r.code]).toEqual(['Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nZeroDivisionError: division by zero\n', 1]);
    const s = await runTspy(['-c', 'x = = 1'], dir);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^ {2}File "<string>", line 1\n[\s\S]*SyntaxError: invalid syntax\n$/);
  });

  it('needs an argument', async () => {
    const r = await runTspy(['-c'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tspy: Argument expected for the -c option\n/);
  });
});

describe('imports from a script', () => {
  it("sys.path[0] is the script's folder, absolute, wherever tspy runs", async () => {
    files({ 'sub/s.py': 'import sys, sibling\nprint(sys.path[0], sibling.S)\n', 'sub/sibling.py': 'S = "sibling"\n' });
    const r = await runTspy(['sub/s.py'], dir);
    expect([r.stdout, r.code]).toEqual([`${join(dir, 'sub')} sibling\n`, 0]);
  });

  it('caches every imported module: cold misses and writes each, warm hits each', async () => {
    files(PACKAGE);
    const cold = await runTspy(['-v', 'main.py'], dir);
    expect([cold.stdout, cold.code]).toEqual(['helper leaf:helper util\n', 0]);
    const wrote = cold.stderr.split('\n').filter((l) => l.startsWith('# cache wrote ')).map((l) => l.slice('# cache wrote '.length));
    expect(wrote.sort()).toEqual(PACKAGE_PYCS());
    expect(cold.stderr).not.toContain('cache hit');
    for (const f of PACKAGE_PYCS()) expect(existsSync(f), f).toBe(true);
    const warm = await runTspy(['-v', 'main.py'], dir);
    expect(warm.stdout).toBe(cold.stdout);
    const hits = warm.stderr.trim().split('\n');
    expect(hits.every((l) => l.startsWith('# cache hit '))).toBe(true);
    expect(hits.map((l) => l.slice('# cache hit '.length)).sort()).toEqual(PACKAGE_PYCS());
  });

  it('-B writes no cache file for imported modules; -O and --cache-prefix apply to them too', async () => {
    files(PACKAGE);
    const b = await runTspy(['-B', 'main.py'], dir);
    expect(b.stdout).toBe('helper leaf:helper util\n');
    expect(existsSync(join(dir, '__pycache__')) || existsSync(join(dir, 'pkg', '__pycache__'))).toBe(false);
    const o = await runTspy(['-O', '-v', 'main.py'], dir);
    expect(o.stderr).toContain(`# cache wrote ${join(dir, 'pkg', 'sub', '__pycache__', 'leaf.tspy-1.opt-1.pyc')}\n`);
    const prefix = join(dir, 'prefix');
    const p = await runTspy(['--cache-prefix', prefix, '-v', 'main.py'], dir);
    expect(p.stdout).toBe('helper leaf:helper util\n');
    expect(p.stderr).toContain(`# cache wrote ${join(prefix, dir, 'pkg', 'mod.tspy-1.pyc')}\n`);
  });

  it('a cache file whose source was deleted is not imported in its place', async () => {
    files({ 'main.py': 'import gone\nprint(gone.G)\n', 'gone.py': 'G = "here"\n' });
    expect((await runTspy(['main.py'], dir)).stdout).toBe('here\n');
    expect(existsSync(pyc('gone'))).toBe(true);
    rmSync(join(dir, 'gone.py'));
    const r = await runTspy(['main.py'], dir);
    expect([r.stdout, r.stderr.trim().split('\n').at(-1), r.code]).toEqual(['', "ModuleNotFoundError: No module named 'gone'", 1]);
  });

  it('a stale cache is recompiled when the module changes', async () => {
    files({ 'main.py': 'import m\nprint(m.V)\n', 'm.py': 'V = 1\n' });
    expect((await runTspy(['main.py'], dir)).stdout).toBe('1\n');
    writeFileSync(join(dir, 'm.py'), 'V = 22\n');
    const r = await runTspy(['-v', 'main.py'], dir);
    expect(r.stdout).toBe('22\n');
    expect(r.stderr).toContain(`# cache miss (stale) ${pyc('m')}\n# cache wrote ${pyc('m')}\n`);
  });

  it('circular imports: a module is in sys.modules before it runs; from-import of a missing name says so', async () => {
    files({
      'main.py': 'import a\nprint(a.A, a.b.B, a.b.a is a)\n',
      'a.py': 'import b\nA = "a"\n',
      'b.py': 'import a\nB = "b"\nprint("b sees a.A:", hasattr(a, "A"))\n',
      'x.py': 'from y import Y\nX = 1\n',
      'y.py': 'from x import X\nY = 1\n',
      'cyc.py': 'import x\n',
    });
    const ok = await runTspy(['main.py'], dir);
    expect([ok.stdout, ok.code]).toEqual(['b sees a.A: False\na b True\n', 0]);
    const bad = await runTspy(['cyc.py'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n').at(-1)).toBe(
      `ImportError: cannot import name 'X' from partially initialized module 'x' (most likely due to a circular import) (${join(dir, 'x.py')})`);
    const tb = bad.stderr.match(/File "[^"]+", line \d+/g);
    expect(tb).toEqual([`File "${join(dir, 'cyc.py')}", line 1`, `File "${join(dir, 'x.py')}", line 1`, `File "${join(dir, 'y.py')}", line 1`]);
  });

  it('a syntax error in an imported module raises SyntaxError and writes no cache file', async () => {
    files({ 'main.py': 'try:\n    import bad\nexcept SyntaxError as e:\n    print("caught", e.lineno)\nimport bad\n', 'bad.py': 'x = (\n' });
    const r = await runTspy(['main.py'], dir);
    expect(r.stdout).toBe('caught 1\n');
    expect([r.stderr.trim().split('\n').at(-1), r.code]).toEqual(["SyntaxError: '(' was never closed", 1]);
    expect(existsSync(pyc('bad'))).toBe(false);
  });

  it('cannot import name: the message names the module and its file', async () => {
    files({ 'main.py': 'from m import nope\n', 'm.py': 'X = 1\n' });
    const r = await runTspy(['main.py'], dir);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`ImportError: cannot import name 'nope' from 'm' (${join(dir, 'm.py')})`);
  });
});
