// The collections module (CPython's _collectionsmodule.c and collections/__init__.py): deque,
// defaultdict, Counter, OrderedDict and namedtuple, as native extension types.

import { callObject } from './call';
import { PyDict, dictUpdate } from './objects/dict';
import { IndexError, KeyError, PyBaseException, PyException, pyErr, TypeError, ValueError } from './objects/exceptions';
import { defExtMethod, PyBuiltin, PyClassMethod, PyProperty } from './objects/function';
import { PyList, sortItems } from './objects/list';
import { PyModule } from './objects/module';
import { None, NotImplemented } from './objects/none';
import { PyTuple } from './objects/tuple';
import { ArrayIter } from './objects/iterators';
import { dictType, objectType, PyObj, PyType, tupleType, typeOf, type PyObject } from './objects/type';
import { asIndex, iterToArray, truthy } from './ops';
import { binaryOp, BIN } from './number';
import { eq, lessThan } from './compare';
import { instanceDict } from './attributes';
import { repr } from './repr';
import { getVM } from './eval';
import { NotImplementedError as NotImplementedErrorT } from './objects/exceptions';

function extType(name: string, base: PyType = objectType): PyType {
  const t = new PyType(name, [base], false);
  t.dict.set('__module__', 'collections');
  return t;
}

// ---------------------------------------------------------------- deque

export const dequeType = extType('deque');

export class PyDeque extends PyObj {
  items: PyObject[] = [];
  maxlen: number | null = null;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
  push(v: PyObject, left: boolean): void {
    if (this.maxlen === 0) return;
    if (left) {
      this.items.unshift(v);
      if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop();
    } else {
      this.items.push(v);
      if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift();
    }
  }
}

function dq(args: PyObject[]): PyDeque {
  return args[0] as PyDeque;
}

