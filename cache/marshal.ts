// Marshal: code objects to bytes and back, one type byte per value with CPython's letters.
// writeValue and readValue sit side by side with one field order (Lua's dumpFunction/loadFunction).
// The reader trusts nothing: every length is bounds-checked, nesting is capped, unknown tags are
// rejected with BadPycError. Imports only bytecode/.

import {
  BytesConst, CODE_FIELDS, CodeObject, EllipsisConst, FloatConst, ImagConst, TupleConst,
  type CodeObjectFields, type Const,
} from '../bytecode';
import { BadPycError } from './errors';

// Bound once: tsc's CommonJS output reads a re-exported name through a getter on every use.
const CodeObjectClass = CodeObject;
const FloatConstClass = FloatConst;
const ImagConstClass = ImagConst;
const BytesConstClass = BytesConst;
const TupleConstClass = TupleConst;
const ELLIPSIS = EllipsisConst.instance;

/** Deepest nesting of tuples and code objects the reader accepts (CPython's limit is 2000). */
export const MAX_DEPTH = 200;

const TAG = {
  NONE: 0x4e, // 'N'
  TRUE: 0x54, // 'T'
  FALSE: 0x46, // 'F'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'  int32
  LONG: 0x6c, // 'l'  sign byte, byte count, magnitude little-endian
  FLOAT: 0x67, // 'g'  binary float64
  IMAG: 0x79, // 'y'  binary complex (tspy stores only the imaginary part: literals have no real part)
  STR: 0x75, // 'u'  UTF-8 string, added to the reference table
  REF: 0x72, // 'r'  index of an earlier string
  BYTES: 0x73, // 's'
  TUPLE: 0x28, // '('
  CODE: 0x63, // 'c'
} as const;

const encoder = new TextEncoder();
/** Made on first use: constructing a fatal UTF-8 decoder costs more than a small file's whole decode. */
let decoder: { decode(bytes: Uint8Array): string } | null = null;

class Writer {
  private buf = new Uint8Array(1024);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private readonly strings = new Map<string, number>();

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }
  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }
  i32(v: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, v, true);
    this.length += 4;
  }
  f64(v: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.u32(b.length);
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  str(s: string): void {
    const ref = this.strings.get(s);
    if (ref !== undefined) {
      this.u8(TAG.REF);
      this.u32(ref);
      return;
    }
    this.strings.set(s, this.strings.size);
    this.u8(TAG.STR);
    this.bytes(hasLoneSurrogate(s) ? encodeSurrogatePass(s) : encoder.encode(s));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

// Strings with lone surrogates ('\ud800' is a valid Python str) are stored as CPython's marshal
// stores them: UTF-8 with the 'surrogatepass' handler, each surrogate as its own 3-byte sequence.

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else return true;
  }
  return false;
}

function encodeSurrogatePass(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) out.push(0xed, 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(...encoder.encode(ch));
  }
  return Uint8Array.from(out);
}

