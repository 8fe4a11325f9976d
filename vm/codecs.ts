// Text encodings for files (CPython's codecs lookup and its utf-8/ascii/latin-1 codecs, reduced):
// name normalisation, encode and decode with the 'strict', 'replace' and 'ignore' handlers and
// CPython's UnicodeDecodeError/UnicodeEncodeError messages.

import { LookupError, pyErr, UnicodeDecodeError, UnicodeEncodeError } from './objects/exceptions';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso8859_1: 'latin-1', iso_8859_1: 'latin-1', l1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', latin: 'latin-1',
};

/** The codec for an encoding name, or LookupError "unknown encoding: NAME". */
export function lookupCodec(name: string): Codec {
  const key = name.toLowerCase().replace(/[-\s]/g, '_');
  const c = ALIASES[key];
  if (c === undefined) throw pyErr(LookupError, `unknown encoding: ${name}`);
  return c;
}

/** Check an `errors` argument. */
export function checkErrors(errors: string): void {
  if (errors !== 'strict' && errors !== 'replace' && errors !== 'ignore' && errors !== 'surrogateescape' && errors !== 'backslashreplace') {
    throw pyErr(LookupError, `unknown error handler name '${errors}'`);
  }
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

function charRepr(c: number): string {
  if (c < 0x100) return `'\\x${hex2(c)}'`;
  if (c < 0x10000) return `'\\u${c.toString(16).padStart(4, '0')}'`;
  return `'\\U${c.toString(16).padStart(8, '0')}'`;
}

/** Length of the valid UTF-8 sequence at `i`, or a negative error: -1 invalid start, -2 invalid
 * continuation, -3 truncated by the end of the data. */
function utf8Seq(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const n = seqLength(c);
  if (n === 0) return -1;
  const good = validBytes(b, i, end, n);
  if (good === n) return n;
  return i + good >= end ? -3 : -2;
}

function seqLength(c: number): number {
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

/** How many bytes from `i` (lead byte included) are a valid start of an `n`-byte sequence. */
function validBytes(b: Uint8Array, i: number, end: number, n: number): number {
  const c = b[i];
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  let k = 1;
  for (; k < n && i + k < end; k++) {
    const x = b[i + k];
    if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) break;
  }
  return k;
}

/**
 * Where a UTF-8 stream can be cut without splitting a character: the index after the last complete
 * sequence, counting a sequence that is invalid (not merely unfinished) as complete.
 */
export function utf8Boundary(b: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const i = b.length - back;
    const c = b[i];
    if (c < 0x80) return b.length;
    if (c >= 0xc0) return utf8Seq(b, i, b.length) === -3 ? i : b.length;
  }
  return b.length;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** Decode bytes (a truncated sequence at the end is an error: stream readers cut at utf8Boundary first). */
export function decode(b: Uint8Array, codec: Codec, errors = 'strict'): string {
  if (codec === 'latin-1') return latin1String(b);
  if (codec === 'ascii') {
    let out = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < 0x80) out += String.fromCharCode(c);
      else if (errors === 'strict') throw pyErr(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${hex2(c)} in position ${i}: ordinal not in range(128)`);
      else if (errors === 'replace') out += '\ufffd';
      else if (errors === 'surrogateescape') out += String.fromCharCode(0xdc00 + c);
    }
    return out;
  }
  // Fast path: valid UTF-8 decodes natively.
  let bad = -1;
  let i = 0;
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8Seq(b, i, b.length);
    if (n < 0) {
      bad = i;
      break;
    }
    i += n;
  }
  if (bad < 0) return utf8Decoder.decode(b);
  if (errors === 'strict') {
    const n = utf8Seq(b, bad, b.length);
    if (n === -3) {
      const last = b.length - 1;
      const where = last > bad ? `bytes in position ${bad}-${last}` : `byte 0x${hex2(b[bad])} in position ${bad}`;
      throw pyErr(UnicodeDecodeError, `'utf-8' codec can't decode ${where}: unexpected end of data`);
    }
    const why = n === -1 ? 'invalid start byte' : 'invalid continuation byte';
    throw pyErr(UnicodeDecodeError, `'utf-8' codec can't decode byte 0x${hex2(b[bad])} in position ${bad}: ${why}`);
  }
  let out = utf8Decoder.decode(b.subarray(0, bad));
  i = bad;
  while (i < b.length) {
    const n = utf8Seq(b, i, b.length);
    if (n > 0) {
      out += utf8Decoder.decode(b.subarray(i, i + n));
      i += n;
      continue;
    }
    // CPython replaces the longest valid prefix of a broken sequence with one U+FFFD.
    const skip = n === -1 ? 1 : validBytes(b, i, b.length, seqLength(b[i]));
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'surrogateescape') for (let k = 0; k < skip; k++) out += String.fromCharCode(0xdc00 + b[i + k]);
    else if (errors === 'backslashreplace') for (let k = 0; k < skip; k++) out += `\\x${hex2(b[i + k])}`;
    i += skip;
  }
  return out;
}

function latin1String(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

const utf8Encoder = new TextEncoder();

/** Encode a str. */
export function encode(s: string, codec: Codec, errors = 'strict'): Uint8Array {
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  if (codec === 'utf-8') {
    let ok = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          i++;
          continue;
        }
        ok = false;
        break;
      }
    }
    if (ok) return utf8Encoder.encode(s);
  }
  const out: number[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i].codePointAt(0)!;
    const lone = c >= 0xd800 && c <= 0xdfff;
    if (c < limit && !lone) {
      if (codec === 'utf-8') out.push(...utf8Encoder.encode(chars[i]));
      else out.push(c);
      continue;
    }
    if (errors === 'strict') {
      let j = i;
      while (j + 1 < chars.length && isBad(chars[j + 1].codePointAt(0)!, limit, codec)) j++;
      const name = codec === 'utf-8' ? 'utf-8' : codec;
      const why = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      const where = j > i && codec !== 'utf-8' ? `characters in position ${i}-${j}` : `character ${charRepr(c)} in position ${i}`;
      throw pyErr(UnicodeEncodeError, `'${name}' codec can't encode ${where}: ${why}`);
    }
    if (errors === 'replace') out.push(0x3f);
    else if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else if (errors === 'backslashreplace') for (const ch of charRepr(c).slice(1, -1)) out.push(ch.charCodeAt(0));
  }
  return new Uint8Array(out);
}

function isBad(c: number, limit: number, codec: Codec): boolean {
  return codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit;
}
