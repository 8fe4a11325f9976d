// grammar/python.gen.ts must be nearleyc's current output for grammar/python.ne.

import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const ne = join(root, 'grammar', 'python.ne');
const gen = join(root, 'grammar', 'python.gen.ts');

it('python.gen.ts is not older than python.ne', () => {
  expect(statSync(gen).mtimeMs).toBeGreaterThanOrEqual(statSync(ne).mtimeMs);
});

it('python.gen.ts is exactly what nearleyc generates from python.ne (run `npm run gen`)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tspy-gen-'));
  try {
    const out = join(dir, 'python.gen.ts');
    execFileSync(process.execPath, [join(root, 'node_modules', 'nearley', 'bin', 'nearleyc.js'), ne, '-o', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8') === readFileSync(gen, 'utf8')).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 20000);