/** UTF-8 that may hold encoded surrogates (ED A0..BF xx), or null if it is invalid otherwise. */
function decodeSurrogatePass(b: Uint8Array): string | null {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let out = '';
  let run = 0;
  for (let i = 0; i + 2 < b.length; i++) {
    if (b[i] === 0xed && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && (b[i + 2] & 0xc0) === 0x80) {
      try {
        out += strict.decode(b.subarray(run, i));
      } catch {
        return null;
      }
      out += String.fromCharCode(0xd000 | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 2;
      run = i + 1;
    }
  }
  try {
    return out + strict.decode(b.subarray(run));
  } catch {
    return null;
  }
}

function writeBigInt(w: Writer, v: bigint): void {
  w.u8(TAG.LONG);
  w.u8(v < 0n ? 1 : 0);
  let mag = v < 0n ? -v : v;
  const out: number[] = [];
  while (mag > 0n) {
    out.push(Number(mag & 0xffn));
    mag >>= 8n;
  }
  w.bytes(Uint8Array.from(out));
}

function writeValue(w: Writer, v: Const): void {
  if (v === null) w.u8(TAG.NONE);
  else if (v === true) w.u8(TAG.TRUE);
  else if (v === false) w.u8(TAG.FALSE);
  else if (typeof v === 'number') {
    if ((v | 0) === v && !Object.is(v, -0)) {
      w.u8(TAG.INT);
      w.i32(v);
    } else writeBigInt(w, BigInt(v));
  } else if (typeof v === 'bigint') writeBigInt(w, v);
  else if (typeof v === 'string') w.str(v);
  else if (v instanceof FloatConst) {
    w.u8(TAG.FLOAT);
    w.f64(v.value);
  } else if (v instanceof ImagConst) {
    w.u8(TAG.IMAG);
    w.f64(v.imag);
  } else if (v instanceof BytesConst) {
    w.u8(TAG.BYTES);
    w.bytes(v.bytes);
  } else if (v instanceof TupleConst) {
    w.u8(TAG.TUPLE);
    w.u32(v.items.length);
    for (const item of v.items) writeValue(w, item);
  } else if (v === EllipsisConst.instance) w.u8(TAG.ELLIPSIS);
  else if (v instanceof CodeObject) writeCode(w, v);
  else throw new Error(`marshal: cannot write ${String(v)}`);
}

function writeStrings(w: Writer, list: readonly string[]): void {
  w.u32(list.length);
  for (const s of list) w.str(s);
}

/** Field order is CODE_FIELDS; readCode reads the same order. */
function writeCode(w: Writer, c: CodeObject): void {
  w.u8(TAG.CODE);
  for (const field of CODE_FIELDS) {
    const v = c[field];
    switch (field) {
      case 'co_code':
      case 'co_linetable':
        w.bytes(v as Uint8Array);
        break;
      case 'co_consts':
        w.u32((v as readonly Const[]).length);
        for (const k of v as readonly Const[]) writeValue(w, k);
        break;
      case 'co_names':
      case 'co_varnames':
      case 'co_freevars':
      case 'co_cellvars':
        writeStrings(w, v as readonly string[]);
        break;
      case 'co_filename':
      case 'co_name':
      case 'co_qualname':
        w.str(v as string);
        break;
      default:
        w.u32(v as number);
    }
  }
}

/** Serialise a code object tree. The same tree always gives the same bytes. */
export function dumpCode(code: CodeObject): Uint8Array {
  const w = new Writer();
  writeCode(w, code);
  return w.result();
}

/**
 * ASCII text of bytes [from, to). On Node, Buffer's latin1 decoding (latin1 is ASCII's superset)
 * costs a third of building the string a character at a time; its latin1Slice is what
 * toString('latin1', from, to) calls after checking its arguments, half the cost again for a short
 * name. latin1Slice is not in Node's documentation, so it is used only where it exists, and
 * without Buffer (another host) the string is built a character at a time.
 */
type Latin1Buffer = Buffer & { latin1Slice?(start: number, end: number): string };
const HAS_BUFFER = typeof Buffer === 'function';
const LATIN1_SLICE = HAS_BUFFER && typeof (Buffer.prototype as Latin1Buffer).latin1Slice === 'function';

function asciiText(bytes: Uint8Array, text: Latin1Buffer | null, from: number, to: number): string {
  if (text === null) {
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }
  return LATIN1_SLICE ? text.latin1Slice!(from, to) : text.toString('latin1', from, to);
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  readonly strings: string[] = [];

  /** The same bytes as a Buffer (no copy), for asciiText; null without Buffer. */
  private readonly text: Latin1Buffer | null;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.text = HAS_BUFFER ? (Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as Latin1Buffer) : null;
  }
  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.buf.length) throw new BadPycError('truncated', `${what} runs past the end at byte ${this.pos}`);
  }
  u8(): number {
    this.need(1, 'a type byte');
    return this.buf[this.pos++];
  }
  u32(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  /** A count of items that each take at least `minSize` bytes: rejects counts the file cannot hold. */
  count(what: string, minSize: number): number {
    const n = this.u32(what);
    if (n * minSize > this.buf.length - this.pos) throw new BadPycError('corrupt', `${what} ${n} is larger than the file at byte ${this.pos - 4}`);
    return n;
  }
  i32(): number {
    this.need(4, 'an int');
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.need(8, 'a float');
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /**
   * A byte string, as a view of the file's bytes (no copy: the cache file's buffer is read once
   * and never written). Always a plain Uint8Array, never a Buffer, so code objects from the
   * compiler and from cache files look the same to the VM.
   */
  bytes(what: string): Uint8Array {
    const n = this.count(what, 1);
    const b = new Uint8Array(this.buf.buffer, this.buf.byteOffset + this.pos, n);
    this.pos += n;
    return b;
  }
  str(what: string): string {
    const at = this.pos;
    const tag = this.u8();
    if (tag === TAG.REF) {
      const i = this.u32('a string reference');
      if (i >= this.strings.length) throw new BadPycError('corrupt', `string reference ${i} out of range at byte ${at}`);
      return this.strings[i];
    }
    if (tag !== TAG.STR) throw new BadPycError('corrupt', `expected a string at byte ${at}, found type byte ${tag}`);
    const n = this.count('a string length', 1);
    const from = this.pos;
    const to = from + n;
    this.pos = to;
    let s: string;
    // Names are nearly always ASCII: asciiText is much cheaper than a TextDecoder call.
    let ascii = true;
    for (let i = from; i < to; i++) {
      if (this.buf[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) s = asciiText(this.buf, this.text, from, to);
    else {
      try {
        s = (decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(this.buf.subarray(from, to));
      } catch {
        const d = decodeSurrogatePass(this.buf.subarray(from, to));
        if (d === null) throw new BadPycError('corrupt', `invalid UTF-8 in the string at byte ${at}`);
        s = d;
      }
    }
    this.strings.push(s);
    return s;
  }
}

function readBigInt(r: Reader): number | bigint {
  const sign = r.u8();
  if (sign > 1) throw new BadPycError('corrupt', `bad sign byte at ${r.pos - 1}`);
  const mag = r.bytes('a long length');
  let v = 0n;
  for (let i = mag.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(mag[i]);
  if (sign) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function readValue(r: Reader, depth: number): Const {
  if (depth > MAX_DEPTH) throw new BadPycError('corrupt', `nesting deeper than ${MAX_DEPTH} at byte ${r.pos}`);
  const at = r.pos;
  const tag = r.u8();
  switch (tag) {
    case TAG.NONE:
      return null;
    case TAG.TRUE:
      return true;
    case TAG.FALSE:
      return false;
    case TAG.ELLIPSIS:
      return ELLIPSIS;
    case TAG.INT:
      return r.i32();
    case TAG.LONG:
      return readBigInt(r);
    case TAG.FLOAT:
      return new FloatConstClass(r.f64());
    case TAG.IMAG:
      return new ImagConstClass(r.f64());
    case TAG.STR:
    case TAG.REF:
      r.pos = at;
      return r.str('a string');
    case TAG.BYTES:
      return new BytesConstClass(r.bytes('a bytes length'));
    case TAG.TUPLE: {
      const n = r.count('a tuple length', 1);
      const items: Const[] = new Array(n);
      for (let i = 0; i < n; i++) items[i] = readValue(r, depth + 1);
      return new TupleConstClass(items);
    }
    case TAG.CODE:
      return readCodeBody(r, depth);
    default:
      throw new BadPycError('corrupt', `unknown type byte 0x${tag.toString(16).padStart(2, '0')} at byte ${at}`);
  }
}

/** Shared by every empty name list read (freezing it again costs nothing; a fresh one would). */
const NO_STRINGS: readonly string[] = Object.freeze([]);

function readStrings(r: Reader, what: string): readonly string[] {
  const n = r.count(what, 5);
  if (n === 0) return NO_STRINGS;
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = r.str(what);
  return out;
}

/** The order readCodeBody reads the fields in, which must be CODE_FIELDS (writeCode's order). */
const READ_ORDER = 'co_argcount co_posonlyargcount co_kwonlyargcount co_nlocals co_stacksize co_flags co_code co_consts ' +
  'co_names co_varnames co_freevars co_cellvars co_filename co_name co_qualname co_firstlineno co_linetable';
if (CODE_FIELDS.join(' ') !== READ_ORDER) throw new Error('marshal: readCodeBody does not read the fields in CODE_FIELDS order');

function readConsts(r: Reader, depth: number): Const[] {
  const n = r.count('co_consts length', 1);
  const consts: Const[] = new Array(n);
  for (let i = 0; i < n; i++) consts[i] = readValue(r, depth + 1);
  return consts;
}

/** Fields in CODE_FIELDS order, read straight into one object literal (checked above). */
function readCodeBody(r: Reader, depth: number): CodeObject {
  const fields: CodeObjectFields = {
    co_argcount: r.u32('co_argcount'),
    co_posonlyargcount: r.u32('co_posonlyargcount'),
    co_kwonlyargcount: r.u32('co_kwonlyargcount'),
    co_nlocals: r.u32('co_nlocals'),
    co_stacksize: r.u32('co_stacksize'),
    co_flags: r.u32('co_flags'),
    co_code: r.bytes('co_code'),
    co_consts: readConsts(r, depth),
    co_names: readStrings(r, 'co_names'),
    co_varnames: readStrings(r, 'co_varnames'),
    co_freevars: readStrings(r, 'co_freevars'),
    co_cellvars: readStrings(r, 'co_cellvars'),
    co_filename: r.str('co_filename'),
    co_name: r.str('co_name'),
    co_qualname: r.str('co_qualname'),
    co_firstlineno: r.u32('co_firstlineno'),
    co_linetable: r.bytes('co_linetable'),
  };
  return new CodeObjectClass(fields);
}

/** Deserialise exactly one code object filling `data`. Throws BadPycError on anything else. */
export function loadCode(data: Uint8Array): CodeObject {
  const r = new Reader(data);
  if (r.u8() !== TAG.CODE) throw new BadPycError('corrupt', 'the payload does not start with a code object');
  const code = readCodeBody(r, 0);
  if (r.pos !== data.length) throw new BadPycError('corrupt', `${data.length - r.pos} bytes of trailing junk after the code object`);
  return code;
}
