// Parse speed in lines/s on generated ordinary code: the first parse in this process (cold JIT),
// then the best of 10 warm parses. Usage: npx vite-node test/grammar/speed.ts [lines]

import { parse } from '../../grammar/index';
import { ordinaryCode } from './ordinary';

const lines = Number(process.argv[2] ?? 5000);
const src = ordinaryCode(lines);
const time = () => {
  const t = performance.now();
  parse(src, 'ordinary.py');
  return performance.now() - t;
};
const first = time();
let best = Infinity;
for (let i = 0; i < 10; i++) best = Math.min(best, time());
const rate = (ms: number) => Math.round((lines / ms) * 1000).toLocaleString('en-US');
console.log(`${lines} lines: first parse ${first.toFixed(0)} ms (${rate(first)} lines/s), warm best ${best.toFixed(0)} ms (${rate(best)} lines/s)`);
