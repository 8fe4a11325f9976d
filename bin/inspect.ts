// `tspy inspect FILE.pyc`: a cache file decoded field by field, whether it is valid against its
// source now (and why not), then the disassembly. A damaged file is described, never fatal.

import { readFileSync, statSync } from 'node:fs';
import { OPCODE_FINGERPRINT, dis, type CodeObject } from '../bytecode';
import { BadPycError, decodePyc, FLAG, FORMAT, pycFields, sourceFromCache, validatePyc } from '../cache';

const hex = (n: number, width = 8) => `0x${n.toString(16).padStart(width, '0')}`;

function flagsMeaning(flags: number): string {
  if (flags & ~(FLAG.HASH_BASED | FLAG.CHECK_SOURCE | FLAG.OPTIMIZE)) return 'unknown bits set';
  const mode = flags & FLAG.HASH_BASED ? (flags & FLAG.CHECK_SOURCE ? 'checked-hash' : 'unchecked-hash') : flags & FLAG.CHECK_SOURCE ? 'invalid (check-source without hash)' : 'timestamp';
  return `${mode}${flags & FLAG.OPTIMIZE ? ', compiled with -O' : ''}`;
}

/** Print the report; returns 0 for a valid, current file, 1 otherwise. */
export function cmdInspect(file: string, version: string, out: (s: string) => void): number {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    out(`tspy: can't open file '${file}': ${(e as Error).message}\n`);
    return 2;
  }
  const f = pycFields(bytes);
  const row = (label: string, value: string) => out(`${label.padEnd(14)}${value}\n`);
  row('file:', `${file} (${f.size} bytes)`);
  if (f.magic) row('magic:', `${Array.from(f.magic, (b) => b.toString(16).padStart(2, '0')).join(' ')}  (format ${f.format}${f.format === FORMAT ? '' : `, this tspy reads format ${FORMAT}`}${f.magic[2] === 0x0d && f.magic[3] === 0x0a ? ', \\r\\n' : ', no \\r\\n guard'})`);
  if (f.flags !== undefined) row('flags:', `${hex(f.flags)}  (${flagsMeaning(f.flags)})`);
  if (f.stampWords && f.flags !== undefined) {
    if (f.flags & FLAG.HASH_BASED) row('source hash:', hex(f.stampWords[1]) + f.stampWords[0].toString(16).padStart(8, '0'));
    else {
      row('source mtime:', `${new Date(f.stampWords[0] * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC')} (${f.stampWords[0]})`);
      row('source size:', `${f.stampWords[1]} bytes`);
    }
  }
  if (f.payloadLength !== undefined) row('payload:', `${f.payloadLength} bytes of marshal data`);
  if (f.crcStored !== undefined) row('crc32:', `${hex(f.crcStored)} (${f.crcStored === f.crcActual ? 'matches' : `contents give ${hex(f.crcActual!)}`})`);
  if (f.fingerprint !== undefined) row('opcode table:', `${hex(f.fingerprint)} (${f.fingerprint === OPCODE_FINGERPRINT ? 'this tspy\'s' : `this tspy's is ${hex(OPCODE_FINGERPRINT)}`})`);
  if (f.version !== undefined) row('written by:', `tspy ${f.version}${f.version === version ? '' : ` (this is ${version})`}`);

  let code: CodeObject;
  let optimize = false;
  try {
    const decoded = decodePyc(bytes, version);
    code = decoded.code;
    optimize = decoded.header.optimize;
  } catch (e) {
    if (!(e instanceof BadPycError)) throw e;
    row('damaged:', e.message);
    return 1;
  }
  const source = sourceFromCache(file) ?? code.co_filename;
  row('source:', source);
  let ok = false;
  try {
    const src = new Uint8Array(readFileSync(source));
    validatePyc(bytes, code.co_filename, src, statSync(source).mtimeMs, statSync(file).mtimeMs, { version, optimize: optimize ? 1 : 0 });
    row('valid:', 'yes: tspy would run this file for its source');
    ok = true;
  } catch (e) {
    if (e instanceof BadPycError) row('valid:', `no: ${e.message}; tspy would recompile`);
    else row('valid:', `no: the source cannot be read (${(e as Error).message}); only a sourceless run would use it`);
  }
  out('\n');
  out(dis(code));
  return ok ? 0 : 1;
}
