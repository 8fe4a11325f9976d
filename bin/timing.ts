// `tspy run --timing`: where a run's time went, per module and in total, as `python -X importtime`
// shows it for imports. The collector is the loader's clock (cache/'s LoaderTimings), which the
// loader hands on to the compiler; bin/ times the rest (loading the VM, execution). Imports cache/ types only.

import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LoaderTimings } from '../cache';

/** The rows of the total, in pipeline order; they add up to the wall time from process start. */
export const PHASES = [
  'node start-up',
  'load CLI',
  'load VM',
  'read source',
  'cache lookup',
  'cache load',
  'load compiler',
  'lex',
  'parse',
  'compile',
  'cache write',
  'execution',
  'other',
] as const;
export type Phase = (typeof PHASES)[number];

/** What each row means, for the table and the README. */
export const PHASE_DOC: Record<Phase, string> = {
  'node start-up': 'process start to the end of Node\'s bootstrap',
  'load CLI': 'the launcher and the CLI\'s JS modules, up to tspy\'s main()',
  'load VM': 'loading the VM\'s JS modules',
  'read source': 'stat and read the .py files',
  'cache lookup': 'cache path, read the .pyc, header and source-hash checks',
  'cache load': 'payload checksum, decode, verify the code objects',
  'load compiler': 'loading the grammar and compiler JS (misses only)',
  'lex': 'source to tokens (moo, INDENT/DEDENT)',
  'parse': 'tokens to AST (Earley parser, finish.ts)',
  'compile': 'AST to code objects (symtable, codegen, assembler)',
  'cache write': 'marshal and write the .pyc atomically',
  'execution': 'runMain: VM set-up and running the code (imports\' loading excluded)',
  'other': 'the rest: argument parsing, finding the script, the clock itself',
};

/** Where one module's load time went (ms), and what the cache did. */
export interface ModuleTiming {
  filename: string;
  /** 'hit', or why the cache was missed ('missing', 'stale', 'forced', ...). */
  outcome: string;
  phases: Partial<Record<Phase, number>>;
  bytesRead: number;
  codeObjects: number;
  bytesWritten: number;
}

/**
 * This process's peak resident set (KiB): Linux's VmHWM, which belongs to this program alone;
 * getrusage's maxRSS (`fallback`, used elsewhere) also counts the pages the process had before
 * exec, so a child of a large parent (tspy bench, a test runner) reports at least the parent's size.
 */
function peakRssKb(fallback: number): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return fallback;
}

/** The whole report: `--timing` prints it, `TSPY_TIMING_JSON=FILE` writes it as JSON. */
export interface TimingReport {
  /** Process start (performance.timeOrigin) to the end of the run, ms. */
  wallMs: number;
  /** Process start to runMain (the VM then sets up and runs the main module's first instruction), ms. */
  firstInstructionMs: number;
  totals: Record<Phase, number>;
  modules: ModuleTiming[];
  exitCode: number;
  /** From process.resourceUsage() at the end: CPU µs and peak resident set, KiB. */
  cpuUserUs: number;
  cpuSystemUs: number;
  maxRssKb: number;
}

/** The loader phases of one module that add to the wall time (compile's parts are inside 'compile call'). */
const LOADER_PHASES = new Set(['read source', 'cache lookup', 'cache load', 'compile call', 'cache write']);

interface Raw {
  ms: Map<string, number>;
  notes: Map<string, number | string>;
}

/** Collects the clock readings of one run. Handed to the loader as its `timings`. */
export class TimingCollector implements LoaderTimings {
  private readonly raw = new Map<string, Raw>();
  private readonly extra = new Map<Phase, number>();
  /** Sum of loader phases so far: execution is the run's time less the loading inside it. */
  private loading = 0;
  private readonly mainStart: number;
  private runStart = 0;
  private runLoading = 0;
  private firstInstruction = 0;
  private execution = 0;

  /** `table`: print the --timing table on stderr at the end; `jsonPath`: write the report there. */
  constructor(readonly table: boolean, readonly jsonPath?: string) {
    this.mainStart = performance.now();
  }

