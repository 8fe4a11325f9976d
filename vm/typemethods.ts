// Constructors and methods of the builtin types that are not in their own files: int(), float(),
// str(), bool(), range(), set(), complex(), bytes(), object and BaseException methods, set and
// generator methods (CPython's *object.c tp_new and method tables).

import { getVM } from './eval';
import { callObject } from './call';
import { makeSuper } from './classes';
import {
  PyBaseException, PyException, pyErr, TypeError, ValueError, BaseException, OverflowError, KeyError, AttributeError,
} from './objects/exceptions';
import { PyFloat } from './objects/float';
import { PyBuiltin, PyClassMethod, PyMethod, PyProperty, PyStaticMethod, defMethod } from './objects/function';
import { PyGenerator, genSend } from './objects/generator';
import { PyInstance } from './objects/instance';
import { big, floatToInt, normBig, parseIntLiteral, unicodeDigit, type Int } from './objects/int';
import { PyList } from './objects/list';
import { None, NotImplemented } from './objects/none';
import { makeRange } from './objects/range';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple } from './objects/tuple';
import {
  boolType, classmethodType, floatType, frozensetType, intType, objectType, propertyType, PyType, rangeType, setType,
  sliceType, staticmethodType, strType, superType, typeOf, generatorType, type PyObject, complexType, bytesType, functionType,
} from './objects/type';
import { binaryOp, BIN, toNumber } from './number';
import { codecArgs, decode, encode, lookupCodec } from './codecs';
import { asIndex, callSpecial, indexInt, hashValue, iterToArray, truthy, userSpecial } from './ops';
import {
  attributeError, genericSetAttr, getAttr, getAttrOrUndefined, instanceDict, setObjectSetattr,
} from './attributes';
import { format } from './formatting';
import { objectId, repr, str } from './repr';
import { toExceptionInstance } from './raise';
import { PyBoxed } from './objects/boxed';
import { PyComplex } from './objects/complex';
import { PyBytes, bytearrayType, fromLatin1, isByteArray } from './objects/bytes';
import { bytesFrom } from './bytesmethods';
import './slots';

function exactlyOne(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noKw(name: string, kw: Map<string, PyObject> | null): void {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

function isInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}



// ---------------------------------------------------------------- type constructors

const FLOAT_RE = /^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?)$/;

/** float(str) as CPython parses it; null when invalid. */
export function parseFloat_(s: string): number | null {
  const t = s.trim().replace(/[^\x00-\x7f]/gu, (c) => (/^\p{Nd}$/u.test(c) ? String(unicodeDigit(c)) : c));
  const low = t.toLowerCase().replace(/^[+-]/, '');
  const neg = t.startsWith('-');
  if (low === 'inf' || low === 'infinity') return neg ? -Infinity : Infinity;
  if (low === 'nan') return NaN;
  if (!FLOAT_RE.test(t) || !/\d/.test(t)) return null;
  return Number(t.replace(/_/g, ''));
}

intType.newInstance = (cls, args, kw) => {
  let x: PyObject | undefined = args[0];
  let base: PyObject | undefined = args[1];
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'base') base = v;
      else if (k === 'x' && x === undefined) x = v;
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for int()`);
    }
  }
  if (args.length > 2) throw pyErr(TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  if (x === undefined) return boxIf(cls, 0);
  if (base !== undefined) {
    if (typeof x !== 'string') throw pyErr(TypeError, "int() can't convert non-string with explicit base");
    const b = asIndex(base);
    if (b !== 0 && (b < 2 || b > 36)) throw pyErr(ValueError, 'int() base must be >= 2 and <= 36, or 0');
    const r = parseIntLiteral(x, b);
    if (r === null) throw pyErr(ValueError, `invalid literal for int() with base ${b}: ${repr(x)}`);
    return boxIf(cls, r);
  }
  return boxIf(cls, toIntValue(x));
};

/** A plain value for the builtin type itself, a PyBoxed for a subclass (class MyInt(int)). */
function boxIf(cls: PyType, v: PyObject): PyObject {
  return cls.isBuiltin ? v : new PyBoxed(cls, v);
}

function toIntValue(x: PyObject): Int {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (x instanceof PyBoxed && userSpecial(x, '__int__') === undefined && userSpecial(x, '__index__') === undefined) return toIntValue(x.value);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (typeof x === 'string') {
    const r = parseIntLiteral(x, 10);
    if (r === null) throw pyErr(ValueError, `invalid literal for int() with base 10: ${repr(x)}`);
    return r;
  }
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const m = userSpecial(x, name);
    if (m !== undefined) {
      const r = callSpecial(m, x, []);
      if (!isInt(r)) throw pyErr(TypeError, `${name} returned non-int (type ${typeOf(r).tpName})`);
      return typeof r === 'boolean' ? (r ? 1 : 0) : r;
    }
  }
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).tpName}'`);
}

