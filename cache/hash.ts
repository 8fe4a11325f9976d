// Checksums for cache files: CRC-32 over the payload (catches any flipped byte or burst) and a
// fast 64-bit source hash for hash-based invalidation (PEP 552), written in plain JS so the cache
// runs wherever the VM does. Imports nothing from tspy.

/** The CRC of each byte value (the zlib polynomial, reflected). */
const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

// Slicing-by-8 (Intel's method): SLICES[k * 256 + b] is the CRC of byte b followed by k zero
// bytes, so eight bytes fold into the CRC with eight independent lookups. Built on the first input
// long enough to repay it: a small .pyc is done byte by byte sooner than the table is built.
let SLICES: Int32Array | null = null;
const SLICE_FROM = 4096;

function slices(): Int32Array {
  const t = new Int32Array(256 * 8);
  t.set(CRC_TABLE);
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  }
  return t;
}

/** CRC-32 (the zlib polynomial) of `data`. */
export function crc32(data: Uint8Array): number {
  return crc32Skipping(data, 0, 0);
}

/** The CRC register `c` (pre-inverted) after data[from, to). */
function crcRange(c: number, data: Uint8Array, from: number, to: number): number {
  let i = from;
  if (to - from >= SLICE_FROM) {
    const T = (SLICES ??= slices());
    for (; i + 8 <= to; i += 8) {
      const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
      c = T[1792 + (lo & 0xff)] ^ T[1536 + ((lo >>> 8) & 0xff)] ^ T[1280 + ((lo >>> 16) & 0xff)] ^ T[1024 + (lo >>> 24)] ^
        T[768 + data[i + 4]] ^ T[512 + data[i + 5]] ^ T[256 + data[i + 6]] ^ T[data[i + 7]];
    }
  }
  for (; i < to; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return c;
}

/** A native CRC-32 with zlib's polynomial and chaining (`crc(b, crc(a))` is the CRC of a + b). */
export type Crc32Fn = (data: Uint8Array, value?: number) => number;

let nativeCrc: Crc32Fn | null | undefined = null;
let nativeProvider: (() => Crc32Fn | null) | null = null;
/** Native CRCs pay off from here; below it the call costs more than the table. */
const NATIVE_FROM = 8192;

/**
 * Let a host supply a native CRC-32 (Node's zlib.crc32, about 5x faster than slicing-by-8 on a
 * large .pyc). The provider runs on the first large input, so a run that checks only small files
 * never loads it. The results are the same either way (test/cache/hash.test.ts).
 */
export function useNativeCrc32(provider: (() => Crc32Fn | null) | null): void {
  nativeProvider = provider;
  nativeCrc = provider === null ? null : undefined;
}

const ZEROS = new Uint8Array(64);

/** CRC-32 of `data` with bytes [skipFrom, skipTo) read as zeros: a file's own checksum field. */
export function crc32Skipping(data: Uint8Array, skipFrom: number, skipTo: number): number {
  const n = data.length;
  const a = Math.min(skipFrom, n);
  const b = Math.max(a, Math.min(skipTo, n));
  if (n >= NATIVE_FROM && nativeCrc !== null && b - a <= ZEROS.length) {
    if (nativeCrc === undefined) nativeCrc = nativeProvider!();
    if (nativeCrc !== null) {
      const f = nativeCrc;
      return f(data.subarray(b), f(ZEROS.subarray(0, b - a), f(data.subarray(0, a)))) >>> 0;
    }
  }
  let c = crcRange(-1, data, 0, a);
  for (let i = a; i < b; i++) c = CRC_TABLE[c & 0xff] ^ (c >>> 8);
  c = crcRange(c, data, b, n);
  return (c ^ -1) >>> 0;
}

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A 64-bit hash of the source bytes as two 32-bit lanes (murmur3-style mixing, different seeds
 * and multipliers). Not cryptographic: it guards against edits, not adversaries.
 */
export function sourceHash(data: Uint8Array): [lo: number, hi: number] {
  let h1 = 0x9747b28c ^ data.length;
  let h2 = 0x1b873593 ^ Math.imul(data.length, 0x27d4eb2f);
  const words = data.length >>> 2;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < words; i++) {
    let k = view.getUint32(i * 4, true);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 ^= Math.imul(k ^ (k >>> 16), 0x85ebca6b);
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (Math.imul(h2, 9) + 0x38b34ae5) | 0;
  }
  let tail = 0;
  for (let i = words * 4; i < data.length; i++) tail = (tail << 8) | data[i];
  h1 = mix32(h1 ^ Math.imul(tail, 0xcc9e2d51) ^ h2);
  h2 = mix32(h2 ^ Math.imul(tail, 0x1b873593) ^ h1);
  return [h1, h2];
}
