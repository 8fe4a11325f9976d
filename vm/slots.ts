// Special methods of the builtin types as attributes (CPython's slot wrappers): list.__getitem__,
// int.__add__, object.__eq__... They apply the builtin type's own behaviour, never a subclass's
// override, so super().__getitem__(i) in a subclass works. The VM's own dispatch does not go
// through them (ops.ts has direct fast paths); they exist for explicit calls from Python.

import { PyBoxed } from './objects/boxed';
import { PyBuiltin, PyStaticMethod, defMethod } from './objects/function';
import { pyErr, TypeError } from './objects/exceptions';
import { None } from './objects/none';
import { PyFloat } from './objects/float';
import { PyList } from './objects/list';
import { PyRange, rangeLen } from './objects/range';
import {
  boolType, bytesType, complexType, dictType, floatType, frozensetType, intType, listType, rangeType, setType,
  PyType, strType, tupleType, typeOf, type PyObject,
} from './objects/type';
import { absValue, BIN, builtinBinary, inplaceOp, unaryOp, UN } from './number';
import { builtinCompare, contains } from './compare';
import { builtinDelItem, builtinGetItem, builtinLen, builtinSetItem, getIter, hashValue, truthy } from './ops';
import { builtinRepr } from './repr';

const BIN_NAMES: [string, number][] = [
  ['add', BIN.ADD], ['sub', BIN.SUB], ['mul', BIN.MUL], ['mod', BIN.MOD], ['pow', BIN.POW], ['floordiv', BIN.FLOORDIV],
  ['truediv', BIN.TRUEDIV], ['lshift', BIN.LSHIFT], ['rshift', BIN.RSHIFT], ['and', BIN.AND], ['xor', BIN.XOR], ['or', BIN.OR],
];
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** `cls.__new__(cls, *args)` for a builtin type: its constructor for cls (a subclass or itself). */
function newSlot(t: PyType): void {
  t.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (cls === undefined) throw pyErr(TypeError, `${t.name}.__new__(): not enough arguments`);
    if (!(cls instanceof PyType)) throw pyErr(TypeError, `${t.name}.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
    const c = cls;
    if (!c.isSubtypeOf(t)) throw pyErr(TypeError, `${t.name}.__new__(${c.name}): ${c.name} is not a subtype of ${t.name}`);
    return c.newInstance!(c, args.slice(1), kw);
  }, undefined, `${t.name}.__new__`)));
}

function binarySlots(t: PyType, ops: [string, number][]): void {
  for (const [name, op] of ops) {
    defMethod(t, `__${name}__`, (a) => builtinBinary(op, a[0], a[1]), ['o']);
    defMethod(t, `__r${name}__`, (a) => builtinBinary(op, a[1], a[0]), ['o']);
  }
}

function compareSlots(t: PyType): void {
  CMP_NAMES.forEach((name, op) => defMethod(t, name, (a) => builtinCompare(op, a[0], a[1]), ['o']));
}

function containerSlots(t: PyType, mutable: boolean): void {
  defMethod(t, '__getitem__', (a) => builtinGetItem(a[0], a[1]), ['o']);
  defMethod(t, '__len__', (a) => builtinLen(a[0]), ['noargs']);
  defMethod(t, '__contains__', (a) => contains(plain(a[0]), a[1]), ['o']);
  defMethod(t, '__iter__', (a) => getIter(plain(a[0])), ['noargs']);
  if (mutable) {
    defMethod(t, '__setitem__', (a) => {
      builtinSetItem(a[0], a[1], a[2]);
      return None;
    }, ['var', 2, 2]);
    defMethod(t, '__delitem__', (a) => {
      builtinDelItem(a[0], a[1]);
      return None;
    }, ['o']);
  }
}

/** The same container seen as its builtin type (so iteration and `in` ignore overrides). */
function plain(v: PyObject): PyObject {
  if (v instanceof PyBoxed) return v.value;
  if (v instanceof PyList && !v.cls.isBuiltin) return new PyList(v.items);
  return v;
}

function reprSlots(t: PyType): void {
  defMethod(t, '__repr__', (a) => builtinRepr(a[0]), ['noargs']);
}

function hashSlot(t: PyType, hashable: boolean): void {
  if (hashable) defMethod(t, '__hash__', (a) => hashValue(a[0] instanceof PyBoxed ? a[0].value : a[0]), ['noargs']);
  else t.dict.set('__hash__', None);
}

function numberSlots(t: PyType, isInt: boolean): void {
  binarySlots(t, isInt ? BIN_NAMES : BIN_NAMES.filter(([n]) => !['lshift', 'rshift', 'and', 'xor', 'or'].includes(n)));
  compareSlots(t);
  reprSlots(t);
  hashSlot(t, true);
  defMethod(t, '__neg__', (a) => unaryOp(UN.NEG, plainNum(a[0])), ['noargs']);
  defMethod(t, '__pos__', (a) => unaryOp(UN.POS, plainNum(a[0])), ['noargs']);
  defMethod(t, '__abs__', (a) => absValue(plainNum(a[0])), ['noargs']);
  defMethod(t, '__bool__', (a) => truthy(plainNum(a[0])), ['noargs']);
  if (isInt) defMethod(t, '__invert__', (a) => unaryOp(UN.INVERT, plainNum(a[0])), ['noargs']);
  defMethod(t, '__float__', (a) => {
    const v = plainNum(a[0]);
    return v instanceof PyFloat ? v : new PyFloat(Number(v));
  }, ['noargs']);
  newSlot(t);
}

function plainNum(v: PyObject): PyObject {
  return v instanceof PyBoxed ? v.value : v;
}

numberSlots(intType, true);
numberSlots(floatType, false);
compareSlots(boolType);
reprSlots(boolType);
newSlot(complexType);

binarySlots(strType, [['add', BIN.ADD], ['mul', BIN.MUL], ['mod', BIN.MOD]]);
compareSlots(strType);
hashSlot(strType, true);
defMethod(strType, '__iter__', (a) => getIter(plain(a[0])), ['noargs']);
newSlot(strType);

for (const [t, mutable] of [[listType, true], [tupleType, false]] as const) {
  containerSlots(t, mutable);
  compareSlots(t);
  reprSlots(t);
  binarySlots(t, [['add', BIN.ADD], ['mul', BIN.MUL]]);
  newSlot(t);
}
listType.dict.delete('__radd__');
defMethod(listType, '__iadd__', (a) => {
  // Extend in place through a plain list sharing the items (a subclass's __iadd__ is not re-entered).
  inplaceOp(BIN.ADD, new PyList((a[0] as PyList).items), a[1]);
  return a[0];
}, ['o']);
hashSlot(listType, false);
hashSlot(tupleType, true);

containerSlots(dictType, true);
compareSlots(dictType);
reprSlots(dictType);
hashSlot(dictType, false);
binarySlots(dictType, [['or', BIN.OR]]);
newSlot(dictType);

for (const t of [setType, frozensetType]) {
  defMethod(t, '__len__', (a) => builtinLen(a[0]), ['noargs']);
  defMethod(t, '__contains__', (a) => contains(a[0], a[1]), ['o']);
  defMethod(t, '__iter__', (a) => getIter(a[0]), ['noargs']);
  compareSlots(t);
  reprSlots(t);
  binarySlots(t, [['or', BIN.OR], ['and', BIN.AND], ['sub', BIN.SUB], ['xor', BIN.XOR]]);
  newSlot(t);
}
hashSlot(setType, false);
hashSlot(frozensetType, true);

containerSlots(rangeType, false);
defMethod(rangeType, '__len__', (a) => rangeLen(a[0] as PyRange), ['noargs']);
reprSlots(rangeType);
containerSlots(bytesType, false);
reprSlots(bytesType);
newSlot(bytesType);

