// tspy trace on a small program with a loop, a call and an exception handled by a try block.
// The expected traces are tspy's own output, reviewed by hand (CPython has no such tool); the
// fixture's folder is written as <dir> so the files do not depend on where the repo lives.

import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTspy } from './run';

const dir = join(__dirname, 'fixtures', 'trace');
const expected = (name: string) => readFileSync(join(dir, name), 'utf8');
const env = { TSPY_PYCACHEPREFIX: mkdtempSync(join(tmpdir(), 'tspy-trace-')) };

describe('tspy trace', () => {
  it('prints every instruction as dis does, with the stacks after it, and leaves stdout to the program', async () => {
    const r = await runTspy(['trace', 'loop_call_except.py'], dir, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[3, None]\n');
    expect(r.stderr.split(dir).join('<dir>')).toBe(expected('loop_call_except.trace'));
  });

  it('--lines prints one line per source line reached', async () => {
    const r = await runTspy(['trace', '--lines', 'loop_call_except.py'], dir, env);
    expect(r.stderr).toBe(expected('loop_call_except.lines'));
  });

  it('--function and --max-steps narrow the trace; -o writes it to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tspy-trace-')), 'trace.txt');
    const r = await runTspy(['trace', '--function', 'safe_div', '--max-steps', '5', '-o', out, 'loop_call_except.py'], dir, env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[3, None]\n');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 5).every((l) => l.startsWith('  safe_div '))).toBe(true);
    expect(lines[4]).toMatch(/RETURN_VALUE {2}-> return$/);
    expect(lines[5]).toBe('... trace stopped after 5 steps; the program runs on');
    expect(lines[6]).toBe('(5 instructions traced)');
  });
});
