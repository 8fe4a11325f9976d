// The builtins module (CPython's bltinmodule.c): print, len, min, max, sorted, isinstance... and the
// iterator types enumerate, zip, map, filter, reversed. Constructors and methods of the builtin
// types are in typemethods.ts, their special methods in slots.ts.

import { execBuiltins, frameLocals } from './execmodule';
import type { VM } from './eval';
import { callObject } from './call';
import { buildClass } from './classes';
import { PyDict, PyDictView } from './objects/dict';
import {
  EXCEPTION_TYPES, PyBaseException, PyException, pyErr, StopIteration, SystemExit, TypeError, ValueError,
  OverflowError, ZeroDivisionError, EOFError, AttributeError, RuntimeError,
} from './objects/exceptions';
import { PyFloat, floatDivmod } from './objects/float';
import { PyBuiltin, PyFunction } from './objects/function';
import { PyGenerator } from './objects/generator';
import { big, floatToInt, intDivmod, normBig, type Int } from './objects/int';
import { addIteratorProtocol, FnIter, PyIterator } from './objects/iterators';
import { PyList, sortItems } from './objects/list';
import { PyModule } from './objects/module';
import { Ellipsis, None, NotImplemented } from './objects/none';
import { PyRange, rangeLen, rangeReversed } from './objects/range';
import { PyTuple } from './objects/tuple';
import {
  boolType, classmethodType, floatType, frozensetType, intType, objectType, propertyType, PyType, rangeType, setType,
  sliceType, staticmethodType, strType, superType, typeOf, typeType, type NativeFn, type PyObject, complexType,
  bytesType, listType, tupleType, dictType, iteratorType,
} from './objects/type';
import { absValue, binaryOp, BIN, toNumber } from './number';
import { asIndex, callSpecial, getIter, hashValue, iterNext, iterToArray, len, truthy, userSpecial } from './ops';
import { delAttr, findAttr, getAttr, setAttr, instanceDict } from './attributes';
import { eq, lessThan } from './compare';
import { format, asciiRepr } from './formatting';
import { objectId, repr, str } from './repr';
import { builtinImport } from './imports';
import { openFile, PyStdStream } from './iomodule';
import { bytearrayType } from './objects/bytes';
import './slots';
import './typemethods';
import './genericalias';
import './codetypes';

/** Positional-argument counts of builtin functions, checked with CPython's messages. */
const BUILTIN_ARITY: Record<string, [number, number] | 'one' | 'noargs'> = {
  len: 'one', repr: 'one', ascii: 'one', abs: 'one', any: 'one', all: 'one', callable: 'one', id: 'one', hash: 'one',
  chr: 'one', ord: 'one', hex: 'one', oct: 'one', bin: 'one', globals: 'noargs', locals: 'noargs',
  min: [1, Infinity], max: [1, Infinity], isinstance: [2, 2], issubclass: [2, 2], iter: [1, 2], next: [1, 2],
  sorted: [1, 1], getattr: [2, 3], hasattr: [2, 2], setattr: [3, 3], delattr: [2, 2], divmod: [2, 2],
  format: [1, 2], vars: [0, 1], dir: [0, 1],
};

