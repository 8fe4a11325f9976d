#!/usr/bin/env node
// Regenerates test/programs/*.out by running each program under real CPython 3.11.
// Usage: node scripts/expect.mjs [NAME.py ...]   (no names: every program)
// The .out format is parsed by test/expect.ts: stdout verbatim, then trailer lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'programs');
// The python3 on PATH may be a shim; ask it for the real interpreter once.
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.error('expect: python3 not found; expected outputs come from CPython 3.11');
  process.exit(2);
}
const [python, is311] = probe.stdout.trim().split('\n');
if (is311 !== 'True') {
  console.error(`expect: ${python} is not CPython 3.11`);
  process.exit(2);
}
const names = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
for (const name of names) {
  // NAME.stdin, when present, is the program's standard input; otherwise stdin is empty.
  const stdinFile = join(dir, name.replace(/\.py$/, '.stdin'));
  const r = spawnSync(python, [name], {
    cwd: dir,
    input: existsSync(stdinFile) ? readFileSync(stdinFile) : '',
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
    timeout: 60_000,
  });
  const errLines = r.stderr.replace(/\n$/, '').split('\n');
  const last = errLines[errLines.length - 1] ?? '';
  let out = r.stdout;
  if (out !== '' && !out.endsWith('\n')) out += '\n#~ stdout-ends-without-newline\n';
  out += `#~ stderr: ${last}\n#~ exit: ${r.status}\n`;
  writeFileSync(join(dir, name.replace(/\.py$/, '.out')), out);
  console.log(`${name}: exit ${r.status}${last ? `, ${last}` : ''}`);
}
