// list (CPython's listobject.c): the data class and its methods.

import { listType, PyObj, type PyObject } from "./type";
import { defMethod } from './function';
import { IndexError, pyErr, TypeError, ValueError } from './exceptions';
import { None } from './none';
import { asIndex, iterToArray } from '../ops';
import { eq, lessThan } from '../compare';
import { repr } from '../repr';
import { callObject } from '../call';
import { truthy } from '../ops';

export class PyList extends PyObj {
  constructor(public items: PyObject[] = []) {
    super();
  }
}
PyList.prototype.cls = listType;

// ---------------------------------------------------------------- methods


function lst(args: PyObject[]): PyList {
  return args[0] as PyList;
}

function exactly(args: PyObject[], name: string, n: number): void {
  if (args.length - 1 !== n) {
    const what = n === 0 ? 'no arguments' : n === 1 ? 'exactly one argument' : `exactly ${n} arguments`;
    throw pyErr(TypeError, `list.${name}() takes ${what} (${args.length - 1} given)`);
  }
}

defMethod(listType, 'append', (args) => {
  exactly(args, 'append', 1);
  lst(args).items.push(args[1]);
  return None;
});
defMethod(listType, 'extend', (args) => {
  exactly(args, 'extend', 1);
  const l = lst(args);
  const items = iterToArray(args[1]);
  for (const x of items) l.items.push(x);
  return None;
});
defMethod(listType, 'insert', (args) => {
  if (args.length !== 3) throw pyErr(TypeError, `insert expected 2 arguments, got ${args.length - 1}`);
  const l = lst(args);
  const n = l.items.length;
  let i = asIndex(args[1]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  l.items.splice(i, 0, args[2]);
  return None;
});
defMethod(listType, 'pop', (args) => {
  if (args.length > 2) throw pyErr(TypeError, `pop expected at most 1 argument, got ${args.length - 1}`);
  const l = lst(args);
  if (l.items.length === 0) throw pyErr(IndexError, 'pop from empty list');
  if (args.length === 1) return l.items.pop()!;
  let i = asIndex(args[1]);
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) throw pyErr(IndexError, 'pop index out of range');
  return l.items.splice(i, 1)[0];
});
defMethod(listType, 'remove', (args) => {
  exactly(args, 'remove', 1);
  const l = lst(args);
  for (let i = 0; i < l.items.length; i++) {
    if (l.items[i] === args[1] || eq(l.items[i], args[1])) {
      l.items.splice(i, 1);
      return None;
    }
  }
  throw pyErr(ValueError, 'list.remove(x): x not in list');
});
defMethod(listType, 'index', (args) => {
  if (args.length < 2) throw pyErr(TypeError, `index expected at least 1 argument, got ${args.length - 1}`);
  const l = lst(args);
  const n = l.items.length;
  let start = args.length > 2 ? asIndex(args[2]) : 0;
  let stop = args.length > 3 ? asIndex(args[3]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, l.items.length); i++) {
    if (l.items[i] === args[1] || eq(l.items[i], args[1])) return i;
  }
  throw pyErr(ValueError, `${repr(args[1])} is not in list`);
});
defMethod(listType, 'count', (args) => {
  exactly(args, 'count', 1);
  let c = 0;
  for (const x of lst(args).items) if (x === args[1] || eq(x, args[1])) c++;
  return c;
});
defMethod(listType, 'reverse', (args) => {
  exactly(args, 'reverse', 0);
  lst(args).items.reverse();
  return None;
});
defMethod(listType, 'copy', (args) => {
  exactly(args, 'copy', 0);
  return new PyList(lst(args).items.slice());
});
defMethod(listType, 'clear', (args) => {
  exactly(args, 'clear', 0);
  lst(args).items.length = 0;
  return None;
});
defMethod(listType, 'sort', (args, kw) => {
  if (args.length > 1) throw pyErr(TypeError, 'sort() takes no positional arguments');
  let key: PyObject = None;
  let reverse = false;
  if (kw) {
    if (kw.size > 2) throw pyErr(TypeError, `sort() takes at most 2 keyword arguments (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(v);
      else throw pyErr(TypeError, `'${k}' is an invalid keyword argument for sort()`);
    }
  }
  sortItems(lst(args).items, key, reverse);
  return None;
});

/** Stable sort in place with Python's key= and reverse= (CPython's list.sort). */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): void {
  if (reverse) items.reverse();
  if (key === None) {
    items.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  } else {
    const keyed = items.map((v) => ({ k: callObject(key, [v]), v }));
    keyed.sort((a, b) => (lessThan(a.k, b.k) ? -1 : lessThan(b.k, a.k) ? 1 : 0));
    for (let i = 0; i < items.length; i++) items[i] = keyed[i].v;
  }
  if (reverse) items.reverse();
}

listType.newInstance = (cls, args, kw) => {
  if (cls !== listType) {
    // A subclass: list.__new__ makes an empty list, list.__init__ (or the subclass's) fills it.
    const l = new PyList([]);
    l.cls = cls;
    return l;
  }
  if (kw && kw.size) throw pyErr(TypeError, 'list() takes no keyword arguments');
  if (args.length > 1) throw pyErr(TypeError, `list expected at most 1 argument, got ${args.length}`);
  return new PyList(args.length ? iterToArray(args[0]) : []);
};
defMethod(listType, '__init__', (args, kw) => {
  if (kw && kw.size) throw pyErr(TypeError, 'list() takes no keyword arguments');
  if (args.length > 2) throw pyErr(TypeError, `list expected at most 1 argument, got ${args.length - 1}`);
  lst(args).items = args.length > 1 ? iterToArray(args[1]) : [];
  return None;
});
