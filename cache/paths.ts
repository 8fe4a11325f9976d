// Where cache files live (PEP 3147/488): __pycache__/<name>.<tag>.pyc beside the source, or the
// same tree under a prefix (PYTHONPYCACHEPREFIX). The tag names tspy and its bytecode format so
// CPython's files and ours, and two tspy formats, never collide. Imports nothing from tspy.

import { basename, dirname, join, resolve } from 'node:path';
import { FORMAT } from './header';

/** The cache tag, as CPython's sys.implementation.cache_tag ('cpython-311'). */
export const CACHE_TAG = `tspy-${FORMAT}`;

export interface PathOptions {
  /** 1 under -O: the file is named <name>.<tag>.opt-1.pyc. */
  optimize?: 0 | 1;
  /** Keep the cache tree under this folder instead of beside sources. */
  prefix?: string;
}

/** The cache file for a source file (CPython's importlib.util.cache_from_source). */
export function cacheFromSource(sourcePath: string, options: PathOptions = {}): string {
  const abs = resolve(sourcePath);
  const stem = basename(abs).replace(/\.py$/, '');
  const name = `${stem}.${CACHE_TAG}${options.optimize ? '.opt-1' : ''}.pyc`;
  if (options.prefix) return join(resolve(options.prefix), dirname(abs).replace(/^[A-Za-z]:/, ''), name);
  return join(dirname(abs), '__pycache__', name);
}

/** True for a file name this tspy's cache writes (used by `tspy cache clean` and `info`). */
export function isCacheFileName(name: string): boolean {
  return /^[^.]+(?:\.[^.]+)*\.tspy-\d+(?:\.opt-1)?\.pyc$/.test(name) || /\.tspy-\d+(?:\.opt-1)?\.pyc\.\d+\.[0-9a-f]+\.tmp$/.test(name);
}

/** The source a cache file beside sources belongs to (importlib.util.source_from_cache), or null. */
export function sourceFromCache(cachePath: string): string | null {
  const abs = resolve(cachePath);
  const m = /^(.*)\.tspy-\d+(?:\.opt-1)?\.pyc$/.exec(basename(abs));
  if (!m || basename(dirname(abs)) !== '__pycache__') return null;
  return join(dirname(dirname(abs)), `${m[1]}.py`);
}