function checkBuiltinArity(name: string, n: number): void {
  const spec = BUILTIN_ARITY[name];
  if (spec === undefined) return;
  const plural = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (spec === 'one') {
    if (n !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${n} given)`);
  } else if (spec === 'noargs') {
    if (n !== 0) throw pyErr(TypeError, `${name}() takes no arguments (${n} given)`);
  } else {
    const [min, max] = spec;
    if (min === max && n !== min) throw pyErr(TypeError, `${name} expected ${plural(min)}, got ${n}`);
    if (n < min) throw pyErr(TypeError, `${name} expected at least ${plural(min)}, got ${n}`);
    if (n > max) throw pyErr(TypeError, `${name} expected at most ${plural(max)}, got ${n}`);
  }
}

function def(d: PyDict, name: string, f: NativeFn): void {
  const checked: NativeFn = BUILTIN_ARITY[name] === undefined ? f : (args, kw) => {
    checkBuiltinArity(name, args.length);
    return f(args, kw);
  };
  d.setStr(name, new PyBuiltin(name, checked));
}

function exactlyOne(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function isInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}



// ---------------------------------------------------------------- iterator builtins

/**
 * An iterator type implemented natively (enumerate, zip, itertools.count...): calling it builds the
 * iterator, __iter__ returns it, __next__ steps it. `module` sets __module__ and __qualname__ for
 * types outside builtins.
 */
export function iterClass(name: string, make: (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject, module?: string): PyType {
  const t = new PyType(name, [objectType]);
  if (module !== undefined) {
    t.qualname = name;
    t.dict.set('__module__', module);
  }
  t.newInstance = (_cls, args, kw) => make(args, kw);
  return addIteratorProtocol(t);
}

const enumerateType: PyType = iterClass('enumerate', (args, kw) => {
  const it = getIter(args[0] ?? kw?.get('iterable') ?? missing('enumerate', 'iterable'));
  const start = args.length > 1 ? args[1] : kw?.get('start') ?? 0;
  if (!isInt(start) && userSpecial(start, '__index__') === undefined) {
    throw pyErr(TypeError, `'${typeOf(start).tpName}' object cannot be interpreted as an integer`);
  }
  let i: Int = typeof start === 'boolean' ? +start : isInt(start) ? start : asIndex(start);
  return new FnIter(enumerateType, () => {
    const v = iterNext(it);
    if (v === undefined) return undefined;
    const r = new PyTuple([i, v]);
    i = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : normBig(big(i) + 1n);
    return r;
  });
});
function missing(fname: string, arg: string): never {
  throw pyErr(TypeError, `${fname}() missing required argument '${arg}' (pos 1)`);
}
const zipType: PyType = iterClass('zip', (args, kw) => {
  const strict = kw?.get('strict');
  const its = args.map((a) => getIter(a));
  let done = false;
  return new FnIter(zipType, () => {
    if (done || its.length === 0) return undefined;
    const out: PyObject[] = [];
    for (let k = 0; k < its.length; k++) {
      const v = iterNext(its[k]);
      if (v === undefined) {
        done = true;
        if (strict !== undefined && truthy(strict) && (k > 0 || its.slice(1).some((o) => iterNext(o) !== undefined))) {
          throw pyErr(ValueError, k > 0 ? `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}` : 'zip() argument 2 is longer than argument 1');
        }
        return undefined;
      }
      out.push(v);
    }
    return new PyTuple(out);
  });
});
const mapType: PyType = iterClass('map', (args) => {
  if (args.length < 2) throw pyErr(TypeError, 'map() must have at least two arguments.');
  const f = args[0];
  const its = args.slice(1).map((a) => getIter(a));
  return new FnIter(mapType, () => {
    const vals: PyObject[] = [];
    for (const it of its) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      vals.push(v);
    }
    return callObject(f, vals);
  });
});
const filterType: PyType = iterClass('filter', (args) => {
  if (args.length !== 2) throw pyErr(TypeError, `filter expected 2 arguments, got ${args.length}`);
  const f = args[0];
  const it = getIter(args[1]);
  return new FnIter(filterType, () => {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (f === None ? truthy(v) : truthy(callObject(f, [v]))) return v;
    }
  });
});
const reversedType: PyType = iterClass('reversed', (args) => {
  if (args.length !== 1) throw pyErr(TypeError, `reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const m = userSpecial(seq, '__reversed__');
  if (m !== undefined) return callSpecial(m, seq, []) as PyIterator;
  if (seq instanceof PyRange) return rangeReversed(seq);
  let items: PyObject[];
  if (seq instanceof PyList || seq instanceof PyTuple) items = seq.items;
  else if (typeof seq === 'string' || userSpecial(seq, '__getitem__') !== undefined) items = iterToArray(seq);
  else if (seq instanceof PyDict) items = seq.keys();
  else if (seq instanceof PyDictView) items = seq.items();
  else throw pyErr(TypeError, `'${typeOf(seq).tpName}' object is not reversible`);
  let i = items.length - 1;
  return new FnIter(reversedType, () => (i >= 0 && i < items.length ? items[i--] : undefined));
});

