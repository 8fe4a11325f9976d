// The loader: source -> a valid cache file's code, or compile and write the cache (CPython's
// SourceLoader.get_code). It is handed the compile function and calls it only on a miss, so the
// cache never imports the compiler. Writes are atomic: a temporary file in the same folder, then
// a rename (CPython's _write_atomic); any failure to write means running uncached, silently.

import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, sep } from 'node:path';
import { CodeObject } from '../bytecode';
import { BadPycError, type MissReason } from './errors';
import { sourceHash, useNativeCrc32, type Crc32Fn } from './hash';
import { buildPyc, readHeader, readPayload, type InvalidationMode, type PycHeader, type SourceStamp } from './header';
import { cacheFromSource } from './paths';
import { verifyCode } from './verify';

// On Node the cache checks its CRCs with zlib's (loaded on the first large file; Node 20.15+).
useNativeCrc32(() => {
  const fn = (require('node:zlib') as { crc32?: Crc32Fn }).crc32;
  return typeof fn === 'function' ? fn : null;
});

/** `timings`: the loader's clock when timing is on, for the compiler to report lex, parse, codegen. */
export type CompileFn = (source: string, filename: string, optimize: 0 | 1, timings?: LoaderTimings) => CodeObject;

/**
 * An optional clock for `tspy run --timing`, filled per module (keyed by filename). Phases the
 * loader reports: 'read source'; 'cache lookup' (path, cache file read, header and source stamp
 * checks, and any rejected file); 'cache load' (payload checks, decode, verify); 'compile call'
 * (the whole CompileFn); 'cache write'. Notes: 'outcome' ('hit' or the miss reason), 'bytes read',
 * 'code objects', 'bytes written'. When absent, no clock is read.
 */
export interface LoaderTimings {
  add(filename: string, phase: string, ms: number): void;
  note(filename: string, key: string, value: number | string): void;
}

export interface LoaderOptions {
  /** The running tspy's version: files written by another version are recompiled. */
  version: string;
  optimize?: 0 | 1;
  /** -B: read valid caches but write none. */
  dontWrite?: boolean;
  /** Keep the cache tree under this folder. */
  prefix?: string;
  /** How new files are stamped; the default never runs stale code. */
  invalidationMode?: InvalidationMode;
  /** -v: one line per cache decision. */
  log?: (line: string) => void;
  /** Compile and rewrite even when the cache file is valid (`tspy compile`, `compileall -f`). */
  force?: boolean;
  /** `tspy run --timing`: where each module's load time went. */
  timings?: LoaderTimings;
  /**
   * The installation's own library folder (bin passes lib/): a timestamp-stamped cache file under
   * it, which only the build writes, skips the verifier. It comes from the install, which is
   * trusted as its JavaScript is; the checksum and every other check still run.
   */
  trustedRoot?: string;
}

export interface LoadResult {
  code: CodeObject;
  cachePath: string;
  /** 'hit', or why the cache was missed. */
  outcome: 'hit' | MissReason;
  wrote: boolean;
}

/** Decode text as CPython reads source: UTF-8 with an optional BOM dropped. */
export function decodeSource(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function stampFor(mode: InvalidationMode, bytes: Uint8Array, mtimeMs: number): SourceStamp {
  if (mode === 'timestamp') return { mode, mtime: Math.floor(mtimeMs / 1000) >>> 0, size: bytes.length >>> 0 };
  return { mode, hash: sourceHash(bytes) };
}

/** Read a cache file; a missing or unreadable one is a BadPycError with its reason. */
function readCacheFile(cachePath: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(cachePath));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadPycError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'not a file' : 'unreadable', String(code));
  }
}

/**
 * Check a cache file's bytes against the source they claim to come from, in order: header,
 * compile flags, source stamp, payload (length, checksum, opcode table, version), file name, and
 * the verifier. Returns the verified code or throws BadPycError with the first reason found.
 */
export function validatePyc(file: Uint8Array, filename: string, source: Uint8Array, mtimeMs: number, cacheMtimeMs: number, options: LoaderOptions): CodeObject {
  checkStamp(file, source, mtimeMs, cacheMtimeMs, options);
  return loadChecked(file, filename, options);
}

/**
 * A timestamp stamp (seconds and size, PEP 552) cannot see an edit that keeps the size within the
 * second the source was last changed. tspy trusts one only when the source is over a second older
 * than the cache file itself: any later edit makes the source newer than that, and an edit racing
 * the write is caught by the stat before and after reading (or by this rule). CPython has no such
 * rule; its timestamp files are how it misses same-second edits.
 */
