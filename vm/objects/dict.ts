// dict (CPython's dictobject.c): insertion ordered, Python key equality. A JS Map keyed by a
// normalised key: str and int keys are themselves (fast), 1 / 1.0 / True share one key, tuples
// get a canonical string, plain objects use their identity, objects with __hash__ use its value.

import { PyObj, dictType, type PyObject } from './type';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { PyRange, rangeKey } from './range';
import { pyErr, TypeError } from './exceptions';
import { PySlice } from './slice';
import { PyBytes, isByteArray, latin1 } from './bytes';
import { PyBoxed } from './boxed';
import { PyComplex } from './complex';
import { userHashKey } from '../ops';
import { defMethod } from './function';
import { KeyError, PyBaseException, PyException } from './exceptions';
import { None } from './none';
import { callObject } from '../call';
import { eq } from '../compare';
import { getAttr } from '../attributes';
import { getItem, iterToArray, setItem } from '../ops';
import { repr } from '../repr';
import { dictItemsType, dictKeysType, dictValuesType, frozensetType } from './type';
import { DictIter } from './iterators';
import { ValueError } from './exceptions';
import { PyClassMethod, PyBuiltin } from './function';

const TAG = '\u0000\uffff';
let nextId = 1;
const ids = new WeakMap<object, number>();
function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** The Map key standing for Python value v (equal values give the same key). */
export function dictKey(v: PyObject): unknown {
  switch (typeof v) {
    case 'undefined':
      return None;
    case 'string':
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) {
    const f = v.value;
    if (f !== f) return v;
    if (Number.isInteger(f) && !Number.isSafeInteger(f)) return BigInt(f);
    return f + 0;
  }
  if (v instanceof PyTuple) return TAG + 'T' + tupleKey(v);
  if (v instanceof PyRange) return TAG + 'R' + rangeKey(v);
  if (v instanceof PyBoxed) return dictKey(v.value);
  if (v.cls === frozensetType) {
    const parts = [...(v as unknown as { map: Map<unknown, PyObject> }).map.values()].map(partKey).sort();
    return TAG + 'F' + parts.join('');
  }
  if (v instanceof PyBytes) {
    if (isByteArray(v)) throw pyErr(TypeError, "unhashable type: 'bytearray'");
    return TAG + 'B' + latin1(v.bytes);
  }
  if (v instanceof PyComplex) return v.imag === 0 ? dictKey(new PyFloat(v.real)) : TAG + 'C' + v.real + ',' + v.imag;
  return objectKey(v);
}

function objectKey(v: PyObj): unknown {
  const t = v.cls;
  if (!t.isBuiltin) return userHashKey(v, t);
  if (v instanceof PySlice || t.name === 'list' || t.name === 'dict' || t.name === 'set' || t === dictKeysType || t === dictItemsType) {
    throw pyErr(TypeError, `unhashable type: '${t.tpName}'`);
  }
  return v;
}

function partKey(v: PyObject): string {
  const k = dictKey(v);
  switch (typeof k) {
    case 'string':
      return typeof v === 'string' ? 's' + k.length + ':' + k : k.length + ':' + k;
    case 'number':
    case 'bigint':
      return 'n' + String(k) + ';';
    default:
      return 'o' + objectId(k as object) + ';';
  }
}

function tupleKey(t: PyTuple): string {
  let s = '(';
  for (const item of t.items) s += partKey(item);
  return s + ')';
}

const HASHED = TAG + 'h';

/** A dict or set: objects of user classes with __hash__ share a bucket per hash value. */
export interface HashedKeys {
  buckets: Map<string, PyObject[]> | null;
}

/**
 * The Map key for `key` in container `c`. Objects with a user __hash__ are represented by the
 * first equal object inserted (found by hash, then __eq__); undefined when absent and !insert.
 */
export function resolveKey(c: HashedKeys, key: PyObject, insert: boolean): unknown {
  const k = dictKey(key);
  if (typeof k !== 'string' || !k.startsWith(HASHED)) return k;
  const bucket = c.buckets?.get(k);
  if (bucket !== undefined) for (const rep of bucket) if (rep === key || eq(rep, key)) return rep;
  if (!insert) return undefined;
  if (bucket !== undefined) bucket.push(key);
  else (c.buckets ??= new Map()).set(k, [key]);
  return key;
}

