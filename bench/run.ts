// `npm run bench`: tspy against CPython 3.11, side by side in one run, as ratios (the machine is
// shared and noisy, so absolute times mean little). Sections:
//   execution  bench/programs/*.py: tspy in-process (benchmark.js: compile once, run the code
//              object), CPython in-process the same way (bench/cpython_timer.py), each program
//              in a process of its own for both, in two alternating rounds, medians of the pooled
//              samples on both sides; both also as whole processes; each program's output must
//              equal CPython's.
//   start-up   hello world cold and warm, against `node -e 0` and `python3 -c pass`, in rounds
//              (one of each per round); `warm - node` is the median of each round's difference.
//   compile    a generated 5,000-line module: lines/s for the first compile of a fresh `tspy run`
//              (loading the compiler included, median of 7) and once the JIT is warm (in process,
//              repeated), and the cache load (checksum + decode + verify) time for the same
//              module: those two in two alternating rounds, medians of the pooled samples.
//   memory     peak RSS of the suite's largest program (the highest peak RSS under tspy among the
//              programs with a baseline) against the same data built by plain JavaScript in
//              bench/memory/NAME.js.
// Options: --quick (fewer samples), --only NAME (execution of matching programs only),
//          --sections LIST (comma-separated: execution,startup,compile,memory; default all),
//          --json OUT (default bench/results/latest.json), --chart OUT.svg (the execution ratios).

import Benchmark from 'benchmark';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { buildPyc, readPayload, verifyCode } from '../cache';
import { compile } from '../compiler';
import { runMain, type Host } from '../vm';
import { renderChart } from './chart';
import { generateModule } from './generate';
import { geomean, median } from './stats';

const root = resolve(__dirname, '..', '..');
const progDir = join(root, 'bench', 'programs');
const cli = join(root, 'bin', 'tspy.js');
const VERSION = (require('../../package.json') as { version: string }).version;

const SECTIONS = ['execution', 'startup', 'compile', 'memory'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  quick: boolean;
  only: string | null;
  sections: Set<Section>;
  json: string;
  chart: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, only: null, sections: new Set(SECTIONS), json: join(root, 'bench', 'results', 'latest.json'), chart: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--only') {
      o.only = argv[++i];
      o.sections = new Set(['execution']);
    } else if (a === '--sections') {
      const names = (argv[++i] ?? '').split(',');
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length) throw new Error(`bench: unknown section(s) ${bad.join(', ')}; choose from ${SECTIONS.join(', ')}`);
      o.sections = new Set(names as Section[]);
    }
    else if (a === '--json') o.json = resolve(argv[++i]);
    else if (a === '--chart') o.chart = resolve(argv[++i]);
    else throw new Error(`bench: unknown option ${a}`);
  }
  return o;
}


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

interface ChildResult {
  stdout: string;
  meanMs: number;
  rme: number;
  samplesMs: number[];
}

/**
 * Time one program in process, in a Node process of its own (`--child FILE`), as CPython's timer
 * runs each program in a process of its own: programs run one after another in one process share
 * the dispatch loop's JIT state, and a later program then runs slower than it does alone.
 */
