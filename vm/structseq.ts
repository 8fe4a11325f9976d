// Struct sequences (CPython's structseq.c): tuples whose items also have names, such as
// sys.version_info, sys.flags and time.struct_time; plus the namespace object of sys.implementation.

import { PyBuiltin, PyProperty } from './objects/function';
import { pyErr, TypeError } from './objects/exceptions';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { objectType, PyType, tupleType, type PyObject } from './objects/type';
import { PyInstance } from './objects/instance';
import { iterToArray } from './ops';
import { repr } from './repr';

/** A struct sequence value: `items` are the tuple part, `extra` the named-only fields (tm_zone). */
export class PyStructSeq extends PyTuple {
  constructor(cls: PyType, items: PyObject[], readonly extra: PyObject[] = []) {
    super(items);
    this.cls = cls;
  }
}

/**
 * A struct sequence type `module.name` with `fields` in the tuple and `extraFields` reachable
 * only by name. `constructible`: whether Python code may call the type with a sequence.
 */
export function makeStructSeqType(module: string, name: string, fields: string[], extraFields: string[] = [], constructible = false): PyType {
  const t = new PyType(name, [tupleType], false);
  t.dict.set('__module__', module);
  t.dict.set('n_sequence_fields', fields.length);
  t.dict.set('n_fields', fields.length + extraFields.length);
  t.dict.set('n_unnamed_fields', 0);
  t.baseType = false;
  const full = `${module}.${name}`;
  t.newInstance = (cls, args) => {
    if (!constructible) throw pyErr(TypeError, `cannot create '${full}' instances`);
    const seq = iterToArray(args[0] ?? new PyTuple([]));
    const min = fields.length, max = fields.length + extraFields.length;
    if (seq.length < min) throw pyErr(TypeError, `${full}() takes an at least ${min}-sequence (${seq.length}-sequence given)`);
    if (seq.length > max) throw pyErr(TypeError, `${full}() takes an at most ${max}-sequence (${seq.length}-sequence given)`);
    const extra = extraFields.map((_, i) => seq[min + i] ?? None);
    return new PyStructSeq(cls, seq.slice(0, min), extra);
  };
  fields.forEach((f, i) => {
    t.dict.set(f, new PyProperty(new PyBuiltin(f, (a) => (a[0] as PyTuple).items[i]), None, None, None));
  });
  extraFields.forEach((f, i) => {
    t.dict.set(f, new PyProperty(new PyBuiltin(f, (a) => (a[0] as PyStructSeq).extra?.[i] ?? None), None, None, None));
  });
  const rep = new PyBuiltin('__repr__', (a) => {
    const tup = a[0] as PyTuple;
    return `${full}(${fields.map((f, i) => `${f}=${repr(tup.items[i])}`).join(', ')})`;
  });
  rep.ext = true;
  t.dict.set('__repr__', rep);
  const reduce = new PyBuiltin('__reduce__', (a) => new PyTuple([t, new PyTuple([new PyTuple((a[0] as PyTuple).items)])]));
  t.dict.set('__reduce__', reduce);
  return t;
}

/** types.SimpleNamespace, as sys.implementation: attributes in a dict, repr `namespace(a=1)`. */
export const namespaceType = new PyType('SimpleNamespace', [objectType], false);
namespaceType.dict.set('__module__', 'types');
namespaceType.newInstance = (cls, _args, kw) => {
  const o = new PyInstance(cls);
  if (kw) for (const [k, v] of kw) o.dict.set(k, v);
  return o;
};
const nsInit = new PyBuiltin('__init__', (args, kw) => {
  if (args.length > 1) throw pyErr(TypeError, `SimpleNamespace() takes no positional arguments`);
  const o = args[0] as PyInstance;
  if (kw) for (const [k, v] of kw) o.dict.set(k, v);
  return None;
});
nsInit.ext = true;
namespaceType.dict.set('__init__', nsInit);
const nsRepr = new PyBuiltin('__repr__', (args) => {
  const o = args[0] as PyInstance;
  const name = o.cls === namespaceType ? 'namespace' : o.cls.name;
  return `${name}(${[...o.dict].map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
});
nsRepr.ext = true;
namespaceType.dict.set('__repr__', nsRepr);

/** A namespace object with these attributes, in order. */
export function makeNamespace(entries: [string, PyObject][]): PyInstance {
  const o = new PyInstance(namespaceType);
  for (const [k, v] of entries) o.dict.set(k, v);
  return o;
}
