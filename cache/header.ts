// The .pyc file format: a 16-byte header as CPython 3.7+ (PEP 552), then a checked payload.
//
//   0  u16 FORMAT, '\r\n'          magic: bytecode format + CPython's text-mode guard
//   4  u32 flags                   bit 0 hash-based, bit 1 check source, bit 2 compiled with -O
//   8  u32 mtime, u32 size         timestamp mode (seconds, bytes), or
//   8  u32 hash lo, u32 hash hi    hash modes: 64-bit source hash
//  16  u32 payload length          bytes of marshal data
//  20  u32 crc32                   over every byte of the file except these four
//  24  u32 opcode table fingerprint
//  28  u8 n, n bytes               the tspy version that wrote the file
//  ..  marshal data                exactly `payload length` bytes, nothing after
//
// Format log (bump FORMAT when the layout changes, as CPython's magic-number log):
//   1  first format
// Imports only bytecode/.

import { OPCODE_FINGERPRINT, type CodeObject } from '../bytecode';
import { BadPycError } from './errors';
import { crc32Skipping } from './hash';
import { dumpCode, loadCode } from './marshal';

export const FORMAT = 1;
export const HEADER_SIZE = 16;
const PREAMBLE_SIZE = 12;

export const FLAG = { HASH_BASED: 1, CHECK_SOURCE: 2, OPTIMIZE: 4 } as const;
const KNOWN_FLAGS = FLAG.HASH_BASED | FLAG.CHECK_SOURCE | FLAG.OPTIMIZE;

export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

/** What the header says about the source the file was compiled from. */
export type SourceStamp =
  | { mode: 'timestamp'; mtime: number; size: number }
  | { mode: 'checked-hash' | 'unchecked-hash'; hash: readonly [number, number] };

export interface PycHeader {
  stamp: SourceStamp;
  optimize: boolean;
}

/** Build a whole .pyc file. Same code, stamp, flags and version give the same bytes. */
export function buildPyc(code: CodeObject, stamp: SourceStamp, optimize: boolean, version: string): Uint8Array {
  const payload = dumpCode(code);
  const ver = new TextEncoder().encode(version).subarray(0, 255);
  const out = new Uint8Array(HEADER_SIZE + PREAMBLE_SIZE + 1 + ver.length + payload.length);
  const v = new DataView(out.buffer);
  v.setUint16(0, FORMAT, true);
  out[2] = 0x0d;
  out[3] = 0x0a;
  let flags = optimize ? FLAG.OPTIMIZE : 0;
  if (stamp.mode === 'timestamp') {
    v.setUint32(8, stamp.mtime >>> 0, true);
    v.setUint32(12, stamp.size >>> 0, true);
  } else {
    flags |= FLAG.HASH_BASED | (stamp.mode === 'checked-hash' ? FLAG.CHECK_SOURCE : 0);
    v.setUint32(8, stamp.hash[0], true);
    v.setUint32(12, stamp.hash[1], true);
  }
  v.setUint32(4, flags, true);
  v.setUint32(16, payload.length, true);
  v.setUint32(24, OPCODE_FINGERPRINT, true);
  out[28] = ver.length;
  out.set(ver, 29);
  out.set(payload, 29 + ver.length);
  v.setUint32(20, fileCrc(out), true);
  return out;
}

/** The file's checksum: every byte, with the checksum field itself read as zeros. */
function fileCrc(file: Uint8Array): number {
  return crc32Skipping(file, 20, 24);
}

