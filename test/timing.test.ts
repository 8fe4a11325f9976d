// `tspy run --timing` and `tspy bench`: the report's structure and invariants (cold runs miss, warm
// runs hit, phases add up to the wall time, the user's __pycache__ is untouched, --json carries raw
// samples, --chart writes an SVG). No timing value is asserted: the machine is shared and noisy.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runTspy } from './run';

// The built modules: the same code the command runs.
const { PHASES } = require('../dist/bin/timing.js') as typeof import('../bin/timing');
type TimingReport = import('../bin/timing').TimingReport;
type BenchResult = import('../bin/benchCommand').BenchResult;

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tspy-timing-'));
  out = mkdtempSync(join(tmpdir(), 'tspy-timing-out-'));
  writeFileSync(join(dir, 'helper.py'), 'def square(x):\n    return x * x\n');
  writeFileSync(join(dir, 'main.py'), 'import helper\ntotal = 0\nfor i in range(200):\n    total += helper.square(i)\nprint(total)\n');
});

const OUTPUT = '2646700\n';

/** Every phase is non-negative and the phases add up to the wall time (a rounding's tolerance). */
function expectAddsUp(r: TimingReport): void {
  for (const p of PHASES) expect(r.totals[p], p).toBeGreaterThanOrEqual(-0.05);
  const sum = PHASES.reduce((a, p) => a + r.totals[p], 0);
  expect(Math.abs(sum - r.wallMs)).toBeLessThan(0.01);
  expect(r.firstInstructionMs).toBeLessThanOrEqual(r.wallMs);
  // the modules' own phases are part of the totals
  const loading = r.modules.reduce((a, m) => a + Object.values(m.phases).reduce((b, v) => b + (v ?? 0), 0), 0);
  expect(loading).toBeLessThanOrEqual(r.wallMs);
}

describe('tspy run --timing', () => {
  it('prints a table on stderr: cold compiles every module, warm loads them; phases add up', async () => {
    const json = join(out, 't.json');
    const cold = await runTspy(['run', '--timing', 'main.py'], dir, { TSPY_TIMING_JSON: json });
    expect(cold.code).toBe(0);
    expect(cold.stdout).toBe(OUTPUT);
    expect(cold.stderr).toMatch(/^tspy --timing: [\d.]+ ms wall time from process start/);
    for (const p of PHASES) expect(cold.stderr).toContain(`  ${p} `);
    expect(cold.stderr).toMatch(/\n {2}main\.py +missing /);
    expect(cold.stderr).toMatch(/\n {2}helper\.py +missing /);
    expect(cold.stderr).toContain('process start to first instruction (runMain called):');
    const c = JSON.parse(readFileSync(json, 'utf8')) as TimingReport;
    expectAddsUp(c);
    expect(c.modules.map((m) => m.outcome)).toEqual(['missing', 'missing']);
    for (const m of c.modules) {
      // the compile call is split into its parts, for the imported module too
      expect(Object.keys(m.phases)).toEqual(expect.arrayContaining(['read source', 'cache lookup', 'lex', 'parse', 'compile', 'cache write']));
      expect(m.bytesWritten).toBeGreaterThan(0);
    }
    expect(c.totals['load compiler']).toBeGreaterThan(0);

    const warm = await runTspy(['run', '--timing', 'main.py'], dir, { TSPY_TIMING_JSON: json });
    expect(warm.stdout).toBe(OUTPUT);
    expect(warm.stderr).toMatch(/\n {2}main\.py +hit /);
    const w = JSON.parse(readFileSync(json, 'utf8')) as TimingReport;
    expectAddsUp(w);
    expect(w.modules.map((m) => m.outcome)).toEqual(['hit', 'hit']);
    for (const m of w.modules) {
      expect(m.phases.lex).toBeUndefined();
      expect(m.phases['cache load']).toBeGreaterThan(0);
      expect(m.codeObjects).toBeGreaterThanOrEqual(1);
      expect(m.bytesRead).toBeGreaterThan(0);
    }
    expect(w.totals.lex + w.totals.parse + w.totals.compile + w.totals['load compiler']).toBe(0);
    expect(w.maxRssKb).toBeGreaterThan(0);
  });

  it('prints nothing extra without --timing', async () => {
    const r = await runTspy(['run', 'main.py'], dir);
    expect(r.stdout).toBe(OUTPUT);
    expect(r.stderr).toBe('');
  });

  it('times -c, compiled outside the loader', async () => {
    const r = await runTspy(['run', '--timing', '-c', 'print(1 + 1)'], dir);
    expect(r.stdout).toBe('2\n');
    expect(r.stderr).toMatch(/\n {2}<string> +uncached /);
  });
});

