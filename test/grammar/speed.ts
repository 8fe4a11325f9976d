// Parse speed in lines/s on generated ordinary code: the first parse in this process (cold JIT),
// then the best of 10 warm parses. Usage: npx vite-node test/grammar/speed.ts [lines]

import { parse } from '../../grammar/index';
import { ordinaryCode } from './ordinary';

const lines = Number(process.argv[2] ?? 5000);
const src = ordinaryCode(lines);
// CPU time next to wall time: on a busy machine the CPU time is the steadier number.
const time = (): [number, number] => {
  const c = process.cpuUsage();
  const t = performance.now();
  parse(src, 'ordinary.py');
  const d = process.cpuUsage(c);
  return [performance.now() - t, (d.user + d.system) / 1000];
};
const first = time();
let best: [number, number] = [Infinity, Infinity];
for (let i = 0; i < 10; i++) {
  const [wall, cpu] = time();
  best = [Math.min(best[0], wall), Math.min(best[1], cpu)];
}
const rate = (ms: number) => Math.round((lines / ms) * 1000).toLocaleString('en-US');
const show = ([wall, cpu]: [number, number]) => `${wall.toFixed(0)} ms = ${rate(wall)} lines/s (CPU ${cpu.toFixed(0)} ms = ${rate(cpu)} lines/s)`;
console.log(`${lines} lines of ordinary code\n  first parse in this process: ${show(first)}\n  warm, best of 10:            ${show(best)}`);