/** Forget a representative object when its key is deleted. */
export function dropKey(c: HashedKeys, rep: unknown): void {
  if (c.buckets === null || typeof rep !== 'object' || rep === null) return;
  for (const [h, bucket] of c.buckets) {
    const i = bucket.indexOf(rep as PyObject);
    if (i >= 0) {
      bucket.splice(i, 1);
      if (bucket.length === 0) c.buckets.delete(h);
      return;
    }
  }
}

export class PyDict extends PyObj implements HashedKeys {
  buckets: Map<string, PyObject[]> | null = null;
  /** Normalised key -> value, in insertion order. */
  readonly map: Map<unknown, PyObject> = new Map();
  /** Normalised key -> original key, only for keys whose normalised form differs. */
  origKeys: Map<unknown, PyObject> | null = null;

  getStr(name: string): PyObject | undefined {
    return this.map.get(name);
  }
  setStr(name: string, v: PyObject): void {
    this.map.set(name, v);
  }
  get(key: PyObject): PyObject | undefined {
    if (typeof key === 'string') return this.map.get(key);
    return this.map.get(resolveKey(this, key, false));
  }
  set(key: PyObject, v: PyObject): void {
    if (typeof key === 'string' || typeof key === 'number') {
      this.map.set(key, v);
      return;
    }
    const k = resolveKey(this, key, true);
    if (k !== key && !this.map.has(k)) (this.origKeys ??= new Map()).set(k, key);
    this.map.set(k, v);
  }
  delete(key: PyObject): boolean {
    const k = resolveKey(this, key, false);
    if (k === undefined) return false;
    this.origKeys?.delete(k);
    dropKey(this, k);
    return this.map.delete(k);
  }
  has(key: PyObject): boolean {
    return this.map.has(resolveKey(this, key, false));
  }
  /** The original key for a normalised one. */
  origKey(k: unknown): PyObject {
    if (this.origKeys) {
      const o = this.origKeys.get(k);
      if (o !== undefined) return o;
    }
    return k as PyObject;
  }
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (const k of this.map.keys()) out.push(this.origKey(k));
    return out;
  }
  clear(): void {
    this.map.clear();
    this.origKeys = null;
    this.buckets = null;
  }
  get size(): number {
    return this.map.size;
  }
}
PyDict.prototype.cls = dictType;

const mapDicts = new WeakMap<Map<string, PyObject>, PyDict>();
/**
 * obj.__dict__ of an object that keeps its attributes in a string-keyed Map (instances,
 * functions): a dict sharing that Map, so writes through it are attribute writes, and the same
 * dict object each time (`a.__dict__ is a.__dict__`).
 */
export function dictOverMap(m: Map<string, PyObject>): PyDict {
  let d = mapDicts.get(m);
  if (d === undefined) {
    d = new PyDict();
    (d as { map: Map<unknown, PyObject> }).map = m;
    mapDicts.set(m, d);
  }
  return d;
}

export function isDict(v: PyObject): v is PyDict {
  return v instanceof PyDict;
}


// ---------------------------------------------------------------- methods


/** dict.keys()/values()/items() views. */
export class PyDictView extends PyObj {
  constructor(readonly dict: PyDict, readonly kind: number) {
    super();
    this.cls = kind === 0 ? dictKeysType : kind === 1 ? dictValuesType : dictItemsType;
  }
  iter(): DictIter {
    return new DictIter(this.dict, this.kind);
  }
  items(): PyObject[] {
    const out: PyObject[] = [];
    const it = this.iter();
    for (let v = it.next(); v !== undefined; v = it.next()) out.push(v);
    return out;
  }
}
// keys() and items() views are set-like, so unhashable as in CPython (values() views are hashable).
dictKeysType.dict.set('__hash__', None);
dictItemsType.dict.set('__hash__', None);
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defMethod(t, '__iter__', (args) => (args[0] as PyDictView).iter());
  defMethod(t, '__len__', (args) => (args[0] as PyDictView).dict.size);
  defMethod(t, '__repr__', (args) => {
    const v = args[0] as PyDictView;
    return `${v.cls.name}([${v.items().map(repr).join(', ')}])`;
  });
}

function d(args: PyObject[]): PyDict {
  return args[0] as PyDict;
}

