// The _operator module's callables (CPython's _operator.c): itemgetter, attrgetter and
// methodcaller natively, so sorted(key=itemgetter(1)) makes no Python frame per item.
// lib/operator.py imports them; everything else in operator is Python.

import { callObject } from './call';
import { defExtMethod, PyNativeCallable } from './objects/function';
import { PyModule } from './objects/module';
import { pyErr, TypeError } from './objects/exceptions';
import { PyTuple } from './objects/tuple';
import { None } from './objects/none';
import { objectType, PyType, type NativeFn, type PyObject } from './objects/type';
import { getItem } from './ops';
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

/** The _operator module (only the three callable types; lib/operator.py has the functions). */
export function makeOperatorModule(): PyModule {
  const m = new PyModule('_operator');
  m.dict.setStr('itemgetter', itemgetterType);
  m.dict.setStr('attrgetter', attrgetterType);
  m.dict.setStr('methodcaller', methodcallerType);
  return m;
}