/** Check magic and flags and decode the source stamp. Cheap: reads 16 bytes. */
export function readHeader(file: Uint8Array): PycHeader {
  if (file.length < 4) throw new BadPycError(file.length === 0 ? 'truncated' : 'bad magic', `file is ${file.length} bytes long`);
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const format = v.getUint16(0, true);
  if (format !== FORMAT || file[2] !== 0x0d || file[3] !== 0x0a) {
    throw new BadPycError('bad magic', `magic is ${Array.from(file.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')}, expected format ${FORMAT}`);
  }
  if (file.length < HEADER_SIZE) throw new BadPycError('truncated', `header is ${file.length} of ${HEADER_SIZE} bytes`);
  const flags = v.getUint32(4, true);
  if (flags & ~KNOWN_FLAGS || (flags & FLAG.CHECK_SOURCE && !(flags & FLAG.HASH_BASED))) {
    throw new BadPycError('bad flags', `flags word is 0x${flags.toString(16)}`);
  }
  const a = v.getUint32(8, true);
  const b = v.getUint32(12, true);
  const stamp: SourceStamp = flags & FLAG.HASH_BASED
    ? { mode: flags & FLAG.CHECK_SOURCE ? 'checked-hash' : 'unchecked-hash', hash: [a, b] }
    : { mode: 'timestamp', mtime: a, size: b };
  return { stamp, optimize: (flags & FLAG.OPTIMIZE) !== 0 };
}

/** Whether file[at, at + n) holds exactly `text`, an ASCII string (no TextDecoder on the warm path). */
function sameAscii(file: Uint8Array, at: number, n: number, text: string): boolean {
  if (n !== text.length) return false;
  for (let i = 0; i < n; i++) if (file[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Check the payload (length, checksum, opcode table, writer's version) and decode it.
 * Throws BadPycError; the caller still verifies the code objects before running them.
 */
export function readPayload(file: Uint8Array, version: string): CodeObject {
  if (file.length < HEADER_SIZE + PREAMBLE_SIZE + 1) throw new BadPycError('truncated', `file is ${file.length} bytes long`);
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const length = v.getUint32(16, true);
  const verLen = file[28];
  const start = HEADER_SIZE + PREAMBLE_SIZE + 1 + verLen;
  if (start > file.length) throw new BadPycError('truncated', `the ${verLen}-byte version string does not fit in ${file.length - 29}`);
  if (start + length > file.length) throw new BadPycError('truncated', `payload of ${length} bytes does not fit in ${file.length - start}`);
  if (start + length < file.length) throw new BadPycError('corrupt', `${file.length - start - length} bytes of trailing junk`);
  if (fileCrc(file) !== v.getUint32(20, true)) throw new BadPycError('checksum mismatch', 'the CRC-32 does not match the contents');
  if (v.getUint32(24, true) !== OPCODE_FINGERPRINT) throw new BadPycError('opcode table changed', 'written for another opcode table');
  if (!sameAscii(file, 29, verLen, version)) {
    const writer = new TextDecoder().decode(file.subarray(29, 29 + verLen));
    throw new BadPycError('other tspy version', `written by tspy ${writer}, this is ${version}`);
  }
  return loadCode(file.subarray(start, start + length));
}

/** Every header and preamble field as stored, for `tspy inspect`; absent where the file is too short. */
export interface PycFields {
  size: number;
  magic?: Uint8Array;
  format?: number;
  flags?: number;
  stampWords?: [number, number];
  payloadLength?: number;
  crcStored?: number;
  crcActual?: number;
  fingerprint?: number;
  version?: string;
}

/** Read the raw fields without judging them (inspect shows them, then says what is wrong). */
export function pycFields(file: Uint8Array): PycFields {
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const f: PycFields = { size: file.length };
  if (file.length >= 4) {
    f.magic = file.slice(0, 4);
    f.format = v.getUint16(0, true);
  }
  if (file.length >= 8) f.flags = v.getUint32(4, true);
  if (file.length >= 16) f.stampWords = [v.getUint32(8, true), v.getUint32(12, true)];
  if (file.length >= 20) f.payloadLength = v.getUint32(16, true);
  if (file.length >= 24) {
    f.crcStored = v.getUint32(20, true);
    f.crcActual = fileCrc(file);
  }
  if (file.length >= 28) f.fingerprint = v.getUint32(24, true);
  if (file.length >= 29 && file.length >= 29 + file[28]) f.version = new TextDecoder().decode(file.subarray(29, 29 + file[28]));
  return f;
}
