// Abstract object protocols (CPython's abstract.c and object.c): truth, repr/str, comparison,
// arithmetic dispatch, items, attributes, iteration. Builtin types take JS fast paths; instances
// of user classes go through their special methods.

import { callObject } from './call';
import {
  AttributeError, IndexError, KeyError, MemoryError, OverflowError, PyTraceback, tracebackOf, PyBaseException, PyException, pyErr, StopIteration,
  TypeError, ValueError, ZeroDivisionError, isPyErr,
} from './objects/exceptions';
import { floatDivmod, floatRepr, PyFloat } from './objects/float';
import {
  PyBuiltin, PyClassMethod, PyFunction, PyMethod, PyNativeCallable, PyProperty, PyStaticMethod, PyCell,
} from './objects/function';
import {
  big, floatToInt, intAbs, intAdd, intAnd, intFloorDiv, intInvert, intLshift, intMod, intMul, intNeg, intOr,
  intPow, intRshift, intSub, intToFloat, intTrueDiv, intXor, normBig, type Int,
} from './objects/int';
import { ArrayIter, DictIter, ListIter, PyIterator, RangeIter, StrIter } from './objects/iterators';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { Ellipsis, None, NotImplemented } from './objects/none';
import { PyRange } from './objects/range';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import { PyDict, PyDictView, dictKey } from './objects/dict';
import { PyInstance } from './objects/instance';
import { PyGenerator } from './objects/generator';
import { formatSpec } from './objects/format';
import { objectType, PyObj, PyType, setType, typeEpoch, typeOf, type PyObject } from './objects/type';
import { strGetItem, strLen } from './objects/str';
import { PyBoxed } from './objects/boxed';
import { PyCode, pyCode } from './objects/codeobj';
import { codeCache } from './frame';
import { CodeObject, lineForOffset } from '../bytecode/index';
import { PyComplex, complexRepr } from './objects/complex';
import { PyBytes, bytesRepr, isByteArray, latin1 } from './objects/bytes';
import { byteArraySetItem } from './bytesmethods';
import { PySuper, superGetAttr } from './classes';
import { RecursionError } from './objects/exceptions';
import { BaseException } from './objects/exceptions';
import { NameError, SystemExit } from './objects/exceptions';

/** The VM-internal NULL of LOAD_METHOD; never visible to Python. */
class PyNull extends PyObj {}
export const NULL: PyObject = new PyNull();

// ---------------------------------------------------------------- special methods

/** A special method defined by a user class (not a builtin type), or undefined. */
export function userSpecial(v: PyObject, name: string): PyObject | undefined {
  if (typeof v !== 'object') return undefined;
  const t = v.cls;
  if (t.isBuiltin) return undefined;
  const m = t.lookupCached(name);
  return m instanceof PyBuiltin && !m.ext ? undefined : m;
}

/** Call a special method found on the type with the object as first argument. */
export function callSpecial(m: PyObject, self: PyObject, args: PyObject[]): PyObject {
  if (m instanceof PyStaticMethod) return callObject(m.func, args);
  if (m instanceof PyClassMethod) return callObject(m.func, [typeOf(self), ...args]);
  if (m instanceof PyFunction || m instanceof PyBuiltin) return callObject(m, [self, ...args]);
  return callObject(m, args);
}

// ---------------------------------------------------------------- truth

export function truthy(v: PyObject): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === None) return false;
  if (!v.cls.isBuiltin) {
    const b = userSpecial(v, '__bool__');
    if (b !== undefined) {
      const r = callSpecial(b, v, []);
      if (typeof r !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
      return r;
    }
    const l = userSpecial(v, '__len__');
    if (l !== undefined) return len(v) !== 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length !== 0;
  if (v instanceof PyBoxed) return truthy(v.value);
  return true;
}

// ---------------------------------------------------------------- repr / str

let reprDepth = 0;
const reprActive = new Set<PyObject>();

function addr(o: object): string {
  return '0x' + (0x7f0000000000 + objectNum(o) * 16).toString(16);
}
let counter = 1;
const nums = new WeakMap<object, number>();
function objectNum(o: object): number {
  let n = nums.get(o);
  if (n === undefined) {
    n = counter++;
    nums.set(o, n);
  }
  return n;
}
export function objectId(o: PyObject): Int {
  if (typeof o === 'object') return 0x7f0000000000 + objectNum(o) * 16;
  if (typeof o === 'number') return o * 2 + 1;
  if (typeof o === 'boolean') return o ? 9000001 : 9000003;
  let h = 0;
  const s = String(o);
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h) * 2;
}

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function guarded(v: PyObject, empty: string, f: () => string): string {
  if (reprActive.has(v)) return empty;
  if (++reprDepth > 200) {
    reprDepth--;
    throw pyErr(RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  reprActive.add(v);
  try {
    return f();
  } finally {
    reprActive.delete(v);
    reprDepth--;
  }
}

/** repr(v). */
export function repr(v: PyObject): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v === None) return 'None';
  const t = v.cls;
  if (!t.isBuiltin) {
    const m = userSpecial(v, '__repr__');
    if (m !== undefined) {
      const r = callSpecial(m, v, []);
      if (typeof r !== 'string') throw pyErr(TypeError, `__repr__ returned non-string (type ${typeOf(r).name})`);
      return r;
    }
  }
  return builtinRepr(v);
}