dequeType.newInstance = (cls) => new PyDeque(cls);
defExtMethod(dequeType, '__init__', (args, kw) => {
  const d = dq(args);
  const it = args[1] ?? kw?.get('iterable');
  const ml = args[2] ?? kw?.get('maxlen') ?? None;
  d.maxlen = ml === None ? null : asIndex(ml);
  if (d.maxlen !== null && d.maxlen < 0) throw pyErr(ValueError, 'maxlen must be non-negative');
  d.items = [];
  if (it !== undefined) for (const x of iterToArray(it)) d.push(x, false);
  return None;
});
defExtMethod(dequeType, 'append', (args) => { dq(args).push(args[1], false); return None; });
defExtMethod(dequeType, 'appendleft', (args) => { dq(args).push(args[1], true); return None; });
defExtMethod(dequeType, 'extend', (args) => { for (const x of iterToArray(args[1])) dq(args).push(x, false); return None; });
defExtMethod(dequeType, 'extendleft', (args) => { for (const x of iterToArray(args[1])) dq(args).push(x, true); return None; });
defExtMethod(dequeType, 'pop', (args) => {
  const d = dq(args);
  if (d.items.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
  return d.items.pop()!;
});
defExtMethod(dequeType, 'popleft', (args) => {
  const d = dq(args);
  if (d.items.length === 0) throw pyErr(IndexError, 'pop from an empty deque');
  return d.items.shift()!;
});
defExtMethod(dequeType, 'clear', (args) => { dq(args).items = []; return None; });
defExtMethod(dequeType, 'copy', (args) => {
  const d = dq(args);
  const c = new PyDeque(d.cls);
  c.items = d.items.slice();
  c.maxlen = d.maxlen;
  return c;
});
defExtMethod(dequeType, 'count', (args) => dq(args).items.filter((x) => eq(x, args[1])).length);
defExtMethod(dequeType, 'index', (args) => {
  const i = dq(args).items.findIndex((x) => eq(x, args[1]));
  if (i < 0) throw pyErr(ValueError, `${repr(args[1])} is not in deque`);
  return i;
});
defExtMethod(dequeType, 'remove', (args) => {
  const d = dq(args);
  const i = d.items.findIndex((x) => eq(x, args[1]));
  if (i < 0) throw pyErr(ValueError, `${repr(args[1])} is not in deque`);
  d.items.splice(i, 1);
  return None;
});
defExtMethod(dequeType, 'insert', (args) => {
  const d = dq(args);
  if (d.maxlen !== null && d.items.length >= d.maxlen) throw pyErr(IndexError, 'deque already at its maximum size');
  let i = asIndex(args[1]);
  if (i < 0) i = Math.max(0, i + d.items.length);
  d.items.splice(i, 0, args[2]);
  return None;
});
defExtMethod(dequeType, 'reverse', (args) => { dq(args).items.reverse(); return None; });
defExtMethod(dequeType, 'rotate', (args) => {
  const d = dq(args);
  const n = d.items.length;
  if (n === 0) return None;
  let k = args.length > 1 ? asIndex(args[1]) : 1;
  k = ((k % n) + n) % n;
  if (k) d.items = d.items.slice(n - k).concat(d.items.slice(0, n - k));
  return None;
});
defExtMethod(dequeType, '__len__', (args) => dq(args).items.length);
defExtMethod(dequeType, '__bool__', (args) => dq(args).items.length > 0);
defExtMethod(dequeType, '__iter__', (args) => new ArrayIter(dq(args).items.slice()));
defExtMethod(dequeType, '__reversed__', (args) => new ArrayIter(dq(args).items.slice().reverse()));
defExtMethod(dequeType, '__contains__', (args) => dq(args).items.some((x) => eq(x, args[1])));
function dequeIndex(d: PyDeque, k: PyObject): number {
  let i = asIndex(k);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw pyErr(IndexError, 'deque index out of range');
  return i;
}
defExtMethod(dequeType, '__getitem__', (args) => dq(args).items[dequeIndex(dq(args), args[1])]);
defExtMethod(dequeType, '__setitem__', (args) => { dq(args).items[dequeIndex(dq(args), args[1])] = args[2]; return None; });
defExtMethod(dequeType, '__delitem__', (args) => { dq(args).items.splice(dequeIndex(dq(args), args[1]), 1); return None; });
defExtMethod(dequeType, '__eq__', (args) => {
  const o = args[1];
  if (!(o instanceof PyDeque)) return NotImplemented;
  const a = dq(args).items, b = o.items;
  return a.length === b.length && a.every((x, i) => eq(x, b[i]));
});
defExtMethod(dequeType, '__repr__', (args) => {
  const d = dq(args);
  const name = d.cls === dequeType ? 'deque' : d.cls.name;
  const inner = '[' + d.items.map(repr).join(', ') + ']';
  return d.maxlen === null ? `${name}(${inner})` : `${name}(${inner}, maxlen=${d.maxlen})`;
});
defExtMethod(dequeType, '__iadd__', (args) => { for (const x of iterToArray(args[1])) dq(args).push(x, false); return args[0]; });
dequeType.dict.set('maxlen', new PyProperty(new PyBuiltin('maxlen', (a) => (dq(a).maxlen === null ? None : dq(a).maxlen!)), None, None, None));

// ---------------------------------------------------------------- defaultdict

export const defaultdictType = extType('defaultdict', dictType);
defaultdictType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};
defExtMethod(defaultdictType, '__init__', (args, kw) => {
  const self = args[0] as PyDict;
  const factory = args.length > 1 ? args[1] : None;
  if (factory !== None && !isCallable(factory)) throw pyErr(TypeError, 'first argument must be callable or None');
  instanceDict(self)!.set('default_factory', factory);
  dictUpdate(self, args.slice(2), kw, 'defaultdict');
  return None;
});
defExtMethod(defaultdictType, '__missing__', (args) => {
  const self = args[0] as PyDict;
  const factory = instanceDict(self)!.get('default_factory') ?? None;
  if (factory === None) throw new PyException(new PyBaseException(KeyError, [args[1]]));
  const v = callObject(factory, []);
  self.set(args[1], v);
  return v;
});
defExtMethod(defaultdictType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const factory = instanceDict(self)!.get('default_factory') ?? None;
  return `${self.cls === defaultdictType ? 'defaultdict' : self.cls.name}(${factory === None ? 'None' : repr(factory)}, ${dictRepr(self)})`;
});
defExtMethod(defaultdictType, 'copy', (args) => {
  const self = args[0] as PyDict;
  const c = defaultdictType.newInstance!(self.cls, [], null) as PyDict;
  instanceDict(c)!.set('default_factory', instanceDict(self)!.get('default_factory') ?? None);
  for (const [k, v] of self.map) c.set(self.origKey(k), v);
  return c;
});

