// Argument binding for native module functions (re, json, struct, array), with the TypeError
// messages of CPython's two kinds of callables: functions written in Python ('py', as re.search
// and json.dumps are) and C functions using Argument Clinic ('c', as Pattern.search).

import { pyErr, TypeError } from './objects/exceptions';
import type { PyObject } from './objects/type';

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Bind positional and keyword arguments to `names`; the first `required` are required. Names
 * from index `posMax` on are keyword-only. Missing optional arguments are undefined.
 */
export function bindArgs(
  fname: string,
  args: PyObject[],
  kw: Map<string, PyObject> | null,
  names: string[],
  required: number,
  style: 'py' | 'c',
  posMax = names.length,
): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = new Array(names.length);
  if (args.length > posMax) {
    if (style === 'py') {
      const range = required === posMax ? `${posMax}` : `from ${required} to ${posMax}`;
      const were = args.length === 1 ? 'was' : 'were';
      throw pyErr(TypeError, `${fname}() takes ${range} positional argument${posMax === 1 && required === posMax ? '' : 's'} but ${args.length} ${were} given`);
    }
    const kind = required === posMax ? 'exactly' : 'at most';
    throw pyErr(TypeError, `${fname}() takes ${kind} ${posMax} argument${posMax === 1 ? '' : 's'} (${args.length} given)`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null && kw.size) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) {
        if (style === 'py') throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
        throw pyErr(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[i] !== undefined) {
        if (style === 'py') throw pyErr(TypeError, `${fname}() got multiple values for argument '${k}'`);
        throw pyErr(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing.push(names[i]);
  if (missing.length) {
    if (style === 'c') {
      const i = names.indexOf(missing[0]);
      throw pyErr(TypeError, `${fname}() missing required argument '${missing[0]}' (pos ${i + 1})`);
    }
    const n = missing.length;
    throw pyErr(TypeError, `${fname}() missing ${n} required positional argument${n === 1 ? '' : 's'}: ${quoteList(missing)}`);
  }
  return out;
}
