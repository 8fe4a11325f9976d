// Compile throughput in main-thread CPU time, which a busy shared machine disturbs far less than
// wall time: the first compile() of the generated 5,000-line module in this fresh process (loading
// the compiler included), then the median of warm compiles. Prints one JSON line.
// Usage: node dist/bench/compilecpu.js [CHECKOUT] [--runs N]; CHECKOUT (default: this one) is the
// root of another built checkout, so two builds can be compared alternately with the same driver.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateModule } from './generate';

/** CPU time of this thread (the main thread) in ms, from Linux's schedstat; process CPU elsewhere. */
function threadMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e3;
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  let runs = 15;
  let root = resolve(__dirname, '..', '..');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else root = resolve(argv[i]);
  }
  const src = generateModule(5000);
  const lines = src.split('\n').length;
  const t0 = threadMs();
  const { compile } = require(resolve(root, 'dist', 'compiler')) as typeof import('../compiler');
  compile(src, 'gen.py');
  const first = threadMs() - t0;
  for (let i = 0; i < 3; i++) compile(src, 'gen.py');
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = threadMs();
    compile(src, 'gen.py');
    warm.push(threadMs() - t);
  }
  warm.sort((a, b) => a - b);
  const median = warm[warm.length >> 1];
  console.log(JSON.stringify({
    root, firstMs: +first.toFixed(1), warmMs: +median.toFixed(1),
    firstLinesPerSec: Math.round((lines / first) * 1000), warmLinesPerSec: Math.round((lines / median) * 1000),
  }));
}

main();
