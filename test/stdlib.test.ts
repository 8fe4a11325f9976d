// The Python standard library in lib/: compiled at build time (scripts/compilelib.mjs), found on
// sys.path after the script's folder, and loaded from the shipped cache files without rewriting them.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const LIB = join(ROOT, 'lib');
const TSPY = join(ROOT, 'bin', 'tspy.js');

function libSources(dir = LIB): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '__pycache__') continue;
    if (e.isDirectory()) out.push(...libSources(join(dir, e.name)));
    else if (e.name.endsWith('.py')) out.push(join(dir, e.name));
  }
  return out;
}

function tspy(args: string[], env: Record<string, string> = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete e.TSPY_PYCACHEPREFIX;
  return spawnSync(process.execPath, [TSPY, ...args], { encoding: 'utf8', env: e });
}

describe('lib/', () => {
  it('ships a cache file for every module, plain and -O', () => {
    const missing: string[] = [];
    for (const src of libSources()) {
      const stem = src.slice(src.lastIndexOf('/') + 1, -3);
      const cacheDir = join(src, '..', '__pycache__');
      for (const name of [`${stem}.tspy-1.pyc`, `${stem}.tspy-1.opt-1.pyc`]) {
        try {
          statSync(join(cacheDir, name));
        } catch {
          missing.push(join(cacheDir, name));
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('is on sys.path after the script folder, and its shipped caches are hits, never rewritten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-lib-'));
    const script = join(dir, 'uses_bisect.py');
    writeFileSync(script, `import sys, bisect\nprint(sys.path == [${JSON.stringify(dir)}, ${JSON.stringify(LIB)}], bisect.bisect([1, 2, 3], 2))\n`);
    const pyc = join(LIB, '__pycache__', 'bisect.tspy-1.pyc');
    const before = statSync(pyc).mtimeMs;
    const r = tspy(['run', '-v', script]);
    expect(r.stdout).toBe('True 2\n');
    expect(r.stderr).toContain(`# cache hit ${pyc}`);
    expect(statSync(pyc).mtimeMs).toBe(before);
  });

  it('is shadowed by a module of the same name in the script folder, as in CPython', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-lib-'));
    writeFileSync(join(dir, 'bisect.py'), 'def bisect(a, x): return "mine"\n');
    writeFileSync(join(dir, 'main.py'), 'import bisect\nprint(bisect.bisect([], 0))\n');
    expect(tspy(['run', join(dir, 'main.py')]).stdout).toBe('mine\n');
  });
});