function inChild(file: string, quick: boolean): ChildResult {
  const r = spawnSync(process.execPath, [__filename, '--child', file, ...(quick ? ['--quick'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench child for ${file} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

/** The child's side: compile once, run once for the output, then benchmark.js; JSON on stdout. */
function childMain(file: string, quick: boolean): void {
  const code = compile(readFileSync(file, 'utf8'), file);
  let stdout = '';
  runMain(code, { argv: [file], host: { stdout: (s) => (stdout += s), stderr: (s) => process.stderr.write(s), readSource: () => null } });
  const b = bench(file, () => runMain(code, { argv: [file], host: quietHost }), quick);
  const result: ChildResult = { stdout, meanMs: b.stats.mean * 1e3, rme: b.stats.rme, samplesMs: b.stats.sample.map((x) => x * 1e3) };
  process.stdout.write(JSON.stringify(result));
}

function runPrograms(python: string | null, o: Options): ProgramResult[] {
  const files = readdirSync(progDir).filter((f) => f.endsWith('.py') && (!o.only || f.startsWith(o.only))).sort();
  const results: ProgramResult[] = [];
  for (const f of files) {
    const file = join(progDir, f);
    // Rounds of tspy's child then CPython's timer, samples pooled: a busy spell on this shared
    // machine then lands on both sides rather than on one. Both figures are medians of their
    // samples (benchmark.js's per-cycle times for tspy, one run each for CPython), the same
    // statistic on each side; a mean lets one slow cycle move the ratio.
    const rounds = o.quick ? 1 : 2;
    const tspySamples: number[] = [];
    const cpythonSamples: number[] = [];
    let stdout = '';
    let rme = 0;
    for (let round = 0; round < rounds; round++) {
      const child = inChild(file, o.quick);
      stdout = child.stdout;
      rme = Math.max(rme, child.rme);
      tspySamples.push(...child.samplesMs);
      if (python) {
        const cp = spawnSync(python, [join(root, 'bench', 'cpython_timer.py'), file, o.quick ? '3' : '5'], { encoding: 'utf8' });
        if (cp.status !== 0) throw new Error(`CPython timer failed: ${cp.stderr}`);
        cpythonSamples.push(...(JSON.parse(cp.stdout) as { samples: number[] }).samples.map((s) => s * 1e3));
      }
    }
    const tspyWall = wallMs(process.execPath, [cli, 'run', '-B', file], o.quick ? 1 : 3).median;
    const r: ProgramResult = {
      program: f, tspyMs: median(tspySamples), tspyRme: rme, tspySamples,
      cpythonMs: null, cpythonSamples: [], ratio: null, tspyWallMs: tspyWall, cpythonWallMs: null, wallRatio: null,
    };
    if (python) {
      const expected = spawnSync(python, [file], { encoding: 'utf8' }).stdout;
      if (expected !== stdout) throw new Error(`${f}: tspy printed ${JSON.stringify(stdout)}, CPython ${JSON.stringify(expected)}`);
      r.cpythonSamples = cpythonSamples;
      r.cpythonMs = median(cpythonSamples);
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
  /** Median over rounds of (warm - node) in the same round: drift on a shared machine cancels. */
  warmMinusNodeMs: number;
  samples: { node: number[]; python: number[]; cold: number[]; warm: number[] };
}

/** One timed whole-process run (ms); throws if it fails. */
function onceMs(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

function runStartup(python: string | null, o: Options): StartupResult {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  const hello = join(dir, 'hello.py');
  writeFileSync(hello, 'print("Hello, world!")\n');
  const runs = o.quick ? 7 : 21;
  const coldPrefix = join(dir, 'cold');
  const warmEnv = { ...process.env, TSPY_PYCACHEPREFIX: join(dir, 'warm') };
  const coldEnv = { ...process.env, TSPY_PYCACHEPREFIX: coldPrefix };
  spawnSync(process.execPath, [cli, 'run', hello], { env: warmEnv }); // fills the warm cache
  // Rounds of node, python, cold, warm, one after the other, so a busy spell hits all alike.
  const samples = { node: [] as number[], python: [] as number[], cold: [] as number[], warm: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.node.push(onceMs(process.execPath, ['-e', '0']));
    if (python) samples.python.push(onceMs(python, ['-c', 'pass']));
    rmSync(coldPrefix, { recursive: true, force: true });
    samples.cold.push(onceMs(process.execPath, [cli, 'run', hello], coldEnv));
    samples.warm.push(onceMs(process.execPath, [cli, 'run', hello], warmEnv));
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    nodeMs: median(samples.node), pythonMs: python ? median(samples.python) : null, tspyColdMs: median(samples.cold),
    tspyWarmMs: median(samples.warm), warmMinusNodeMs: median(samples.warm.map((w, i) => w - samples.node[i])), samples,
  };
}

interface CompileResult {
  lines: number;
  firstCompileLinesPerSec: number;
  warmCompileLinesPerSec: number;
  cacheLoadMs: number;
  compileOverLoad: number;
}

/** A child's `--timing` report (bin/timing.ts), as TSPY_TIMING_JSON writes it. */
interface TimingReport {
  totals: Record<string, number>;
  modules: { outcome: string }[];
}

function runCompile(o: Options): CompileResult {
  const lines = 5000;
  const src = generateModule(lines);
  const dir = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  const file = join(dir, 'gen5000.py');
  writeFileSync(file, src);
  // The first compile of a fresh `tspy run`, as a user meets it: loading the grammar and compiler
  // (the compiler bundle, through its code cache) plus lexing, parsing and compiling, from the
  // child's own --timing clocks. -B and an empty prefix make sure nothing is read from a cache.
  const report = join(dir, 'timing.json');
  const firsts: number[] = [];
  for (let i = 0; i < (o.quick ? 3 : 7); i++) {
    const prefix = join(dir, `prefix${i}`);
    const r = spawnSync(process.execPath, [cli, 'run', '-B', '--cache-prefix', prefix, file], { encoding: 'utf8', env: { ...process.env, TSPY_TIMING_JSON: report } });
    if (r.status !== 0) throw new Error(`gen5000.py failed: ${r.stderr}`);
    const t = JSON.parse(readFileSync(report, 'utf8')) as TimingReport;
    if (t.modules[0]?.outcome === 'hit') throw new Error('gen5000.py: the first compile hit a cache');
    firsts.push(t.totals['load compiler'] + t.totals.lex + t.totals.parse + t.totals.compile);
  }
  const firstMs = median(firsts);
  // The warm compile and the cache load in two alternating rounds, each figure the median of its
  // pooled benchmark.js samples, as in the execution section: a busy spell lands on both sides of
  // the compile/load ratio, and one slow cycle does not move it.
  const pyc = buildPyc(compile(src, file), { mode: 'checked-hash', hash: [0, 0] }, false, VERSION);
  const warmSamples: number[] = [];
  const loadSamples: number[] = [];
  for (let round = 0; round < (o.quick ? 1 : 2); round++) {
    warmSamples.push(...bench('compile 5000 lines', () => compile(src, file), o.quick).stats.sample);
    loadSamples.push(...bench('load 5000 lines', () => verifyCode(readPayload(pyc, VERSION)), o.quick).stats.sample);
  }
  rmSync(dir, { recursive: true, force: true });
  const warmMs = median(warmSamples) * 1e3;
  const loadMs = median(loadSamples) * 1e3;
  return {
    lines, firstCompileLinesPerSec: lines / (firstMs / 1e3), warmCompileLinesPerSec: lines / (warmMs / 1e3),
    cacheLoadMs: loadMs, compileOverLoad: warmMs / loadMs,
  };
}

interface MemoryResult {
  /** The suite's program with the highest peak RSS under tspy, and every program's peak (KiB). */
  program: string;
  /** The program with the highest peak of all (normally `program`; see runMemory). */
  highest: string;
  tspyPeakKb: Record<string, number>;
  /** Peak RSS (KiB, medians) of `tspy run -B PROGRAM` and of `node bench/memory/PROGRAM.js`. */
  tspyKb: number;
  nodeKb: number;
  ratio: number;
  /** The fixed part: tspy running a hello world, and `node -e 0`. */
  tspyBaseKb: number;
  nodeBaseKb: number;
  /** Peak minus the fixed part, for both: what the data itself costs. */
  dataRatio: number;
}

/** Peak RSS (KiB) of one process, from bench/memory/peak.js preloaded into it. */
function peakKb(args: string[], dir: string): number {
  const out = join(dir, 'peak.txt');
  rmSync(out, { force: true }); // a child that writes nothing must not leave the last one's figure
  const r = spawnSync(process.execPath, ['-r', join(root, 'bench', 'memory', 'peak.js'), ...args], { encoding: 'utf8', env: { ...process.env, TSPY_PEAK_RSS: out } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  if (!existsSync(out)) throw new Error(`${args.join(' ')} reported no peak memory`);
  return Number(readFileSync(out, 'utf8'));
}

function runMemory(o: Options): MemoryResult {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  const runs = o.quick ? 1 : 3;
  const peak = (args: string[]) => median(Array.from({ length: runs }, () => peakKb(args, dir)));
  const tspyPeakKb: Record<string, number> = {};
  for (const f of readdirSync(progDir).filter((f) => f.endsWith('.py')).sort()) tspyPeakKb[f] = peak([cli, 'run', '-B', join(progDir, f)]);
  // The highest peak with a plain-JavaScript baseline. Peaks within a few MiB of each other trade
  // places from run to run (GC timing on a busy machine: generators.py now and then passes
  // strings_dicts.py), so a program without a baseline at the top is reported, not fatal.
  const portOf = (p: string) => join(root, 'bench', 'memory', p.replace(/\.py$/, '.js'));
  const ranked = Object.entries(tspyPeakKb).sort((a, b) => b[1] - a[1]);
  const found = ranked.find(([p]) => existsSync(portOf(p)));
  if (found === undefined) throw new Error(`bench: no program has a JavaScript baseline in bench/memory; write ${relative(root, portOf(ranked[0][0]))}`);
  const program = found[0];
  const highest = ranked[0][0];
  const port = portOf(program);
  const expected = spawnSync(process.execPath, [cli, 'run', '-B', join(progDir, program)], { encoding: 'utf8' }).stdout;
  const actual = spawnSync(process.execPath, [port], { encoding: 'utf8' }).stdout;
  if (actual !== expected) throw new Error(`${relative(root, port)} printed ${JSON.stringify(actual)}, tspy ${JSON.stringify(expected)}: not the same data`);
  const hello = join(dir, 'hello.py');
  writeFileSync(hello, 'print("Hello, world!")\n');
  const tspyKb = tspyPeakKb[program];
  const nodeKb = peak([port]);
  const tspyBaseKb = peak([cli, 'run', '-B', hello]);
  const nodeBaseKb = peak(['-e', '0']);
  rmSync(dir, { recursive: true, force: true });
  return { program, highest, tspyPeakKb, tspyKb, nodeKb, ratio: tspyKb / nodeKb, tspyBaseKb, nodeBaseKb, dataRatio: (tspyKb - tspyBaseKb) / (nodeKb - nodeBaseKb) };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return childMain(argv[1], argv[2] === '--quick');
  const o = parseArgs(argv);
  const python = findPython();
  process.stderr.write(`tspy ${VERSION} on Node ${process.version}; CPython: ${python ?? 'not found (CPython columns skipped)'}\n`);
  const fmt = (v: number | null, d = 1) => (v === null ? 'n/a' : v.toFixed(d));
  const programs = o.sections.has('execution') ? runPrograms(python, o) : [];
  const ratios = programs.flatMap((r) => (r.ratio === null ? [] : [r.ratio]));
  const geo = ratios.length ? geomean(ratios) : null;
  if (programs.length) {
    console.log('Execution (ms; ratio = tspy / CPython, lower is better)\n');
    console.log(table([
      ['program', 'tspy', '±%', 'CPython', 'ratio', 'tspy wall', 'CPython wall', 'wall ratio'],
      ...programs.map((r) => [r.program, fmt(r.tspyMs), fmt(r.tspyRme), fmt(r.cpythonMs), fmt(r.ratio, 2), fmt(r.tspyWallMs, 0), fmt(r.cpythonWallMs, 0), fmt(r.wallRatio, 2)]),
    ]));
    if (geo !== null) console.log(`\ngeometric mean ratio: ${geo.toFixed(2)}; worst: ${Math.max(...ratios).toFixed(2)}`);
  }

  const startup = o.sections.has('startup') ? runStartup(python, o) : null;
  if (startup) {
    console.log('\nStart-up (median wall ms)\n');
    console.log(table([
      ['node -e 0', 'python3 -c pass', 'tspy hello cold', 'tspy hello warm', 'warm - node (paired)'],
      [fmt(startup.nodeMs), fmt(startup.pythonMs), fmt(startup.tspyColdMs), fmt(startup.tspyWarmMs), fmt(startup.warmMinusNodeMs)],
    ]));
  }
  const comp = o.sections.has('compile') ? runCompile(o) : null;
  if (comp) {
    console.log(`\nCompile (${comp.lines}-line generated module)\n`);
    console.log(table([
      ['first compile lines/s', 'warm compile lines/s', 'cache load ms', 'compile / load'],
      [comp.firstCompileLinesPerSec.toFixed(0), comp.warmCompileLinesPerSec.toFixed(0), comp.cacheLoadMs.toFixed(2), comp.compileOverLoad.toFixed(1)],
    ]));
  }
  const memory = o.sections.has('memory') ? runMemory(o) : null;
  if (memory) {
    const mib = (kb: number) => (kb / 1024).toFixed(1);
    console.log(`\nPeak memory (MiB, peak RSS; ${memory.program}, the suite's largest, against bench/memory/${memory.program.replace(/\.py$/, '.js')})\n`);
    console.log(table([
      ['tspy', 'node (same data)', 'ratio', 'tspy hello', 'node -e 0', 'data ratio'],
      [mib(memory.tspyKb), mib(memory.nodeKb), memory.ratio.toFixed(2), mib(memory.tspyBaseKb), mib(memory.nodeBaseKb), memory.dataRatio.toFixed(2)],
    ]));
    if (memory.highest !== memory.program) {
      console.log(`\n(${memory.highest} peaked higher this run, at ${mib(memory.tspyPeakKb[memory.highest])} MiB; it has no JavaScript baseline)`);
    }
  }
  const report = { date: new Date().toISOString(), tspy: VERSION, node: process.version, python, geomean: geo, programs, startup, compile: comp, memory };
  mkdirSync(dirname(o.json), { recursive: true });
  writeFileSync(o.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nraw samples: ${o.json}`);
  if (o.chart && programs.length) {
    writeFileSync(o.chart, renderChart(programs.flatMap((r) => (r.ratio === null ? [] : [{ label: r.program.replace(/\.py$/, ''), value: r.ratio }])), geo));
    console.log(`chart: ${o.chart}`);
  }
}

main();
