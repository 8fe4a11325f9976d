// The _operator module (CPython's _operator.c): every operator function, and itemgetter,
// attrgetter and methodcaller, natively, as CPython's come from C: `import operator` decodes
// no code, operator.add is a builtin, and sorted(key=itemgetter(1)) makes no Python frame
// per item. lib/operator.py re-exports them with the dunder aliases.

import { callObject } from './call';
import { defExtMethod, PyBuiltin, PyNativeCallable } from './objects/function';
import { PyModule } from './objects/module';
import { isPyErr, pyErr, TypeError, ValueError } from './objects/exceptions';
import { normBig } from './objects/int';
import { PyTuple } from './objects/tuple';
import { PyList } from './objects/list';
import { PyDict } from './objects/dict';
import { PyRange } from './objects/range';
import { PyBytes } from './objects/bytes';
import { PyBoxed } from './objects/boxed';
import { None, NotImplemented } from './objects/none';
import { ArrayIter, ListIter, LongRangeIter, RangeIter } from './objects/iterators';
import { objectType, PyType, typeOf, type NativeFn, type PyObject } from './objects/type';
import { callSpecial, delItem, getItem, getIter, iterNext, len, setItem, truthy, userSpecial } from './ops';
import { absValue, BIN, binaryOp, inplaceOp, isIntLike, toInt, UN, unaryOp } from './number';
import { contains, eq, richCompare } from './compare';
import { getAttr } from './attributes';
import { repr } from './repr';

/** A getter and the reprs of the arguments it was made with. */
class PyGetter extends PyNativeCallable {
  constructor(cls: PyType, call: NativeFn, readonly reprArgs: string[]) {
    super(cls, call);
  }
}

function getterType(name: string, make: (cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyGetter): PyType {
  const t = new PyType(name, [objectType], false);
  t.dict.set('__module__', 'operator');
  t.baseType = false; // as CPython: not subclassable
  t.newInstance = make;
  defExtMethod(t, '__init__', () => None);
  defExtMethod(t, '__call__', (a, kw) => (a[0] as PyGetter).call(a.slice(1), kw));
  defExtMethod(t, '__repr__', (a) => `operator.${name}(${(a[0] as PyGetter).reprArgs.join(', ')})`);
  return t;
}

/** The one positional argument a getter is called with (CPython's messages). */
function oneArg(name: string, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (kw && kw.size) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyErr(TypeError, `${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

const itemgetterType = getterType('itemgetter', (cls, items, kw) => {
  if (kw && kw.size) throw pyErr(TypeError, 'itemgetter() takes no keyword arguments');
  if (items.length === 0) throw pyErr(TypeError, 'itemgetter expected 1 argument, got 0');
  const keys = items.slice();
  const call: NativeFn = keys.length === 1
    ? (a, k) => getItem(oneArg('itemgetter', a, k), keys[0])
    : (a, k) => {
      const obj = oneArg('itemgetter', a, k);
      return new PyTuple(keys.map((key) => getItem(obj, key)));
    };
  return new PyGetter(cls, call, keys.map(repr));
});

const attrgetterType = getterType('attrgetter', (cls, names, kw) => {
  if (kw && kw.size) throw pyErr(TypeError, 'attrgetter() takes no keyword arguments');
  if (names.length === 0) throw pyErr(TypeError, 'attrgetter expected 1 argument, got 0');
  const paths = names.map((n) => {
    if (typeof n !== 'string') throw pyErr(TypeError, 'attribute name must be a string');
    return n.split('.');
  });
  const walk = (obj: PyObject, path: string[]) => {
    for (let i = 0; i < path.length; i++) obj = getAttr(obj, path[i]);
    return obj;
  };
  const call: NativeFn = paths.length === 1
    ? (a, k) => walk(oneArg('attrgetter', a, k), paths[0])
    : (a, k) => {
      const obj = oneArg('attrgetter', a, k);
      return new PyTuple(paths.map((p) => walk(obj, p)));
    };
  return new PyGetter(cls, call, names.map(repr));
});

const methodcallerType = getterType('methodcaller', (cls, args, kw) => {
  if (args.length === 0) throw pyErr(TypeError, 'methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (typeof name !== 'string') throw pyErr(TypeError, 'method name must be a string');
  const margs = args.slice(1);
  const mkw = kw && kw.size ? new Map(kw) : null;
  const call: NativeFn = (a, k) => callObject(getAttr(oneArg('methodcaller', a, k), name), margs, mkw);
  const shown = [repr(name), ...margs.map(repr)];
  if (mkw) for (const [k, v] of mkw) shown.push(`${k}=${repr(v)}`);
  return new PyGetter(cls, call, shown);
});

// ---------------------------------------------------------------- the functions

function argc(name: string, args: PyObject[], kw: Map<string, PyObject> | null, n: number): void {
  if (kw && kw.size) throw pyErr(TypeError, `_operator.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw pyErr(TypeError, `_operator.${name}() takes exactly one argument (${args.length} given)`);
    throw pyErr(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** PySequence_Check: what concat accepts (a type with item access that is not a mapping). */
function isSequence(v: PyObject): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes || v instanceof PyRange) return true;
  if (v instanceof PyDict) return false;
  return typeof v === 'object' && !v.cls.isBuiltin && v.cls.lookup('__getitem__') !== undefined;
}

/** operator.index(a): a.__index__() as an exact int. */
function index(a: PyObject): PyObject {
  if (isIntLike(a)) return toInt(a);
  if (a instanceof PyBoxed && isIntLike(a.value)) return toInt(a.value);
  const m = userSpecial(a, '__index__');
  if (m === undefined) throw pyErr(TypeError, `'${typeOf(a).tpName}' object cannot be interpreted as an integer`);
  const r = callSpecial(m, a, []);
  if (isIntLike(r)) return toInt(r);
  if (r instanceof PyBoxed && isIntLike(r.value)) return toInt(r.value);
  throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r).tpName})`);
}

/** Iterate a for countOf/indexOf, with their message for what is not iterable. */
function searchIter(a: PyObject): PyObject {
  try {
    return getIter(a);
  } catch (e) {
    if (isPyErr(e, TypeError)) throw pyErr(TypeError, `argument of type '${typeOf(a).tpName}' is not iterable`);
    throw e;
  }
}

function lengthHint(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (kw && kw.size) throw pyErr(TypeError, '_operator.length_hint() takes no keyword arguments');
  if (args.length < 1) throw pyErr(TypeError, `length_hint expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw pyErr(TypeError, `length_hint expected at most 2 arguments, got ${args.length}`);
  const obj = args[0];
  const dflt = args.length > 1 ? args[1] : 0;
  if (!isIntLike(dflt)) throw pyErr(TypeError, `'${typeOf(dflt).tpName}' object cannot be interpreted as an integer`);
  try {
    return len(obj);
  } catch (e) {
    if (!isPyErr(e, TypeError)) throw e;
  }
  // The builtin iterators know how much is left (CPython's __length_hint__ on them).
  if (obj instanceof ListIter) return Math.max(0, obj.list.items.length - obj.i);
  if (obj instanceof ArrayIter) return Math.max(0, obj.items.length - obj.i);
  if (obj instanceof RangeIter) return Math.max(0, obj.remaining);
  if (obj instanceof LongRangeIter) return normBig(obj.remaining > 0n ? obj.remaining : 0n);
  const m = typeof obj === 'object' ? typeOf(obj).lookup('__length_hint__') : undefined;
  if (m === undefined) return toInt(dflt);
  const r = callObject(m, [obj]);
  if (r === NotImplemented) return toInt(dflt);
  if (!isIntLike(r)) throw pyErr(TypeError, `__length_hint__ must be an integer, not ${typeOf(r).tpName}`);
  if (toInt(r) < 0) throw pyErr(ValueError, '__length_hint__() should return >= 0');
  return toInt(r);
}