  add(filename: string, phase: string, ms: number): void {
    const r = this.entry(filename);
    r.ms.set(phase, (r.ms.get(phase) ?? 0) + ms);
    if (LOADER_PHASES.has(phase)) this.loading += ms;
  }

  note(filename: string, key: string, value: number | string): void {
    const r = this.entry(filename);
    const old = r.notes.get(key);
    r.notes.set(key, typeof value === 'number' && typeof old === 'number' ? old + value : value);
  }

  /** Time `fn` as `phase` (bin's own steps, such as loading the VM). */
  time<T>(phase: Phase, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.extra.set(phase, (this.extra.get(phase) ?? 0) + performance.now() - t0);
    }
  }

  /** Run the program (runMain): its time, less the loading of imports inside it, is execution. */
  run(fn: () => number): number {
    this.runStart = performance.now();
    this.firstInstruction = this.runStart;
    this.runLoading = this.loading;
    try {
      return fn();
    } finally {
      this.execution = performance.now() - this.runStart - (this.loading - this.runLoading);
    }
  }

  /** The report as of now: wall time from process start, every phase, every module. */
  report(exitCode: number): TimingReport {
    const wallMs = performance.now();
    const totals = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
    // Node's own milestone, ms from the same origin; clamp in case it is missing or late.
    const boot = Math.min(this.mainStart, Math.max(0, performance.nodeTiming?.bootstrapComplete ?? 0));
    totals['node start-up'] = boot;
    totals['load CLI'] = this.mainStart - boot;
    for (const [p, ms] of this.extra) totals[p] += ms;
    totals.execution = this.execution;
    const modules = [...this.raw].map(([filename, r]) => moduleTiming(filename, r));
    for (const m of modules) for (const [p, ms] of Object.entries(m.phases)) totals[p as Phase] += ms;
    const accounted = PHASES.reduce((a, p) => a + totals[p], 0);
    totals.other = wallMs - accounted;
    const usage = process.resourceUsage();
    return {
      wallMs,
      firstInstructionMs: this.firstInstruction,
      totals,
      modules,
      exitCode,
      cpuUserUs: usage.userCPUTime,
      cpuSystemUs: usage.systemCPUTime,
      maxRssKb: peakRssKb(usage.maxRSS),
    };
  }

  private entry(filename: string): Raw {
    let r = this.raw.get(filename);
    if (r === undefined) {
      r = { ms: new Map(), notes: new Map() };
      this.raw.set(filename, r);
    }
    return r;
  }
}

/** One module's phases: the compile call splits into lex, parse, compile and the rest (loading the compiler). */
function moduleTiming(filename: string, r: Raw): ModuleTiming {
  const get = (k: string) => r.ms.get(k) ?? 0;
  const phases: Partial<Record<Phase, number>> = {};
  const put = (p: Phase, ms: number) => {
    if (ms !== 0) phases[p] = ms;
  };
  put('read source', get('read source'));
  put('cache lookup', get('cache lookup'));
  put('cache load', get('cache load'));
  const call = r.ms.get('compile call');
  if (call !== undefined) {
    const split = r.ms.has('lex') || r.ms.has('codegen');
    // A compile function that reports no parts (not handed the clock) counts as compiling.
    const parts = get('lex') + get('parse') + get('codegen');
    put('lex', get('lex'));
    put('parse', get('parse'));
    put('compile', split ? get('codegen') : call);
    put('load compiler', split ? Math.max(0, call - parts) : 0);
  } else if (r.ms.has('lex') || r.ms.has('codegen')) {
    // Compiled outside the loader (-c): the parts are all there is.
    put('lex', get('lex'));
    put('parse', get('parse'));
    put('compile', get('codegen'));
  }
  put('cache write', get('cache write'));
  const num = (k: string) => {
    const v = r.notes.get(k);
    return typeof v === 'number' ? v : 0;
  };
  const outcome = r.notes.get('outcome');
  return {
    filename,
    outcome: typeof outcome === 'string' ? outcome : 'uncached',
    phases,
    bytesRead: num('bytes read'),
    codeObjects: num('code objects'),
    bytesWritten: num('bytes written'),
  };
}

