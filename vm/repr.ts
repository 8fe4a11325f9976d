// repr() and str() (CPython's object.c PyObject_Repr/PyObject_Str and the types' tp_repr),
// with CPython's recursion guard ([...]) for self-containing containers.

import { callObject } from './call';
import { osErrorStr } from './oserror';
import { KeyError, OSError, PyBaseException, pyErr, TypeError, RecursionError, UnicodeError } from './objects/exceptions';
import { unicodeErrorStr } from './codecs';
import { floatRepr, PyFloat } from './objects/float';
import { PyBuiltin, PyFunction, PyMethod, PyCell } from './objects/function';
import { type Int } from './objects/int';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { Ellipsis, None, NotImplemented } from './objects/none';
import { PyRange } from './objects/range';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import { PyDict } from './objects/dict';
import { PyGenerator } from './objects/generator';
import { objectType, PyType, typeOf, type PyObject } from './objects/type';
import { PyBoxed } from './objects/boxed';
import { PyCode } from './objects/codeobj';
import { PyComplex, complexRepr } from './objects/complex';
import { PyBytes, bytesRepr, isByteArray } from './objects/bytes';
import { callSpecial, userSpecial } from './ops';

// ---------------------------------------------------------------- repr / str

let reprDepth = 0;
const reprActive = new Set<PyObject>();

function addr(o: object): string {
  return '0x' + (0x7f0000000000 + objectNum(o) * 16).toString(16);
}
let counter = 1;
const nums = new WeakMap<object, number>();
export function objectNum(o: object): number {
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

// Characters str.isprintable() rejects (Unicode categories C* and Z* except the space).
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

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
    else if (c > 0xa0) {
      const cp = s.codePointAt(i)!;
      const one = cp > 0xffff ? s.slice(i, i + 2) : ch;
      if (cp > 0xffff) i++;
      // str.isprintable() is false: CPython escapes it as \xXX, \uXXXX or \UXXXXXXXX.
      if (!NON_PRINTABLE.test(one)) out += one;
      else if (cp > 0xffff) out += '\\U' + cp.toString(16).padStart(8, '0');
      else out += cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
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
      if (typeof r !== 'string') throw pyErr(TypeError, `__repr__ returned non-string (type ${typeOf(r).tpName})`);
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
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeOf(v.self).tpName} object at ${addr(v.self as object)}>`;
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
  if (v instanceof PyCell) return `<cell at ${addr(v)}: ${v.contents === undefined ? 'empty' : `${typeOf(v.contents).tpName} object at ${addr(v.contents as object)}`}>`;
  if (v instanceof PyCode) return `<code object ${v.code.co_name} at ${addr(v)}, file "${v.code.co_filename}", line ${v.code.co_firstlineno}>`;
  const br = t.lookup('__repr__');
  if (br instanceof PyBuiltin && br !== objectType.dict.get('__repr__')) {
    const r = callObject(br, [v]);
    if (typeof r === 'string') return r;
  }
  return `<${typeModuleName(t)} object at ${addr(v)}>`;
}

/** 'int' for builtins, '__main__.C' for user classes (as repr of a class shows). */
export function typeModuleName(t: PyType): string {
  // Builtin types have no __module__ in their dict, except extension types (itertools.count).
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
      if (typeof r !== 'string') throw pyErr(TypeError, `__str__ returned non-string (type ${typeOf(r).tpName})`);
      return r;
    }
    if (userSpecial(v, '__repr__') !== undefined) return repr(v);
    if (v instanceof PyBoxed) return str(v.value);
  }
  if (v instanceof PyBaseException) {
    if (v.cls.isSubtypeOf(KeyError) && v.args.length === 1) return repr(v.args[0]);
    if (v.cls.isSubtypeOf(UnicodeError)) {
      const s = unicodeErrorStr(v);
      if (s !== null) return s;
    }
    if (v.cls.isSubtypeOf(OSError)) {
      const s = osErrorStr(v, repr, str);
      if (s !== null) return s;
    }
    if (v.args.length === 0) return '';
    if (v.args.length === 1) return str(v.args[0]);
    return repr(new PyTuple(v.args));
  }
  return repr(v);
}
