// The cache against real programs and real processes: every program test's code round-trips
// through marshal byte for byte, many processes cold-starting one module at once all succeed and
// leave one valid file, and importers racing an editor that keeps the size never run stale code.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpCode, loadCode, readHeader, readPayload, verifyCode } from '../../cache';
import { compile } from '../../compiler';
import { PySyntaxError } from '../../grammar';

const programs = join(__dirname, '..', 'programs');
const cli = join(__dirname, '..', '..', 'bin', 'tspy.js');
const VERSION = (require('../../package.json') as { version: string }).version;

function run(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('round trips over every program test', () => {
  it('dump(load(dump(c))) is byte-identical, and the loaded code verifies', () => {
    let checked = 0;
    for (const name of readdirSync(programs).filter((f) => f.endsWith('.py'))) {
      let code;
      try {
        code = compile(readFileSync(join(programs, name), 'utf8'), join(programs, name));
      } catch (e) {
        if (e instanceof PySyntaxError) continue; // the syntax-error programs have no code
        throw e;
      }
      const once = dumpCode(code);
      const back = loadCode(once);
      verifyCode(back);
      expect(Buffer.from(dumpCode(back)).equals(Buffer.from(once)), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe('processes racing', () => {
  it('many processes cold-starting the same module at once all run it and leave one valid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-race-'));
    writeFileSync(join(dir, 'shared.py'), 'def f(n):\n    return sum(range(n))\n' + 'x = 1\n'.repeat(2000));
    writeFileSync(join(dir, 'main.py'), 'import shared\nprint(shared.f(100))\n');
    const results = await Promise.all(Array.from({ length: 12 }, () => run(['run', 'main.py'], dir)));
    for (const r of results) expect(r).toEqual({ stdout: '4950\n', stderr: '', code: 0 });
    const files = readdirSync(join(dir, '__pycache__')).sort();
    expect(files).toEqual(['main.tspy-1.pyc', 'shared.tspy-1.pyc']);
    const pyc = readFileSync(join(dir, '__pycache__', 'shared.tspy-1.pyc'));
    readHeader(pyc);
    verifyCode(readPayload(pyc, VERSION));
  }, 60_000);

  it('importers racing an editor that keeps the size and mtime never run stale code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-edit-'));
    const version = (n: number) => `VALUE = 'v${String(n).padStart(4, '0')}'\n`;
    writeFileSync(join(dir, 'mod.py'), version(0));
    const { mtime } = statSync(join(dir, 'mod.py'));
    writeFileSync(join(dir, 'main.py'), 'import mod\nprint(mod.VALUE)\n');
    for (let round = 1; round <= 6; round++) {
      // Start importers, then rewrite the module with the same size while they run.
      const runs = Array.from({ length: 4 }, () => run(['run', 'main.py'], dir));
      writeFileSync(join(dir, 'mod.py'), version(round));
      utimesSync(join(dir, 'mod.py'), mtime, mtime);
      await Promise.all(runs);
      // Once the editor is done, every new run must print the current value, whatever the cache holds.
      const after = await run(['run', 'main.py'], dir);
      expect(after.stdout).toBe(`v${String(round).padStart(4, '0')}\n`);
    }
  }, 120_000);
});