const ms = (v: number | undefined) => (v === undefined || v === 0 ? '-' : v.toFixed(2));

/** The --timing table: one row per module (load phases), then the total per phase, adding up to the wall time. */
export function formatTiming(r: TimingReport, cwd = process.cwd()): string {
  const cols: [string, Phase][] = [['read', 'read source'], ['lookup', 'cache lookup'], ['load', 'cache load'],
    ['compiler', 'load compiler'], ['lex', 'lex'], ['parse', 'parse'], ['compile', 'compile'], ['write', 'cache write']];
  const name = (f: string) => {
    const rel = relative(cwd, f);
    return rel.startsWith('..') || rel === '' ? f : rel;
  };
  const width = Math.max(6, ...r.modules.map((m) => name(m.filename).length));
  const lines: string[] = [];
  lines.push(`tspy --timing: ${r.wallMs.toFixed(2)} ms wall time from process start (ms per phase)`);
  lines.push(`  ${'module'.padEnd(width)}  ${'cache'.padEnd(10)}${cols.map(([c]) => c.padStart(9)).join('')}${'total'.padStart(9)}`);
  for (const m of r.modules) {
    const total = Object.values(m.phases).reduce((a, v) => a + (v ?? 0), 0);
    lines.push(`  ${name(m.filename).padEnd(width)}  ${m.outcome.padEnd(10)}${cols.map(([, p]) => ms(m.phases[p]).padStart(9)).join('')}${ms(total).padStart(9)}`);
  }
  lines.push('');
  const docW = Math.max(...PHASES.map((p) => p.length));
  lines.push(`  ${'phase'.padEnd(docW)}  ${'ms'.padStart(9)}  ${'%'.padStart(5)}  what`);
  for (const p of PHASES) {
    const v = r.totals[p];
    lines.push(`  ${p.padEnd(docW)}  ${v.toFixed(2).padStart(9)}  ${((100 * v) / r.wallMs).toFixed(1).padStart(5)}  ${PHASE_DOC[p]}`);
  }
  const sum = PHASES.reduce((a, p) => a + r.totals[p], 0);
  lines.push(`  ${'total'.padEnd(docW)}  ${sum.toFixed(2).padStart(9)}  ${'100.0'.padStart(5)}  = wall time`);
  lines.push('');
  const hits = r.modules.filter((m) => m.outcome === 'hit');
  const read = hits.reduce((a, m) => a + m.bytesRead, 0);
  const objs = hits.reduce((a, m) => a + m.codeObjects, 0);
  const wrote = r.modules.filter((m) => m.bytesWritten > 0);
  lines.push(`  process start to first instruction (runMain called): ${r.firstInstructionMs.toFixed(2)} ms`);
  lines.push(`  cache: ${r.modules.length} module(s), ${hits.length} hit (${read} bytes read, ${objs} code objects decoded), ` +
    `${r.modules.length - hits.length} missed, ${wrote.length} written (${wrote.reduce((a, m) => a + m.bytesWritten, 0)} bytes)`);
  lines.push(`  CPU ${((r.cpuUserUs + r.cpuSystemUs) / 1000).toFixed(1)} ms (user ${(r.cpuUserUs / 1000).toFixed(1)}, system ${(r.cpuSystemUs / 1000).toFixed(1)}), peak RSS ${(r.maxRssKb / 1024).toFixed(1)} MiB`);
  return lines.join('\n') + '\n';
}

/**
 * The collector for a run, or null when timing is off: --timing (the table on stderr) or
 * `TSPY_TIMING_JSON=FILE` (the report as JSON, which is how `tspy bench` reads its children).
 */
export function timingFor(table: boolean, env: NodeJS.ProcessEnv = process.env): TimingCollector | null {
  const json = env.TSPY_TIMING_JSON || undefined;
  return table || json ? new TimingCollector(table, json) : null;
}

/** Finish a timed run: write the JSON report and print the table, as asked. */
export function finishTiming(collector: TimingCollector, exitCode: number): void {
  const report = collector.report(exitCode);
  if (collector.jsonPath) writeFileSync(collector.jsonPath, JSON.stringify(report));
  if (collector.table) process.stderr.write(formatTiming(report));
}
