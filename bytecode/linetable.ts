// Line tables: map instruction offsets to source lines, in CPython 3.7's co_lnotab encoding.
// Pairs of (byte-offset increment 0..255, line increment as a signed byte -128..127), with large
// steps split over several pairs. A leaf module: imports nothing from tspy.

/** Encode (offset, line) starts, sorted by offset, relative to firstLineno. */
export function encodeLineTable(firstLineno: number, starts: readonly (readonly [offset: number, line: number])[]): Uint8Array {
  const out: number[] = [];
  let lastOff = 0;
  let lastLine = firstLineno;
  for (const [off, line] of starts) {
    let dOff = off - lastOff;
    let dLine = line - lastLine;
    if (dOff < 0) throw new Error('line table offsets must not decrease');
    if (dLine === 0) continue;
    while (dOff > 255) {
      out.push(255, 0);
      dOff -= 255;
    }
    while (dLine > 127) {
      out.push(dOff, 127);
      dOff = 0;
      dLine -= 127;
    }
    while (dLine < -128) {
      out.push(dOff, 0x80); // -128
      dOff = 0;
      dLine += 128;
    }
    out.push(dOff, dLine & 0xff);
    lastOff = off;
    lastLine = line;
  }
  return Uint8Array.from(out);
}

/** Decode into the (offset, line) pairs where a new line starts (what dis.findlinestarts yields). */
export function lineStarts(firstLineno: number, table: Uint8Array): [offset: number, line: number][] {
  const result: [number, number][] = [];
  let off = 0;
  let line = firstLineno;
  let lastLine = -1;
  for (let i = 0; i + 1 < table.length; i += 2) {
    const dOff = table[i];
    const dLine = table[i + 1] >= 0x80 ? table[i + 1] - 256 : table[i + 1];
    if (dOff) {
      if (line !== lastLine) {
        result.push([off, line]);
        lastLine = line;
      }
      off += dOff;
    }
    line += dLine;
  }
  if (line !== lastLine) result.push([off, line]);
  return result;
}

/** The source line of the instruction at byte offset `offset`. */
export function lineForOffset(firstLineno: number, table: Uint8Array, offset: number): number {
  let off = 0;
  let line = firstLineno;
  for (let i = 0; i + 1 < table.length; i += 2) {
    off += table[i];
    if (off > offset) break;
    line += table[i + 1] >= 0x80 ? table[i + 1] - 256 : table[i + 1];
  }
  return line;
}
