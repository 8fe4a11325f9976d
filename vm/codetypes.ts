// code.replace() and types.FunctionType(code, globals, ...) (CPython's codeobject.c code_replace
// and funcobject.c func_new): new functions from existing code, without the compiler.
// dataclasses renames a template __init__'s parameters and attributes this way.

import { CodeObject } from '../bytecode/index';
import { codeCache } from './frame';
import { PyDict } from './objects/dict';
import { pyErr, TypeError, ValueError } from './objects/exceptions';
import { defMethod, PyCell, PyFunction } from './objects/function';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyCode, pyCode } from './objects/codeobj';
import { codeType, functionType, typeOf, type PyObject } from './objects/type';

const NAME_TUPLES = ['co_varnames', 'co_names'] as const;
const STRINGS = ['co_name', 'co_qualname', 'co_filename'] as const;

defMethod(codeType, 'replace', (args, kw) => {
  if (args.length > 1) throw pyErr(TypeError, `replace() takes no positional arguments`);
  const old = (args[0] as PyCode).code;
  const fields: Record<string, unknown> = { ...old };
  for (const [k, v] of kw ?? []) {
    if ((NAME_TUPLES as readonly string[]).includes(k)) {
      const before = old[k as (typeof NAME_TUPLES)[number]];
      if (!(v instanceof PyTuple) || !v.items.every((x) => typeof x === 'string')) {
        throw pyErr(TypeError, `replace() argument '${k}' must be tuple of strings`);
      }
      // CPython: any length; tspy keeps the operand indices valid by keeping the length.
      if (v.items.length !== before.length) throw pyErr(ValueError, `tspy: code.replace() cannot change the length of ${k}`);
      fields[k] = v.items.slice() as string[];
    } else if ((STRINGS as readonly string[]).includes(k)) {
      if (typeof v !== 'string') throw pyErr(TypeError, `replace() argument '${k}' must be str, not ${typeOf(v).tpName}`);
      fields[k] = v;
    } else if (k === 'co_firstlineno') {
      if (typeof v !== 'number') throw pyErr(TypeError, `replace() argument 'co_firstlineno' must be int, not ${typeOf(v).tpName}`);
      fields[k] = v;
    } else {
      throw pyErr(ValueError, `tspy: code.replace() cannot change ${k}`);
    }
  }
  return pyCode(new CodeObject(fields as unknown as CodeObject));
});

// function(code, globals, name=None, argdefs=None, closure=None)
functionType.newInstance = (_cls, args, kw) => {
  const params = ['code', 'globals', 'name', 'argdefs', 'closure'];
  const vals: (PyObject | undefined)[] = args.slice();
  if (vals.length > 5) throw pyErr(TypeError, `function() takes at most 5 arguments (${vals.length} given)`);
  for (const [k, v] of kw ?? []) {
    const i = params.indexOf(k);
    if (i < 0) throw pyErr(TypeError, `function() got an unexpected keyword argument '${k}'`);
    vals[i] = v;
  }
  const [code, globals, name, argdefs, closure] = vals;
  if (!(code instanceof PyCode)) throw pyErr(TypeError, `function() argument 'code' must be code, not ${typeOf(code ?? None).tpName}`);
  if (!(globals instanceof PyDict)) throw pyErr(TypeError, `function() argument 'globals' must be dict, not ${typeOf(globals ?? None).tpName}`);
  const c = code.code;
  const fn = new PyFunction(c, globals, c.co_qualname, codeCache(c));
  if (name !== undefined && name !== None) {
    if (typeof name !== 'string') throw pyErr(TypeError, 'arg 3 (name) must be None or string');
    fn.name = name;
  }
  if (argdefs !== undefined && argdefs !== None) {
    if (!(argdefs instanceof PyTuple)) throw pyErr(TypeError, 'arg 4 (defaults) must be None or tuple');
    fn.defaults = argdefs.items.slice();
  }
  const nfree = c.co_freevars.length;
  if (closure !== undefined && closure !== None) {
    if (!(closure instanceof PyTuple) || !closure.items.every((x) => x instanceof PyCell)) {
      throw pyErr(TypeError, 'arg 5 (closure) must be tuple');
    }
    if (closure.items.length !== nfree) {
      throw pyErr(ValueError, `${c.co_name} requires closure of length ${nfree}, not ${closure.items.length}`);
    }
    fn.closure = closure.items.slice() as PyCell[];
  } else if (nfree) {
    throw pyErr(TypeError, 'arg 5 (closure) must be tuple');
  }
  fn.finish();
  return fn;
};