/** repr() by the builtin types' own rules, ignoring subclass overrides (list.__repr__ ...). */
export function builtinRepr(v: PyObject): string {
  if (typeof v !== 'object') return repr(v);
  const t = v.cls;
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyBoxed) return repr(v.value);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyBytes) return isByteArray(v) ? `${t.name}(${bytesRepr(v.bytes)})` : bytesRepr(v.bytes);
  if (v instanceof PyList) return guarded(v, '[...]', () => '[' + v.items.map(repr).join(', ') + ']');
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return guarded(v, '(...)', () => '(' + repr(v.items[0]) + ',)');
    return guarded(v, '(...)', () => '(' + v.items.map(repr).join(', ') + ')');
  }
  if (v instanceof PyDict) {
    return guarded(v, '{...}', () => {
      const parts: string[] = [];
      for (const [k, val] of v.map) parts.push(repr(v.origKey(k)) + ': ' + repr(val));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (v instanceof PySet) {
    const frozen = t.name === 'frozenset';
    if (v.size === 0) return frozen ? 'frozenset()' : 'set()';
    return guarded(v, `${t.name}(...)`, () => {
      const inner = '{' + v.ordered().map(repr).join(', ') + '}';
      return frozen ? `frozenset(${inner})` : inner;
    });
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyBaseException) {
    const name = t.name;
    if (v.args.length === 1) return `${name}(${repr(v.args[0])})`;
    return `${name}(${v.args.map(repr).join(', ')})`;
  }
  if (v instanceof PyType) return `<class '${typeModuleName(v)}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${addr(v.self as object)}>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyMethod) {
    const fn = v.func;
    const qn = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.name : '?';
    return `<bound method ${qn} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) {
    const file = v.dict.getStr('__file__');
    if (typeof file === 'string') return `<module '${v.name}' from '${file}'>`;
    return `<module '${v.name}' (built-in)>`;
  }
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${addr(v)}>`;
  if (v === NotImplemented) return 'NotImplemented';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyCell) return `<cell at ${addr(v)}: ${v.contents === undefined ? 'empty' : `${typeOf(v.contents).name} object at ${addr(v.contents as object)}`}>`;
  if (v instanceof PyCode) return `<code object ${v.code.co_name} at ${addr(v)}, file "${v.code.co_filename}", line ${v.code.co_firstlineno}>`;
  if (v instanceof PyIterator) return `<${t.name} object at ${addr(v)}>`;
  const br = t.lookup('__repr__');
  if (br instanceof PyBuiltin && br !== objectType.dict.get('__repr__')) {
    const r = callObject(br, [v]);
    if (typeof r === 'string') return r;
  }
  return `<${typeModuleName(t)} object at ${addr(v)}>`;
}

/** 'int' for builtins, '__main__.C' for user classes (as repr of a class shows). */
export function typeModuleName(t: PyType): string {
  if (t.isBuiltin) return t.qualname;
  const m = t.dict.get('__module__');
  return typeof m === 'string' && m !== 'builtins' ? `${m}.${t.qualname}` : t.qualname;
}

/** str(v). */
export function str(v: PyObject): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !v.cls.isBuiltin) {
    const m = userSpecial(v, '__str__');
    if (m !== undefined) {
      const r = callSpecial(m, v, []);
      if (typeof r !== 'string') throw pyErr(TypeError, `__str__ returned non-string (type ${typeOf(r).name})`);
      return r;
    }
    if (userSpecial(v, '__repr__') !== undefined) return repr(v);
    if (v instanceof PyBoxed) return str(v.value);
  }
  if (v instanceof PyBaseException) {
    if (v.cls.isSubtypeOf(KeyError) && v.args.length === 1) return repr(v.args[0]);
    if (v.args.length === 0) return '';
    if (v.args.length === 1) return str(v.args[0]);
    return repr(new PyTuple(v.args));
  }
  return repr(v);
}

// ---------------------------------------------------------------- numbers

export const BIN = {
  ADD: 0, SUB: 1, MUL: 2, MOD: 3, POW: 4, FLOORDIV: 5, TRUEDIV: 6, LSHIFT: 7, RSHIFT: 8, AND: 9, XOR: 10, OR: 11, MATMUL: 12,
} as const;
const BIN_SYM = ['+', '-', '*', '%', '** or pow()', '//', '/', '<<', '>>', '&', '^', '|', '@'];
const BIN_ISYM = ['+=', '-=', '*=', '%=', '**=', '//=', '/=', '<<=', '>>=', '&=', '^=', '|=', '@='];
const BIN_NAME = ['add', 'sub', 'mul', 'mod', 'pow', 'floordiv', 'truediv', 'lshift', 'rshift', 'and', 'xor', 'or', 'matmul'];

export const UN = { POS: 0, NEG: 1, INVERT: 2 } as const;

function isIntLike(v: PyObject): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

function toInt(v: number | bigint | boolean): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** The float value of an int, bool or float; undefined for anything else. */
export function toNumber(v: PyObject): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyBoxed) return toNumber(v.value);
  if (isIntLike(v)) return intToFloat(toInt(v));
  return undefined;
}

function intBinary(op: number, a: Int, b: Int): PyObject {
  switch (op) {
    case BIN.ADD: return intAdd(a, b);
    case BIN.SUB: return intSub(a, b);
    case BIN.MUL: return intMul(a, b);
    case BIN.MOD: return intMod(a, b);
    case BIN.POW: return intPow(a, b);
    case BIN.FLOORDIV: return intFloorDiv(a, b);
    case BIN.TRUEDIV: return intTrueDiv(a, b);
    case BIN.LSHIFT: return intLshift(a, b);
    case BIN.RSHIFT: return intRshift(a, b);
    case BIN.AND: return intAnd(a, b);
    case BIN.XOR: return intXor(a, b);
    case BIN.OR: return intOr(a, b);
  }
  return NotImplemented;
}

function floatBinary(op: number, a: number, b: number): PyObject {
  switch (op) {
    case BIN.ADD: return new PyFloat(a + b);
    case BIN.SUB: return new PyFloat(a - b);
    case BIN.MUL: return new PyFloat(a * b);
    case BIN.TRUEDIV:
      if (b === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
      return new PyFloat(a / b);
    case BIN.FLOORDIV:
      if (b === 0) throw pyErr(ZeroDivisionError, 'float floor division by zero');
      return new PyFloat(floatDivmod(a, b)[0]);
    case BIN.MOD:
      if (b === 0) throw pyErr(ZeroDivisionError, 'float modulo');
      return new PyFloat(floatDivmod(a, b)[1]);
    case BIN.POW: return floatPow(a, b);
  }
  return NotImplemented;
}

export function floatPow(a: number, b: number): PyObject {
  if (a === 0 && b < 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && isFinite(b)) {
    throw pyErr(ValueError, 'math domain error'); // CPython returns a complex number here
  }
  const r = Math.pow(a, b);
  if (!isFinite(r) && isFinite(a) && isFinite(b)) throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
  return new PyFloat(r);
}

function seqRepeat(items: PyObject[], n: PyObject): PyObject[] | undefined {
  if (!isIntLike(n)) return undefined;
  const k = Number(toInt(n));
  if (k <= 0) return [];
  if (k > 9223372036854775807) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  if (items.length * k > 2 ** 32) throw pyErr(MemoryError);
  const out: PyObject[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
  return out;
}

/** Builtin binary operations on builtin types; NotImplemented when none applies. */
/** a OP b by the builtin types' own rules; NotImplemented when they do not apply (int.__add__ ...). */
export function builtinBinary(op: number, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyBoxed) a = a.value;
  if (b instanceof PyBoxed) b = b.value;
  if (isIntLike(a) && isIntLike(b)) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === BIN.AND || op === BIN.OR || op === BIN.XOR)) {
      return op === BIN.AND ? a && b : op === BIN.OR ? a || b : a !== b;
    }
    return intBinary(op, toInt(a), toInt(b));
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const r = complexBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyBytes || b instanceof PyBytes) {
    const r = bytesBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const fa = a instanceof PyFloat ? a.value : isIntLike(a) ? undefined : null;
  const fb = b instanceof PyFloat ? b.value : isIntLike(b) ? undefined : null;
  if (fa !== null && fb !== null) {
    // At least one float, the other a float or an int.
    return floatBinary(op, fa ?? intToFloat(toInt(a as Int)), fb ?? intToFloat(toInt(b as Int)));
  }
  switch (op) {
    case BIN.ADD:
      if (typeof a === 'string') {
        if (typeof b === 'string') return a + b;
        throw pyErr(TypeError, `can only concatenate str (not "${typeOf(b).name}") to str`);
      }
      if (a instanceof PyList) {
        if (b instanceof PyList) return new PyList(a.items.concat(b.items));
        throw pyErr(TypeError, `can only concatenate list (not "${typeOf(b).name}") to list`);
      }
      if (a instanceof PyTuple) {
        if (b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
        throw pyErr(TypeError, `can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
      }
      break;
    case BIN.MUL: {
      if (typeof a === 'string' || typeof b === 'string') {
        const [s, n] = typeof a === 'string' ? [a, b] : [b as string, a];
        if (isIntLike(n)) {
          const k = Number(toInt(n));
          if (k > 9223372036854775807) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
          return k > 0 ? s.repeat(k) : '';
        }
        if (typeof a === 'string' && userSpecial(b, '__rmul__') === undefined) {
          throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(n).name}'`);
        }
        break;
      }
      const seq = a instanceof PyList || a instanceof PyTuple ? a : b instanceof PyList || b instanceof PyTuple ? b : null;
      if (seq !== null) {
        const n = seq === a ? b : a;
        const items = seqRepeat(seq.items, n);
        if (items === undefined) {
          if (seq === a && userSpecial(b, '__rmul__') !== undefined) break;
          throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(n).name}'`);
        }
        return seq instanceof PyList ? new PyList(items) : new PyTuple(items);
      }
      break;
    }
    case BIN.MOD:
      if (typeof a === 'string') return formatPercent(a, b);
      break;
    case BIN.OR:
    case BIN.AND:
    case BIN.XOR:
    case BIN.SUB:
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      if ((a instanceof PyDictView && a.kind !== 1) || (b instanceof PyDictView && b.kind !== 1)) {
        // keys() and items() views are set-like: the result is a set.
        return setOp(op, toSet(a), toSet(b));
      }
      if (op === BIN.OR && a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict();
        for (const [k, v] of a.map) d.set(a.origKey(k), v);
        for (const [k, v] of b.map) d.set(b.origKey(k), v);
        return d;
      }
      break;
  }
  return NotImplemented;
}

