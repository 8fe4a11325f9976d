// The loader: hit, miss with a reason, never stale, atomic writes, -B, prefixes, -O naming,
// unwritable folders, file modes. A fake compile function stands in for the compiler.

import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CodeObject, Op } from '../../bytecode';
import { buildPyc, cacheFromSource, getCode, type LoaderOptions } from '../../cache';
import { asm, makeCode } from './fixtures';

const VERSION = '0.0.0-test';
let dir: string;
let compiles: string[];

/** Compiles by recording the source; a source containing 'SYNTAX' fails like a syntax error. */
function fakeCompile(source: string, filename: string): CodeObject {
  if (source.includes('SYNTAX')) throw new Error('syntax error');
  compiles.push(source);
  return makeCode({ co_filename: filename, co_consts: [source] });
}

function load(path: string, extra: Partial<LoaderOptions> = {}) {
  const lines: string[] = [];
  const r = getCode(path, path, fakeCompile, { version: VERSION, log: (l) => lines.push(l), ...extra });
  return { ...r, lines };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tspy-cache-'));
  compiles = [];
});

describe('getCode', () => {
  it('misses, writes, then hits without compiling', () => {
    const src = join(dir, 'm.py');
    writeFileSync(src, 'print(1)\n');
    const first = load(src);
    expect(first.outcome).toBe('missing');
    expect(first.wrote).toBe(true);
    expect(first.cachePath).toBe(join(dir, '__pycache__', 'm.tspy-1.pyc'));
    expect(first.lines).toEqual([`# cache miss (missing) ${first.cachePath}`, `# cache wrote ${first.cachePath}`]);
    const second = load(src);
    expect(second.outcome).toBe('hit');
    expect(second.lines).toEqual([`# cache hit ${first.cachePath}`]);
    expect(second.code.co_consts[0]).toBe('print(1)\n');
    expect(compiles).toEqual(['print(1)\n']);
  });

  it('detects a same-size edit within the same second, and an old mtime restored', () => {
    const src = join(dir, 'm.py');
    writeFileSync(src, 'x = 1\n');
    const { mtime } = statSync(src);
    load(src);
    writeFileSync(src, 'x = 2\n');
    utimesSync(src, mtime, mtime);
    const edited = load(src);
    expect(edited.outcome).toBe('stale');
    expect(edited.code.co_consts[0]).toBe('x = 2\n');
    writeFileSync(src, 'y = 3\n');
    utimesSync(src, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(load(src).code.co_consts[0]).toBe('y = 3\n');
    expect(load(src).outcome).toBe('hit');
  });

  it('timestamp mode checks mtime and size', () => {
    const src = join(dir, 't.py');
    writeFileSync(src, 'a = 1\n');
    const old = new Date(Date.now() - 10_000);
    utimesSync(src, old, old);
    load(src, { invalidationMode: 'timestamp' });
    expect(load(src).outcome).toBe('hit');
    writeFileSync(src, 'a = 22\n');
    expect(load(src).outcome).toBe('stale');
  });

  it('a timestamp file that matches is used without reading the source', () => {
    const src = join(dir, 't.py');
    writeFileSync(src, 'a = 1\n');
    const old = new Date(Date.now() - 10_000);
    utimesSync(src, old, old);
    load(src, { invalidationMode: 'timestamp' });
    const phases = new Set<string>();
    const timings = { add: (_f: string, phase: string) => phases.add(phase), note: () => {} };
    const r = load(src, { timings });
    expect(r.outcome).toBe('hit');
    expect([...phases].sort()).toEqual(['cache load', 'cache lookup']);
    // a checked-hash file reads and hashes the source
    const h = join(dir, 'h.py');
    writeFileSync(h, 'b = 1\n');
    load(h);
    phases.clear();
    expect(load(h, { timings }).outcome).toBe('hit');
    expect(phases.has('read source')).toBe(true);
  });

  it('skips the verifier only for the build\'s timestamp files under the trusted root', () => {
    // A cache file with a correct checksum whose bytecode the verifier rejects (LOAD_CONST 5 of 1).
    const place = (root: string) => {
      mkdirSync(root, { recursive: true });
      const src = join(root, 'm.py');
      writeFileSync(src, 'x = 1\n');
      const old = new Date(Date.now() - 10_000);
      utimesSync(src, old, old);
      const st = statSync(src);
      const bad = makeCode({ co_filename: src, co_code: asm([Op.LOAD_CONST, 5], [Op.RETURN_VALUE]) });
      const pyc = buildPyc(bad, { mode: 'timestamp', mtime: Math.floor(st.mtimeMs / 1000), size: st.size }, false, VERSION);
      const cache = cacheFromSource(src);
      mkdirSync(join(root, '__pycache__'), { recursive: true });
      writeFileSync(cache, pyc);
      return src;
    };
    const lib = join(dir, 'lib');
    const trusted = load(place(lib), { trustedRoot: lib });
    expect(trusted.outcome).toBe('hit');
    expect(compiles).toEqual([]);
    const elsewhere = load(place(join(dir, 'app')), { trustedRoot: lib });
    expect(elsewhere.outcome).toBe('invalid bytecode');
    expect(compiles).toEqual(['x = 1\n']);
  });

  it('never trusts a timestamp file written within a second of its source changing', () => {
    // The same second and the same size: what a timestamp alone cannot tell apart.
    const src = join(dir, 't.py');
    writeFileSync(src, 'a = 1\n');
    const cache = load(src, { invalidationMode: 'timestamp' }).cachePath;
    const written = statSync(cache).mtime;
    writeFileSync(src, 'a = 2\n');
    utimesSync(src, written, written); // an edit right after the write, in the same second
    const r = load(src);
    expect(r.outcome).toBe('stale');
    expect(r.code.co_consts[0]).toBe('a = 2\n');
    // rewritten (checked-hash by default), then a hit with the new code
    const again = load(src);
    expect(again.outcome).toBe('hit');
    expect(again.code.co_consts[0]).toBe('a = 2\n');
  });

  it('-B reads a valid cache but writes none', () => {
    const src = join(dir, 'b.py');
    writeFileSync(src, 'pass\n');
    const r = load(src, { dontWrite: true });
    expect(r.wrote).toBe(false);
    expect(readdirSync(dir)).toEqual(['b.py']);
    load(src);
    expect(load(src, { dontWrite: true }).outcome).toBe('hit');
  });

  it('a prefix keeps the cache tree elsewhere', () => {
    const src = join(dir, 'p.py');
    writeFileSync(src, 'pass\n');
    const prefix = join(dir, 'prefix');
    const r = load(src, { prefix });
    expect(r.cachePath).toBe(join(prefix, dir, 'p.tspy-1.pyc'));
    expect(statSync(r.cachePath).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['p.py', 'prefix']);
  });

  it('-O files are named opt-1 and are not used without -O', () => {
    const src = join(dir, 'o.py');
    writeFileSync(src, 'pass\n');
    const r = load(src, { optimize: 1 });
    expect(r.cachePath).toBe(cacheFromSource(src, { optimize: 1 }));
    expect(r.cachePath.endsWith('o.tspy-1.opt-1.pyc')).toBe(true);
    expect(load(src).outcome).toBe('missing');
    expect(load(src, { optimize: 1 }).outcome).toBe('hit');
  });

  it('runs without writing, silently, when __pycache__ is not a folder', () => {
    const src = join(dir, 'w.py');
    writeFileSync(src, 'pass\n');
    writeFileSync(join(dir, '__pycache__'), 'not a folder');
    const r = load(src);
    expect(r.wrote).toBe(false);
    expect(r.code.co_consts[0]).toBe('pass\n');
    expect(readdirSync(dir).sort()).toEqual(['__pycache__', 'w.py']);
  });

  it('writes nothing for a source that fails to compile, and leaves no temporary files', () => {
    const src = join(dir, 's.py');
    writeFileSync(src, 'SYNTAX\n');
    expect(() => load(src)).toThrow('syntax error');
    expect(readdirSync(dir)).toEqual(['s.py']);
    writeFileSync(src, 'ok\n');
    load(src);
    expect(readdirSync(join(dir, '__pycache__'))).toEqual(['s.tspy-1.pyc']);
  });

  it('gives the cache file the source mode plus owner-write, never executable', () => {
    const src = join(dir, 'x.py');
    writeFileSync(src, 'pass\n');
    chmodSync(src, 0o555);
    const r = load(src);
    const mode = statSync(r.cachePath).mode & 0o777;
    expect(mode & 0o111).toBe(0);
    expect(mode & 0o200).toBe(0o200);
  });

  it('recompiles a damaged cache file and rewrites it', () => {
    const src = join(dir, 'd.py');
    writeFileSync(src, 'pass\n');
    const { cachePath } = load(src);
    const bytes = readFileSync(cachePath);
    bytes[bytes.length - 3] ^= 0x40;
    writeFileSync(cachePath, bytes);
    expect(load(src).outcome).toBe('checksum mismatch');
    expect(load(src).outcome).toBe('hit');
  });

  it('ignores leftover temporary files from a killed process', () => {
    const src = join(dir, 'k.py');
    writeFileSync(src, 'pass\n');
    mkdirSync(join(dir, '__pycache__'));
    writeFileSync(join(dir, '__pycache__', 'k.tspy-1.pyc.999.abc.tmp'), 'half a file');
    expect(load(src).outcome).toBe('missing');
    expect(load(src).outcome).toBe('hit');
  });

  it('treats a cache compiled for another path as stale', () => {
    const src = join(dir, 'mv.py');
    writeFileSync(src, 'pass\n');
    load(src);
    const r = getCode(src, '/elsewhere/mv.py', fakeCompile, { version: VERSION });
    expect(r.outcome).toBe('stale');
    expect(r.code.co_filename).toBe('/elsewhere/mv.py');
  });
});