// ---------------------------------------------------------------- builtin functions

function minmax(name: string, isMax: boolean): NativeFn {
  return (args, kw) => {
    let key: PyObject = None;
    let dflt: PyObject | undefined;
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    if (args.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
    let items: PyObject[];
    if (args.length === 1) items = iterToArray(args[0]);
    else {
      if (dflt !== undefined) throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw pyErr(ValueError, `${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === None ? best : callObject(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const k = key === None ? items[i] : callObject(key, [items[i]]);
      if (isMax ? lessThan(bestKey, k) : lessThan(k, bestKey)) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  };
}

/** isinstance(obj, cls) / issubclass(obj, cls): a metaclass's __instancecheck__/__subclasscheck__
 * (abc.ABCMeta) or an object's (types.UnionType) decides, else the MRO (CPython's PyObject_IsInstance). */
function isinstanceCheck(obj: PyObject, cls: PyObject, fname: 'isinstance' | 'issubclass'): boolean {
  const t = fname === 'isinstance' ? typeOf(obj) : (obj as PyType);
  if (cls instanceof PyType) {
    if (t === cls) return true;
    const meta = cls.cls;
    if (!meta.isBuiltin) {
      const hook = meta.lookup(fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
      if (hook !== undefined && !(hook instanceof PyBuiltin)) return truthy(callObject(hook, [cls, obj]));
    }
    return t.isSubtypeOf(cls);
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceCheck(obj, c, fname));
  const hook = userSpecial(cls, fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
  if (hook !== undefined) return truthy(callSpecial(hook, cls, [obj]));
  throw pyErr(TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

/** round(x, nd) with CPython's exact half-even rounding of the binary value. */
function roundFloat(x: number, nd: number): number {
  if (!isFinite(x) || x === 0) return x;
  if (nd > 300) return x;
  if (nd < 0) {
    const p = Math.pow(10, -nd);
    const y = x / p;
    let r = Math.round(y);
    if (Math.abs(y % 1) === 0.5) r = 2 * Math.round(y / 2);
    return r * p + 0;
  }
  // toFixed is exact on the binary value, so ties are real ties.
  const text = Math.abs(x).toFixed(Math.min(100, nd + 40));
  const [ip, fp] = text.split('.');
  const keep = fp.slice(0, nd);
  const rest = fp.slice(nd);
  const digits = BigInt(ip + keep);
  const lastOdd = (digits & 1n) === 1n;
  const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || lastOdd));
  const n = up ? digits + 1n : digits;
  let str = n.toString().padStart(nd + 1, '0');
  str = nd > 0 ? str.slice(0, str.length - nd) + '.' + str.slice(str.length - nd) : str;
  const v = Number(str);
  return x < 0 ? -v : v;
}

/** sys.stdout when a program replaced it, else None (print writes to the VM's buffer). */
function currentStdout(vm: VM): PyObject {
  const sys = vm.modules.getStr('sys');
  if (!(sys instanceof PyModule)) return None;
  const out = sys.dict.getStr('stdout');
  return out === undefined || (out instanceof PyStdStream && out.fd === 1 && !out.closed) ? None : out;
}

/** Create the builtins dict for a VM. */
export function makeBuiltins(vm: VM): PyDict {
  const b = new PyDict();
  b.setStr('__name__', 'builtins');
  b.setStr('__doc__', None);
  b.setStr('None', None);
  b.setStr('True', true);
  b.setStr('False', false);
  b.setStr('NotImplemented', NotImplemented);
  b.setStr('Ellipsis', Ellipsis);
  b.setStr('__debug__', true);
  for (const t of [
    intType, floatType, strType, boolType, complexType, bytesType, bytearrayType, setType, frozensetType, rangeType, sliceType, objectType, typeType,
    staticmethodType, classmethodType, propertyType, superType, enumerateType, zipType, mapType, filterType,
    reversedType,
  ]) b.setStr(t.name, t);
  b.setStr('list', listType);
  b.setStr('tuple', tupleType);
  b.setStr('dict', dictType);
  for (const t of EXCEPTION_TYPES) b.setStr(t.name, t);
  b.setStr('IOError', b.getStr('OSError')!);
  b.setStr('EnvironmentError', b.getStr('OSError')!);

  def(b, 'print', (args, kw) => {
    let sep = ' ', end = '\n';
    let file: PyObject = None;
    let flush = false;
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'sep') {
          if (v !== None && typeof v !== 'string') throw pyErr(TypeError, `sep must be None or a string, not ${typeOf(v).tpName}`);
          if (v !== None) sep = v as string;
        } else if (k === 'end') {
          if (v !== None && typeof v !== 'string') throw pyErr(TypeError, `end must be None or a string, not ${typeOf(v).tpName}`);
          if (v !== None) end = v as string;
        } else if (k === 'file') file = v;
        else if (k === 'flush') flush = truthy(v);
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for print()`);
      }
    }
    if (file === None) file = currentStdout(vm);
    if (file === None) {
      let s = '';
      for (let i = 0; i < args.length; i++) {
        if (i) s += sep;
        const a = args[i];
        s += typeof a === 'string' ? a : str(a);
      }
      vm.writeStdout(s + end);
    } else {
      // A Python file object gets one write() per piece, as CPython's print does.
      const write = getAttr(file, 'write');
      for (let i = 0; i < args.length; i++) {
        if (i) callObject(write, [sep]);
        const a = args[i];
        callObject(write, [typeof a === 'string' ? a : str(a)]);
      }
      callObject(write, [end]);
      if (flush) callObject(getAttr(file, 'flush'), []);
    }
    if (flush && file === None) vm.flush();
    return None;
  });
  def(b, 'len', (args) => {
    const v = exactlyOne('len', args);
    return v instanceof PyRange ? rangeLen(v) : len(v);
  });
  def(b, 'repr', (args) => repr(exactlyOne('repr', args)));
  def(b, 'ascii', (args) => asciiRepr(exactlyOne('ascii', args)));
  def(b, 'abs', (args) => absValue(exactlyOne('abs', args)));
  def(b, 'min', minmax('min', false));
  def(b, 'max', minmax('max', true));
  def(b, 'sum', (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, 'sum() takes at least 1 positional argument (0 given)');
    if (args.length > 2) throw pyErr(TypeError, `sum() takes at most 2 arguments (${args.length} given)`);
    let acc: PyObject = args.length > 1 ? args[1] : kw?.get('start') ?? 0;
    if (typeof acc === 'string') throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    const it = getIter(args[0]);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      if (typeof acc === 'number' && typeof v === 'number') {
        const r: number = acc + v;
        if (Number.isSafeInteger(r)) {
          acc = r;
          continue;
        }
      }
      acc = binaryOp(BIN.ADD, acc, v);
    }
    return acc;
  });
  def(b, 'isinstance', (args) => {
    if (args.length !== 2) throw pyErr(TypeError, `isinstance expected 2 arguments, got ${args.length}`);
    return isinstanceCheck(args[0], args[1], 'isinstance');
  });
  def(b, 'issubclass', (args) => {
    if (args.length !== 2) throw pyErr(TypeError, `issubclass expected 2 arguments, got ${args.length}`);
    if (!(args[0] instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
    return isinstanceCheck(args[0], args[1], 'issubclass');
  });
  def(b, 'iter', (args) => {
    if (args.length === 2) {
      const f = args[0], sentinel = args[1];
      return new FnIter(iteratorType, () => {
        const v = callObject(f, []);
        return eq(v, sentinel) ? undefined : v;
      });
    }
    return getIter(exactlyOne('iter', args));
  });
  def(b, 'next', (args) => {
    if (args.length < 1 || args.length > 2) throw pyErr(TypeError, `next expected at least 1 argument, got ${args.length}`);
    const it = args[0];
    if (!(it instanceof PyIterator) && userSpecial(it, '__next__') === undefined) {
      throw pyErr(TypeError, `'${typeOf(it).tpName}' object is not an iterator`);
    }
    if (it instanceof PyGenerator) {
      const v = it.resume(None, null);
      if (v !== undefined) return v;
      if (args.length > 1) return args[1];
      throw new PyException(new PyBaseException(StopIteration, it.returnValue === None ? [] : [it.returnValue]));
    }
    if (args.length === 1 && !(it instanceof PyIterator)) return callSpecial(userSpecial(it, '__next__')!, it, []);
    const v = iterNext(it);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw pyErr(StopIteration);
  });
  def(b, 'sorted', (args, kw) => {
    if (args.length !== 1) throw pyErr(TypeError, `sorted expected 1 argument, got ${args.length}`);
    const items = iterToArray(args[0]);
    let key: PyObject = None;
    let reverse = false;
    if (kw) {
      for (const [k, v] of kw) {
        if (k === 'key') key = v;
        else if (k === 'reverse') reverse = truthy(v);
        else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for sort()`);
      }
    }
    sortItems(items, key, reverse);
    return new PyList(items);
  });
  def(b, 'any', (args) => {
    const it = getIter(exactlyOne('any', args));
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (truthy(v)) return true;
    return false;
  });
  def(b, 'all', (args) => {
    const it = getIter(exactlyOne('all', args));
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!truthy(v)) return false;
    return true;
  });
  def(b, 'getattr', (args) => {
    if (args.length < 2 || args.length > 3) throw pyErr(TypeError, `getattr expected at least 2 arguments, got ${args.length}`);
    const name = args[1];
    if (typeof name !== 'string') throw pyErr(TypeError, "attribute name must be string, not '" + typeOf(name).tpName + "'");
    if (args.length === 2) return getAttr(args[0], name);
    try {
      const v = findAttr(args[0], name);
      return v === undefined ? args[2] : v;
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtypeOf(AttributeError)) return args[2];
      throw e;
    }
  });
  def(b, 'hasattr', (args) => {
    const name = args[1];
    if (typeof name !== 'string') throw pyErr(TypeError, "attribute name must be string, not '" + typeOf(name).tpName + "'");
    try {
      return findAttr(args[0], name) !== undefined;
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtypeOf(AttributeError)) return false;
      throw e;
    }
  });
  def(b, 'setattr', (args) => {
    setAttr(args[0], args[1] as string, args[2]);
    return None;
  });
  def(b, 'delattr', (args) => {
    delAttr(args[0], args[1] as string);
    return None;
  });
  def(b, 'callable', (args) => {
    const v = exactlyOne('callable', args);
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined || typeOf(v).name === 'method';
  });
  def(b, 'id', (args) => objectId(exactlyOne('id', args)));
  def(b, 'hash', (args) => hashValue(exactlyOne('hash', args)));
  def(b, 'chr', (args) => {
    const i = asIndex(exactlyOne('chr', args));
    if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(i);
  });
  def(b, 'ord', (args) => {
    const s = exactlyOne('ord', args);
    if (typeof s !== 'string') throw pyErr(TypeError, `ord() expected string of length 1, but ${typeOf(s).tpName} found`);
    const cps = [...s];
    if (cps.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  });
  const radix = (name: string, base: number, prefix: string): NativeFn => (args) => {
    const v = exactlyOne(name, args);
    if (!isInt(v) && userSpecial(v, '__index__') === undefined) throw pyErr(TypeError, `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
    const n = isInt(v) ? big(typeof v === 'boolean' ? (v ? 1 : 0) : v) : BigInt(asIndex(v));
    return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
  };
  def(b, 'hex', radix('hex', 16, '0x'));
  def(b, 'oct', radix('oct', 8, '0o'));
  def(b, 'bin', radix('bin', 2, '0b'));
  def(b, 'divmod', (args) => {
    if (args.length !== 2) throw pyErr(TypeError, `divmod expected 2 arguments, got ${args.length}`);
    const [x, y] = args;
    if (isInt(x) && isInt(y)) {
      const [q, r] = intDivmod(typeof x === 'boolean' ? +x : x, typeof y === 'boolean' ? +y : y);
      return new PyTuple([q, r]);
    }
    const fx = toNumber(x), fy = toNumber(y);
    if (fx !== undefined && fy !== undefined && !userSpecial(x, '__divmod__') && !userSpecial(y, '__rdivmod__')) {
      if (fy === 0) throw pyErr(ZeroDivisionError, 'float divmod()');
      const [q, r] = floatDivmod(fx, fy);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    }
    // The binary-operator protocol: x.__divmod__(y), then y.__rdivmod__(x) (first when y's type
    // is a subclass of x's), skipping NotImplemented.
    const tx = typeOf(x), ty = typeOf(y);
    const m = userSpecial(x, '__divmod__');
    const rm = ty !== tx ? userSpecial(y, '__rdivmod__') : undefined;
    const reflectedFirst = rm !== undefined && ty.isSubtypeOf(tx);
    if (reflectedFirst) {
      const r = callSpecial(rm, y, [x]);
      if (r !== NotImplemented) return r;
    }
    if (m !== undefined) {
      const r = callSpecial(m, x, [y]);
      if (r !== NotImplemented) return r;
    }
    if (rm !== undefined && !reflectedFirst) {
      const r = callSpecial(rm, y, [x]);
      if (r !== NotImplemented) return r;
    }
    throw pyErr(TypeError, `unsupported operand type(s) for divmod(): '${tx.name}' and '${ty.name}'`);
  });
  def(b, 'pow', (args, kw) => {
    if (args.length > 3) throw pyErr(TypeError, `pow() takes at most 3 arguments (${args.length} given)`);
    const base = args[0] ?? kw?.get('base'), exp = args[1] ?? kw?.get('exp');
    if (base === undefined) throw pyErr(TypeError, "pow() missing required argument 'base' (pos 1)");
    const mod = args[2] ?? kw?.get('mod') ?? None;
    if (exp === undefined) throw pyErr(TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (mod === None) return binaryOp(BIN.POW, base, exp);
    if (!isInt(base) || !isInt(exp) || !isInt(mod)) throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    let m = big(typeof mod === 'boolean' ? +mod : mod);
    if (m === 0n) throw pyErr(ValueError, 'pow() 3rd argument cannot be 0');
    let e = big(typeof exp === 'boolean' ? +exp : exp);
    let x = big(typeof base === 'boolean' ? +base : base);
    const neg = m < 0n;
    if (neg) m = -m;
    if (e < 0n) {
      // Modular inverse by the extended Euclidean algorithm, then the positive power.
      let [r0, r1, s0, s1] = [((x % m) + m) % m, m, 1n, 0n];
      while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
      }
      if (r0 !== 1n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
      x = ((s0 % m) + m) % m;
      e = -e;
    }
    let r = 1n % m;
    x = ((x % m) + m) % m;
    while (e > 0n) {
      if (e & 1n) r = (r * x) % m;
      x = (x * x) % m;
      e >>= 1n;
    }
    if (neg && r !== 0n) r -= m;
    return normBig(r);
  });
  def(b, 'round', (args, kw) => {
    if (args.length > 2) throw pyErr(TypeError, `round() takes at most 2 arguments (${args.length} given)`);
    const x = args[0] ?? kw?.get('number');
    if (x === undefined) throw pyErr(TypeError, "round() missing required argument 'number' (pos 1)");
    const nd = args[1] ?? kw?.get('ndigits') ?? None;
    const m = userSpecial(x, '__round__');
    if (m !== undefined) return callSpecial(m, x, nd === None ? [] : [nd]);
    if (isInt(x)) {
      const i = typeof x === 'boolean' ? +x : x;
      if (nd === None || asIndex(nd) >= 0) return i;
      const p = 10n ** BigInt(-asIndex(nd));
      const bi = big(i);
      let q = bi / p;
      let rem = bi % p;
      if (rem < 0n) { rem += p; q -= 1n; }
      if (rem * 2n > p || (rem * 2n === p && q % 2n !== 0n)) q += 1n;
      return normBig(q * p);
    }
    if (!(x instanceof PyFloat)) throw pyErr(TypeError, `type ${typeOf(x).tpName} doesn't define __round__ method`);
    if (nd === None) {
      const v = x.value;
      if (v !== v) throw pyErr(ValueError, 'cannot convert float NaN to integer');
      if (!isFinite(v)) throw pyErr(OverflowError, 'cannot convert float infinity to integer');
      let r = Math.round(v);
      if (Math.abs(v - Math.trunc(v)) === 0.5) r = 2 * Math.round(v / 2);
      return floatToInt(r);
    }
    return new PyFloat(roundFloat(x.value, asIndex(nd)));
  });
  def(b, 'format', (args) => format(args[0], args.length > 1 ? (args[1] as string) : ''));
  for (const [name, fn] of execBuiltins(vm)) def(b, name, fn);
  def(b, 'globals', () => vm.frame!.f_globals);
  def(b, 'locals', () => frameLocals(vm.frame!));
  def(b, 'vars', (args) => {
    if (args.length === 0) return callObject(b.getStr('locals')!, []);
    return getAttr(args[0], '__dict__');
  });
  def(b, 'dir', (args) => {
    if (args.length === 0) return new PyList(vm.frame!.f_locals ? vm.frame!.f_locals.keys().sort() : []);
    const o = args[0];
    // A module's dir() is its namespace (module.__dir__).
    if (o instanceof PyModule) return new PyList(o.dict.keys().filter((k) => typeof k === 'string').sort());
    const names = new Set<string>();
    for (const k of instanceDict(o)?.keys() ?? []) names.add(k);
    for (const t of (o instanceof PyType ? o : typeOf(o)).mro) for (const k of t.dict.keys()) names.add(k);
    return new PyList([...names].sort());
  });
  def(b, '__build_class__', (args, kw) => {
    const f = args[0];
    if (!(f instanceof PyFunction)) throw pyErr(TypeError, '__build_class__: func must be a function');
    return buildClass(vm, f, args.slice(1), kw);
  });
  def(b, '__import__', (args, kw) => builtinImport(vm, args, kw));
  def(b, 'input', (args) => {
    if (args.length > 1) throw pyErr(TypeError, `input expected at most 1 argument, got ${args.length}`);
    // input() reads sys.stdin and prompts on sys.stdout, whatever they have been replaced with.
    const sys = vm.modules.getStr('sys');
    const stdin = sys instanceof PyModule ? sys.dict.getStr('stdin') : undefined;
    const stdout = sys instanceof PyModule ? sys.dict.getStr('stdout') : undefined;
    if (stdin === undefined || stdin === None) throw pyErr(RuntimeError, 'input(): lost sys.stdin');
    if (stdout === undefined || stdout === None) throw pyErr(RuntimeError, 'input(): lost sys.stdout');
    if (args.length === 1) callObject(getAttr(stdout, 'write'), [str(args[0])]);
    // The prompt must be visible before the read blocks.
    callObject(getAttr(stdout, 'flush'), []);
    const line = callObject(getAttr(stdin, 'readline'), []);
    if (typeof line !== 'string') throw pyErr(TypeError, 'object.readline() returned non-string');
    if (line === '') throw pyErr(EOFError, 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  });
  def(b, 'open', (args, kw) => openFile(vm, args, kw));
  def(b, 'exit', (args) => {
    throw new PyException(new PyBaseException(SystemExit, args.length ? [args[0]] : []));
  });
  b.setStr('quit', b.getStr('exit')!);
  return b;
}