function bytesBinary(op: number, a: PyObject, b: PyObject): PyObject {
  const kind = a instanceof PyBytes && isByteArray(a) ? a.cls : undefined;
  if (op === BIN.ADD && a instanceof PyBytes) {
    if (!(b instanceof PyBytes)) throw pyErr(TypeError, `can't concat ${typeOf(b).name} to ${typeOf(a).name}`);
    const out = new Uint8Array(a.bytes.length + b.bytes.length);
    out.set(a.bytes);
    out.set(b.bytes, a.bytes.length);
    return new PyBytes(out, kind);
  }
  if (op === BIN.MUL) {
    const [seq, n] = a instanceof PyBytes ? [a, b] : [b as PyBytes, a];
    if (!isIntLike(n)) return NotImplemented;
    const k = Math.max(0, Number(toInt(n)));
    if (seq.bytes.length * k > 2 ** 31) throw pyErr(MemoryError);
    const out = new Uint8Array(seq.bytes.length * k);
    for (let i = 0; i < k; i++) out.set(seq.bytes, i * seq.bytes.length);
    return new PyBytes(out, isByteArray(seq) ? seq.cls : undefined);
  }
  return NotImplemented;
}

function toComplex(v: PyObject): PyComplex | null {
  if (v instanceof PyComplex) return v;
  const n = toNumber(v);
  return n === undefined ? null : new PyComplex(n, 0);
}

function complexBinary(op: number, x: PyObject, y: PyObject): PyObject {
  const a = toComplex(x), b = toComplex(y);
  if (a === null || b === null) return NotImplemented;
  switch (op) {
    case BIN.ADD: return new PyComplex(a.real + b.real, a.imag + b.imag);
    case BIN.SUB: return new PyComplex(a.real - b.real, a.imag - b.imag);
    case BIN.MUL: return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    case BIN.TRUEDIV: {
      const d = b.real * b.real + b.imag * b.imag;
      if (d === 0) throw pyErr(ZeroDivisionError, 'complex division by zero');
      return new PyComplex((a.real * b.real + a.imag * b.imag) / d, (a.imag * b.real - a.real * b.imag) / d);
    }
    case BIN.POW: {
      if (b.imag === 0 && Number.isInteger(b.real) && Math.abs(b.real) <= 100) {
        let r = new PyComplex(1, 0);
        for (let i = 0; i < Math.abs(b.real); i++) r = complexBinary(BIN.MUL, r, a) as PyComplex;
        return b.real < 0 ? complexBinary(BIN.TRUEDIV, new PyComplex(1, 0), r) : r;
      }
      if (a.real === 0 && a.imag === 0) return new PyComplex(0, 0);
      const mod = Math.hypot(a.real, a.imag), arg = Math.atan2(a.imag, a.real);
      const lnr = Math.log(mod);
      const nr = Math.exp(b.real * lnr - b.imag * arg), th = b.imag * lnr + b.real * arg;
      return new PyComplex(nr * Math.cos(th), nr * Math.sin(th));
    }
  }
  return NotImplemented;
}

function dictUpdateFrom(d: PyDict, src: PyObject): void {
  const items = iterToArray(src);
  for (let i = 0; i < items.length; i++) {
    const pair = iterToArray(items[i]);
    if (pair.length !== 2) throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

function toSet(v: PyObject): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  for (const x of iterToArray(v)) s.add(x);
  return s;
}

function setOp(op: number, a: PySet, b: PySet): PySet {
  const r = new PySet(a.cls.name === 'frozenset');
  if (op === BIN.OR) {
    for (const v of a.map.values()) r.add(v);
    for (const v of b.map.values()) r.add(v);
  } else if (op === BIN.AND) {
    for (const v of a.map.values()) if (b.has(v)) r.add(v);
  } else if (op === BIN.SUB) {
    for (const v of a.map.values()) if (!b.has(v)) r.add(v);
  } else {
    for (const v of a.map.values()) if (!b.has(v)) r.add(v);
    for (const v of b.map.values()) if (!a.has(v)) r.add(v);
  }
  return r;
}

/** a OP b, with __op__/__rop__ for user classes (CPython's binary_op1). */
export function binaryOp(op: number, a: PyObject, b: PyObject): PyObject {
  const userA = typeof a === 'object' && !a.cls.isBuiltin;
  const userB = typeof b === 'object' && !b.cls.isBuiltin;
  if (userA || userB) {
    const r = userBinary(op, a, b, userA, userB);
    if (r !== NotImplemented) return r;
  }
  const r = builtinBinary(op, a, b);
  if (r !== NotImplemented) return r;
  throw pyErr(TypeError, `unsupported operand type(s) for ${BIN_SYM[op]}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

function userBinary(op: number, a: PyObject, b: PyObject, userA: boolean, userB: boolean): PyObject {
  const name = BIN_NAME[op];
  const ta = typeOf(a), tb = typeOf(b);
  const fa = userA ? userSpecial(a, `__${name}__`) : undefined;
  const fb = userB && tb !== ta ? userSpecial(b, `__r${name}__`) : undefined;
  if (fb !== undefined && tb.isSubtypeOf(ta)) {
    const r = callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (fa !== undefined) {
    const r = callSpecial(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && !tb.isSubtypeOf(ta)) {
    const r = callSpecial(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  if (userB && tb === ta && fa === undefined) {
    const fr = userSpecial(b, `__r${name}__`);
    if (fr !== undefined) {
      const r = callSpecial(fr, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/** a OP= b: __iop__ first, lists extend in place, then the binary operation. */
export function inplaceOp(op: number, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyDict && a.cls.isBuiltin && op === BIN.OR) {
    // dict |= mapping-or-pairs updates in place.
    if (!(b instanceof PyDict)) {
      const tmp = new PyDict();
      dictUpdateFrom(tmp, b);
      b = tmp;
    }
    for (const [k, v] of (b as PyDict).map) a.set((b as PyDict).origKey(k), v);
    return a;
  }
  if (a instanceof PySet && a.cls === setType && b instanceof PySet && (op === BIN.OR || op === BIN.AND || op === BIN.SUB || op === BIN.XOR)) {
    // set |= &= -= ^= update in place.
    const r = setOp(op, a, b);
    a.clear();
    for (const v of r.map.values()) a.add(v);
    return a;
  }
  if (a instanceof PyList && a.cls.isBuiltin) {
    if (op === BIN.ADD) {
      const items = iterToArray(b);
      for (const x of items) a.items.push(x);
      return a;
    }
    if (op === BIN.MUL && isIntLike(b)) {
      a.items = seqRepeat(a.items, b)!;
      return a;
    }
  }
  if (typeof a === 'object' && !a.cls.isBuiltin) {
    const m = userSpecial(a, `__i${BIN_NAME[op]}__`);
    if (m !== undefined) {
      const r = callSpecial(m, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  try {
    return binaryOp(op, a, b);
  } catch (e) {
    if (e instanceof PyException && e.exc.cls === TypeError && typeof e.exc.args[0] === 'string' && e.exc.args[0].startsWith('unsupported operand')) {
      throw pyErr(TypeError, `unsupported operand type(s) for ${BIN_ISYM[op]}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    }
    throw e;
  }
}

export function unaryOp(op: number, v: PyObject): PyObject {
  if (isIntLike(v)) {
    const i = toInt(v);
    if (op === UN.NEG) return intNeg(i);
    if (op === UN.POS) return i;
    return intInvert(i);
  }
  if (v instanceof PyFloat) {
    if (op === UN.NEG) return new PyFloat(-v.value);
    if (op === UN.POS) return v;
  }
  if (v instanceof PyComplex) {
    if (op === UN.NEG) return new PyComplex(-v.real, -v.imag);
    if (op === UN.POS) return v;
  }
  const name = op === UN.NEG ? '__neg__' : op === UN.POS ? '__pos__' : '__invert__';
  const m = userSpecial(v, name);
  if (m !== undefined) return callSpecial(m, v, []);
  const sym = op === UN.NEG ? '-' : op === UN.POS ? '+' : '~';
  throw pyErr(TypeError, `bad operand type for unary ${sym}: '${typeOf(v).name}'`);
}

export function absValue(v: PyObject): PyObject {
  if (isIntLike(v)) return intAbs(toInt(v));
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
  if (v instanceof PyComplex) return new PyFloat(Math.hypot(v.real, v.imag));
  const m = userSpecial(v, '__abs__');
  if (m !== undefined) return callSpecial(m, v, []);
  throw pyErr(TypeError, `bad operand type for abs(): '${typeOf(v).name}'`);
}

