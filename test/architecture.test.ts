// The import graph of STYLE.md §2, checked by scanning import lines: grammar imports nothing from
// tspy; compiler imports grammar and bytecode; vm and cache import only bytecode; across folders
// only a folder's index.ts is imported. And a warm run really loads no parser or compiler.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const FOLDERS = ['grammar', 'bytecode', 'compiler', 'vm', 'cache', 'bin', 'bench'] as const;
const ALLOWED: Record<string, readonly string[]> = {
  grammar: [],
  bytecode: [],
  compiler: ['grammar', 'bytecode'],
  vm: ['bytecode'],
  cache: ['bytecode'],
  bin: ['grammar', 'bytecode', 'compiler', 'vm', 'cache'],
  bench: ['grammar', 'bytecode', 'compiler', 'vm', 'cache'],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** Every relative module a file imports or requires (type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => relative(root, resolve(dirname(file), s)));
}

describe('import graph', () => {
  for (const folder of FOLDERS) {
    it(`${folder}/ imports only ${ALLOWED[folder].join(', ') || 'nothing from tspy'}, through index.ts`, () => {
      const problems: string[] = [];
      for (const file of tsFiles(join(root, folder))) {
        for (const target of importsOf(file)) {
          const [top, ...rest] = target.split('/');
          if (top === folder || target.endsWith('package.json')) continue;
          if (!ALLOWED[folder].includes(top)) problems.push(`${relative(root, file)} imports ${target}`);
          else if (rest.length && rest.join('/') !== 'index') {
            problems.push(`${relative(root, file)} imports ${target}, not ${top}/index.ts`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

// What a run loaded: Node's own module cache, plus every file read through fs.readFileSync, since
// bin/tspy.js reads the bundles (dist/bundle/*.js) itself and runs them through V8's code cache.
function recorder(dir: string): { preload: string; loaded: () => string[] } {
  const report = join(dir, 'loaded.json');
  const preload = join(dir, 'record.js');
  writeFileSync(preload, `const fs = require('fs'); const read = fs.readFileSync; const seen = new Set();
fs.readFileSync = function (p, ...rest) { if (typeof p === 'string') seen.add(p); return read.call(this, p, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify([...Object.keys(require.cache), ...seen])));
`);
  return { preload, loaded: () => JSON.parse(readFileSync(report, 'utf8')) as string[] };
}

/** Grammar or compiler code: tsc's modules, the compiler bundle, or the parser packages. */
const PARSER = /\/dist\/(grammar|compiler)\/|\/dist\/bundle\/compiler\.js$|node_modules\/(moo|nearley)\//;

describe('a warm run', () => {
  it('loads no grammar or compiler code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-warm-'));
    writeFileSync(join(dir, 'w.py'), 'print(sum(range(10)))\n');
    const { preload, loaded } = recorder(dir);
    const run = () => spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'tspy.js'), 'run', 'w.py'], { cwd: dir, encoding: 'utf8' });
    const cold = run();
    expect(cold.stdout).toBe('45\n');
    const coldLoaded = loaded();
    // The recorder sees the compiler when it is loaded, and the CLI comes from the bundle.
    expect(coldLoaded.filter((m) => PARSER.test(m))).toEqual([join(root, 'dist', 'bundle', 'compiler.js')]);
    expect(coldLoaded).toContain(join(root, 'dist', 'bundle', 'cli.js'));
    expect(coldLoaded.filter((m) => m.includes('/dist/') && !m.includes('/dist/bundle/'))).toEqual([]);
    const warm = run();
    expect(warm.stdout).toBe('45\n');
    expect(loaded().filter((m) => PARSER.test(m))).toEqual([]);
    // Nor the built-in modules a program must import (collections, re, json...): see bin/tspy.js.
    expect(loaded()).not.toContain(join(root, 'dist', 'bundle', 'stdlib.js'));
  });

  it('writes a program\'s output without making process.stdout or process.stderr', () => {
    // Creating them (a net.Socket for a pipe, a tty.WriteStream for a terminal) loads Node's net
    // or tty modules and cost 3-4 ms of every run; bin/host.ts writes to fds 1 and 2 instead.
    const dir = mkdtempSync(join(tmpdir(), 'tspy-warm-'));
    writeFileSync(join(dir, 'w.py'), 'import sys\nprint(sum(range(10)))\nprint("to stderr", file=sys.stderr)\n');
    const report = join(dir, 'natives.json');
    const preload = join(dir, 'natives.js');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(process.moduleLoadList)));\n`);
    const run = () => spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'tspy.js'), 'run', 'w.py'], { cwd: dir, encoding: 'utf8' });
    run();
    const warm = run();
    expect([warm.stdout, warm.stderr, warm.status]).toEqual(['45\n', 'to stderr\n', 0]);
    const natives = JSON.parse(readFileSync(report, 'utf8')) as string[];
    expect(natives.length).toBeGreaterThan(0);
    expect(natives.filter((m) => /^NativeModule (net|tty)$/.test(m))).toEqual([]);
  });

  it('of a script importing a package loads no grammar or compiler code either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-warm-'));
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(join(dir, 'pkg', '__init__.py'), 'from .mod import f\n');
    writeFileSync(join(dir, 'pkg', 'mod.py'), 'def f():\n    return 45\n');
    writeFileSync(join(dir, 'w.py'), 'import pkg\nfrom pkg.mod import f\nprint(pkg.f(), f())\n');
    const { preload, loaded } = recorder(dir);
    const run = () => spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'tspy.js'), 'run', 'w.py'], { cwd: dir, encoding: 'utf8' });
    expect(run().stdout).toBe('45 45\n');
    expect(existsSync(join(dir, 'pkg', '__pycache__'))).toBe(true);
    const warm = run();
    expect(warm.stdout).toBe('45 45\n');
    expect(loaded().filter((m) => PARSER.test(m))).toEqual([]);
  });

  it('runs from a bundle that holds no grammar or compiler module', () => {
    // scripts/bundle.mjs writes one `"ID": function (exports, require, ...` entry per module.
    const ids = (name: string) =>
      [...readFileSync(join(root, 'dist', 'bundle', `${name}.js`), 'latin1').matchAll(/^"([^"]+)": function \(exports, require, module/gm)].map((m) => m[1]);
    const cli = ids('cli');
    expect(cli).toContain('dist/vm/eval.js');
    expect(cli.filter((id) => PARSER.test(`/${id}`))).toEqual([]);
    expect(ids('compiler')).toEqual(expect.arrayContaining(['dist/compiler/index.js', 'dist/grammar/index.js', 'node_modules/moo/moo.js']));
  });

  it('of a script using the pure-Python standard library (dataclasses, enum, typing...) loads none either', () => {
    // dataclasses builds its methods as closures, never by exec() of generated source.
    const dir = mkdtempSync(join(tmpdir(), 'tspy-warm-'));
    writeFileSync(join(dir, 'w.py'), STDLIB_SCRIPT);
    const report = join(dir, 'modules.json');
    const preload = join(dir, 'record.js');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const run = () => spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'tspy.js'), 'run', 'w.py'], { cwd: dir, encoding: 'utf8' });
    const expected = "P(x=1, tags=['a']) Color.RED frozenset({'area'}) True bb\n";
    expect(run().stdout).toBe(expected);
    const warm = run();
    expect(warm.stdout).toBe(expected);
    const warmModules: string[] = JSON.parse(readFileSync(report, 'utf8'));
    expect(warmModules.filter((m) => /\/dist\/(grammar|compiler)\/|node_modules\/(moo|nearley)\//.test(m))).toEqual([]);
  });
});

const STDLIB_SCRIPT = `import collections, itertools, functools, re, dataclasses, enum, typing, abc, contextlib, copy, types
import collections.abc
from dataclasses import dataclass, field


@dataclass(order=True)
class P:
    x: int
    tags: typing.List[str] = field(default_factory=list)


class Color(enum.Enum):
    RED = enum.auto()


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...


@contextlib.contextmanager
def ctx():
    yield 1


with ctx() as one:
    p = copy.deepcopy(P(one, ['a']))
print(p, Color.RED, Shape.__abstractmethods__, isinstance({}, collections.abc.Mapping), re.sub('a', 'b', 'aa'))
`;
