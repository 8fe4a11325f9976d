// `tspy bench FILE.py`: the script cold (no cache: lex, parse, compile, write) against warm (load
// the .pyc), as whole processes, alternating, and in-process with benchmark.js; each child reports
// its phases through bin/timing.ts (TSPY_TIMING_JSON). Caches live in a private temporary prefix,
// so the user's own __pycache__ is never read or written. Imports cache/, vm/ and bin/ only.

import Benchmark from 'benchmark';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { LoaderOptions } from '../cache';
import type { Host } from '../vm';
import { nodeHost } from './host';
import { Importer, searchPath } from './importer';
import { renderPhaseChart } from './phaseChart';
import { PHASES, PHASE_DOC, type Phase, type TimingReport } from './timing';

/** What `tspy bench` was asked to do. */
export interface BenchOptions {
  script: string;
  args: string[];
  runs: number;
  warmup: number;
  json: string | null;
  chart: string | null;
  showOutput: boolean;
  /** Seconds benchmark.js may spend on each in-process case; 0 skips them. */
  maxTime: number;
}

export const BENCH_USAGE = 'usage: tspy bench FILE.py [-n RUNS] [--warmup N] [--json OUT] [--chart OUT.svg] [--show-output] [--max-time SECONDS] [-- ARGS...]';

/** Parse `tspy bench` arguments; `usage` throws the caller's usage error. */
export function parseBenchArgs(argv: string[], usage: (message: string) => never): BenchOptions {
  const o: BenchOptions = { script: '', args: [], runs: 10, warmup: 1, json: null, chart: null, showOutput: false, maxTime: 1 };
  const value = (i: number, name: string): string => {
    if (i >= argv.length) usage(`bench: ${name} needs a value`);
    return argv[i];
  };
  const count = (text: string, name: string, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) usage(`bench: ${name} must be a whole number >= ${min}, not '${text}'`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n' || a === '--runs') o.runs = count(value(++i, a), a, 1);
    else if (a === '--warmup') o.warmup = count(value(++i, a), a, 0);
    else if (a === '--json') o.json = resolve(value(++i, a));
    else if (a === '--chart') o.chart = resolve(value(++i, a));
    else if (a === '--show-output') o.showOutput = true;
    else if (a === '--max-time') {
      o.maxTime = Number(value(++i, a));
      if (!(o.maxTime >= 0)) usage(`bench: --max-time must be a number of seconds`);
    } else if (a === '--') {
      o.args = argv.slice(i + 1);
      break;
    } else if (a.startsWith('-')) usage(`bench: unknown option ${a}`);
    else if (o.script === '') o.script = a;
    else usage(`bench: one script only (arguments for it go after --)`);
  }
  if (o.script === '') usage('bench: missing FILE.py');
  return o;
}

/** One whole-process run, as the parent saw it and as the child reported it. */
export interface ProcessSample {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  /** Every module missed (cold) or hit (warm), as expected. */
  asExpected: boolean;
  report: TimingReport;
}

export interface InProcessResult {
  meanMs: number;
  deviationMs: number;
  runsSampled: number;
  samplesMs: number[];
}

export interface Side {
  samples: ProcessSample[];
  inProcess: InProcessResult | null;
}

/** The whole result, as `--json` writes it. */
export interface BenchResult {
  script: string;
  runs: number;
  warmup: number;
  machine: { node: string; platform: string; cpu: string; cpus: number };
  cold: Side;
  warm: Side;
  checks: { coldAllMissed: boolean; warmAllHit: boolean; userCacheUntouched: boolean };
}

interface Progress {
  tick(label: string): void;
  stop(): void;
}

/** A cli-progress bar on a terminal, plain lines when stderr is piped. */
function progress(total: number): Progress {
  if (process.stderr.isTTY) {
    const cliProgress = require('cli-progress') as {
      SingleBar: new (o: object, preset: object) => { start(t: number, v: number, p: object): void; increment(n: number, p: object): void; stop(): void };
      Presets: { shades_classic: object };
    };
    const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'tspy bench [{bar}] {value}/{total} {label}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic);
    bar.start(total, 0, { label: '' });
    return { tick: (label) => bar.increment(1, { label }), stop: () => bar.stop() };
  }
  let done = 0;
  return { tick: (label) => process.stderr.write(`tspy bench: ${++done}/${total} ${label}\n`), stop: () => {} };
}