function isCallable(v: PyObject): boolean {
  return typeof v === 'object' && (v instanceof PyType || typeOf(v).lookup('__call__') !== undefined || ['function', 'builtin_function_or_method', 'method', 'partial', '_lru_cache_wrapper'].includes(typeOf(v).name));
}

function dictRepr(d: PyDict): string {
  const parts: string[] = [];
  for (const [k, v] of d.map) parts.push(repr(d.origKey(k)) + ': ' + repr(v));
  return '{' + parts.join(', ') + '}';
}

// ---------------------------------------------------------------- Counter

export const counterType = extType('Counter', dictType);
counterType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};

function counterAdd(self: PyDict, src: PyObject | undefined, kw: Map<string, PyObject> | null, sign: number): void {
  if (src !== undefined && src !== None) {
    if (src instanceof PyDict) {
      for (const [k, v] of src.map) {
        const key = src.origKey(k);
        self.set(key, binaryOp(sign > 0 ? BIN.ADD : BIN.SUB, self.get(key) ?? 0, v));
      }
    } else {
      for (const x of iterToArray(src)) self.set(x, binaryOp(sign > 0 ? BIN.ADD : BIN.SUB, self.get(x) ?? 0, 1));
    }
  }
  if (kw) for (const [k, v] of kw) self.set(k, binaryOp(sign > 0 ? BIN.ADD : BIN.SUB, self.get(k) ?? 0, v));
}

function newCounter(cls: PyType = counterType): PyDict {
  return counterType.newInstance!(cls, [], null) as PyDict;
}

/** Items sorted by count, largest first; stable for equal counts (most_common). */
function mostCommon(self: PyDict): PyTuple[] {
  const items = [...self.map].map(([k, v]) => new PyTuple([self.origKey(k), v]));
  sortItems(items, new PyBuiltin('count', (a) => (a[0] as PyTuple).items[1]), true);
  return items;
}