function atLeast(args: PyObject[], name: string, min: number, max: number): void {
  const n = args.length - 1;
  if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** dict.update / dict(...) argument handling. */
export function dictUpdate(target: PyDict, args: PyObject[], kw: Map<string, PyObject> | null, name: string): void {
  if (args.length > 1) throw pyErr(TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict) {
      for (const [k, v] of src.map) target.set(src.origKey(k), v);
    } else if (typeof src === 'object' && src.cls.lookup('keys') !== undefined && !(src instanceof PyDictView)) {
      for (const k of iterToArray(callObject(getAttr(src, 'keys'), []))) target.set(k, getItem(src, k));
    } else {
      const items = iterToArray(src);
      for (let i = 0; i < items.length; i++) {
        let pair: PyObject[];
        try {
          pair = iterToArray(items[i]);
        } catch (e) {
          if (e instanceof PyException && e.exc.cls === TypeError) {
            throw pyErr(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        if (pair.length !== 2) {
          throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        target.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (const [k, v] of kw) target.setStr(k, v);
}

defMethod(dictType, 'get', (args) => {
  atLeast(args, 'get', 1, 2);
  const v = d(args).get(args[1]);
  return v === undefined ? (args.length > 2 ? args[2] : None) : v;
});
defMethod(dictType, 'keys', (args) => new PyDictView(d(args), 0), ['noargs']);
defMethod(dictType, 'values', (args) => new PyDictView(d(args), 1), ['noargs']);
defMethod(dictType, 'items', (args) => new PyDictView(d(args), 2), ['noargs']);
defMethod(dictType, 'pop', (args) => {
  atLeast(args, 'pop', 1, 2);
  const dict = d(args);
  const v = dict.get(args[1]);
  if (v === undefined) {
    if (args.length > 2) return args[2];
    throw new PyException(new PyBaseException(KeyError, [args[1]]));
  }
  dict.delete(args[1]);
  return v;
});
defMethod(dictType, 'popitem', (args) => {
  const dict = d(args);
  if (dict.size === 0) throw pyErr(KeyError, 'popitem(): dictionary is empty');
  const k = [...dict.map.keys()].pop();
  const key = dict.origKey(k);
  const v = dict.map.get(k)!;
  dict.delete(key);
  return new PyTuple([key, v]);
}, ['noargs']);
defMethod(dictType, 'setdefault', (args) => {
  atLeast(args, 'setdefault', 1, 2);
  const dict = d(args);
  const v = dict.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : None;
  dict.set(args[1], dflt);
  return dflt;
});
defMethod(dictType, 'update', (args, kw) => {
  dictUpdate(d(args), args.slice(1), kw, 'update');
  return None;
});
defMethod(dictType, 'copy', (args) => {
  const src = d(args);
  const out = new PyDict();
  for (const [k, v] of src.map) out.map.set(k, v);
  if (src.origKeys) out.origKeys = new Map(src.origKeys);
  if (src.buckets) out.buckets = new Map([...src.buckets].map(([h, b]) => [h, b.slice()]));
  return out;
}, ['noargs']);
defMethod(dictType, 'clear', (args) => {
  d(args).clear();
  return None;
}, ['noargs']);
dictType.dict.set('fromkeys', PyClassMethodLazy());
dictType.newInstance = (cls, args, kw) => {
  const out = new PyDict();
  if (cls !== dictType) {
    out.cls = cls;
    return out;
  }
  dictUpdate(out, args, kw, 'dict');
  return out;
};
defMethod(dictType, '__init__', (args, kw) => {
  dictUpdate(d(args), args.slice(1), kw, 'dict');
  return None;
});
function PyClassMethodLazy(): PyClassMethod {
  return new PyClassMethod(new PyBuiltin('fromkeys', (args) => {
    const value = args.length > 2 ? args[2] : None;
    if (args[0] !== dictType) {
      // A subclass: cls() filled through its own __setitem__, as CPython's dict_fromkeys.
      const out = callObject(args[0], []);
      for (const k of iterToArray(args[1])) setItem(out, k, value);
      return out;
    }
    const out = new PyDict();
    for (const k of iterToArray(args[1])) out.set(k, value);
    return out;
  }, undefined, 'dict.fromkeys'));
}