// ---------------------------------------------------------------- comparison

const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];
const CMP_NAME = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];

/** Python ==. */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return a instanceof PyFloat ? a.value === a.value : true;
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  if (ta !== 'object' && tb !== 'object') {
    // ints and bools, possibly bigint vs number (loose equality is exact there)
    // eslint-disable-next-line eqeqeq
    return toInt(a as Int) == toInt(b as Int);
  }
  const r = richCompare(2, a, b);
  return typeof r === 'boolean' ? r : truthy(r);
}

function cmpNumbers(op: number, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    // eslint-disable-next-line eqeqeq
    case 2: return x == y;
    // eslint-disable-next-line eqeqeq
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
  }
}

function cmpOrder(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** Builtin comparison; NotImplemented when the types don't compare. */
/** a OP b (0..5) by the builtin types' own rules; NotImplemented when they do not compare. */
export function builtinCompare(op: number, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyBoxed) a = a.value;
  if (b instanceof PyBoxed) b = b.value;
  const na = isIntLike(a) ? toInt(a) : a instanceof PyFloat ? a.value : undefined;
  if (na !== undefined) {
    const nb = isIntLike(b) ? toInt(b) : b instanceof PyFloat ? b.value : undefined;
    if (nb !== undefined) return cmpNumbers(op, na, nb);
    return NotImplemented;
  }
  if (typeof a === 'string') {
    if (typeof b !== 'string') return NotImplemented;
    return cmpOrder(op, a < b ? -1 : a > b ? 1 : 0);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const x = a.bytes, y = b.bytes;
    let c = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i] - y[i];
    return cmpOrder(op, c !== 0 ? c : x.length - y.length);
  }
  if ((op === 2 || op === 3) && (a instanceof PyComplex || b instanceof PyComplex)) {
    const x = toComplex(a), y = toComplex(b);
    if (x === null || y === null) return NotImplemented;
    const r = x.real === y.real && x.imag === y.imag;
    return op === 2 ? r : !r;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return seqCompare(op, a.items, b.items);
  }
  if (op === 2 || op === 3) {
    let r: boolean | undefined;
    if (a instanceof PyDict && b instanceof PyDict) r = dictEq(a, b);
    else if (a instanceof PySet && b instanceof PySet) r = a.size === b.size && [...a.map.values()].every((v) => b.has(v));
    else if (a instanceof PyRange && b instanceof PyRange) r = rangeEq(a, b);
    else if ((a instanceof PyDictView && a.kind !== 1 && (b instanceof PySet || (b instanceof PyDictView && b.kind === a.kind)))
      || (b instanceof PyDictView && b.kind !== 1 && a instanceof PySet)) {
      const x = toSet(a), y = toSet(b);
      r = x.size === y.size && [...x.map.values()].every((v) => y.has(v));
    }
    if (r !== undefined) return op === 2 ? r : !r;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => [...x.map.values()].every((v) => y.has(v));
    switch (op) {
      case 0: return a.size < b.size && sub(a, b);
      case 1: return sub(a, b);
      case 4: return a.size > b.size && sub(b, a);
      case 5: return sub(b, a);
    }
  }
  return NotImplemented;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.map) {
    const w = b.get(a.origKey(k));
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

function seqCompare(op: number, x: PyObject[], y: PyObject[]): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) if (!eq(x[i], y[i])) break;
  if (i >= n) return cmpOrder(op, x.length - y.length);
  if (op === 2) return false;
  if (op === 3) return true;
  return truthy(richCompare(op, x[i], y[i]));
}