describe('tspy bench', () => {
  it('runs cold and warm, checks the cache, leaves __pycache__ alone, writes --json and --chart', async () => {
    // The user's own cache, from an ordinary run: bench must neither read nor touch it.
    expect((await runTspy(['run', 'main.py'], dir)).code).toBe(0);
    const pycache = join(dir, '__pycache__');
    const before = readdirSync(pycache).map((f) => [f, statSync(join(pycache, f)).mtimeMs, readFileSync(join(pycache, f)).toString('hex')]);
    const json = join(out, 'bench.json');
    const svg = join(out, 'bench.svg');
    const r = await runTspy(['bench', 'main.py', '-n', '2', '--warmup', '0', '--max-time', '0.2', '--json', json, '--chart', svg], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(OUTPUT.trim()); // program output suppressed
    expect(r.stdout).toMatch(/^tspy bench main\.py: 2 cold and 2 warm runs/);
    expect(r.stdout).toMatch(/wall, median \[min-max\]/);
    expect(r.stdout).toMatch(/in process \(benchmark\.js\)/);
    expect(r.stdout).toContain('ok   every cold run missed the cache');
    expect(r.stdout).toContain('ok   every warm run hit the cache');
    expect(r.stdout).toContain('ok   nothing created or changed beside the script');
    expect(r.stderr).toMatch(/tspy bench: \d+\/\d+ cold 1\/2/); // plain progress lines when piped

    expect(readdirSync(dir).sort()).toEqual(['__pycache__', 'helper.py', 'main.py']);
    expect(readdirSync(pycache).map((f) => [f, statSync(join(pycache, f)).mtimeMs, readFileSync(join(pycache, f)).toString('hex')])).toEqual(before);

    const result = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
    expect(result.checks).toEqual({ coldAllMissed: true, warmAllHit: true, userCacheUntouched: true });
    for (const [side, outcome] of [[result.cold, 'missing'], [result.warm, 'hit']] as const) {
      expect(side.samples).toHaveLength(2);
      for (const s of side.samples) {
        expect(s.asExpected).toBe(true);
        expect(s.wallMs).toBeGreaterThan(0);
        expect(s.report.modules.map((m) => m.outcome)).toEqual([outcome, outcome]);
        expectAddsUp(s.report);
      }
      expect(side.inProcess!.samplesMs.length).toBe(side.inProcess!.runsSampled);
      expect(side.inProcess!.runsSampled).toBeGreaterThan(0);
    }
    const chart = readFileSync(svg, 'utf8');
    expect(chart).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(chart).toContain('>cold</text>');
    expect(chart).toContain('>warm</text>');
    expect(chart.trim().endsWith('</svg>')).toBe(true);
  });

  it('--show-output lets the program print; a script in a fresh folder gets no __pycache__', async () => {
    const fresh = join(out, 'fresh');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'p.py'), 'print("hi")\n');
    const r = await runTspy(['bench', 'p.py', '-n', '1', '--warmup', '0', '--max-time', '0', '--show-output'], fresh);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hi\n');
    expect(r.stdout).not.toContain('in process (benchmark.js)');
    expect(readdirSync(fresh)).toEqual(['p.py']);
  });

  it('usage errors exit 2', async () => {
    expect((await runTspy(['bench'], dir)).code).toBe(2);
    expect((await runTspy(['bench', 'main.py', '-n', '0'], dir)).code).toBe(2);
    expect((await runTspy(['bench', 'main.py', '--bogus'], dir)).code).toBe(2);
    const missing = await runTspy(['bench', 'nope.py'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("can't open file");
  });
});