const TIMESTAMP_MARGIN_MS = 1000;

function checkTimestamp(s: { mtime: number; size: number }, sourceMtimeMs: number, sourceSize: number, cacheMtimeMs: number): void {
  if (s.mtime !== Math.floor(sourceMtimeMs / 1000) >>> 0 || s.size !== sourceSize >>> 0) throw new BadPycError('stale', 'source mtime or size changed');
  if (!(sourceMtimeMs < cacheMtimeMs - TIMESTAMP_MARGIN_MS)) throw new BadPycError('stale', 'source changed within a second of its timestamp cache file');
}

/** The cheap checks (header, compile flags, source stamp): does this file claim to match? */
function checkStamp(file: Uint8Array, source: Uint8Array, mtimeMs: number, cacheMtimeMs: number, options: LoaderOptions): void {
  const header = readHeader(file);
  if (header.optimize !== (options.optimize === 1)) throw new BadPycError('other compile flags', `compiled ${header.optimize ? 'with' : 'without'} -O`);
  const s = header.stamp;
  if (s.mode === 'timestamp') {
    checkTimestamp(s, mtimeMs, source.length, cacheMtimeMs);
  } else if (s.mode === 'checked-hash') {
    const [lo, hi] = sourceHash(source);
    if (s.hash[0] !== lo || s.hash[1] !== hi) throw new BadPycError('stale', 'source hash changed');
  }
}

/** The payload (length, checksum, opcode table, version), decoded, its file name checked, verified. */
function loadChecked(file: Uint8Array, filename: string, options: LoaderOptions, trusted = false): CodeObject {
  const code = readPayload(file, options.version);
  if (code.co_filename !== filename) throw new BadPycError('stale', `compiled from ${code.co_filename}`);
  // CPython verifies no bytecode at all; tspy skips it only for the build's own files (see
  // trustedRoot): verifying runs cold, and was most of importing a module such as dataclasses.
  if (!trusted) verifyCode(code);
  return code;
}

/**
 * Write `data` to `path` atomically: a uniquely named temporary file in the same folder, then a
 * rename, so readers see the old file or the new one, never a part. Returns false (and leaves
 * nothing behind) when the folder cannot be written.
 */
export function writeAtomic(path: string, data: Uint8Array, mode: number): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch {
    return false;
  }
  const tmp = `${path}.${process.pid}.${Math.floor(Math.random() * 0xffffffff).toString(16)}.tmp`;
  try {
    writeFileSync(tmp, data, { mode, flag: 'wx' });
    renameSync(tmp, path);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was created
    }
    return false;
  }
}

/** The cache file mode: the source's, plus owner-write, never executable (CPython's _calc_mode). */
function cacheMode(sourceMode: number): number {
  return ((sourceMode & 0o666) | 0o200) & 0o666;
}

/**
 * Get the code for a source file: from a valid cache file, or by compiling (and writing the cache).
 * Syntax errors from `compile` propagate, and no cache file is written for them. Throws the
 * file system's error when the source itself cannot be read.
 */
