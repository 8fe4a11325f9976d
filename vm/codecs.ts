// Text encodings (CPython's codecs lookup and its utf-8/ascii/latin-1 codecs): name normalisation,
// encode and decode with the strict, ignore, replace, backslashreplace, surrogateescape,
// surrogatepass (and, encoding, xmlcharrefreplace) handlers, and UnicodeDecodeError /
// UnicodeEncodeError carrying CPython's (encoding, object, start, end, reason) and messages.

import {
  LookupError, PyBaseException, PyException, pyErr, TypeError, UnicodeDecodeError, UnicodeEncodeError,
} from './objects/exceptions';
import { PyBytes } from './objects/bytes';
import type { PyObject } from './objects/type';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', 'ansi_x3.4_1968': 'ascii', ansi_x3_4_1968: 'ascii',
  'ansi_x3.4_1986': 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii',
  iso_ir_6: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso8859_1: 'latin-1', iso_8859_1: 'latin-1', l1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', latin: 'latin-1', iso_8859_1_1987: 'latin-1', iso_ir_100: 'latin-1',
  ibm819: 'latin-1', csisolatin1: 'latin-1',
};

/** encodings.normalize_encoding: runs of characters other than letters, digits and dots become one '_'. */
function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(c)) {
      if (punct && out) out += '_';
      out += c;
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** The codec for an encoding name, or LookupError "unknown encoding: NAME". */
export function lookupCodec(name: string): Codec {
  const c = ALIASES[normalizeEncoding(name)];
  if (c === undefined) throw pyErr(LookupError, `unknown encoding: ${name}`);
  return c;
}

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace', 'namereplace']);

/** Check an `errors` argument (CPython looks a handler up only when an error happens; open() checks early). */
export function checkErrors(errors: string): void {
  if (!HANDLERS.has(errors)) throw unknownHandler(errors);
}

function unknownHandler(errors: string): PyException {
  return pyErr(LookupError, `unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------- the exceptions

const EXC_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** A UnicodeDecodeError / UnicodeEncodeError with CPython's five arguments as attributes. */
function unicodeError(cls: typeof UnicodeDecodeError, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(cls, args);
  EXC_FIELDS.forEach((f, i) => e.dict.set(f, args[i]));
  return e;
}

for (const cls of [UnicodeDecodeError, UnicodeEncodeError]) {
  cls.newInstance = (c, args) => {
    if (args.length !== 5) throw pyErr(TypeError, `function takes exactly 5 arguments (${args.length} given)`);
    const want = cls === UnicodeDecodeError;
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `argument 1 must be str, not ${typeName(args[0])}`);
    if (want ? !(args[1] instanceof PyBytes) : typeof args[1] !== 'string') {
      throw pyErr(TypeError, want ? `argument 2 must be bytes-like object, not ${typeName(args[1])}` : `argument 2 must be str, not ${typeName(args[1])}`);
    }
    for (const i of [2, 3]) if (typeof args[i] !== 'number') throw pyErr(TypeError, `'${typeName(args[i])}' object cannot be interpreted as an integer`);
    if (typeof args[4] !== 'string') throw pyErr(TypeError, `argument 5 must be str, not ${typeName(args[4])}`);
    return unicodeError(c, args);
  };
}

function typeName(v: PyObject): string {
  return typeof v === 'string' ? 'str' : typeof v === 'number' || typeof v === 'bigint' ? 'int' : typeof v === 'boolean' ? 'bool' : v === undefined ? 'NoneType' : v.cls.name;
}

function decodeError(codec: Codec, b: Uint8Array, start: number, end: number, reason: string): PyException {
  return new PyException(unicodeError(UnicodeDecodeError, [codec, new PyBytes(b.slice()), start, end, reason]));
}

function encodeError(codec: Codec, s: string, start: number, end: number, reason: string): PyException {
  return new PyException(unicodeError(UnicodeEncodeError, [codec, s, start, end, reason]));
}

/** str() of a UnicodeDecodeError / UnicodeEncodeError made with its five arguments, else null. */
export function unicodeErrorStr(e: PyBaseException): string | null {
  const d = e.dict;
  const enc = d.get('encoding'), obj = d.get('object'), start = d.get('start'), end = d.get('end'), reason = d.get('reason');
  if (typeof enc !== 'string' || typeof reason !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  if (obj instanceof PyBytes) {
    if (end === start + 1 && start >= 0 && start < obj.bytes.length) {
      return `'${enc}' codec can't decode byte 0x${hex2(obj.bytes[start])} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  if (typeof obj === 'string') {
    const chars = Array.from(obj);
    if (end === start + 1 && start >= 0 && start < chars.length) {
      return `'${enc}' codec can't encode character ${charRepr(chars[start].codePointAt(0)!)} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  return null;
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

const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text a decode error handler puts in place of bytes [start, end), or throws. */
function decodeHandler(errors: string, codec: Codec, b: Uint8Array, start: number, end: number, reason: string): string {
  switch (errors) {
    case 'strict': throw decodeError(codec, b, start, end, reason);
    case 'ignore': return '';
    case 'replace': return '\ufffd';
    case 'backslashreplace': {
      let out = '';
      for (let k = start; k < end; k++) out += `\\x${hex2(b[k])}`;
      return out;
    }
    case 'surrogateescape': {
      let out = '';
      for (let k = start; k < end; k++) {
        if (b[k] < 0x80) throw decodeError(codec, b, start, end, reason);
        out += String.fromCharCode(0xdc00 + b[k]);
      }
      return out;
    }
    case 'surrogatepass':
      throw decodeError(codec, b, start, end, reason);
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw pyErr(TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
  throw unknownHandler(errors);
}

/** Decode bytes (a truncated sequence at the end is an error: stream readers cut at utf8Boundary first). */
export function decode(b: Uint8Array, codec: Codec, errors = 'strict'): string {
  if (codec === 'latin-1') return latin1String(b);
  if (codec === 'ascii') {
    let i = 0;
    while (i < b.length && b[i] < 0x80) i++;
    if (i === b.length) return latin1String(b);
    let out = latin1String(b.subarray(0, i));
    for (; i < b.length; i++) {
      const c = b[i];
      out += c < 0x80 ? String.fromCharCode(c) : decodeHandler(errors, codec, b, i, i + 1, 'ordinal not in range(128)');
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
  let out = utf8Decoder.decode(b.subarray(0, bad));
  i = bad;
  let run = i; // start of the valid bytes not yet decoded
  while (i < b.length) {
    const n = utf8Seq(b, i, b.length);
    if (n > 0) {
      i += n;
      continue;
    }
    if (run < i) out += utf8Decoder.decode(b.subarray(run, i));
    if (errors === 'surrogatepass' && b[i] === 0xed && i + 2 < b.length && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && (b[i + 2] & 0xc0) === 0x80) {
      out += String.fromCharCode(0xd000 | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 3;
      run = i;
      continue;
    }
    // The error covers the longest valid prefix of the broken sequence (CPython replaces it with one U+FFFD).
    const end = n === -1 ? i + 1 : n === -3 ? b.length : i + validBytes(b, i, b.length, seqLength(b[i]));
    const reason = n === -1 ? 'invalid start byte' : n === -2 ? 'invalid continuation byte' : 'unexpected end of data';
    out += decodeHandler(errors, codec, b, i, end, reason);
    i = end;
    run = i;
  }
  if (run < b.length) out += utf8Decoder.decode(b.subarray(run));
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
  let ok = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit || (c >= 0xd800 && c <= 0xdfff)) {
      if (codec === 'utf-8' && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        i++;
        continue;
      }
      ok = false;
      break;
    }
  }
  if (ok) {
    if (codec === 'utf-8') return utf8Encoder.encode(s);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  // Slow path over code points (Python's indices), with runs of unencodable characters.
  const chars = Array.from(s, (ch) => ch.codePointAt(0)!);
  const bad = (c: number): boolean => (codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit);
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out: number[] = [];
  const put = (c: number): void => {
    if (codec !== 'utf-8' || c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  };
  const ascii = (text: string): void => {
    for (let k = 0; k < text.length; k++) out.push(text.charCodeAt(k));
  };
  for (let i = 0; i < chars.length; i++) {
    if (!bad(chars[i])) {
      put(chars[i]);
      continue;
    }
    let end = i + 1;
    while (end < chars.length && bad(chars[end])) end++;
    const fail = (from: number): never => {
      throw encodeError(codec, s, from, end, reason);
    };
    for (let k = i; k < end; k++) {
      const c = chars[k];
      switch (errors) {
        case 'strict': fail(i); break;
        case 'ignore': break;
        case 'replace': out.push(0x3f); break;
        case 'backslashreplace': ascii(charRepr(c).slice(1, -1)); break;
        case 'xmlcharrefreplace': ascii(`&#${c};`); break;
        case 'surrogateescape':
          if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
          else fail(k);
          break;
        case 'surrogatepass':
          if (codec === 'utf-8' && c >= 0xd800 && c <= 0xdfff) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
          else fail(codec === 'utf-8' ? k : i);
          break;
        default: throw unknownHandler(errors);
      }
    }
    i = end - 1;
  }
  return new Uint8Array(out);
}

/** The (encoding, errors) arguments of bytes.decode / str.encode / str(b, ...), checked as CPython's clinic does. */
export function codecArgs(fn: string, args: PyObject[], first: number, kw: Map<string, PyObject> | null): [string, string] {
  const names = ['encoding', 'errors'];
  const vals: (PyObject | undefined)[] = [args[first], args[first + 1]];
  if (args.length > first + 2) throw pyErr(TypeError, `${fn}() takes at most 2 arguments (${args.length - first} given)`);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(TypeError, `${fn}() got an unexpected keyword argument '${k}'`);
      if (vals[i] !== undefined) throw pyErr(TypeError, `argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    }
  }
  const out = vals.map((v, i) => {
    if (v === undefined) return i === 0 ? 'utf-8' : 'strict';
    if (typeof v !== 'string') throw pyErr(TypeError, `${fn}() argument '${names[i]}' must be str, not ${typeName(v)}`);
    return v;
  });
  return [out[0], out[1]];
}
