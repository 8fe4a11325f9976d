// Support for `tspy trace` (bin/trace.ts prints the value stack and the dis line per instruction,
// clox's DEBUG_TRACE_EXECUTION): a repr for stack items that never runs Python code.

import { CodeObject } from '../bytecode/index';
import { PyObj, typeOf, type PyObject } from './objects/type';
import { repr, typeModuleName } from './repr';
import { NULL } from './ops';
import { UnwindMarker } from './unwind';

const MAX_ITEM = 60;

/**
 * A short repr of a value-stack item that never runs Python code (no user __repr__) and never
 * throws: instances of Python classes print as <module.Class object>, VM internals by name.
 */
export function safeRepr(v: PyObject | undefined): string {
  if (v === undefined) return '<undefined>';
  if (v === NULL) return 'NULL';
  if (v instanceof UnwindMarker) return '<unwind>';
  if ((v as unknown) instanceof CodeObject) return `<code object ${(v as unknown as CodeObject).co_name}>`;
  if (v instanceof PyObj && v.cls && !v.cls.isBuiltin) return `<${typeModuleName(v.cls)} object>`;
  let s: string;
  try {
    s = repr(v);
  } catch {
    s = `<${typeOf(v).name}>`;
  }
  return s.length > MAX_ITEM ? s.slice(0, MAX_ITEM - 3) + '...' : s;
}
