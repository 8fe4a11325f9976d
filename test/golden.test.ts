// Program tests: each test/programs/NAME.py runs under tspy and must print what CPython 3.11
// printed (NAME.out: stdout, stderr's last line, exit code), as byterun's differential tests.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLine, readExpected } from './expect';

const root = join(__dirname, '..');
const programs = join(__dirname, 'programs');
const cli = join(root, 'bin', 'tspy.js');

export function runTspy(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

const names = readdirSync(programs).filter((f) => f.endsWith('.py')).sort();

describe('program tests against CPython 3.11 output', () => {
  it('every program has a recorded expectation', () => {
    const missing = names.filter((n) => !existsSync(join(programs, n.replace(/\.py$/, '.out'))));
    expect(missing).toEqual([]);
  });

  describe.concurrent.each(names)('%s', (name) => {
    it('matches stdout, stderr last line and exit code', async () => {
      const want = readExpected(join(programs, name.replace(/\.py$/, '.out')));
      const got = await runTspy(['run', name], programs);
      expect(got.stdout).toBe(want.stdout);
      expect(lastLine(got.stderr)).toBe(want.stderrLast);
      expect(got.code).toBe(want.exit);
    }, 60_000);
  });
});