/** a OP b for the six rich comparisons (CPython's do_richcompare). */
export function richCompare(op: number, a: PyObject, b: PyObject): PyObject {
  const userA = typeof a === 'object' && !a.cls.isBuiltin;
  const userB = typeof b === 'object' && !b.cls.isBuiltin;
  if (userA || userB) {
    const ta = typeOf(a), tb = typeOf(b);
    let triedReflected = false;
    if (userB && tb !== ta && tb.isSubtypeOf(ta)) {
      const m = userSpecial(b, CMP_NAME[CMP_SWAP[op]]);
      triedReflected = true;
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
    if (userA) {
      const m = userSpecial(a, CMP_NAME[op]);
      if (m !== undefined) {
        const r = callSpecial(m, a, [b]);
        if (r !== NotImplemented) return r;
      }
      if (op === 3) {
        const m2 = userSpecial(a, '__eq__');
        if (m2 !== undefined) {
          const r = callSpecial(m2, a, [b]);
          if (r !== NotImplemented) return !truthy(r);
        }
      }
    }
    if (userB && !triedReflected) {
      const m = userSpecial(b, CMP_NAME[CMP_SWAP[op]]);
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  const r = builtinCompare(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw pyErr(TypeError, `'${CMP_SYM[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** COMPARE_OP 0..5. */
export function compareOp(op: number, a: PyObject, b: PyObject): PyObject {
  return richCompare(op, a, b);
}

/** a < b as a JS boolean (sort, min, max). */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  const r = richCompare(0, a, b);
  return r === true || (r !== false && truthy(r));
}

/** `item in container`. */
export function contains(container: PyObject, item: PyObject): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PyBytes) {
    if (item instanceof PyBytes) return latin1(container.bytes).includes(latin1(item.bytes));
    return container.bytes.includes(asIndex(item));
  }
  if (container instanceof PyDictView) {
    const d = container.dict;
    if (container.kind === 0) return d.has(item);
    if (container.kind === 2) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
      const v = d.get(item.items[0]);
      return v !== undefined && (v === item.items[1] || eq(v, item.items[1]));
    }
  }
  if (container instanceof PySet) return container.has(item);
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (items[i] === item || eq(items[i], item)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (!isIntLike(item)) return iterContains(container, item);
    const n = Number(toInt(item));
    const { start, step, length } = container;
    const k = (n - start) / step;
    return Number.isInteger(k) && k >= 0 && k < length;
  }
  const m = userSpecial(container, '__contains__');
  if (m !== undefined) return truthy(callSpecial(m, container, [item]));
  if (container instanceof PyBoxed) return contains(container.value, item);
  return iterContains(container, item);
}

function iterContains(container: PyObject, item: PyObject): boolean {
  const it = getIter(container, `argument of type '${typeOf(container).name}' is not iterable`);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (v === item || eq(v, item)) return true;
  return false;
}

/** `except` clause matching: `cls` is an exception class or a tuple of them. */
export function exceptionMatch(exc: PyObject, cls: PyObject): boolean {
  const t = typeOf(exc);
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatch(exc, c));
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(BaseException)) {
    throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return t.isSubtypeOf(cls);
}

// ---------------------------------------------------------------- hashing

/** hash(v) as an int. */
const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/**
 * hash() as CPython computes it when that is deterministic (ints, floats, bools and tuples of
 * them: CPython's tuplehash is xxHash-based), as an unsigned 64-bit value; null otherwise
 * (str hashes are randomised per process in CPython, None and objects hash by address).
 */
export function cpythonHash(v: PyObject): bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) {
    return BigInt(hashValue(v) as number | bigint) & M64;
  }
  if (v instanceof PyTuple) {
    let acc = XXPRIME_5;
    for (const item of v.items) {
      const lane = cpythonHash(item);
      if (lane === null) return null;
      acc = (acc + lane * XXPRIME_2) & M64;
      acc = ((acc << 31n) | (acc >> 33n)) & M64;
      acc = (acc * XXPRIME_1) & M64;
    }
    acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
    if (acc === M64) return 1546275796n;
    return acc;
  }
  return null;
}

export function hashValue(v: PyObject): PyObject {
  if (v instanceof PyTuple) {
    const h = cpythonHash(v);
    if (h !== null) return normBig(BigInt.asIntN(64, h));
  }
  if (typeof v === 'object' && !v.cls.isBuiltin) {
    const h = v.cls.lookup('__hash__');
    if (h !== undefined && h !== None && !(h instanceof PyBuiltin)) {
      const r = callSpecial(h, v, []);
      if (!isIntLike(r)) throw pyErr(TypeError, '__hash__ method should return an integer');
      return hashValue(r);
    }
  }
  const k = dictKey(v);
  if (typeof k === 'number' && Number.isInteger(k) && Math.abs(k) < 2 ** 61 - 1) return k === -1 ? -2 : k;
  if (typeof k === 'number' && !Number.isInteger(k)) return floatHash(k);
  if (typeof k === 'number' || typeof k === 'bigint') {
    const P = (1n << 61n) - 1n;
    const n = BigInt(k);
    let h = n >= 0n ? n % P : -((-n) % P);
    if (h === -1n) h = -2n;
    return normBig(h);
  }
  if (typeof k === 'string') return hashString(k);
  return objectNum(k as object) * 16;
}
/** CPython's hash of a non-integral finite float (or inf/-inf): _Py_HashDouble. */
function floatHash(x: number): PyObject {
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const P = (1n << 61n) - 1n;
  // x = m * 2**e exactly, with m an integer.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let h = BigInt(m) % P;
  // multiply by 2**e mod P: 2**61 == 1 (mod P), so 2**-k == 2**(61 - k mod 61)
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) & P) | ((h << BigInt(ee)) >> 61n);
  h %= P;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 1000003) ^ s.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
}

/** The dict key of an instance of a user class: identity, or its __hash__ (TypeError if unhashable). */
export function userHashKey(v: PyObject, t: PyType): unknown {
  const h = t.lookup('__hash__');
  if (h === None) throw pyErr(TypeError, `unhashable type: '${t.name}'`);
  if (h === undefined || h instanceof PyBuiltin) {
    if (t.lookup('__eq__') !== undefined && !(t.lookup('__eq__') instanceof PyBuiltin)) {
      throw pyErr(TypeError, `unhashable type: '${t.name}'`);
    }
    if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) throw pyErr(TypeError, `unhashable type: '${t.name}'`);
    return v;
  }
  const r = callSpecial(h, v, []);
  if (!isIntLike(r)) throw pyErr(TypeError, '__hash__ method should return an integer');
  return '\u0000\uffffh' + String(toInt(r));
}

// ---------------------------------------------------------------- sequences and items

/** len(v). */
export function len(v: PyObject): number {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'object' && v.cls.isBuiltin) {
    const n = builtinLen(v);
    if (n >= 0) return n;
  }
  const m = typeof v === 'object' ? v.cls.lookup('__len__') : undefined;
  if (m !== undefined) {
    const r = callSpecial(m, v, []);
    if (!isIntLike(r)) throw pyErr(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
    const n = Number(toInt(r));
    if (n < 0) throw pyErr(ValueError, '__len__() should return >= 0');
    return n;
  }
  throw pyErr(TypeError, `object of type '${typeOf(v).name}' has no len()`);
}

/** The length of a builtin container (ignoring subclass overrides), or -1. */
export function builtinLen(v: PyObject): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyBoxed) return builtinLen(v.value);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBytes) return v.bytes.length;
  return -1;
}

/** An index operand as a JS number (CPython's PyNumber_AsSsize_t via __index__). */
export function asIndex(v: PyObject, what?: string): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyBoxed && typeof v.value !== 'string' && !(v.value instanceof PyFloat) && userSpecial(v, '__index__') === undefined) return asIndex(v.value, what);
  if (v === undefined) throw pyErr(TypeError, what ?? 'an integer is required');
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  const m = userSpecial(v, '__index__');
  if (m !== undefined) return asIndex(callSpecial(m, v, []));
  throw pyErr(TypeError, what ?? `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** (start, stop, step, length) of a slice over a sequence of length n (PySlice_GetIndicesEx). */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const msg = 'slice indices must be integers or None or have an __index__ method';
  let step = s.step === None ? 1 : asIndex(s.step, msg);
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  let start: number, stop: number;
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? n - 1 : n;
  if (s.start === None) start = step < 0 ? upper : lower;
  else {
    start = asIndex(s.start, msg);
    if (start < 0) start = Math.max(start + n, lower);
    else start = Math.min(start, upper);
  }
  if (s.stop === None) stop = step < 0 ? lower : upper;
  else {
    stop = asIndex(s.stop, msg);
    if (stop < 0) stop = Math.max(stop + n, lower);
    else stop = Math.min(stop, upper);
  }
  let length = 0;
  if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    length = Math.floor((stop - start - 1) / step) + 1;
  }
  step = step + 0;
  return [start, stop, step, length];
}

function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, length] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + length);
  const out: PyObject[] = new Array(length);
  for (let i = 0, j = start; i < length; i++, j += step) out[i] = items[j];
  return out;
}

function seqIndex(k: PyObject, n: number, typeName: string, what = 'index'): number {
  if (typeof k !== 'number') {
    if (isIntLike(k)) k = Number(toInt(k));
    else if (userSpecial(k, '__index__') !== undefined) k = asIndex(k);
    else throw pyErr(TypeError, `${typeName} indices must be integers or slices, not ${typeOf(k).name}`);
  }
  const i = k < 0 ? k + n : k;
  if (i < 0 || i >= n) throw pyErr(IndexError, typeName ? `${typeName} ${what} out of range` : `${what} out of range`);
  return i;
}

/** obj[key]. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyList && o.cls.isBuiltin) {
    if (k instanceof PySlice) return new PyList(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'list')];
  }
  if (o instanceof PyDict && o.cls.isBuiltin) {
    const v = o.get(k);
    if (v === undefined) throw new PyException(new PyBaseException(KeyError, [k]));
    return v;
  }
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__getitem__');
    if (m !== undefined) return callSpecial(m, o, [k]);
  }
  return builtinGetItem(o, k);
}

/** obj[key] by the builtin types' own rules, ignoring subclass overrides (list.__getitem__ ...). */
export function builtinGetItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyBoxed) o = o.value;
  if (o instanceof PyList) {
    if (k instanceof PySlice) return new PyList(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'list')];
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return new PyTuple(sliceItems(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'tuple')];
  }
  if (typeof o === 'string') return strGetItem(o, k);
  if (o instanceof PyBytes) {
    const items = Array.from(o.bytes) as PyObject[];
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(items, k) as number[]), isByteArray(o) ? o.cls : undefined);
    return items[seqIndex(k, items.length, '')];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, length] = sliceIndices(k, o.length);
      const first = o.start + start * o.step;
      return new PyRange(first, first + length * step * o.step, step * o.step);
    }
    if (!isIntLike(k)) throw pyErr(TypeError, `range indices must be integers or slices, not ${typeOf(k).name}`);
    return o.item(seqIndex(k, o.length, 'range object'));
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) return v;
    const miss = userSpecial(o, '__missing__');
    if (miss !== undefined) return callSpecial(miss, o, [k]);
    throw new PyException(new PyBaseException(KeyError, [k]));
  }
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined) return callObject(cg instanceof PyClassMethod ? cg.func : cg, [o, k]);
    if (o.isBuiltin) return o; // list[int] and friends: generic aliases are the class itself here
  }
  throw pyErr(TypeError, `'${typeOf(o).name}' object is not subscriptable`);
}

/** obj[key] = value. */
export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__setitem__');
    if (m !== undefined) {
      callSpecial(m, o, [k, v]);
      return;
    }
  }
  builtinSetItem(o, k, v);
}

/** obj[key] = value by the builtin types' own rules (list.__setitem__ ...). */
export function builtinSetItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (o instanceof PyBytes && isByteArray(o)) {
    byteArraySetItem(o, k, v);
    return;
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      let values: PyObject[];
      try {
        values = iterToArray(v);
      } catch (e) {
        if (isPyErr(e, TypeError) && !(typeof v === 'object' && !v.cls.isBuiltin)) throw pyErr(TypeError, 'can only assign an iterable');
        throw e;
      }
      setSlice(o, k, values);
      return;
    }
    o.items[seqIndex(k, o.items.length, 'list', 'assignment index')] = v;
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  throw pyErr(TypeError, `'${typeOf(o).name}' object does not support item assignment`);
}

