// Guards against the nearley traps that make parsing explode: ambiguity (parse asserts exactly
// one parse per statement) and quadratic lists. Bounds are loose; speed.ts measures for real.

import { expect, it } from 'vitest';
import { parse } from '../../grammar/index';
import { ordinaryCode } from './ordinary';

it('parses 5,000 lines of ordinary code unambiguously and in well under a second per 1,000 lines', () => {
  const src = ordinaryCode(5000);
  const t = performance.now();
  const mod = parse(src, 'ordinary.py');
  const ms = performance.now() - t;
  expect(mod.body.length).toBe(600);
  expect(ms).toBeLessThan(5000);
});

it('long flat lists and long operator chains stay linear', () => {
  const n = 3000;
  const list = `x = [${Array.from({ length: n }, (_, i) => i).join(', ')}]\n`;
  const chain = `y = ${Array.from({ length: n }, (_, i) => `a${i}`).join(' + ')}\n`;
  const calls = `z = f(${Array.from({ length: n }, (_, i) => `k${i}=${i}`).join(', ')})\n`;
  const sum = `w = ${Array.from({ length: 20000 }, () => '1').join('+')}\n`;
  const t = performance.now();
  const mod = parse(list + chain + calls + sum, 'long.py');
  expect(performance.now() - t).toBeLessThan(5000);
  const x = mod.body[0];
  expect(x.kind === 'Assign' && x.value.kind === 'List' && x.value.elts.length).toBe(n);
});

it('deep prefix chains and attribute chains do not overflow the stack', () => {
  const src = `a = ${'-'.repeat(5000)}1\nb = ${'not '.repeat(5000)}c\nd = e${'.f'.repeat(5000)}\n`;
  expect(parse(src, 'deep.py').body.length).toBe(3);
});
