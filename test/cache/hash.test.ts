// The cache's CRC-32 (slicing-by-8) against the textbook bit-at-a-time definition, and the check
// value every CRC-32 implementation must give for "123456789".

import { describe, expect, it } from 'vitest';
import { crc32 } from '../../cache';
import { crc32Skipping, useNativeCrc32 } from '../../cache/hash';
import { crc32 as zlibCrc32 } from 'node:zlib';

/** CRC-32 one bit at a time, straight from the definition (reflected polynomial 0xEDB88320). */
function reference(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('matches the bitwise definition for every length up to 70 and at odd offsets', () => {
    for (let n = 0; n <= 70; n++) {
      const buf = bytes(n + 5, n);
      const view = buf.subarray(3, 3 + n); // not 8-aligned
      expect(crc32(view), `length ${n}`).toBe(reference(view));
    }
    const big = bytes(100_003, 7);
    expect(crc32(big)).toBe(reference(big));
  });

  it('reads a skipped range as zeros, wherever it falls', () => {
    const data = bytes(1000, 3);
    for (const [from, to] of [[0, 4], [20, 24], [996, 1000], [5, 5], [990, 1200]]) {
      const zeroed = data.slice();
      zeroed.fill(0, from, Math.min(to, data.length));
      expect(crc32Skipping(data, from, to), `${from}-${to}`).toBe(reference(zeroed));
    }
  });

  it('gives the same answers through a native CRC (zlib) as through its own tables', () => {
    const big = bytes(50_001, 11);
    const cases: [number, number][] = [[20, 24], [0, 4], [49_990, 50_010], [7, 7], [100, 160]];
    const own = cases.map(([a, b]) => crc32Skipping(big, a, b));
    let asked = 0;
    useNativeCrc32(() => {
      asked++;
      return zlibCrc32;
    });
    try {
      expect(cases.map(([a, b]) => crc32Skipping(big, a, b))).toEqual(own);
      expect(crc32Skipping(bytes(100, 1), 20, 24)).toBe(reference(bytes(100, 1).fill(0, 20, 24)));
      expect(asked).toBe(1);
      const zeroed = big.slice();
      zeroed.fill(0, 20, 24);
      expect(crc32Skipping(big, 20, 24)).toBe(reference(zeroed));
    } finally {
      useNativeCrc32(null);
    }
  });
});