function setSlice(o: PyList, s: PySlice, values: PyObject[]): void {
  const [start, stop, step, length] = sliceIndices(s, o.items.length);
  if (step === 1) {
    o.items.splice(start, Math.max(0, stop - start), ...values);
    return;
  }
  if (values.length !== length) {
    throw pyErr(ValueError, `attempt to assign sequence of size ${values.length} to extended slice of size ${length}`);
  }
  for (let i = 0, j = start; i < length; i++, j += step) o.items[j] = values[i];
}

/** del obj[key]. */
export function delItem(o: PyObject, k: PyObject): void {
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const m = userSpecial(o, '__delitem__');
    if (m !== undefined) {
      callSpecial(m, o, [k]);
      return;
    }
  }
  builtinDelItem(o, k);
}

/** del obj[key] by the builtin types' own rules (list.__delitem__ ...). */
export function builtinDelItem(o: PyObject, k: PyObject): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, , step, length] = sliceIndices(k, o.items.length);
      if (step === 1) o.items.splice(start, length);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < length; i++, j += step) drop.add(j);
        o.items = o.items.filter((_, idx) => !drop.has(idx));
      }
      return;
    }
    o.items.splice(seqIndex(k, o.items.length, 'list', 'assignment index'), 1);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) throw new PyException(new PyBaseException(KeyError, [k]));
    return;
  }
  throw pyErr(TypeError, `'${typeOf(o).name}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------- iteration

/** iter(v). */
export function getIter(v: PyObject, msg?: string): PyObject {
  if (v instanceof PyList && v.cls.isBuiltin) return new ListIter(v);
  if (v instanceof PyTuple) return new ArrayIter(v.items);
  if (v instanceof PyRange) return new RangeIter(v.start, v.step, v.length);
  if (typeof v === 'string') return new StrIter(v);
  if (v instanceof PyDict && v.cls.isBuiltin) return new DictIter(v, 0);
  if (v instanceof PyIterator) return v;
  if (v instanceof PySet) return new ArrayIter(v.ordered());
  if (v instanceof PyBytes) return new ArrayIter(Array.from(v.bytes));
  const m = userSpecial(v, '__iter__');
  if (m !== undefined) {
    const it = callSpecial(m, v, []);
    if (!(it instanceof PyIterator) && userSpecial(it, '__next__') === undefined) {
      throw pyErr(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  if (v instanceof PyList) return new ListIter(v);
  if (v instanceof PyDict) return new DictIter(v, 0);
  if (typeof v === 'object') {
    const bm = v.cls.lookup('__iter__');
    if (bm instanceof PyBuiltin) return callObject(bm, [v]);
  }
  if (v instanceof PyBoxed) return getIter(v.value, msg);
  if (userSpecial(v, '__getitem__') !== undefined) return new SeqIter(v);
  throw pyErr(TypeError, msg ?? `'${typeOf(v).name}' object is not iterable`);
}

/** The old sequence protocol: v[0], v[1], ... until IndexError. */
class SeqIter extends PyIterator {
  i = 0;
  constructor(readonly seq: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    if (this.i < 0) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (isPyErr(e, IndexError) || isPyErr(e, StopIteration)) {
        this.i = -1;
        return undefined;
      }
      throw e;
    }
  }
}

/** next(it), or undefined when exhausted. */
export function iterNext(it: PyObject): PyObject | undefined {
  if (it instanceof PyIterator) return it.next();
  const m = userSpecial(it, '__next__');
  if (m === undefined) throw pyErr(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  try {
    return callSpecial(m, it, []);
  } catch (e) {
    if (isPyErr(e, StopIteration)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a fresh array. */
export function iterToArray(v: PyObject, unpacking: boolean | string = false): PyObject[] {
  if ((v instanceof PyList && v.cls.isBuiltin) || v instanceof PyTuple) return v.items.slice();
  const msg = typeof unpacking === 'string' ? unpacking : unpacking ? `cannot unpack non-iterable ${typeOf(v).name} object` : undefined;
  const it = getIter(v, msg);
  const out: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** UNPACK_SEQUENCE for a general iterable: stops reading one past `n` as CPython does. */
export function unpackIterable(v: PyObject, n: number): PyObject[] {
  const it = getIter(v, `cannot unpack non-iterable ${typeOf(v).name} object`);
  const out: PyObject[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    out.push(x);
    if (out.length > n) break;
  }
  return out;
}

/** One step of `yield from`: send `v` into `iter`. */
export function yieldFromStep(iter: PyObject, v: PyObject): { done: boolean; value: PyObject } {
  if (iter instanceof PyGenerator) {
    const r = iter.resume(v, null);
    return r === undefined ? { done: true, value: iter.returnValue } : { done: false, value: r };
  }
  if (v === None) {
    const r = iterNext(iter);
    return r === undefined ? { done: true, value: None } : { done: false, value: r };
  }
  try {
    return { done: false, value: callObject(getAttr(iter, 'send'), [v]) };
  } catch (e) {
    if (isPyErr(e, StopIteration)) return { done: true, value: e.exc.args.length ? e.exc.args[0] : None };
    throw e;
  }
}

// ---------------------------------------------------------------- attributes

/** The instance dict of objects that have one. */
export function instanceDict(o: PyObject): Map<string, PyObject> | null {
  if (o instanceof PyInstance || o instanceof PyBaseException) return o.dict;
  if (o instanceof PyFunction) return (o.dict ??= new Map());
  if (typeof o === 'object' && (o as { dict?: unknown }).dict instanceof Map && !(o instanceof PyType)) {
    return (o as unknown as { dict: Map<string, PyObject> }).dict;
  }
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    // Instances of user subclasses of builtin types (list, dict...) get a __dict__ on the side.
    let d = sideDicts.get(o);
    if (d === undefined) {
      d = new Map();
      sideDicts.set(o, d);
    }
    return d;
  }
  return null;
}
const sideDicts = new WeakMap<object, Map<string, PyObject>>();

/** Bind a class attribute found on the type to an instance (the descriptor protocol's __get__). */
export function bindDescr(d: PyObject, obj: PyObject, t: PyType): PyObject {
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyNativeCallable) return d.bindsAsMethod ? new PyMethod(d, obj) : d;
  if (d instanceof PyBuiltin) return d.self === undefined ? new PyBuiltin(d.name, d.fn, obj, d.qualname) : d;
  if (d instanceof PyClassMethod) return new PyMethod(d.func, t);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (d.fget === None) throw pyErr(AttributeError, `property object has no getter`);
    return callObject(d.fget, [obj]);
  }
  if (typeof d === 'object' && !d.cls.isBuiltin) {
    const get = d.cls.lookup('__get__');
    if (get !== undefined) return callObject(get, [d, obj, t]);
  }
  return d;
}

function isDataDescr(d: PyObject): boolean {
  if (d instanceof PyProperty) return true;
  return typeof d === 'object' && !d.cls.isBuiltin && (d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined);
}

/** getattr(obj, name), or undefined when missing (no __getattr__ fallback). */
export function getAttrOrUndefined(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PySuper) return superGetAttr(o, name);
  if (o instanceof PyModule) {
    const v = o.dict.getStr(name);
    if (v !== undefined) return v;
    if (name === '__dict__') return o.dict;
    return undefined;
  }
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) return bindDescr(d, o, t);
  const dict = instanceDict(o);
  if (dict !== null) {
    const v = dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindDescr(d, o, t);
  return specialAttr(o, name);
}

/** getattr(obj, name): AttributeError with CPython's message when missing. */
export function getAttr(o: PyObject, name: string): PyObject {
  if (o instanceof PyInstance) {
    // Fast path for plain instances: class attribute (cached), then the instance dict.
    const t = o.cls;
    const d = t.lookupCached(name);
    if (d === undefined || !isDataDescr(d)) {
      const v = o.dict.get(name);
      if (v !== undefined) return v;
      if (d !== undefined) return bindDescr(d, o, t);
    }
  }
  const v = getAttrOrUndefined(o, name);
  if (v !== undefined) return v;
  if (typeof o === 'object' && !o.cls.isBuiltin) {
    const ga = o.cls.lookup('__getattr__');
    if (ga !== undefined) return callSpecial(ga, o, [name]);
  }
  throw attributeError(o, name);
}

export function attributeError(o: PyObject, name: string): PyException {
  if (o instanceof PyType) return pyErr(AttributeError, `type object '${o.qualname}' has no attribute '${name}'`);
  if (o instanceof PyModule) {
    // CPython 3.11's module_getattro: say so when a circular import is the likely cause.
    if (o.initializing) return pyErr(AttributeError, `partially initialized module '${o.name}' has no attribute '${name}' (most likely due to a circular import)`);
    if (o.loadingSubmodules?.has(name)) return pyErr(AttributeError, `cannot access submodule '${name}' of module '${o.name}' (most likely due to a circular import)`);
    return pyErr(AttributeError, `module '${o.name}' has no attribute '${name}'`);
  }
  return pyErr(AttributeError, `'${typeOf(o).name}' object has no attribute '${name}'`);
}

function typeGetAttr(cls: PyType, name: string): PyObject | undefined {
  const meta = cls.cls;
  const md = meta !== cls ? meta.lookup(name) : undefined;
  if (md !== undefined && isDataDescr(md)) return bindDescr(md, cls, meta);
  for (const t of cls.mro) {
    const v = t.dict.get(name);
    if (v !== undefined) {
      if (v instanceof PyClassMethod) return new PyMethod(v.func, cls);
      if (v instanceof PyStaticMethod) return v.func;
      if (typeof v === 'object' && !v.cls.isBuiltin && !(v instanceof PyType)) {
        const get = v.cls.lookup('__get__');
        if (get !== undefined) return callObject(get, [v, None, cls]);
      }
      return v;
    }
  }
  switch (name) {
    case '__name__': return cls.name;
    case '__qualname__': return cls.qualname;
    case '__mro__': return new PyTuple(cls.mro);
    case '__bases__': return new PyTuple(cls.bases);
    case '__base__': return cls.bases[0] ?? None;
    case '__class__': return cls.cls;
    case '__module__': return 'builtins';
    case '__doc__': return None;
    case '__dict__': {
      const d = new PyDict();
      for (const [k, v] of cls.dict) d.setStr(k, v);
      return d;
    }
  }
  if (md !== undefined) return bindDescr(md, cls, meta);
  return undefined;
}

/** Attributes of builtin objects that are not in a type dict. */
function specialAttr(o: PyObject, name: string): PyObject | undefined {
  if (name === '__class__') return typeOf(o);
  if (o instanceof PyBaseException) {
    switch (name) {
      case 'args': return new PyTuple(o.args);
      case '__cause__': return o.cause ?? None;
      case '__context__': return o.context ?? None;
      case '__suppress_context__': return o.suppressContext;
      case '__traceback__': return tracebackOf(o);
      case 'value': if (o.cls.isSubtypeOf(StopIteration)) return o.args.length ? o.args[0] : None; break;
      case 'code': if (o.cls.name === 'SystemExit' || o.cls.isSubtypeOf(SystemExit)) return o.args.length === 0 ? None : o.args.length === 1 ? o.args[0] : new PyTuple(o.args); break;
      case 'msg': if (o.args.length) return o.args[0]; break;
      case 'name': if (o.cls.isSubtypeOf(NameError)) return None; break;
    }
    return undefined;
  }
  if (o instanceof PyFunction) {
    switch (name) {
      case '__name__': return o.name;
      case '__qualname__': return o.qualname;
      case '__doc__': return o.doc;
      case '__module__': return o.module;
      case '__defaults__': return o.defaults ? new PyTuple(o.defaults) : None;
      case '__kwdefaults__': return o.kwdefaults ?? None;
      case '__annotations__': return o.annotations === None ? (o.annotations = new PyDict()) : o.annotations;
      case '__globals__': return o.globals;
      case '__dict__': {
        const d = new PyDict();
        for (const [k, v] of o.dict ?? []) d.setStr(k, v);
        return d;
      }
      case '__closure__': return o.closure ? new PyTuple(o.closure) : None;
      case '__code__': return pyCode(o.code);
    }
    return undefined;
  }
  if (o instanceof PyCode) return codeAttr(o, name);
  if (o instanceof PyTraceback) {
    const e = o.entries[o.index];
    if (name === 'tb_lineno') return lineForOffset(e.code.co_firstlineno, e.code.co_linetable, e.lasti);
    if (name === 'tb_lasti') return e.lasti;
    if (name === 'tb_next') return o.index > 0 ? new PyTraceback(o.entries, o.index - 1) : None;
    if (name === 'tb_frame') return None;
  }
  if (o instanceof PyMethod) {
    if (name === '__self__') return o.self;
    if (name === '__func__') return o.func;
    if (name === '__name__' || name === '__qualname__' || name === '__doc__') return getAttrOrUndefined(o.func, name);
    return getAttrOrUndefined(o.func, name);
  }
  if (o instanceof PyBuiltin) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return o.qualname;
    if (name === '__self__') return o.self ?? None;
    if (name === '__doc__') return None;
    return undefined;
  }
  if (o instanceof PyInstance && name === '__dict__') {
    const d = new PyDict();
    for (const [k, v] of o.dict) d.setStr(k, v);
    return d;
  }
  if (o instanceof PySlice) {
    if (name === 'start') return o.start;
    if (name === 'stop') return o.stop;
    if (name === 'step') return o.step;
  }
  if (o instanceof PyRange) {
    if (name === 'start') return o.start;
    if (name === 'stop') return o.stop;
    if (name === 'step') return o.step;
  }
  if (o instanceof PyComplex) {
    if (name === 'real') return new PyFloat(o.real);
    if (name === 'imag') return new PyFloat(o.imag);
  }
  if (o instanceof PyFloat) {
    if (name === 'real') return o;
    if (name === 'imag') return new PyFloat(0);
  }
  if (isIntLike(o)) {
    if (name === 'real' || name === 'numerator') return toInt(o);
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  }
  if (o instanceof PyGenerator) {
    if (name === '__name__') return o.name;
    if (name === '__qualname__') return o.qualname;
    if (name === 'gi_running') return o.running;
  }
  if (o instanceof PyCell && name === 'cell_contents') return o.contents;
  return undefined;
}

/** co_* attributes of a code object. */
function codeAttr(o: PyCode, name: string): PyObject | undefined {
  const c = o.code;
  const strs = (xs: readonly string[]) => new PyTuple(xs.slice());
  switch (name) {
    case 'co_name': return c.co_name;
    case 'co_qualname': return c.co_qualname;
    case 'co_filename': return c.co_filename;
    case 'co_firstlineno': return c.co_firstlineno;
    case 'co_argcount': return c.co_argcount;
    case 'co_posonlyargcount': return c.co_posonlyargcount;
    case 'co_kwonlyargcount': return c.co_kwonlyargcount;
    case 'co_nlocals': return c.co_nlocals;
    case 'co_stacksize': return c.co_stacksize;
    case 'co_flags': return c.co_flags;
    case 'co_varnames': return strs(c.co_varnames);
    case 'co_cellvars': return strs(c.co_cellvars);
    case 'co_freevars': return strs(c.co_freevars);
    case 'co_names': return strs(c.co_names);
    case 'co_consts': return new PyTuple(codeCache(c).consts.map((v) => ((v as unknown) instanceof CodeObject ? pyCode(v as unknown as CodeObject) : v)));
    case 'co_code': return new PyBytes(c.co_code.slice());
    case 'co_lnotab':
    case 'co_linetable': return new PyBytes(c.co_linetable.slice());
  }
  return undefined;
}

/** obj.name = value. */
export function setAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    if (t.lookupCached('__setattr__') === OBJECT_SETATTR.value) {
      const d = t.lookupCached(name);
      if (d === undefined || !isDataDescr(d)) {
        o.dict.set(name, v);
        return;
      }
    }
  }
  if (typeof o === 'object' && !o.cls.isBuiltin && !(o instanceof PyType)) {
    const sa = o.cls.lookup('__setattr__');
    if (sa !== undefined && !(sa instanceof PyBuiltin)) {
      callSpecial(sa, o, [name, v]);
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** object.__setattr__ as found in object's dict (set once builtins are installed). */
const OBJECT_SETATTR: { value: PyObject | undefined } = { value: undefined };
export function setObjectSetattr(v: PyObject | undefined): void {
  OBJECT_SETATTR.value = v;
}

/** object.__setattr__. */
export function genericSetAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyType) {
    if (o.isBuiltin) throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (name === '__name__' && typeof v === 'string') o.name = v;
    if (name === '__qualname__' && typeof v === 'string') o.qualname = v;
    o.dict.set(name, v);
    o.version++;
    typeEpoch.value++;
    return;
  }
  if (o instanceof PyModule) {
    o.dict.setStr(name, v);
    return;
  }
  const t = typeOf(o);
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyProperty) {
      if (d.fset === None) throw pyErr(AttributeError, `property '${propName(d, name)}' of '${t.name}' object has no setter`);
      callObject(d.fset, [o, v]);
      return;
    }
    if (typeof d === 'object' && !d.cls.isBuiltin) {
      const set = d.cls.lookup('__set__');
      if (set !== undefined) {
        callObject(set, [d, o, v]);
        return;
      }
    }
  }
  if (o instanceof PyFunction) {
    if (name === '__name__' && typeof v === 'string') { o.name = v; return; }
    if (name === '__qualname__' && typeof v === 'string') { o.qualname = v; return; }
    if (name === '__doc__') { o.doc = v; return; }
    if (name === '__module__') { o.module = v; return; }
    if (name === '__defaults__') { o.defaults = v === None ? null : (v as PyTuple).items; return; }
  }
  if (o instanceof PyBaseException) {
    if (name === '__cause__') { o.cause = v === None ? null : (v as PyBaseException); o.suppressContext = true; return; }
    if (name === '__context__') { o.context = v === None ? null : (v as PyBaseException); return; }
    if (name === '__suppress_context__') { o.suppressContext = truthy(v); return; }
    if (name === 'args') { o.args = iterToArray(v); return; }
  }
  const dict = instanceDict(o);
  if (dict === null) {
    if (t.isBuiltin && t.name !== 'object' && typeof o === 'object' && t.lookup(name) !== undefined) {
      throw pyErr(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
    }
    throw pyErr(AttributeError, `'${t.name}' object has no attribute '${name}'`);
  }
  dict.set(name, v);
}

function propName(d: PyProperty, fallback: string): string {
  return d.fget instanceof PyFunction ? d.fget.name : fallback;
}

/** del obj.name. */
export function delAttr(o: PyObject, name: string): void {
  if (typeof o === 'object' && !o.cls.isBuiltin && !(o instanceof PyType)) {
    const da = o.cls.lookup('__delattr__');
    if (da !== undefined && !(da instanceof PyBuiltin)) {
      callSpecial(da, o, [name]);
      return;
    }
    const d = o.cls.lookup(name);
    if (d instanceof PyProperty) {
      if (d.fdel === None) throw pyErr(AttributeError, `property '${propName(d, name)}' of '${o.cls.name}' object has no deleter`);
      callObject(d.fdel, [o]);
      return;
    }
  }
  if (o instanceof PyType && !o.isBuiltin) {
    if (!o.dict.delete(name)) throw attributeError(o, name);
    o.version++;
    typeEpoch.value++;
    return;
  }
  if (o instanceof PyModule) {
    if (!o.dict.map.delete(name)) throw attributeError(o, name);
    return;
  }
  const dict = instanceDict(o);
  if (dict === null || !dict.delete(name)) throw attributeError(o, name);
}

/** LOAD_METHOD: the unbound method when `obj.name` is a plain function on the type, else NULL. */
export function loadMethod(o: PyObject, name: string): PyObject {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return NULL;
  const t = typeOf(o);
  const d = t.lookupCached(name);
  if (d instanceof PyFunction) {
    const dict = instanceDict(o);
    if (dict !== null && dict.has(name)) return NULL;
    return d;
  }
  if (d instanceof PyBuiltin && d.self === undefined) {
    const dict = instanceDict(o);
    if (dict !== null && dict.has(name)) return NULL;
    return d;
  }
  return NULL;
}

// ---------------------------------------------------------------- formatting

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii), then format(v, spec). */
export function formatValue(v: PyObject, conv: number, spec: string): string {
  if (conv === 1) v = str(v);
  else if (conv === 2) v = repr(v);
  else if (conv === 3) v = asciiRepr(v);
  return format(v, spec);
}

export function asciiRepr(v: PyObject): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** format(v, spec). */
export function format(v: PyObject, spec: string): string {
  if (typeof v === 'object' && !v.cls.isBuiltin) {
    const m = userSpecial(v, '__format__');
    if (m !== undefined) {
      const r = callSpecial(m, v, [spec]);
      if (typeof r !== 'string') throw pyErr(TypeError, `__format__ must return a str, not ${typeOf(r).name}`);
      return r;
    }
    if (v instanceof PyBoxed) return format(v.value, spec);
    if (spec === '') return str(v);
    throw pyErr(TypeError, `unsupported format string passed to ${typeOf(v).name}.__format__`);
  }
  if (spec === '') return typeof v === 'string' ? v : str(v);
  return formatSpec(v, spec);
}

/** str % args (printf-style formatting). */
export function formatPercent(fmt: string, args: PyObject): string {
  const items = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict ? args : null;
  let idx = 0;
  const next = (): PyObject => {
    if (idx >= items.length) throw pyErr(TypeError, 'not enough arguments for format string');
    return items[idx++];
  };
  const out = fmt.replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])/g, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    let v: PyObject;
    if (key !== undefined && mapping) v = getItem(mapping, key.slice(1, -1));
    else {
      if (width === '*') width = String(asIndex(next()));
      if (prec === '*') prec = String(asIndex(next()));
      v = next();
    }
    let s: string;
    let spec = '';
    if (flags.includes('-')) spec += '<';
    else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv)) spec += '0';
    if (flags.includes('+')) spec = (spec === '0' ? '' : spec) + '+' + (spec === '0' ? '0' : '');
    else if (flags.includes(' ')) spec = (spec === '0' ? '' : spec) + ' ' + (spec === '0' ? '0' : '');
    if (flags.includes('#')) spec += '#';
    const w = width ?? '';
    switch (conv) {
      case 's': s = str(v); return pad(s, w, flags.includes('-'), prec);
      case 'r': s = repr(v); return pad(s, w, flags.includes('-'), prec);
      case 'a': s = asciiRepr(v); return pad(s, w, flags.includes('-'), prec);
      case 'd': case 'i': case 'u': {
        const n = toNumber(v);
        if (n === undefined) throw pyErr(TypeError, `%${conv} format: a real number is required, not ${typeOf(v).name}`);
        const iv = v instanceof PyFloat ? floatToInt(v.value) : toInt(v as Int);
        return formatSpec(iv, spec + w + 'd');
      }
      case 'c':
        if (typeof v === 'string') {
          if (strLen(v) !== 1) throw pyErr(TypeError, '%c requires int or char');
          s = v;
        } else {
          const cp = asIndex(v);
          if (cp < 0 || cp > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
          s = String.fromCodePoint(cp);
        }
        return pad(s, w, flags.includes('-'), undefined);
      default: {
        if (!'oxXeEfFgG'.includes(conv)) throw pyErr(ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${fmt.indexOf('%' + conv)}`);
        const n = toNumber(v);
        if (n === undefined) {
          throw pyErr(TypeError, 'oxX'.includes(conv) ? `%${conv} format: an integer is required, not ${typeOf(v).name}` : `must be real number, not ${typeOf(v).name}`);
        }
        if ('oxX'.includes(conv)) return formatSpec(toInt(v as Int), spec + w + conv);
        return formatSpec(new PyFloat(n), spec + w + (prec !== undefined ? '.' + prec : '.6') + conv);
      }
    }
  });
  if (idx < items.length && !mapping) throw pyErr(TypeError, 'not all arguments converted during string formatting');
  return out;
}

function pad(s: string, width: string, left: boolean, prec: string | undefined): string {
  if (prec !== undefined) s = s.slice(0, Number(prec));
  const w = width ? Number(width) : 0;
  if (s.length >= w) return s;
  return left ? s + ' '.repeat(w - s.length) : ' '.repeat(w - s.length) + s;
}

export { big, floatToInt };
