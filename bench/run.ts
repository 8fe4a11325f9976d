// `npm run bench`: tspy against CPython 3.11 on bench/programs/*.py, in one run, as ratios.
// tspy is timed in-process with the `benchmark` package (compile once, run the code object);
// CPython in-process by bench/cpython_timer.py the same way; both also as whole processes.

import Benchmark from 'benchmark';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '../compiler';
import { runMain, type Host } from '../vm';

const root = resolve(__dirname, '..', '..');
const progDir = join(root, 'bench', 'programs');
const cli = join(root, 'bin', 'tspy.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function findPython(): string | null {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function wallMs(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(times);
}

function tspyInProcess(file: string): { mean: number; rme: number; samples: number; stdout: string } {
  const code = compile(readFileSync(file, 'utf8'), file);
  let stdout = '';
  const capture: Host = { stdout: (s) => (stdout += s), stderr: () => {}, readSource: () => null };
  runMain(code, { argv: [file], host: capture });
  const quiet: Host = { stdout: () => {}, stderr: () => {}, readSource: () => null };
  const bench = new Benchmark(file, () => runMain(code, { argv: [file], host: quiet }), { minSamples: 5, maxTime: 3 });
  bench.run();
  return { mean: bench.stats.mean, rme: bench.stats.rme, samples: bench.stats.sample.length, stdout };
}

function main(): void {
  const python = findPython();
  const files = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();
  const rows: string[][] = [['program', 'tspy ms', '±%', 'CPython ms', 'ratio', 'tspy wall ms', 'CPython wall ms', 'wall ratio']];
  const ratios: number[] = [];
  for (const f of files) {
    const file = join(progDir, f);
    const t = tspyInProcess(file);
    const tspyWall = wallMs(process.execPath, [cli, 'run', file], 3);
    if (!python) {
      rows.push([f, (t.mean * 1e3).toFixed(1), t.rme.toFixed(1), 'n/a', 'n/a', tspyWall.toFixed(0), 'n/a', 'n/a']);
      continue;
    }
    const cp = spawnSync(python, [join(root, 'bench', 'cpython_timer.py'), file, '5'], { encoding: 'utf8' });
    if (cp.status !== 0) throw new Error(`CPython timer failed: ${cp.stderr}`);
    const cpMs = median((JSON.parse(cp.stdout) as { samples: number[] }).samples) * 1e3;
    const check = spawnSync(python, [file], { encoding: 'utf8' }).stdout;
    if (check !== t.stdout) throw new Error(`${f}: tspy printed ${JSON.stringify(t.stdout)}, CPython ${JSON.stringify(check)}`);
    const pyWall = wallMs(python, [file], 3);
    const ratio = (t.mean * 1e3) / cpMs;
    ratios.push(ratio);
    rows.push([f, (t.mean * 1e3).toFixed(1), t.rme.toFixed(1), cpMs.toFixed(1), ratio.toFixed(2), tspyWall.toFixed(0), pyWall.toFixed(0), (tspyWall / pyWall).toFixed(2)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (ratios.length) {
    const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
    console.log(`\ngeometric mean of tspy/CPython execution-time ratios: ${geo.toFixed(2)} (lower is better; 1.0 = as fast as CPython)`);
  } else {
    console.log('\npython3 not found: CPython columns skipped');
  }
}

main();
