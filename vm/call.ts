// Calling: argument binding with CPython's messages (ceval.c's _PyEval_MakeFrame and
// missing_arguments/too_many_positional), and callObject for every callable kind.

import { CO as CO_TABLE } from '../bytecode/index';
import { Frame, newLocals } from './frame';
import { getVM } from './eval';
import { PyDict } from './objects/dict';
import { pyErr, TypeError } from './objects/exceptions';
import { PyBuiltin, PyFunction, PyMethod, PyClassMethod, PyNativeCallable, PyStaticMethod } from './objects/function';
import { None } from './objects/none';
import { PyTuple, EMPTY_TUPLE } from './objects/tuple';
import { objectType, PyType, typeEpoch, typeOf, typeType, type PyObject } from './objects/type';
import { PyGenerator } from './objects/generator';
import { PyInstance } from './objects/instance';
import { getAttr } from './attributes';
import { getItem, iterToArray } from './ops';

// Plain local copies: reading through bytecode/index's re-export getters is slow on hot paths.
const CO = CO_TABLE;

/** A function's name as argument errors print it (its __qualname__, as CPython 3.10+). */
function fname(func: PyFunction): string {
  return func.qualname;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Bind positional `args` and keyword `kw` to `func`'s parameters and build its frame
 * (not yet linked to a caller). Throws TypeError with CPython's messages.
 */
export function bindFrame(func: PyFunction, args: PyObject[], kw: Map<string, PyObject> | null): Frame {
  const co = func.code;
  const argcount = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const total = argcount + kwonly;
  const flags = co.co_flags;
  const fast = newLocals(co.co_nlocals);
  const n = args.length;
  const varnames = co.co_varnames;
  let kwdict: PyDict | null = null;
  if (flags & CO.VARKEYWORDS) {
    kwdict = new PyDict();
    fast[total + (flags & CO.VARARGS ? 1 : 0)] = kwdict;
  }
  const m = n < argcount ? n : argcount;
  for (let i = 0; i < m; i++) fast[i] = args[i];
  if (flags & CO.VARARGS) {
    fast[total] = n > argcount ? new PyTuple(args.slice(argcount)) : EMPTY_TUPLE;
  }
  if (kw !== null) {
    let posOnlyAsKw: string[] | null = null;
    for (const [name, value] of kw) {
      let idx = -1;
      for (let j = co.co_posonlyargcount; j < total; j++) {
        if (varnames[j] === name) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setStr(name, value);
          continue;
        }
        const po = varnames.slice(0, co.co_posonlyargcount).indexOf(name);
        if (po >= 0) {
          (posOnlyAsKw ??= []).push(name);
          continue;
        }
        throw pyErr(TypeError, `${fname(func)}() got an unexpected keyword argument '${name}'`);
      }
      if (fast[idx] !== undefined) {
        throw pyErr(TypeError, `${fname(func)}() got multiple values for argument '${name}'`);
      }
      fast[idx] = value;
    }
    if (posOnlyAsKw) {
      throw pyErr(TypeError, `${fname(func)}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(', ')}'`);
    }
  }
  if (n > argcount && !(flags & CO.VARARGS)) tooManyPositional(func, n, fast);
  if (n < argcount) {
    const defaults = func.defaults;
    const ndef = defaults ? defaults.length : 0;
    const firstDefault = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = n; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defaults![i - firstDefault];
      else (missing ??= []).push(varnames[i]);
    }
    if (missing) {
      throw pyErr(TypeError, `${fname(func)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    }
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const d = func.kwdefaults ? func.kwdefaults.getStr(varnames[i]) : undefined;
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(varnames[i]);
    }
    if (missing) {
      throw pyErr(TypeError, `${fname(func)}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    }
  }
  const vm = getVM();
  return new Frame(co, func.cache, func.globals, vm.builtins, null, fast, func.closure);
}

/**
 * Call `f` with the `n` positional arguments at stack[start...], for the common cases that need
 * no argument binding: a plain Python function given all its parameters or all but some with
 * defaults, a bound method of one, and a class whose instances object.__new__ makes and a plain
 * Python __init__ initialises (their frame, for the loop to run); a generator function called so
 * (its new generator). Reads the arguments in place (no args array); null when the call needs the
 * general path (callOrFrame), which then also reports any error.
 */
