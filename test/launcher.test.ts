// bin/tspy.js, the launcher: it runs dist/bundle/*.js through V8's code cache and must never run
// stale code. Each test works on a private copy of the launcher and the bundles (the launcher finds
// them beside itself), so the real install's cache files are left alone.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

function install(): { run: (...args: string[]) => { stdout: string; stderr: string; status: number | null }; cache: string; bundle: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-launcher-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  copyFileSync(join(root, 'bin', 'tspy.js'), join(dir, 'bin', 'tspy.js'));
  for (const name of ['cli.js', 'compiler.js']) copyFileSync(join(root, 'dist', 'bundle', name), join(dir, 'dist', 'bundle', name));
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'tspy.js'), ...args], { cwd: dir, encoding: 'utf8' });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  };
  return { run, cache: join(dir, 'dist', 'bundle', 'cli.js.v8cache'), bundle: join(dir, 'dist', 'bundle', 'cli.js') };
}

describe('the launcher', () => {
  it('writes a code cache on the first run and uses it after', () => {
    const { run, cache } = install();
    expect(existsSync(cache)).toBe(false);
    expect(run('-c', 'print(6 * 7)').stdout).toBe('42\n');
    expect(existsSync(cache)).toBe(true);
    expect(existsSync(`${cache.replace('cli.js', 'compiler.js')}`)).toBe(true);
    const before = statSync(cache).mtimeMs;
    expect(run('-c', 'print(6 * 7)').stdout).toBe('42\n');
    expect(statSync(cache).mtimeMs).toBe(before); // accepted, so not rewritten
  });

  it('never runs stale code: an edited bundle of the same length ignores the old cache', () => {
    const { run, cache, bundle } = install();
    expect(run('--version').stdout).toMatch(/\(Python 3\.11 subset\)\n$/);
    const old = readFileSync(cache);
    // Same length, so V8's own check (it hashes only the source length) would accept the old cache.
    const text = readFileSync(bundle, 'latin1');
    expect(text).toContain('(Python 3.11 subset)');
    writeFileSync(bundle, text.replace('(Python 3.11 subset)', '(Python 3.11 SUBSET)'), 'latin1');
    expect(run('--version').stdout).toMatch(/\(Python 3\.11 SUBSET\)\n$/);
    expect(readFileSync(cache).equals(old)).toBe(false); // rewritten for the new bundle
    expect(run('--version').stdout).toMatch(/\(Python 3\.11 SUBSET\)\n$/);
  });

  it('a corrupt or truncated cache is rejected and rewritten, never fatal', () => {
    const { run, cache } = install();
    run('-c', 'pass');
    const good = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([good.subarray(0, 64), Buffer.alloc(4096, 0x5a)]));
    expect(run('-c', 'print("ok")')).toMatchObject({ stdout: 'ok\n', status: 0 });
    writeFileSync(cache, good.subarray(0, 10));
    expect(run('-c', 'print("ok")')).toMatchObject({ stdout: 'ok\n', status: 0 });
    expect(readFileSync(cache).length).toBeGreaterThan(64);
  });
});