/** Paths and sizes of every cache folder under `dir` (and the folder's own entries), to prove we touched nothing. */
function snapshot(dir: string): string {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (depth === 0) out.push(e.name);
      if (e.isDirectory() && e.name === '__pycache__') {
        for (const f of readdirSync(p)) {
          const st = statSync(join(p, f));
          out.push(`${relative(dir, p)}/${f} ${st.size} ${st.mtimeMs}`);
        }
      } else if (e.isDirectory() && depth < 3 && !e.name.startsWith('.') && e.name !== 'node_modules' && out.length < 5000) walk(p, depth + 1);
    }
  };
  walk(dir, 0);
  return out.sort().join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The sample whose wall time is the median (the lower middle one for an even count). */
function typical(samples: ProcessSample[]): ProcessSample {
  const s = [...samples].sort((a, b) => a.wallMs - b.wallMs);
  return s[(s.length - 1) >> 1];
}

/** Runs `tspy bench`; returns the exit status (1 when a cold run hit or a warm run missed). */
export function cmdBench(o: BenchOptions, version: string): number {
  const script = resolve(o.script);
  if (!existsSync(script) || !statSync(script).isFile()) {
    process.stderr.write(`tspy: can't open file '${script}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const folder = dirname(realpathSync(script));
  const before = snapshot(folder);
  const tmp = mkdtempSync(join(tmpdir(), 'tspy-bench-'));
  try {
    const result = measure(o, script, folder, tmp, version);
    result.checks.userCacheUntouched = snapshot(folder) === before;
    process.stdout.write(formatBench(result, o));
    if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
    if (o.chart) {
      const cold = typical(result.cold.samples).report;
      const warm = typical(result.warm.samples).report;
      writeFileSync(o.chart, renderPhaseChart([{ label: 'cold', totals: cold.totals }, { label: 'warm', totals: warm.totals }],
        `tspy ${basename(script)}: where a typical run's time goes, cold / warm (ms from process start)`));
    }
    const c = result.checks;
    return c.coldAllMissed && c.warmAllHit && c.userCacheUntouched ? 0 : 1;
  } catch (e) {
    if (!(e instanceof BenchFailed)) throw e;
    process.stderr.write(`tspy bench: ${e.message}\n`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

class BenchFailed extends Error {}

function measure(o: BenchOptions, script: string, folder: string, tmp: string, version: string): BenchResult {
  const launcher = resolve(__dirname, '..', '..', 'bin', 'tspy.js');
  const coldPrefix = join(tmp, 'cold');
  const warmPrefix = join(tmp, 'warm');
  const report = join(tmp, 'timing.json');
  const env: NodeJS.ProcessEnv = { ...process.env, TSPY_TIMING_JSON: report };
  delete env.TSPY_DONTWRITEBYTECODE;

  const runChild = (kind: 'cold' | 'warm'): ProcessSample => {
    if (kind === 'cold') rmSync(coldPrefix, { recursive: true, force: true });
    rmSync(report, { force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [launcher, 'run', script, ...o.args], {
      env: { ...env, TSPY_PYCACHEPREFIX: kind === 'cold' ? coldPrefix : warmPrefix },
      stdio: o.showOutput ? 'inherit' : ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) throw new BenchFailed(`could not run ${launcher}: ${r.error.message}`);
    if (!existsSync(report)) throw new BenchFailed(`the ${kind} run exited ${r.status} without a timing report\n${r.stderr ?? ''}`);
    const rep = JSON.parse(readFileSync(report, 'utf8')) as TimingReport;
    if (rep.exitCode !== 0) throw new BenchFailed(`the script exited ${rep.exitCode} on a ${kind} run\n${r.stderr ?? ''}`);
    const asExpected = rep.modules.length > 0 && rep.modules.every((m) => (kind === 'warm') === (m.outcome === 'hit'));
    return { wallMs, cpuMs: (rep.cpuUserUs + rep.cpuSystemUs) / 1000, maxRssKb: rep.maxRssKb, asExpected, report: rep };
  };

  const inProcessCases = o.maxTime > 0 ? 2 : 0;
  const bar = progress(2 * (o.warmup + o.runs) + 1 + inProcessCases);
  const cold: Side = { samples: [], inProcess: null };
  const warm: Side = { samples: [], inProcess: null };
  try {
    // Prime the warm cache (untimed), then warm up both, then alternate so drift hits both alike.
    runChild('warm');
    bar.tick('priming the warm cache');
    for (let i = 0; i < o.warmup; i++) {
      runChild('cold');
      bar.tick(`warm-up ${i + 1}/${o.warmup} cold`);
      runChild('warm');
      bar.tick(`warm-up ${i + 1}/${o.warmup} warm`);
    }
    for (let i = 0; i < o.runs; i++) {
      const c = runChild('cold');
      cold.samples.push(c);
      bar.tick(`cold ${i + 1}/${o.runs}: ${c.wallMs.toFixed(1)} ms`);
      const w = runChild('warm');
      warm.samples.push(w);
      bar.tick(`warm ${i + 1}/${o.runs}: ${w.wallMs.toFixed(1)} ms`);
    }
    if (inProcessCases) {
      const loader: LoaderOptions = { version, prefix: join(tmp, 'in-process') };
      cold.inProcess = inProcess(script, o, folder, { ...loader, force: true });
      bar.tick('in-process cold');
      warm.inProcess = inProcess(script, o, folder, loader);
      bar.tick('in-process warm');
    }
  } finally {
    bar.stop();
  }
  return {
    script,
    runs: o.runs,
    warmup: o.warmup,
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length },
    cold,
    warm,
    checks: {
      coldAllMissed: cold.samples.every((s) => s.asExpected),
      warmAllHit: warm.samples.every((s) => s.asExpected),
      userCacheUntouched: true,
    },
  };
}

// Output is dropped; files, stdin and the rest behave as in a normal run.
const quietHost: Host = { ...nodeHost, stdout: () => {}, stderr: () => {}, readSource: () => null };

/**
 * The script in this process with benchmark.js: get the code through the loader (`force`: compile
 * and rewrite every module, as a cold run does; else a valid cache), then run it. Output is dropped.
 */
function inProcess(script: string, o: BenchOptions, folder: string, loader: LoaderOptions): InProcessResult {
  const { runMain } = require('../vm') as typeof import('../vm');
  const argv = [script, ...o.args];
  let status = 0;
  const once = () => {
    const finder = new Importer(loader);
    status = runMain(finder.codeOf(script), { argv, host: quietHost, finder, path: searchPath(folder) });
  };
  once(); // fills the cache for the warm case, and fails early
  if (status !== 0) throw new BenchFailed(`the script exited ${status} in process`);
  const b = new Benchmark(loader.force ? 'cold' : 'warm', once, { minSamples: 5, maxTime: o.maxTime, initCount: 1 });
  b.run();
  if (b.error) throw new BenchFailed(`in-process run failed: ${String((b.error as Error).message ?? b.error)}`);
  return {
    meanMs: b.stats.mean * 1000,
    deviationMs: b.stats.deviation * 1000,
    runsSampled: b.stats.sample.length,
    samplesMs: b.stats.sample.map((s) => s * 1000),
  };
}

const f1 = (v: number) => v.toFixed(1);

/** The side-by-side report: whole processes, in process, the phases of a typical run, the checks. */
export function formatBench(r: BenchResult, o: BenchOptions): string {
  const L: string[] = [];
  const shown = relative(process.cwd(), r.script) || r.script;
  L.push(`tspy bench ${shown}: ${r.runs} cold and ${r.runs} warm runs, alternating, after ${r.warmup} warm-up pair(s)`);
  L.push(`machine: ${r.machine.cpu} x${r.machine.cpus}, ${r.machine.platform}, Node ${r.machine.node}`);
  L.push('');
  const W = 30;
  const row = (name: string, cold: string, warm: string, ratio: string) =>
    `  ${name.padEnd(28)}${cold.padEnd(W)}${warm.padEnd(W)}${ratio}`;
  L.push(row('whole process', 'cold (no cache)', 'warm (.pyc loaded)', 'cold/warm'));
  const stat = (pick: (s: ProcessSample) => number, unit: string, scale = 1) => {
    const c = r.cold.samples.map(pick).map((v) => v * scale);
    const w = r.warm.samples.map(pick).map((v) => v * scale);
    const fmt = (xs: number[]) => `${f1(median(xs))} ${unit} [${f1(Math.min(...xs))}-${f1(Math.max(...xs))}]`;
    return [fmt(c), fmt(w), `${(median(c) / median(w)).toFixed(2)}x`] as const;
  };
  L.push(row('  wall, median [min-max]', ...stat((s) => s.wallMs, 'ms')));
  L.push(row('  CPU, median [min-max]', ...stat((s) => s.cpuMs, 'ms')));
  L.push(row('  peak RSS, median', ...stat((s) => s.maxRssKb, 'MiB', 1 / 1024)));
  if (r.cold.inProcess && r.warm.inProcess) {
    const c = r.cold.inProcess;
    const w = r.warm.inProcess;
    const fmt = (x: InProcessResult) => `${x.meanMs.toFixed(2)} ms ± ${x.deviationMs.toFixed(2)} (${x.runsSampled} runs)`;
    L.push(row('in process (benchmark.js)', fmt(c), fmt(w), `${(c.meanMs / w.meanMs).toFixed(2)}x`));
    L.push('  (in process: the JIT is warm and no JS modules load; cold = compile + write + run, warm = load + run)');
  }
  L.push('');
  const tc = typical(r.cold.samples).report;
  const tw = typical(r.warm.samples).report;
  L.push(`phases of a typical run (the median-wall one), ms from the child's own clock`);
  L.push(`  ${'phase'.padEnd(16)}${'cold'.padStart(9)}${'warm'.padStart(9)}  what`);
  for (const p of PHASES) {
    L.push(`  ${p.padEnd(16)}${f1(tc.totals[p as Phase]).padStart(9)}${f1(tw.totals[p as Phase]).padStart(9)}  ${PHASE_DOC[p]}`);
  }
  L.push(`  ${'total = wall'.padEnd(16)}${f1(tc.wallMs).padStart(9)}${f1(tw.wallMs).padStart(9)}  process start to the end of the run, as the child measured it`);
  L.push(`  ${'first instruction'.padEnd(16)}${f1(tc.firstInstructionMs).padStart(9)}${f1(tw.firstInstructionMs).padStart(9)}  process start to runMain (the VM starting the main module)`);
  L.push('');
  const mods = tc.modules.length;
  const c = r.checks;
  L.push(`checks:`);
  L.push(`  ${c.coldAllMissed ? 'ok  ' : 'FAIL'} every cold run missed the cache (${mods} module(s) each: ${[...new Set(r.cold.samples.flatMap((s) => s.report.modules.map((m) => m.outcome)))].join(', ')})`);
  L.push(`  ${c.warmAllHit ? 'ok  ' : 'FAIL'} every warm run hit the cache (${tw.modules.reduce((a, m) => a + m.codeObjects, 0)} code objects decoded, ${tw.modules.reduce((a, m) => a + m.bytesRead, 0)} bytes read)`);
  L.push(`  ${c.userCacheUntouched ? 'ok  ' : 'FAIL'} nothing created or changed beside the script (caches lived in a private temporary prefix)`);
  for (const [name, side] of [['cold', r.cold], ['warm', r.warm]] as const) {
    const xs = side.samples.map((s) => s.wallMs);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    if (hi > 1.5 * lo) L.push(`  warning: noisy machine: ${name} wall times range ${f1(lo)}-${f1(hi)} ms (max ${(hi / lo).toFixed(2)}x min); use more runs (-n) or a quieter machine`);
  }
  const near = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
  if (o.json) L.push(`raw samples: ${near(o.json)}`);
  if (o.chart) L.push(`chart: ${near(o.chart)}`);
  return L.join('\n') + '\n';
}