const BINARY: [string, number][] = [
  ['add', BIN.ADD], ['sub', BIN.SUB], ['mul', BIN.MUL], ['mod', BIN.MOD], ['pow', BIN.POW], ['floordiv', BIN.FLOORDIV],
  ['truediv', BIN.TRUEDIV], ['lshift', BIN.LSHIFT], ['rshift', BIN.RSHIFT], ['and_', BIN.AND], ['xor', BIN.XOR],
  ['or_', BIN.OR], ['matmul', BIN.MATMUL],
];

/** The _operator module. */
export function makeOperatorModule(): PyModule {
  const m = new PyModule('_operator');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  const def1 = (name: string, fn: (a: PyObject) => PyObject) => def(name, (args, kw) => {
    argc(name, args, kw, 1);
    return fn(args[0]);
  });
  const def2 = (name: string, fn: (a: PyObject, b: PyObject) => PyObject) => def(name, (args, kw) => {
    argc(name, args, kw, 2);
    return fn(args[0], args[1]);
  });
  ['lt', 'le', 'eq', 'ne', 'gt', 'ge'].forEach((name, op) => def2(name, (a, b) => richCompare([0, 1, 2, 3, 4, 5][op], a, b)));
  def1('not_', (a) => !truthy(a));
  def1('truth', (a) => truthy(a));
  def2('is_', (a, b) => a === b);
  def2('is_not', (a, b) => a !== b);
  def1('abs', absValue);
  def1('index', index);
  def1('inv', (a) => unaryOp(UN.INVERT, a));
  def1('invert', (a) => unaryOp(UN.INVERT, a));
  def1('neg', (a) => unaryOp(UN.NEG, a));
  def1('pos', (a) => unaryOp(UN.POS, a));
  for (const [name, op] of BINARY) {
    def2(name, (a, b) => binaryOp(op, a, b));
    def2(`i${name.replace(/_$/, '')}`, (a, b) => inplaceOp(op, a, b));
  }
  const concat = (name: string, inplace: boolean) => def2(name, (a, b) => {
    if (!isSequence(a)) throw pyErr(TypeError, `'${typeOf(a).tpName}' object can't be concatenated`);
    return inplace ? inplaceOp(BIN.ADD, a, b) : binaryOp(BIN.ADD, a, b);
  });
  concat('concat', false);
  concat('iconcat', true);
  def2('contains', (a, b) => contains(a, b));
  def2('countOf', (a, b) => {
    const it = searchIter(a);
    let n = 0;
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === b || eq(x, b)) n++;
    return n;
  });
  def2('indexOf', (a, b) => {
    const it = searchIter(a);
    let i = 0;
    for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) if (x === b || eq(x, b)) return i;
    throw pyErr(ValueError, 'sequence.index(x): x not in sequence');
  });
  def2('getitem', getItem);
  def('setitem', (args, kw) => {
    argc('setitem', args, kw, 3);
    setItem(args[0], args[1], args[2]);
    return None;
  });
  def2('delitem', (a, b) => {
    delItem(a, b);
    return None;
  });
  def('length_hint', lengthHint);
  def('call', (args, kw) => {
    if (args.length === 0) throw pyErr(TypeError, 'call() missing 1 required positional argument');
    return callObject(args[0], args.slice(1), kw);
  });
  d.setStr('itemgetter', itemgetterType);
  d.setStr('attrgetter', attrgetterType);
  d.setStr('methodcaller', methodcallerType);
  return m;
}