export function positionalCall(f: PyObject, stack: PyObject[], start: number, n: number, builtins: PyDict): Frame | PyObject | null {
  if (f instanceof PyFunction) {
    if (f.simple) return fitsPositional(f, n) ? simpleFrame(f, undefined, stack, start, n, builtins) : null;
    const co = f.code;
    if ((co.co_flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR)) !== CO.GENERATOR || co.co_kwonlyargcount || !fitsPositional(f, n)) {
      return null;
    }
    return new PyGenerator(simpleFrame(f, undefined, stack, start, n, builtins), f.name, f.qualname);
  }
  if (f instanceof PyMethod) {
    const fn = f.func;
    return fn instanceof PyFunction && fn.simple && fitsPositional(fn, n + 1) ? simpleFrame(fn, f.self, stack, start, n, builtins) : null;
  }
  if (f instanceof PyType && f.newInstance === objectType.newInstance && f.cls === typeType && !f.isBuiltin) {
    const init = findInit(f);
    if (!(init instanceof PyFunction) || !init.simple || !fitsPositional(init, n + 1)) return null;
    const obj = f.newInstance!(f, NO_ARGS, null);
    const frame = simpleFrame(init, obj, stack, start, n, builtins);
    frame.initSelf = obj;
    return frame;
  }
  return null;
}

const NO_ARGS: PyObject[] = [];

/**
 * CALL_FUNCTION_KW's counterpart of positionalCall (frames only): `npos` positional arguments at stack[start...]
 * followed by one value per name in `kwnames`, for plain functions (keyword-only parameters
 * allowed; no *args, **kwargs or generator), bound methods of them and classes with a plain
 * __init__. Null when anything needs the general path, which then reports any error.
 */
export function keywordFrame(
  f: PyObject, stack: PyObject[], start: number, npos: number, kwnames: string[], builtins: PyDict,
): Frame | null {
  if (f instanceof PyFunction) {
    const fast = bindKeywords(f, undefined, stack, start, npos, kwnames);
    return fast === null ? null : new Frame(f.code, f.cache, f.globals, builtins, null, fast, f.closure);
  }
  if (f instanceof PyMethod) {
    const fn = f.func;
    if (!(fn instanceof PyFunction)) return null;
    const fast = bindKeywords(fn, f.self, stack, start, npos, kwnames);
    return fast === null ? null : new Frame(fn.code, fn.cache, fn.globals, builtins, null, fast, fn.closure);
  }
  if (f instanceof PyType && f.newInstance === objectType.newInstance && f.cls === typeType && !f.isBuiltin) {
    const init = findInit(f);
    if (!(init instanceof PyFunction)) return null;
    // Bound with a placeholder self first: the object is made only once binding has succeeded.
    const fast = bindKeywords(init, None, stack, start, npos, kwnames);
    if (fast === null) return null;
    const obj = f.newInstance!(f, NO_ARGS, null);
    fast[0] = obj;
    const frame = new Frame(init.code, init.cache, init.globals, builtins, null, fast, init.closure);
    frame.initSelf = obj;
    return frame;
  }
  return null;
}

/** Fast locals for a keyword call of `f` (self first when given), or null for the general path. */
function bindKeywords(
  f: PyFunction, self: PyObject | undefined, stack: PyObject[], start: number, npos: number, kwnames: string[],
): (PyObject | undefined)[] | null {
  const co = f.code;
  if (co.co_flags & (CO.VARARGS | CO.VARKEYWORDS | CO.GENERATOR)) return null;
  const argcount = co.co_argcount;
  const total = argcount + co.co_kwonlyargcount;
  const given = self === undefined ? npos : npos + 1;
  if (given > argcount) return null;
  const fast = newLocals(co.co_nlocals);
  let j = 0;
  if (self !== undefined) fast[j++] = self;
  for (let i = 0; i < npos; i++) fast[j++] = stack[start + i];
  const varnames = co.co_varnames;
  const posonly = co.co_posonlyargcount;
  const kwstart = start + npos;
  for (let k = 0; k < kwnames.length; k++) {
    const name = kwnames[k];
    let idx = -1;
    for (let p = posonly; p < total; p++) {
      if (varnames[p] === name) {
        idx = p;
        break;
      }
    }
    if (idx < 0 || fast[idx] !== undefined) return null;
    fast[idx] = stack[kwstart + k];
  }
  if (given < argcount) {
    const defaults = f.defaults;
    const firstDefault = defaults === null ? argcount : argcount - defaults.length;
    for (let i = given; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i < firstDefault) return null;
      fast[i] = defaults![i - firstDefault];
    }
  }
  for (let i = argcount; i < total; i++) {
    if (fast[i] !== undefined) continue;
    const d = f.kwdefaults === null ? undefined : f.kwdefaults.getStr(varnames[i]);
    if (d === undefined) return null;
    fast[i] = d;
  }
  return fast;
}

