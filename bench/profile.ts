// A small driver for profiling one benchmark program in-process: compile once, run it repeatedly,
// print the median run time (and CPython's, timed the same way, with --py). Run it under
// `node --cpu-prof dist/bench/profile.js NAME` to see where the VM spends its time.
// Usage: node dist/bench/profile.js NAME... [--runs N] [--py] [--cpu]
// --cpu reports process CPU time instead of wall time: steadier on a busy shared machine.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '../compiler';
import { runMain, type Host } from '../vm';
import { geomean, median } from './stats';

const root = resolve(__dirname, '..', '..');
const quietHost: Host = { stdout: () => {}, stderr: () => {}, readSource: () => null };


function main(): void {
  const argv = process.argv.slice(2);
  let runs = 10;
  let py = false;
  let cpu = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--py') py = true;
    else if (argv[i] === '--cpu') cpu = true;
    else names.push(argv[i]);
  }
  const ratios: number[] = [];
  for (const name of names) {
    const file = join(root, 'bench', 'programs', name.endsWith('.py') ? name : name + '.py');
    const code = compile(readFileSync(file, 'utf8'), file);
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      runMain(code, { argv: [file], host: quietHost });
      const c = process.cpuUsage(c0);
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 2) samples.push(cpu ? (c.user + c.system) / 1e3 : wall);
    }
    const ms = median(samples);
    let line = `${name.padEnd(16)} tspy ${ms.toFixed(1).padStart(7)} ms`;
    if (py) {
      const cp = spawnSync('python3', [join(root, 'bench', 'cpython_timer.py'), file, '5'], { encoding: 'utf8' });
      const cms = median((JSON.parse(cp.stdout) as { samples: number[] }).samples) * 1e3;
      ratios.push(ms / cms);
      line += `  CPython ${cms.toFixed(1).padStart(7)} ms  ratio ${(ms / cms).toFixed(2)}`;
    }
    console.log(line);
  }
  if (ratios.length > 1) {
    console.log(`geomean ${geomean(ratios).toFixed(2)}`);
  }
}

main();
