// `npm run bench`: tspy against CPython 3.11, side by side in one run, as ratios (the machine is
// shared and noisy, so absolute times mean little). Sections:
//   execution  bench/programs/*.py: tspy in-process (benchmark.js: compile once, run the code
//              object), CPython in-process the same way (bench/cpython_timer.py), both also as
//              whole processes; each program's output must equal CPython's.
//   start-up   hello world cold and warm, against `node -e 0` and `python3 -c pass`.
//   compile    a generated 5,000-line module: lines/s in a fresh process and once the JIT is warm,
//              and the cache load (decode + verify) time for the same module.
// Options: --quick (fewer samples), --only NAME, --json OUT (default bench/results/latest.json),
//          --chart OUT.svg (a bar chart of the execution ratios).

import Benchmark from 'benchmark';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildPyc, readPayload, verifyCode } from '../cache';
import { compile } from '../compiler';
import { runMain, type Host } from '../vm';
import { renderChart } from './chart';
import { generateModule } from './generate';

const root = resolve(__dirname, '..', '..');
const progDir = join(root, 'bench', 'programs');
const cli = join(root, 'bin', 'tspy.js');
const VERSION = (require('../../package.json') as { version: string }).version;

interface Options {
  quick: boolean;
  only: string | null;
  json: string;
  chart: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, only: null, json: join(root, 'bench', 'results', 'latest.json'), chart: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--json') o.json = resolve(argv[++i]);
    else if (a === '--chart') o.chart = resolve(argv[++i]);
    else throw new Error(`bench: unknown option ${a}`);
  }
  return o;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs: number[]) => Math.exp(xs.reduce((a, r) => a + Math.log(r), 0) / xs.length);

function findPython(): string | null {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Median wall time in ms of `runs` whole-process runs; `prepare` runs before each (untimed). */
function wallMs(cmd: string, args: string[], runs: number, opts: { cwd?: string; env?: NodeJS.ProcessEnv; prepare?: () => void } = {}): { median: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    opts.prepare?.();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd, env: opts.env ?? process.env });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return { median: median(samples), samples };
}

const quietHost: Host = { stdout: () => {}, stderr: () => {}, readSource: () => null };

function bench(name: string, fn: () => void, quick: boolean): Benchmark {
  const b = new Benchmark(name, fn, { minSamples: quick ? 3 : 8, maxTime: quick ? 1 : 3, initCount: 1 });
  b.run();
  return b;
}

interface ProgramResult {
  program: string;
  tspyMs: number;
  tspyRme: number;
  tspySamples: number[];
  cpythonMs: number | null;
  cpythonSamples: number[];
  ratio: number | null;
  tspyWallMs: number;
  cpythonWallMs: number | null;
  wallRatio: number | null;
}

function runPrograms(python: string | null, o: Options): ProgramResult[] {
  const files = readdirSync(progDir).filter((f) => f.endsWith('.py') && (!o.only || f.startsWith(o.only))).sort();
  const results: ProgramResult[] = [];
  for (const f of files) {
    const file = join(progDir, f);
    const code = compile(readFileSync(file, 'utf8'), file);
    let stdout = '';
    runMain(code, { argv: [file], host: { stdout: (s) => (stdout += s), stderr: (s) => process.stderr.write(s), readSource: () => null } });
    const b = bench(f, () => runMain(code, { argv: [file], host: quietHost }), o.quick);
    const tspyWall = wallMs(process.execPath, [cli, 'run', '-B', file], o.quick ? 1 : 3).median;
    const r: ProgramResult = {
      program: f, tspyMs: b.stats.mean * 1e3, tspyRme: b.stats.rme, tspySamples: b.stats.sample.map((s) => s * 1e3),
      cpythonMs: null, cpythonSamples: [], ratio: null, tspyWallMs: tspyWall, cpythonWallMs: null, wallRatio: null,
    };
    if (python) {
      const expected = spawnSync(python, [file], { encoding: 'utf8' }).stdout;
      if (expected !== stdout) throw new Error(`${f}: tspy printed ${JSON.stringify(stdout)}, CPython ${JSON.stringify(expected)}`);
      const cp = spawnSync(python, [join(root, 'bench', 'cpython_timer.py'), file, o.quick ? '3' : '7'], { encoding: 'utf8' });
      if (cp.status !== 0) throw new Error(`CPython timer failed: ${cp.stderr}`);
      r.cpythonSamples = (JSON.parse(cp.stdout) as { samples: number[] }).samples.map((s) => s * 1e3);
      r.cpythonMs = median(r.cpythonSamples);
      r.ratio = r.tspyMs / r.cpythonMs;
      r.cpythonWallMs = wallMs(python, [file], o.quick ? 1 : 3).median;
      r.wallRatio = r.tspyWallMs / r.cpythonWallMs;
    }
    results.push(r);
    process.stderr.write(`  ${f}: ${r.ratio === null ? 'no CPython' : `${r.ratio.toFixed(2)}x`}\n`);
  }
  return results;
}

interface StartupResult {
  nodeMs: number;
  pythonMs: number | null;
  tspyColdMs: number;
  tspyWarmMs: number;
  warmMinusNodeMs: number;
}