/** Can `given` positional arguments bind to `f`'s parameters (*args, **kwargs and keyword-only
 * parameters aside, which the caller excludes) without bindFrame? */
function fitsPositional(f: PyFunction, given: number): boolean {
  const argcount = f.code.co_argcount;
  if (given === argcount) return true;
  if (given > argcount) return false;
  const defaults = f.defaults;
  return defaults !== null && given >= argcount - defaults.length;
}

function simpleFrame(
  f: PyFunction, self: PyObject | undefined, stack: PyObject[], start: number, n: number, builtins: PyDict,
): Frame {
  const co = f.code;
  const fast = newLocals(co.co_nlocals);
  let j = 0;
  if (self !== undefined) fast[j++] = self;
  for (let i = 0; i < n; i++) fast[j++] = stack[start + i];
  const argcount = co.co_argcount;
  if (j < argcount) {
    const defaults = f.defaults!;
    const firstDefault = argcount - defaults.length;
    for (; j < argcount; j++) fast[j] = defaults[j - firstDefault];
  }
  return new Frame(co, f.cache, f.globals, builtins, null, fast, f.closure);
}

/**
 * __init__ from the MRO, or undefined when __new__ is overridden (the general path handles it).
 * Cached on the class until any class dict changes (typeEpoch).
 */
export function findInit(cls: PyType): PyObject | undefined {
  if (cls.initEpoch === typeEpoch.value) return cls.initFn;
  const nw = cls.lookupCached('__new__');
  const init = nw !== undefined && nw !== objectType.dict.get('__new__') ? undefined : cls.lookupCached('__init__');
  cls.initFn = init;
  cls.initEpoch = typeEpoch.value;
  return init;
}

function tooManyPositional(func: PyFunction, given: number, fast: (PyObject | undefined)[]): never {
  const co = func.code;
  const argcount = co.co_argcount;
  const ndef = func.defaults ? func.defaults.length : 0;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + co.co_kwonlyargcount; i++) if (fast[i] !== undefined) kwonlyGiven++;
  const takes = ndef ? `from ${argcount - ndef} to ${argcount} positional arguments` : plural(argcount, 'positional argument');
  let gave: string;
  if (kwonlyGiven) {
    gave = `${plural(given, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`;
  } else {
    gave = `${given} ${given === 1 ? 'was' : 'were'} given`;
  }
  throw pyErr(TypeError, `${fname(func)}() takes ${takes} but ${gave}`);
}

/** Call a Python function from native code: a nested run of the loop (or a new generator). */
export function callFunction(func: PyFunction, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (kw === null) {
    const direct = positionalCall(func, args, 0, args.length, getVM().builtins);
    if (direct !== null) return runDirect(direct);
  }
  const frame = bindFrame(func, args, kw);
  if (func.code.co_flags & CO.GENERATOR) return new PyGenerator(frame, func.name, func.qualname);
  return getVM().runFrame(frame);
}

/** Finish a positionalCall from native code: run its frame in a nested loop (an __init__ frame
 * gives its object, as in the loop's RETURN_VALUE). */
function runDirect(direct: Frame | PyObject): PyObject {
  if (!(direct instanceof Frame)) return direct;
  const r = getVM().runFrame(direct);
  return direct.initSelf === null ? r : initResult(direct, r);
}

/** What the caller of an __init__ frame made for a class call receives: the new object (and
 * __init__ must have returned None). The loop's RETURN_VALUE and runDirect both use it. */
export function initResult(frame: Frame, retval: PyObject): PyObject {
  if (retval !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(retval).tpName}'`);
  return frame.initSelf!;
}