defExtMethod(counterType, '__init__', (args, kw) => {
  counterAdd(args[0] as PyDict, args[1], kw, 1);
  return None;
});
defExtMethod(counterType, '__missing__', () => 0);
defExtMethod(counterType, 'update', (args, kw) => {
  counterAdd(args[0] as PyDict, args[1], kw, 1);
  return None;
});
defExtMethod(counterType, 'subtract', (args, kw) => {
  counterAdd(args[0] as PyDict, args[1], kw, -1);
  return None;
});
defExtMethod(counterType, 'most_common', (args, kw) => {
  const items = mostCommon(args[0] as PyDict);
  const n = args[1] ?? kw?.get('n') ?? None;
  return new PyList(n === None ? items : items.slice(0, Math.max(0, asIndex(n))));
});
defExtMethod(counterType, 'elements', (args) => {
  const self = args[0] as PyDict;
  const out: PyObject[] = [];
  for (const [k, v] of self.map) for (let i = 0; i < Number(v); i++) out.push(self.origKey(k));
  return new ArrayIter(out);
});
defExtMethod(counterType, 'total', (args) => {
  let t: PyObject = 0;
  for (const v of (args[0] as PyDict).map.values()) t = binaryOp(BIN.ADD, t, v);
  return t;
});
defExtMethod(counterType, 'copy', (args) => {
  const c = newCounter((args[0] as PyDict).cls);
  counterAdd(c, args[0], null, 1);
  return c;
});
defExtMethod(counterType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const name = self.cls === counterType ? 'Counter' : self.cls.name;
  if (self.size === 0) return `${name}()`;
  const parts = mostCommon(self).map((t) => `${repr(t.items[0])}: ${repr(t.items[1])}`);
  return `${name}({${parts.join(', ')}})`;
});
function counterOp(name: string, combine: (a: PyObject, b: PyObject) => PyObject | null) {
  defExtMethod(counterType, name, (args) => {
    const a = args[0] as PyDict, b = args[1];
    if (!(b instanceof PyDict) || !typeOf(b).isSubtypeOf(counterType)) return NotImplemented;
    const out = newCounter();
    const keys = [...a.keys(), ...b.keys().filter((k) => !a.has(k))];
    for (const k of keys) {
      const v = combine(a.get(k) ?? 0, b.get(k) ?? 0);
      if (v !== null && lessThan(0, v)) out.set(k, v);
    }
    return out;
  });
}
counterOp('__add__', (x, y) => binaryOp(BIN.ADD, x, y));
counterOp('__sub__', (x, y) => binaryOp(BIN.SUB, x, y));
counterOp('__or__', (x, y) => (lessThan(x, y) ? y : x));
counterOp('__and__', (x, y) => (lessThan(x, y) ? x : y));
counterType.dict.set('fromkeys', new PyClassMethod(new PyBuiltin('fromkeys', () => {
  throw pyErr(NotImplementedErrorT, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
})));

// ---------------------------------------------------------------- OrderedDict

export const orderedDictType = extType('OrderedDict', dictType);
orderedDictType.newInstance = (cls) => {
  const d = new PyDict();
  d.cls = cls;
  return d;
};
defExtMethod(orderedDictType, '__init__', (args, kw) => {
  dictUpdate(args[0] as PyDict, args.slice(1), kw, 'OrderedDict');
  return None;
});
defExtMethod(orderedDictType, 'move_to_end', (args, kw) => {
  const self = args[0] as PyDict;
  const key = args[1];
  const last = truthy(args[2] ?? kw?.get('last') ?? true);
  const v = self.get(key);
  if (v === undefined) throw new PyException(new PyBaseException(KeyError, [key]));
  self.delete(key);
  if (last) self.set(key, v);
  else {
    const rest = [...self.map].map(([k, val]) => [self.origKey(k), val] as const);
    self.clear();
    self.set(key, v);
    for (const [k, val] of rest) self.set(k, val);
  }
  return None;
});
defExtMethod(orderedDictType, 'popitem', (args, kw) => {
  const self = args[0] as PyDict;
  const last = truthy(args[1] ?? kw?.get('last') ?? true);
  if (self.size === 0) throw pyErr(KeyError, 'dictionary is empty');
  const keys = self.keys();
  const key = last ? keys[keys.length - 1] : keys[0];
  const v = self.get(key)!;
  self.delete(key);
  return new PyTuple([key, v]);
});
defExtMethod(orderedDictType, '__repr__', (args) => {
  const self = args[0] as PyDict;
  const name = self.cls === orderedDictType ? 'OrderedDict' : self.cls.name;
  if (self.size === 0) return `${name}()`;
  return `${name}([${[...self.map].map(([k, v]) => `(${repr(self.origKey(k))}, ${repr(v)})`).join(', ')}])`;
});

// ---------------------------------------------------------------- namedtuple

/** collections.namedtuple(typename, field_names, *, defaults=None, module=None). */
export function makeNamedTuple(name: string, fields: string[], defaults: PyObject[] = [], module = '__main__'): PyType {
  const t = new PyType(name, [tupleType], false);
  t.dict.set('__module__', module);
  t.dict.set('_fields', new PyTuple(fields));
  t.dict.set('__slots__', new PyTuple([]));
  const dflt = new PyDict();
  defaults.forEach((v, i) => dflt.setStr(fields[fields.length - defaults.length + i], v));
  t.dict.set('_field_defaults', dflt);
  const build = (cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyTuple => {
    if (args.length > fields.length) {
      throw pyErr(TypeError, `${name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
    }
    const values: (PyObject | undefined)[] = fields.map((_, i) => args[i]);
    if (kw) {
      for (const [k, v] of kw) {
        const i = fields.indexOf(k);
        if (i < 0) throw pyErr(TypeError, `${name}.__new__() got an unexpected keyword argument '${k}'`);
        if (values[i] !== undefined) throw pyErr(TypeError, `${name}.__new__() got multiple values for argument '${k}'`);
        values[i] = v;
      }
    }
    const missing: string[] = [];
    fields.forEach((f, i) => {
      if (values[i] === undefined) {
        const d = dflt.getStr(f);
        if (d !== undefined) values[i] = d;
        else missing.push(f);
      }
    });
    if (missing.length) {
      const q = missing.map((m) => `'${m}'`);
      const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
      throw pyErr(TypeError, `${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
    }
    const tup = new PyTuple(values as PyObject[]);
    tup.cls = cls;
    return tup;
  };
  t.newInstance = (cls, args, kw) => build(cls, args, kw);
  fields.forEach((f, i) => {
    t.dict.set(f, new PyProperty(new PyBuiltin(f, (a) => (a[0] as PyTuple).items[i]), None, None, None));
  });
  const rep = new PyBuiltin('__repr__', (a) => {
    const tup = a[0] as PyTuple;
    return `${typeOf(tup).name}(${fields.map((f, i) => `${f}=${repr(tup.items[i])}`).join(', ')})`;
  });
  rep.ext = true;
  t.dict.set('__repr__', rep);
  t.dict.set('_asdict', new PyBuiltin('_asdict', (a) => {
    const d = new PyDict();
    fields.forEach((f, i) => d.setStr(f, (a[0] as PyTuple).items[i]));
    return d;
  }));
  t.dict.set('_replace', new PyBuiltin('_replace', (a, kw) => {
    const tup = a[0] as PyTuple;
    const values = tup.items.slice();
    if (kw) {
      for (const [k, v] of kw) {
        const i = fields.indexOf(k);
        if (i < 0) throw pyErr(ValueError, `Got unexpected field names: ['${k}']`);
        values[i] = v;
      }
    }
    const out = new PyTuple(values);
    out.cls = typeOf(tup);
    return out;
  }));
  t.dict.set('_make', new PyClassMethod(new PyBuiltin('_make', (a) => build(a[0] as PyType, iterToArray(a[1]), null))));
  return t;
}

// ---------------------------------------------------------------- the module

/** The collections module. */
export function makeCollectionsModule(): PyModule {
  const m = new PyModule('collections');
  const d = m.dict;
  d.setStr('deque', dequeType);
  d.setStr('defaultdict', defaultdictType);
  d.setStr('Counter', counterType);
  d.setStr('OrderedDict', orderedDictType);
  d.setStr('namedtuple', new PyBuiltin('namedtuple', (args, kw) => {
    const name = args[0] ?? kw?.get('typename');
    let fieldsArg = args[1] ?? kw?.get('field_names');
    if (typeof name !== 'string') throw pyErr(TypeError, 'namedtuple() typename must be a string');
    if (typeof fieldsArg === 'string') fieldsArg = new PyList(fieldsArg.replace(/,/g, ' ').split(/\s+/).filter((x) => x));
    const fields = iterToArray(fieldsArg!).map((f) => String(f));
    const rename = truthy(kw?.get('rename') ?? false);
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      const bad = !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f) || f.startsWith('_') || seen.has(f);
      if (bad && rename) fields[i] = `_${i}`;
      else if (bad) {
        if (seen.has(f)) throw pyErr(ValueError, `Encountered duplicate field name: '${f}'`);
        if (f.startsWith('_')) throw pyErr(ValueError, `Field names cannot start with an underscore: '${f}'`);
        throw pyErr(ValueError, `Type names and field names must be valid identifiers: '${f}'`);
      }
      seen.add(fields[i]);
    });
    const defaults = kw?.get('defaults');
    const module = kw?.get('module');
    return makeNamedTuple(name, fields, defaults === undefined || defaults === None ? [] : iterToArray(defaults), typeof module === 'string' ? module : currentModuleName());
  }));
  return m;
}

/** The __name__ of the module whose code is running (namedtuple's default __module__). */
function currentModuleName(): string {
  const f = getVM().frame;
  const n = f?.f_globals.getStr('__name__');
  return typeof n === 'string' ? n : '__main__';
}

