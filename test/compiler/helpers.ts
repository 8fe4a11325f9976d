// Helpers for compiler tests: compile a snippet, find nested code objects, list opcode names.

import { compile } from '../../compiler';
import { CodeObject, decodeInstructions, type Instruction } from '../../bytecode';

export function code(src: string, optimize: 0 | 1 = 0): CodeObject {
  return compile(src, 'test.py', { optimize });
}

/** The first code object (depth-first, the module included) whose co_name is `name`. */
export function find(co: CodeObject, name: string): CodeObject {
  if (co.co_name === name) return co;
  for (const c of co.co_consts) {
    if (c instanceof CodeObject) {
      try {
        return find(c, name);
      } catch {
        // not in this subtree
      }
    }
  }
  throw new Error(`no code object named ${name}`);
}

export function instrs(co: CodeObject): Instruction[] {
  return decodeInstructions(co.co_code);
}

/** Opcode names of a code object (EXTENDED_ARG folded away). */
export function ops(co: CodeObject): string[] {
  return instrs(co).map((i) => i.opname);
}

/** Opcode names of the module compiled from `src`. */
export function modOps(src: string): string[] {
  return ops(code(src));
}

/** Opcode names of the function `name` in `src`. */
export function fnOps(src: string, name: string): string[] {
  return ops(find(code(src), name));
}

/** `OPNAME arg-meaning` pairs, handy for checking names and constants together. */
export function described(co: CodeObject): string[] {
  const cells = [...co.co_cellvars, ...co.co_freevars];
  return instrs(co).map((i) => {
    switch (i.opname) {
      case 'LOAD_NAME': case 'STORE_NAME': case 'DELETE_NAME': case 'LOAD_GLOBAL': case 'STORE_GLOBAL':
      case 'LOAD_ATTR': case 'STORE_ATTR': case 'LOAD_METHOD': case 'IMPORT_NAME': case 'IMPORT_FROM':
        return `${i.opname} ${co.co_names[i.arg]}`;
      case 'LOAD_FAST': case 'STORE_FAST': case 'DELETE_FAST':
        return `${i.opname} ${co.co_varnames[i.arg]}`;
      case 'LOAD_DEREF': case 'STORE_DEREF': case 'LOAD_CLOSURE': case 'LOAD_CLASSDEREF': case 'DELETE_DEREF':
        return `${i.opname} ${cells[i.arg]}`;
      default:
        return i.opname;
    }
  });
}