floatType.newInstance = (cls, args, kw) => boxIf(cls, floatValue(args, kw));

function floatValue(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  noKw('float', kw);
  if (args.length > 1) throw pyErr(TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'string') {
    const f = parseFloat_(x);
    if (f === null) throw pyErr(ValueError, `could not convert string to float: ${repr(x)}`);
    return new PyFloat(f);
  }
  const m = userSpecial(x, '__float__');
  if (m !== undefined) return callSpecial(m, x, []);
  const n = toNumber(x);
  if (n === undefined) throw pyErr(TypeError, `float() argument must be a string or a real number, not '${typeOf(x).tpName}'`);
  return new PyFloat(n);
}

strType.newInstance = (cls, args, kw) => {
  if (args.length > 3) throw pyErr(TypeError, `str() takes at most 3 arguments (${args.length} given)`);
  let o = args[0];
  let codecKw: Map<string, PyObject> | null = null;
  if (kw && kw.size) {
    for (const [k, v] of kw) {
      if (k === 'object') {
        if (o !== undefined) throw pyErr(TypeError, "argument for str() given by name ('object') and position (1)");
        o = v;
      } else {
        (codecKw ??= new Map()).set(k, v);
      }
    }
  }
  if (args.length <= 1 && codecKw === null) return boxIf(cls, o === undefined ? '' : str(o));
  // str(bytes, encoding, errors) decodes.
  const [encoding, errors] = codecArgs('str', [o ?? None, ...args.slice(1)], 1, codecKw);
  if (o === undefined) o = new PyBytes(new Uint8Array(0));
  if (typeof o === 'string') throw pyErr(TypeError, 'decoding str is not supported');
  if (!(o instanceof PyBytes)) throw pyErr(TypeError, `decoding to str: need a bytes-like object, ${typeOf(o).tpName} found`);
  return boxIf(cls, decode(o.bytes, lookupCodec(encoding), errors));
};

