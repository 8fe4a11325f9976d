// Python's type objects and the root of the object model (CPython's typeobject.c, object.h).
// Every builtin type object is created here, without methods, so that the per-type files can
// install their methods without import cycles. Imports nothing from tspy.

/** Bumped whenever a class dict changes after creation; PyType.lookupCached depends on it. */
export const typeEpoch = { value: 0 };

/** Base class of every boxed Python value; `cls` is the value's Python type. */
export class PyObj {
  declare cls: PyType;
}

/** Any Python value: int (number | bigint), bool (boolean), str (string), or a boxed object. */
export type PyObject = number | bigint | boolean | string | PyObj;

/** A native function: positional arguments, and keyword arguments or null. */
export type NativeFn = (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

/** A Python type (class). Builtin and user-defined classes are both PyType. */
export class PyType extends PyObj {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  dict: Map<string, PyObject> = new Map();
  /** The nearest builtin ancestor decides the JS layout of instances. */
  isBuiltin: boolean;
  /** Creates a bare instance of this type (the type's tp_new without __init__), inherited. */
  newInstance: ((cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject) | null = null;
  /** Whether Python code may subclass this type (bool, NoneType, function... may not). */
  baseType = true;
  /** A non-empty __abstractmethods__ was set (CPython's Py_TPFLAGS_IS_ABSTRACT): object() refuses. */
  abstract = false;
  /** Made by a class statement or type(name, bases, ns) (CPython's Py_TPFLAGS_HEAPTYPE), not by the VM. */
  heapType = false;
  /** call.ts's findInit result for instantiation, valid while initEpoch === typeEpoch.value. */
  initFn: PyObject | undefined = undefined;
  initEpoch = -1;

  constructor(name: string, bases: PyType[], isBuiltin = true, meta?: PyType) {
    super();
    this.cls = meta ?? typeType;
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.isBuiltin = isBuiltin;
    if (bases.length) this.mro = computeMro(this, bases);
    else this.mro = [this];
    for (const b of this.mro) {
      if (b !== this && b.newInstance && !this.newInstance) this.newInstance = b.newInstance;
    }
  }

  /**
   * CPython's tp_name, which error messages show: the bare name for classes made by Python code,
   * 'collections.deque' for a type the VM defines for an extension module (a __module__ other than builtins).
   */
  get tpName(): string {
    if (this.heapType) return this.name;
    const m = this.dict.get('__module__');
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${this.name}` : this.name;
  }

  /** lookup() results; valid while cacheEpoch === typeEpoch.value (CPython's method cache). */
  private cache: Map<string, PyObject | null> = new Map();
  private cacheEpoch = -1;

  /** lookup() through a per-type cache, invalidated whenever any class dict changes. */
  lookupCached(name: string): PyObject | undefined {
    if (this.cacheEpoch !== typeEpoch.value) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch.value;
    }
    let v = this.cache.get(name);
    if (v === undefined) {
      v = this.lookup(name) ?? null;
      this.cache.set(name, v);
    }
    return v === null ? undefined : v;
  }

  /** Find `name` along the MRO (CPython's _PyType_Lookup). */
  lookup(name: string): PyObject | undefined {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** C3 linearisation. Throws a plain Error with CPython's message; the caller turns it into TypeError. */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  // One base: C3 gives the class followed by the base's MRO. Most classes, and every builtin and
  // exception type made at start-up, take this path instead of the general merge.
  if (bases.length === 1) {
    const base = bases[0].mro;
    const out = new Array<PyType>(base.length + 1);
    out[0] = cls;
    for (let i = 0; i < base.length; i++) out[i + 1] = base[i];
    return out;
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      const names = [...new Set(nonEmpty.map((s) => s[0].name))].join(', ');
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export class MroError extends Error {}

// The metatype and the root type must be created by hand: each refers to the other.
export const typeType: PyType = Object.create(PyType.prototype);
export const objectType: PyType = Object.create(PyType.prototype);
function initRoot(t: PyType, name: string, bases: PyType[], mro: PyType[]): void {
  Object.assign(t, {
    cls: typeType, name, qualname: name, bases, mro, dict: new Map(), isBuiltin: true,
    newInstance: null, baseType: true, abstract: false, cache: new Map(), cacheEpoch: -1, initFn: undefined, initEpoch: -1,
  });
}
initRoot(objectType, 'object', [], [objectType]);
initRoot(typeType, 'type', [objectType], [typeType, objectType]);

function builtin(name: string, base: PyType = objectType, subclassable = true): PyType {
  const t = new PyType(name, [base]);
  t.baseType = subclassable;
  return t;
}

export const intType = builtin('int');
export const boolType = builtin('bool', intType, false);
export const floatType = builtin('float');
export const strType = builtin('str');
export const noneType = builtin('NoneType', objectType, false);
export const listType = builtin('list');
export const tupleType = builtin('tuple');
export const dictType = builtin('dict');
export const setType = builtin('set');
export const frozensetType = builtin('frozenset');
export const rangeType = builtin('range', objectType, false);
export const sliceType = builtin('slice', objectType, false);
export const functionType = builtin('function', objectType, false);
export const builtinFunctionType = builtin('builtin_function_or_method', objectType, false);
export const methodType = builtin('method', objectType, false);
export const moduleType = builtin('module');
export const cellType = builtin('cell', objectType, false);
export const codeType = builtin('code', objectType, false);
export const iteratorType = builtin('iterator', objectType, false);
export const generatorType = builtin('generator', objectType, false);
export const propertyType = builtin('property');
export const staticmethodType = builtin('staticmethod');
export const classmethodType = builtin('classmethod');
export const superType = builtin('super');
export const notImplementedType = builtin('NotImplementedType', objectType, false);
export const ellipsisType = builtin('ellipsis', objectType, false);
export const dictKeysType = builtin('dict_keys', objectType, false);
export const dictValuesType = builtin('dict_values', objectType, false);
export const dictItemsType = builtin('dict_items', objectType, false);
export const bytesType = builtin('bytes');
export const complexType = builtin('complex');

/** The Python type of any value. */
export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'undefined':
      // A missing argument reaching a native function: report it as None rather than crash.
      return noneType;
    default:
      return v.cls;
  }
}

/** The type's name as error messages show it: CPython's tp_name (see PyType.tpName). */
export function typeName(v: PyObject): string {
  return typeOf(v).tpName;
}