export function getCode(sourcePath: string, filename: string, compile: CompileFn, options: LoaderOptions): LoadResult {
  const timings = options.timings;
  let t = timings ? performance.now() : 0;
  const before = statSync(sourcePath);
  if (!options.force) {
    const fast = timestampHit(sourcePath, before, filename, options);
    if (fast !== null) return fast;
    // declined: what that cost counts as cache lookup, then the ordinary path below
    if (timings) t = lap(timings, filename, 'cache lookup', t);
  }
  const bytes = readFileSync(sourcePath);
  const st = statSync(sourcePath);
  if (timings) t = lap(timings, filename, 'read source', t);
  // An editor wrote the file while we read it: the bytes may not match this mtime, so a
  // timestamp-stamped cache could later pass for the new source. Compile, but write nothing.
  const unsettled = before.mtimeMs !== st.mtimeMs || before.size !== st.size || st.size !== bytes.length;
  const cachePath = cacheFromSource(sourcePath, { optimize: options.optimize, prefix: options.prefix });
  const log = options.log;
  try {
    if (options.force) throw new BadPycError('forced', 'asked to recompile');
    const file = readCacheFile(cachePath);
    timings?.note(filename, 'bytes read', file.length);
    checkStamp(file, bytes, st.mtimeMs, cacheMtime(cachePath), options);
    if (timings) t = lap(timings, filename, 'cache lookup', t);
    const code = loadChecked(file, filename, options);
    if (timings) {
      lap(timings, filename, 'cache load', t);
      timings.note(filename, 'code objects', countCode(code));
      timings.note(filename, 'outcome', 'hit');
    }
    log?.(`# cache hit ${cachePath}`);
    return { code, cachePath, outcome: 'hit', wrote: false };
  } catch (e) {
    if (!(e instanceof BadPycError)) throw e;
    if (timings) {
      t = lap(timings, filename, 'cache lookup', t);
      timings.note(filename, 'outcome', e.reason);
    }
    log?.(`# cache miss (${e.reason}) ${cachePath}`);
    const code = compile(decodeSource(bytes), filename, options.optimize ?? 0, timings);
    if (timings) t = lap(timings, filename, 'compile call', t);
    let wrote = false;
    if (!options.dontWrite && !unsettled) {
      const stamp = stampFor(options.invalidationMode ?? 'checked-hash', bytes, st.mtimeMs);
      const pyc = buildPyc(code, stamp, options.optimize === 1, options.version);
      wrote = writeAtomic(cachePath, pyc, cacheMode(st.mode));
      if (timings) {
        lap(timings, filename, 'cache write', t);
        if (wrote) timings.note(filename, 'bytes written', pyc.length);
      }
      if (wrote) log?.(`# cache wrote ${cachePath}`);
    }
    return { code, cachePath, outcome: e.reason, wrote };
  }
}

/** The cache file's mtime (ms), or -Infinity when it cannot be read (nothing then passes the margin). */
function cacheMtime(cachePath: string): number {
  try {
    return statSync(cachePath).mtimeMs;
  } catch {
    return -Infinity;
  }
}

/**
 * A cache file stamped by timestamp whose stamp matches the source's stat (CPython's check):
 * used without reading or hashing the source at all. The build writes lib/'s cache files this
 * way. Null when the file is missing, not a timestamp file, or fails any check: getCode then
 * reads the source and takes the ordinary path, which finds and reports the reason.
 */
function timestampHit(sourcePath: string, st: Stats, filename: string, options: LoaderOptions): LoadResult | null {
  const timings = options.timings;
  const t0 = timings ? performance.now() : 0;
  const cachePath = cacheFromSource(sourcePath, { optimize: options.optimize, prefix: options.prefix });
  let code: CodeObject;
  let file: Uint8Array;
  let t1 = 0;
  try {
    file = readCacheFile(cachePath);
    const header = readHeader(file);
    const s = header.stamp;
    if (s.mode !== 'timestamp' || header.optimize !== (options.optimize === 1)) return null;
    checkTimestamp(s, st.mtimeMs, st.size, cacheMtime(cachePath));
    if (timings) t1 = performance.now();
    const root = options.trustedRoot;
    code = loadChecked(file, filename, options, root !== undefined && cachePath.startsWith(root + sep));
  } catch (e) {
    if (e instanceof BadPycError) return null;
    throw e;
  }
  if (timings) {
    timings.add(filename, 'cache lookup', t1 - t0);
    lap(timings, filename, 'cache load', t1);
    timings.note(filename, 'bytes read', file.length);
    timings.note(filename, 'code objects', countCode(code));
    timings.note(filename, 'outcome', 'hit');
  }
  options.log?.(`# cache hit ${cachePath}`);
  return { code, cachePath, outcome: 'hit', wrote: false };
}

/** Report the time since `since` as `phase` and return now (only called when timing). */
function lap(timings: LoaderTimings, filename: string, phase: string, since: number): number {
  const now = performance.now();
  timings.add(filename, phase, now - since);
  return now;
}

/** How many code objects a module's tree holds (for --timing). */
function countCode(code: CodeObject): number {
  let n = 1;
  for (const c of code.co_consts) if (c instanceof CodeObject) n += countCode(c);
  return n;
}

/** Load a .pyc run on its own, with no source beside it (`tspy run x.pyc`). Throws BadPycError. */
export function loadSourceless(pycPath: string, options: LoaderOptions): CodeObject {
  return decodePyc(new Uint8Array(readFileSync(pycPath)), options.version).code;
}

/**
 * Decode and verify a whole cache file without comparing it to any source (a sourceless run,
 * `tspy inspect`). Throws BadPycError.
 */
export function decodePyc(file: Uint8Array, version: string): { code: CodeObject; header: PycHeader } {
  const header = readHeader(file);
  const code = readPayload(file, version);
  verifyCode(code);
  return { code, header };
}