boolType.newInstance = (_cls, args, kw) => {
  noKw('bool', kw);
  if (args.length > 1) throw pyErr(TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : truthy(args[0]);
};

rangeType.newInstance = (_cls, args, kw) => {
  noKw('range', kw);
  const ints = args.map((a) => {
    if (!isInt(a) && userSpecial(a, '__index__') === undefined) {
      throw pyErr(TypeError, `'${typeOf(a).tpName}' object cannot be interpreted as an integer`);
    }
    return indexInt(a);
  });
  if (ints.length >= 1 && ints.length <= 3) return makeRange(ints);
  if (ints.length === 0) throw pyErr(TypeError, 'range expected at least 1 argument, got 0');
  throw pyErr(TypeError, `range expected at most 3 arguments, got ${ints.length}`);
};

sliceType.newInstance = (_cls, args) => {
  if (args.length === 1) return new PySlice(None, args[0], None);
  if (args.length === 2) return new PySlice(args[0], args[1], None);
  if (args.length === 3) return new PySlice(args[0], args[1], args[2]);
  throw pyErr(TypeError, `slice expected at least 1 argument, got ${args.length}`);
};

function makeSet(cls: PyType, args: PyObject[], frozen: boolean): PySet {
  const s = new PySet(frozen);
  if (cls !== setType && cls !== frozensetType) {
    s.cls = cls;
    if (!frozen) return s; // set.__init__ fills it
  }
  if (args.length > 1) throw pyErr(TypeError, `${frozen ? 'frozenset' : 'set'} expected at most 1 argument, got ${args.length}`);
  if (args.length) for (const x of iterToArray(args[0])) s.add(x);
  return s;
}
setType.newInstance = (cls, args) => makeSet(cls, args, false);
frozensetType.newInstance = (cls, args) => makeSet(cls, args, true);

complexType.newInstance = (_cls, args, kw) => {
  const re = args[0] ?? kw?.get('real') ?? 0;
  const im = args[1] ?? kw?.get('imag') ?? 0;
  if (typeof re === 'string') {
    const m = /^\s*\(?\s*([+-]?[\d.e+-]*?)?\s*(?:([+-]\s*[\d.e]*)j)?\s*\)?\s*$/i.exec(re);
    const mj = /^\s*([+-]?[\d.]*(?:e[+-]?\d+)?)j\s*$/i.exec(re);
    if (mj) return new PyComplex(0, mj[1] === '' || mj[1] === '+' ? 1 : mj[1] === '-' ? -1 : Number(mj[1]));
    if (!m || (m[1] ?? '') === '') throw pyErr(ValueError, 'complex() arg is a malformed string');
    const imag = m[2] === undefined ? 0 : m[2].replace(/\s/g, '').length === 1 ? Number(m[2] + '1') : Number(m[2].replace(/\s/g, ''));
    return new PyComplex(Number(m[1]), imag);
  }
  const a = complexPart(re, true);
  const b = complexPart(im, false);
  return new PyComplex(a.real - b.imag, a.imag + b.real);
};
/** An argument of complex(): a number, or an object with __complex__ (first only), __float__ or __index__. */
function complexPart(v: PyObject, first: boolean): PyComplex {
  if (v instanceof PyComplex) return v;
  const n = toNumber(v);
  if (n !== undefined && !(typeof v === 'object' && !v.cls.isBuiltin)) return new PyComplex(n, 0);
  const cm = first ? userSpecial(v, '__complex__') : undefined;
  if (cm !== undefined) {
    const r = callSpecial(cm, v, []);
    if (!(r instanceof PyComplex)) throw pyErr(TypeError, `__complex__ returned non-complex (type ${typeOf(r).tpName})`);
    return r;
  }
  const fm = userSpecial(v, '__float__');
  if (fm !== undefined) {
    const r = callSpecial(fm, v, []);
    if (!(r instanceof PyFloat)) throw pyErr(TypeError, `${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(r).tpName})`);
    return new PyComplex(r.value, 0);
  }
  if (userSpecial(v, '__index__') !== undefined) return new PyComplex(Number(asIndex(v)), 0);
  if (n !== undefined) return new PyComplex(n, 0);
  if (first) throw pyErr(TypeError, `complex() first argument must be a string or a number, not '${typeOf(v).tpName}'`);
  if (typeof v === 'string') throw pyErr(TypeError, "complex() second arg can't be a string");
  throw pyErr(TypeError, `complex() second argument must be a number, not '${typeOf(v).tpName}'`);
}
bytesType.newInstance = (cls, args, kw) => {
  if (cls === bytesType && args.length === 1 && args[0] instanceof PyBytes && !isByteArray(args[0])) return args[0];
  return new PyBytes(bytesFrom(args, kw), cls === bytesType ? undefined : cls);
};
bytearrayType.newInstance = (cls, args, kw) => new PyBytes(bytesFrom(args, kw), cls);
defMethod(strType, 'encode', (args, kw) => {
  const [encoding, errors] = codecArgs('encode', args, 1, kw);
  return new PyBytes(encode(args[0] as string, lookupCodec(encoding), errors));
});
defMethod(complexType, 'conjugate', (args) => new PyComplex((args[0] as PyComplex).real, -(args[0] as PyComplex).imag));

// ---------------------------------------------------------------- int and float methods

function intSelf(args: PyObject[]): Int {
  const v = args[0];
  return typeof v === 'boolean' ? (v ? 1 : 0) : (v as Int);
}
defMethod(intType, 'bit_length', (args) => {
  const n = big(intSelf(args));
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
});
defMethod(intType, 'bit_count', (args) => {
  const n = big(intSelf(args));
  return [...(n < 0n ? -n : n).toString(2)].filter((c) => c === '1').length;
});
defMethod(intType, 'conjugate', (args) => intSelf(args));
defMethod(intType, '__index__', (args) => intSelf(args));
defMethod(intType, '__int__', (args) => intSelf(args));
defMethod(intType, 'as_integer_ratio', (args) => new PyTuple([intSelf(args), 1]));
defMethod(intType, 'to_bytes', (args, kw) => {
  let n = big(intSelf(args));
  const length = asIndex(args[1] ?? kw?.get('length') ?? 1);
  const order = (args[2] ?? kw?.get('byteorder') ?? 'big') as string;
  const signed = truthy(kw?.get('signed') ?? false);
  if (n < 0n) {
    if (!signed) throw pyErr(OverflowError, "can't convert negative int to unsigned");
    n += 1n << BigInt(8 * length);
  }
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  if (n !== 0n) throw pyErr(OverflowError, 'int too big to convert');
  if (order === 'little') out.reverse();
  return new PyBytes(out);
});
intType.dict.set('from_bytes', new PyClassMethod(new PyBuiltin('from_bytes', (args, kw) => {
  const bytes = iterToArray(args[1]).map((b) => asIndex(b));
  const order = (args[2] ?? kw?.get('byteorder') ?? 'big') as string;
  const signed = truthy(kw?.get('signed') ?? false);
  if (order === 'little') bytes.reverse();
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (signed && bytes.length && bytes[0] >= 0x80) n -= 1n << BigInt(8 * bytes.length);
  return normBig(n);
}, undefined, 'int.from_bytes')));
defMethod(floatType, 'is_integer', (args) => Number.isInteger((args[0] as PyFloat).value));
defMethod(floatType, 'conjugate', (args) => args[0]);
defMethod(floatType, '__int__', (args) => floatToInt((args[0] as PyFloat).value));
defMethod(floatType, '__float__', (args) => args[0]);
defMethod(floatType, 'as_integer_ratio', (args) => {
  let x = (args[0] as PyFloat).value;
  if (!isFinite(x)) throw pyErr(x !== x ? ValueError : OverflowError, x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  let num = BigInt(x);
  let g = num < 0n ? -num : num;
  let b = den;
  while (b) [g, b] = [b, g % b];
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return new PyTuple([normBig(num), normBig(den)]);
});
floatType.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', (args) => new PyFloat(parseFloat_(String(args[1])) ?? NaN))));

objectType.newInstance = (cls, args) => {
  if (cls === objectType && args.length) throw pyErr(TypeError, 'object() takes no arguments');
  if (cls.abstract) {
    const names = iterToArray(getAttr(cls, '__abstractmethods__')).map((n) => str(n)).sort();
    throw pyErr(TypeError, `Can't instantiate abstract class ${cls.name} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
  }
  return new PyInstance(cls);
};
staticmethodType.newInstance = (_cls, args) => new PyStaticMethod(exactlyOne('staticmethod', args));
classmethodType.newInstance = (_cls, args) => new PyClassMethod(exactlyOne('classmethod', args));
propertyType.newInstance = (_cls, args, kw) => {
  const get = (i: number, name: string): PyObject => args[i] ?? kw?.get(name) ?? None;
  return new PyProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
};
superType.newInstance = (_cls, args) => makeSuper(getVM(), args);

// Read-only attributes of property, classmethod and staticmethod objects (CPython's member and
// getset descriptors), as properties with native getters.
function getter(t: PyType, name: string, fn: (self: PyObject) => PyObject): void {
  t.dict.set(name, new PyProperty(new PyBuiltin(name, (args) => fn(args[0]), undefined, `${t.name}.${name}`), None, None, None));
}
function isAbstract(f: PyObject): boolean {
  if (f === None) return false;
  const v = getAttrOrUndefined(f, '__isabstractmethod__');
  return v !== undefined && truthy(v);
}
getter(propertyType, 'fget', (p) => (p as PyProperty).fget);
getter(propertyType, 'fset', (p) => (p as PyProperty).fset);
getter(propertyType, 'fdel', (p) => (p as PyProperty).fdel);
getter(propertyType, '__doc__', (p) => {
  const pr = p as PyProperty;
  return pr.doc !== None || pr.fget === None ? pr.doc : getAttrOrUndefined(pr.fget, '__doc__') ?? None;
});
getter(propertyType, '__isabstractmethod__', (p) => {
  const pr = p as PyProperty;
  return isAbstract(pr.fget) || isAbstract(pr.fset) || isAbstract(pr.fdel);
});
for (const t of [classmethodType, staticmethodType]) {
  getter(t, '__func__', (m) => (m as PyClassMethod | PyStaticMethod).func);
  getter(t, '__wrapped__', (m) => (m as PyClassMethod | PyStaticMethod).func);
  getter(t, '__isabstractmethod__', (m) => isAbstract((m as PyClassMethod | PyStaticMethod).func));
}

// The descriptor protocol's methods as Python sees them (f.__get__(obj), property.__set__...):
// attribute lookup binds these types natively, but code like enum's asks for them.
defMethod(functionType, '__get__', (args) => {
  const [f, obj, type] = args;
  if ((obj === undefined || obj === None) && (type === undefined || type === None)) {
    if (args.length < 2) throw pyErr(TypeError, ' expected at least 1 argument, got 0');
    throw pyErr(TypeError, '__get__(None, None) is invalid');
  }
  return obj === None ? f : new PyMethod(f, obj);
});
defMethod(classmethodType, '__get__', (args) => {
  const [m, obj, type] = args;
  return new PyMethod((m as PyClassMethod).func, type !== undefined && type !== None ? type : typeOf(obj));
});
defMethod(staticmethodType, '__get__', (args) => (args[0] as PyStaticMethod).func);
defMethod(propertyType, '__get__', (args) => {
  const [p, obj] = args as [PyProperty, PyObject];
  if (obj === undefined || obj === None) return p;
  if (p.fget === None) throw pyErr(AttributeError, `property of '${typeOf(obj).tpName}' object has no getter`);
  return callObject(p.fget, [obj]);
});
defMethod(propertyType, '__set__', (args) => {
  const [p, obj, v] = args as [PyProperty, PyObject, PyObject];
  if (p.fset === None) throw pyErr(AttributeError, `property of '${typeOf(obj).tpName}' object has no setter`);
  callObject(p.fset, [obj, v]);
  return None;
});
defMethod(propertyType, '__delete__', (args) => {
  const [p, obj] = args as [PyProperty, PyObject];
  if (p.fdel === None) throw pyErr(AttributeError, `property of '${typeOf(obj).tpName}' object has no deleter`);
  callObject(p.fdel, [obj]);
  return None;
});

defMethod(propertyType, 'getter', (a) => { const p = a[0] as PyProperty; return new PyProperty(a[1], p.fset, p.fdel, p.doc); });
defMethod(propertyType, 'setter', (a) => { const p = a[0] as PyProperty; return new PyProperty(p.fget, a[1], p.fdel, p.doc); });
defMethod(propertyType, 'deleter', (a) => { const p = a[0] as PyProperty; return new PyProperty(p.fget, p.fset, a[1], p.doc); });

// ---------------------------------------------------------------- object's methods

defMethod(objectType, '__init__', (args) => {
  const self = args[0];
  if (args.length > 1) {
    const t = typeOf(self);
    const objectNew = t.lookup('__new__') === objectType.dict.get('__new__') && t.newInstance === objectType.newInstance;
    if (objectNew || t.lookup('__init__') !== objectType.dict.get('__init__')) {
      throw pyErr(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
  }
  return None;
});
objectType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'object.__new__(X): X is not a type object');
  return cls.newInstance ? cls.newInstance(cls, [], null) : new PyInstance(cls);
}, undefined, 'object.__new__')));
defMethod(objectType, '__repr__', (args) => {
  const v = args[0];
  return `<${typeOf(v).isBuiltin ? typeOf(v).name : modName(typeOf(v))} object at 0x${(objectId(v) as number).toString(16)}>`;
});
function modName(t: PyType): string {
  const m = t.dict.get('__module__');
  return typeof m === 'string' ? `${m}.${t.qualname}` : t.qualname;
}
defMethod(objectType, '__str__', (args) => repr(args[0]));
defMethod(objectType, '__eq__', (args) => (args[0] === args[1] ? true : NotImplemented));
defMethod(objectType, '__ne__', (args) => {
  const r = callObject(getAttr(args[0], '__eq__'), [args[1]]);
  return r === NotImplemented ? r : !truthy(r);
});
defMethod(objectType, '__hash__', (args) => hashValue(args[0]));
defMethod(objectType, '__setattr__', (args) => {
  genericSetAttr(args[0], args[1] as string, args[2]);
  return None;
});
setObjectSetattr(objectType.dict.get('__setattr__'));
defMethod(objectType, '__getattribute__', (args) => {
  const v = getAttrOrUndefined(args[0], args[1] as string);
  if (v === undefined) throw attributeError(args[0], args[1] as string);
  return v;
});
defMethod(objectType, '__delattr__', (args) => {
  const d = instanceDict(args[0]);
  if (!d || !d.delete(args[1] as string)) throw attributeError(args[0], args[1] as string);
  return None;
});
defMethod(objectType, '__format__', (args) => format(str(args[0]), args[1] as string));
// int.__format__ and float.__format__ (found by enum's IntEnum and mixins) format the number itself.
defMethod(intType, '__format__', (args) => format(args[0], args[1] as string), ['o']);
defMethod(floatType, '__format__', (args) => format(args[0], args[1] as string), ['o']);
defMethod(objectType, '__dir__', (args) => new PyList([...(instanceDict(args[0])?.keys() ?? [])]));
objectType.dict.set('__subclasshook__', new PyClassMethod(new PyBuiltin('__subclasshook__', () => NotImplemented)));
objectType.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltin('__init_subclass__', (args, kw) => {
  if (kw && kw.size) throw pyErr(TypeError, `${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return None;
})));

// ---------------------------------------------------------------- exceptions

defMethod(BaseException, '__init__', (args) => {
  (args[0] as PyBaseException).args = args.slice(1);
  return None;
});
defMethod(BaseException, '__str__', (args) => {
  const e = args[0] as PyBaseException;
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(new PyTuple(e.args));
});
defMethod(BaseException, '__repr__', (args) => repr(args[0]));
defMethod(BaseException, 'with_traceback', (args) => args[0]);
BaseException.newInstance = (cls, args) => new PyBaseException(cls, args);

// ---------------------------------------------------------------- sets

function setSelf(args: PyObject[]): PySet {
  return args[0] as PySet;
}
defMethod(setType, 'add', (args) => { setSelf(args).add(args[1]); return None; }, ['o']);
defMethod(setType, 'remove', (args) => {
  if (!setSelf(args).delete(args[1])) throw new PyException(new PyBaseException(KeyError, [args[1]]));
  return None;
}, ['o']);
defMethod(setType, 'discard', (args) => { setSelf(args).delete(args[1]); return None; }, ['o']);
defMethod(setType, 'pop', (args) => {
  const s = setSelf(args);
  for (const v of s.map.values()) {
    s.delete(v);
    return v;
  }
  throw pyErr(KeyError, 'pop from an empty set');
}, ['noargs']);
defMethod(setType, 'clear', (args) => { setSelf(args).clear(); return None; }, ['noargs']);
defMethod(setType, '__init__', (args) => {
  const s = setSelf(args);
  s.clear();
  if (args.length > 1) for (const x of iterToArray(args[1])) s.add(x);
  return None;
});
for (const t of [setType, frozensetType]) {
  defMethod(t, 'copy', (args) => makeSet(typeOf(args[0]) === frozensetType ? frozensetType : setType, [args[0]], typeOf(args[0]) === frozensetType));
  defMethod(t, 'union', (args) => args.slice(1).reduce((acc: PyObject, o) => binaryOp(BIN.OR, acc, makeSet(setType, [o], false)), makeSet(setType, [args[0]], false)));
  defMethod(t, 'intersection', (args) => args.slice(1).reduce((acc: PyObject, o) => binaryOp(BIN.AND, acc, makeSet(setType, [o], false)), makeSet(setType, [args[0]], false)));
  defMethod(t, 'difference', (args) => args.slice(1).reduce((acc: PyObject, o) => binaryOp(BIN.SUB, acc, makeSet(setType, [o], false)), makeSet(setType, [args[0]], false)));
  defMethod(t, 'symmetric_difference', (args) => binaryOp(BIN.XOR, makeSet(setType, [args[0]], false), makeSet(setType, [args[1]], false)));
  defMethod(t, 'issubset', (args) => {
    const other = makeSet(setType, [args[1]], false);
    return [...setSelf(args).map.values()].every((v) => other.has(v));
  });
  defMethod(t, 'issuperset', (args) => iterToArray(args[1]).every((x) => setSelf(args).has(x)));
  defMethod(t, 'isdisjoint', (args) => iterToArray(args[1]).every((x) => !setSelf(args).has(x)));
}
defMethod(setType, 'update', (args) => {
  for (const o of args.slice(1)) for (const x of iterToArray(o)) setSelf(args).add(x);
  return None;
});
defMethod(setType, 'difference_update', (args) => {
  for (const o of args.slice(1)) for (const x of iterToArray(o)) setSelf(args).delete(x);
  return None;
});
defMethod(setType, 'intersection_update', (args) => {
  const keep = makeSet(setType, [args[1]], false);
  const s = setSelf(args);
  for (const v of [...s.map.values()]) if (!keep.has(v)) s.delete(v);
  return None;
});

// ---------------------------------------------------------------- generators

defMethod(generatorType, '__iter__', (args) => args[0]);
defMethod(generatorType, '__next__', (args) => genSend(args[0] as PyGenerator, None, null));
defMethod(generatorType, 'send', (args) => genSend(args[0] as PyGenerator, args[1] ?? None, null));
defMethod(generatorType, 'throw', (args) => {
  const gen = args[0] as PyGenerator;
  let e: PyBaseException;
  const t = args[1];
  if (t instanceof PyType && args.length > 2 && args[2] !== None) {
    const v = args[2];
    e = v instanceof PyBaseException ? v : (callObject(t, [v]) as PyBaseException);
  } else {
    e = toExceptionInstance(t);
  }
  const inner = gen.delegate();
  if (inner instanceof PyGenerator) {
    // Delegate to the sub-generator of a suspended `yield from`.
    try {
      const r = inner.resume(None, new PyException(e));
      if (r !== undefined) return r;
      gen.frame.stack.pop();
      gen.frame.stack.push(inner.returnValue);
      gen.frame.pc += 2;
      return genSend(gen, inner.returnValue, null);
    } catch (err) {
      gen.frame.stack.pop();
      gen.frame.pc += 2;
      return genSend(gen, None, err as PyException);
    }
  }
  return genSend(gen, None, new PyException(e));
});
defMethod(generatorType, 'close', (args) => {
  (args[0] as PyGenerator).close();
  return None;
});

