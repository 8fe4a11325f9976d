// Program tests: each test/programs/NAME.py runs under tspy and must print what CPython 3.11
// printed (NAME.out: stdout, stderr's last line, exit code), as byterun's differential tests.

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLine, readExpected } from './expect';
import { runTspy } from './run';

const programs = join(__dirname, 'programs');

const names = readdirSync(programs).filter((f) => f.endsWith('.py')).sort();
// Cache files go to a private prefix: the first run is cold (compiles and writes), the second warm.
const prefix = mkdtempSync(join(tmpdir(), 'tspy-golden-'));

describe('program tests against CPython 3.11 output', () => {
  it('every program has a recorded expectation', () => {
    const missing = names.filter((n) => !existsSync(join(programs, n.replace(/\.py$/, '.out'))));
    expect(missing).toEqual([]);
  });

  describe.concurrent.each(names)('%s', (name) => {
    it('matches stdout, stderr last line and exit code, cold then warm', async () => {
      const want = readExpected(join(programs, name.replace(/\.py$/, '.out')));
      // NAME.stdin, when present, is the program's standard input (as scripts/expect.mjs gives it to CPython).
      const stdinFile = join(programs, name.replace(/\.py$/, '.stdin'));
      const input = existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : undefined;
      for (const run of ['cold', 'warm']) {
        const got = await runTspy(['run', name], programs, { TSPY_PYCACHEPREFIX: prefix }, input);
        expect(got.stdout, `${run} stdout`).toBe(want.stdout);
        expect(lastLine(got.stderr), `${run} stderr`).toBe(want.stderrLast);
        expect(got.code, `${run} exit code`).toBe(want.exit);
      }
    }, 60_000);
  });
});
