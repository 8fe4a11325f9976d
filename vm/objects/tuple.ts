// tuple (CPython's tupleobject.c).

import { PyObj, tupleType, type PyObject } from './type';
import { defMethod } from './function';
import { pyErr, TypeError, ValueError } from './exceptions';
import { eq } from '../compare';
import { iterToArray } from '../ops';

export class PyTuple extends PyObj {
  constructor(readonly items: PyObject[]) {
    super();
  }
}
PyTuple.prototype.cls = tupleType;

export const EMPTY_TUPLE = new PyTuple([]);

// ---------------------------------------------------------------- methods


defMethod(tupleType, 'index', (args) => {
  const t = args[0] as PyTuple;
  for (let i = 0; i < t.items.length; i++) if (eq(t.items[i], args[1])) return i;
  throw pyErr(ValueError, 'tuple.index(x): x not in tuple');
}, ['clinic', 1, 3]);
defMethod(tupleType, 'count', (args) => {
  let c = 0;
  for (const x of (args[0] as PyTuple).items) if (eq(x, args[1])) c++;
  return c;
}, ['o']);
tupleType.newInstance = (cls, args, kw) => {
  if (kw && kw.size) throw pyErr(TypeError, 'tuple() takes no keyword arguments');
  if (args.length > 1) throw pyErr(TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  if (cls === tupleType && args.length === 1 && args[0] instanceof PyTuple && args[0].cls === tupleType) return args[0];
  const t = new PyTuple(args.length ? iterToArray(args[0]) : []);
  if (cls !== tupleType) t.cls = cls;
  return t;
};