/** Call any callable: f(*args, **kw). */
export function callObject(f: PyObject, args: PyObject[], kw: Map<string, PyObject> | null = null): PyObject {
  if (f instanceof PyFunction) return callFunction(f, args, kw);
  if (f instanceof PyBuiltin) {
    if (f.self === undefined) return f.fn(args, kw);
    return f.fn([f.self, ...args], kw);
  }
  if (f instanceof PyMethod) {
    if (kw === null) {
      const direct = positionalCall(f, args, 0, args.length, getVM().builtins);
      if (direct !== null) return runDirect(direct);
    }
    return callObject(f.func, [f.self, ...args], kw);
  }
  if (f instanceof PyNativeCallable) return f.call(args, kw);
  if (f instanceof PyType) {
    const meta = f.cls;
    if (meta !== typeType && !meta.isBuiltin) {
      const call = lookupUser(meta, '__call__');
      if (call !== undefined) return callObject(call, [f, ...args], kw);
    }
    return callType(f, args, kw);
  }
  const t = typeOf(f);
  if (!t.isBuiltin) {
    const call = t.lookup('__call__');
    if (call !== undefined) return callObject(call, [f, ...args], kw);
  }
  throw pyErr(TypeError, `'${t.tpName}' object is not callable`);
}

/** Calling a class: __new__ then __init__ (CPython's type_call). */
export function callType(cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  if (cls === typeType) {
    if (args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
    if (args.length === 3) return getVM().buildClassFromType(args, kw);
    throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
  }
  if (kw === null && !cls.isBuiltin) {
    const direct = positionalCall(cls, args, 0, args.length, getVM().builtins);
    if (direct !== null) return runDirect(direct);
  }
  let obj: PyObject;
  const newFn = cls.isBuiltin ? undefined : lookupUser(cls, '__new__');
  if (newFn !== undefined) {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = callObject(f, [cls, ...args], kw);
    if (!(typeOf(obj).isSubtypeOf(cls))) return obj;
  } else {
    if (cls.newInstance === null) throw pyErr(TypeError, `cannot create '${cls.name}' instances`);
    obj = cls.newInstance(cls, args, kw);
  }
  if (cls.isBuiltin) return obj;
  const init = lookupUser(cls, '__init__');
  if (init !== undefined) {
    const r = callObject(init, [obj, ...args], kw);
    if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(r).tpName}'`);
  } else if (newFn === undefined && (args.length || (kw && kw.size)) && obj instanceof PyInstance) {
    throw pyErr(TypeError, `${cls.name}() takes no arguments`);
  }
  return obj;
}

/** Look a special method up on a class, ignoring object's defaults (for __new__/__init__). */
function lookupUser(cls: PyType, name: string): PyObject | undefined {
  for (const t of cls.mro) {
    if (t === objectType) return undefined;
    const v = t.dict.get(name);
    if (v !== undefined) return v instanceof PyClassMethod ? new PyMethod(v.func, cls) : v;
  }
  return undefined;
}

/** A callable's name as call errors print it (__main__.f for functions). */
export function callableName(f: PyObject): string {
  if (f instanceof PyFunction) return (typeof f.module === 'string' ? f.module + '.' : '') + f.qualname;
  if (f instanceof PyBuiltin) return f.name;
  if (f instanceof PyMethod) return callableName(f.func);
  if (f instanceof PyType) return f.name;
  return typeOf(f).name + ' object';
}

/** Merge `**` mappings for a call into one keyword map (duplicates are TypeError when `check`... always). */
export function mergeKwargs(f: PyObject, parts: PyObject[], _single: boolean): Map<string, PyObject> {
  const kw = new Map<string, PyObject>();
  for (const p of parts) {
    if (!(p instanceof PyDict)) {
      const keysM = typeOf(p).lookup('keys');
      if (keysM === undefined) {
        throw pyErr(TypeError, `${callableName(f)}() argument after ** must be a mapping, not ${typeOf(p).tpName}`);
      }
      const d = new PyDict();
      for (const k of iterToArray(callObject(getAttr(p, 'keys'), []))) d.set(k, getItem(p, k));
      parts = [d];
      for (const [k, v] of d.map) addKw(f, kw, d.origKey(k), v);
      continue;
    }
    for (const [k, v] of p.map) addKw(f, kw, p.origKey(k), v);
  }
  return kw;
}

function addKw(f: PyObject, kw: Map<string, PyObject>, k: PyObject, v: PyObject): void {
  if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
  if (kw.has(k)) throw pyErr(TypeError, `${callableName(f)}() got multiple values for keyword argument '${k}'`);
  kw.set(k, v);
}

