// Cache management commands: `tspy compile` (py_compile), `tspy compileall` (compileall) and
// `tspy cache clean|info`. They write cache files exactly as `tspy run` does, through cache/.

import { readdirSync, rmdirSync, statSync, unlinkSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCode, isCacheFileName, type CompileFn, type InvalidationMode, type LoaderOptions } from '../cache';
import { CompileFailed } from './compileStep';

export interface CompileDeps {
  version: string;
  /** Compiles source for the loader; throws CompileFailed after printing a syntax error. */
  compile: CompileFn;
  usage: (message: string) => never;
}

interface CompileOptions {
  loader: LoaderOptions;
  force: boolean;
  quiet: boolean;
  targets: string[];
}

const MODES: readonly InvalidationMode[] = ['timestamp', 'checked-hash', 'unchecked-hash'];

function parseCompileArgs(args: string[], deps: CompileDeps, allowed: ReadonlySet<string>): CompileOptions {
  const opts: CompileOptions = { loader: { version: deps.version }, force: false, quiet: false, targets: [] };
  if (process.env.TSPY_PYCACHEPREFIX) opts.loader.prefix = process.env.TSPY_PYCACHEPREFIX;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-O') opts.loader.optimize = 1;
    else if (a === '-f' && allowed.has('-f')) opts.force = true;
    else if (a === '-q' && allowed.has('-q')) opts.quiet = true;
    else if (a === '--invalidation-mode' || a.startsWith('--invalidation-mode=')) {
      const mode = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!MODES.includes(mode as InvalidationMode)) deps.usage(`--invalidation-mode must be one of ${MODES.join(', ')}`);
      opts.loader.invalidationMode = mode as InvalidationMode;
    } else if (a === '--cache-prefix') opts.loader.prefix = args[++i];
    else if (a.startsWith('-') && a !== '-') deps.usage(`unknown option ${a}`);
    else opts.targets.push(a);
  }
  if (opts.targets.length === 0) deps.usage('expected at least one FILE or DIR');
  return opts;
}

/** Compile one file through the loader; returns 'compiled', 'fresh' or 'failed'. */
function compileOne(file: string, opts: CompileOptions, deps: CompileDeps): { outcome: 'compiled' | 'fresh' | 'failed'; cachePath?: string } {
  try {
    const r = getCode(file, resolve(file), deps.compile, { ...opts.loader, force: opts.force });
    return { outcome: r.outcome === 'hit' ? 'fresh' : 'compiled', cachePath: r.cachePath };
  } catch (e) {
    if (e instanceof CompileFailed) return { outcome: 'failed' };
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string') {
      process.stderr.write(`tspy: can't compile '${resolve(file)}': ${err.message}\n`);
      return { outcome: 'failed' };
    }
    throw e;
  }
}

/** `tspy compile [--invalidation-mode MODE] [-O] FILE...`: write cache files, print their paths. */
export function cmdCompile(args: string[], deps: CompileDeps): number {
  const opts = parseCompileArgs(args, deps, new Set());
  let failed = 0;
  for (const file of opts.targets) {
    // `compile` always rewrites, as py_compile does.
    const r = compileOne(file, { ...opts, force: true }, deps);
    if (r.outcome === 'failed') failed++;
    else process.stdout.write(`${r.cachePath}\n`);
  }
  return failed ? 1 : 0;
}

/** Every .py file under `dir`, skipping __pycache__, node_modules and hidden folders. */
function findSources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (e.name !== '__pycache__' && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(join(d, e.name));
      } else if (e.isFile() && e.name.endsWith('.py')) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/** `tspy compileall [-q] [-f] [-O] [--invalidation-mode MODE] DIR...`: compile whole trees. */
export function cmdCompileAll(args: string[], deps: CompileDeps): number {
  const opts = parseCompileArgs(args, deps, new Set(['-f', '-q']));
  const files = opts.targets.flatMap((t) => (statSync(t, { throwIfNoEntry: false })?.isDirectory() ? findSources(t) : [t]));
  const counts = { compiled: 0, fresh: 0, failed: 0 };
  const tty = process.stderr.isTTY && !opts.quiet;
  type Bar = { start(total: number, value: number, payload?: object): void; update(value: number, payload?: object): void; stop(): void };
  let bar: Bar | null = null;
  if (tty) {
    // cli-progress draws a proper bar on a terminal; it is loaded only here.
    const progress = require('cli-progress') as { SingleBar: new (opts: object) => Bar };
    bar = new progress.SingleBar({ format: 'compiling [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true });
    bar.start(files.length, 0, { file: '' });
  }
  files.forEach((file, i) => {
    bar?.update(i, { file });
    const r = compileOne(file, opts, deps);
    counts[r.outcome]++;
    if (!tty && !opts.quiet && r.outcome === 'compiled') process.stdout.write(`Compiling '${file}'...\n`);
  });
  bar?.update(files.length, { file: '' });
  bar?.stop();
  if (!opts.quiet || counts.failed) {
    process.stdout.write(`compiled ${counts.compiled}, up to date ${counts.fresh}, failed ${counts.failed} (${files.length} files)\n`);
  }
  return counts.failed ? 1 : 0;
}

interface CacheFile {
  path: string;
  size: number;
}

/** tspy's cache files (and leftover temporary files) under `dir`, in __pycache__ folders. */
function findCacheFiles(dir: string): { files: CacheFile[]; folders: string[] } {
  const files: CacheFile[] = [];
  const folders: string[] = [];
  const walk = (d: string, inCache: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    if (inCache) folders.push(d);
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p, e.name === '__pycache__');
      } else if (inCache && e.isFile() && isCacheFileName(e.name)) {
        files.push({ path: p, size: statSync(p).size });
      }
    }
  };
  walk(dir, false);
  return { files, folders };
}

/** `tspy cache clean [DIR]` and `tspy cache info [DIR]`. */
export function cmdCache(args: string[], deps: CompileDeps): number {
  const [sub, dir = '.', ...extra] = args;
  if (extra.length) deps.usage('cache: expected at most one DIR');
  const { files, folders } = findCacheFiles(resolve(dir));
  if (sub === 'info') {
    const bytes = files.reduce((a, f) => a + f.size, 0);
    process.stdout.write(`${files.length} cache files, ${bytes} bytes, in ${folders.length} __pycache__ folders under ${resolve(dir)}\n`);
    return 0;
  }
  if (sub === 'clean') {
    for (const f of files) unlinkSync(f.path);
    let removed = 0;
    for (const folder of folders.reverse()) {
      try {
        rmdirSync(folder);
        removed++;
      } catch {
        // not empty: it holds other files (CPython's, for instance)
      }
    }
    process.stdout.write(`removed ${files.length} cache files and ${removed} empty __pycache__ folders\n`);
    return 0;
  }
  return deps.usage('cache: expected `clean` or `info`');
}