function runStartup(python: string | null, o: Options): StartupResult {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  const hello = join(dir, 'hello.py');
  writeFileSync(hello, 'print("Hello, world!")\n');
  const runs = o.quick ? 5 : 15;
  const prefix = join(dir, 'cache');
  const env = { ...process.env, TSPY_PYCACHEPREFIX: prefix };
  const node = wallMs(process.execPath, ['-e', '0'], runs).median;
  const py = python ? wallMs(python, ['-c', 'pass'], runs).median : null;
  const cold = wallMs(process.execPath, [cli, 'run', hello], runs, { env, prepare: () => rmSync(prefix, { recursive: true, force: true }) }).median;
  spawnSync(process.execPath, [cli, 'run', hello], { env });
  const warm = wallMs(process.execPath, [cli, 'run', hello], runs, { env }).median;
  rmSync(dir, { recursive: true, force: true });
  return { nodeMs: node, pythonMs: py, tspyColdMs: cold, tspyWarmMs: warm, warmMinusNodeMs: warm - node };
}

interface CompileResult {
  lines: number;
  firstCompileLinesPerSec: number;
  warmCompileLinesPerSec: number;
  cacheLoadMs: number;
  compileOverLoad: number;
}

function runCompile(o: Options): CompileResult {
  const lines = 5000;
  const src = generateModule(lines);
  const dir = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  const file = join(dir, 'gen5000.py');
  writeFileSync(file, src);
  // A fresh process: the first compile pays for loading and warming up the parser and compiler.
  const script = `const t0=process.hrtime.bigint();require(${JSON.stringify(join(root, 'dist', 'compiler'))}).compile(require('fs').readFileSync(${JSON.stringify(file)},'utf8'),${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t0)/1e6)`;
  const firsts: number[] = [];
  for (let i = 0; i < (o.quick ? 2 : 5); i++) firsts.push(Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout));
  const firstMs = median(firsts);
  const warm = bench('compile 5000 lines', () => compile(src, file), o.quick);
  const pyc = buildPyc(compile(src, file), { mode: 'checked-hash', hash: [0, 0] }, false, VERSION);
  const load = bench('load 5000 lines', () => verifyCode(readPayload(pyc, VERSION)), o.quick);
  rmSync(dir, { recursive: true, force: true });
  const warmMs = warm.stats.mean * 1e3;
  const loadMs = load.stats.mean * 1e3;
  return {
    lines, firstCompileLinesPerSec: lines / (firstMs / 1e3), warmCompileLinesPerSec: lines / (warmMs / 1e3),
    cacheLoadMs: loadMs, compileOverLoad: warmMs / loadMs,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const python = findPython();
  process.stderr.write(`tspy ${VERSION} on Node ${process.version}; CPython: ${python ?? 'not found (CPython columns skipped)'}\n`);
  const programs = runPrograms(python, o);
  const fmt = (v: number | null, d = 1) => (v === null ? 'n/a' : v.toFixed(d));
  console.log('Execution (ms; ratio = tspy / CPython, lower is better)\n');
  console.log(table([
    ['program', 'tspy', '±%', 'CPython', 'ratio', 'tspy wall', 'CPython wall', 'wall ratio'],
    ...programs.map((r) => [r.program, fmt(r.tspyMs), fmt(r.tspyRme), fmt(r.cpythonMs), fmt(r.ratio, 2), fmt(r.tspyWallMs, 0), fmt(r.cpythonWallMs, 0), fmt(r.wallRatio, 2)]),
  ]));
  const ratios = programs.flatMap((r) => (r.ratio === null ? [] : [r.ratio]));
  const geo = ratios.length ? geomean(ratios) : null;
  if (geo !== null) console.log(`\ngeometric mean ratio: ${geo.toFixed(2)}; worst: ${Math.max(...ratios).toFixed(2)}`);

  const startup = o.only ? null : runStartup(python, o);
  if (startup) {
    console.log('\nStart-up (median wall ms)\n');
    console.log(table([
      ['node -e 0', 'python3 -c pass', 'tspy hello cold', 'tspy hello warm', 'warm - node'],
      [fmt(startup.nodeMs), fmt(startup.pythonMs), fmt(startup.tspyColdMs), fmt(startup.tspyWarmMs), fmt(startup.warmMinusNodeMs)],
    ]));
  }
  const comp = o.only ? null : runCompile(o);
  if (comp) {
    console.log(`\nCompile (${comp.lines}-line generated module)\n`);
    console.log(table([
      ['first compile lines/s', 'warm compile lines/s', 'cache load ms', 'compile / load'],
      [comp.firstCompileLinesPerSec.toFixed(0), comp.warmCompileLinesPerSec.toFixed(0), comp.cacheLoadMs.toFixed(2), comp.compileOverLoad.toFixed(1)],
    ]));
  }
  const report = { date: new Date().toISOString(), tspy: VERSION, node: process.version, python, geomean: geo, programs, startup, compile: comp };
  mkdirSync(dirname(o.json), { recursive: true });
  writeFileSync(o.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nraw samples: ${o.json}`);
  if (o.chart) {
    writeFileSync(o.chart, renderChart(programs.flatMap((r) => (r.ratio === null ? [] : [{ label: r.program.replace(/\.py$/, ''), value: r.ratio }])), geo));
    console.log(`chart: ${o.chart}`);
  }
}

main();
