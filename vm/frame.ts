// Frames: one activation of a code object (CPython's frameobject.h; byterun's Frame).
// Also the per-code-object cache: co_code pre-decoded and co_consts converted once.
// Imports bytecode/ and vm/objects only.

import { CO, CodeObject, Op, OPNAME, type Const, FloatConst, TupleConst, EllipsisConst, ImagConst, BytesConst } from '../bytecode/index';
import { PyCell } from './objects/function';
import type { PyDict } from './objects/dict';
import { PyFloat } from './objects/float';
import { Ellipsis, None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyComplex } from './objects/complex';
import { PyBytes } from './objects/bytes';
import type { PyObject, PyType } from './objects/type';
import type { Shape } from './objects/shape';
import { InternalError } from './objects/exceptions';
import type { PyBaseException } from './objects/exceptions';

/** A block-stack entry (CPython 3.7's PyTryBlock; byterun's Block). */
export interface Block {
  type: number;
  handler: number;
  level: number;
  /** EXCEPT_HANDLER only: the exception that was being handled before this one (undefined: the
   * generator's caller's, see unwind.ts savedExc). */
  exc: PyBaseException | null | undefined;
}

/** What a code object needs at run time, computed once per code object. */
export interface CodeCache {
  /** ops[off] is the opcode at byte offset off, ops[off + 1] its full argument (EXTENDED_ARG folded). */
  ops: Int32Array;
  consts: PyObject[];
  names: readonly string[];
  ncells: number;
  /** attr[i]: the inline cache of the LOAD_ATTR, STORE_ATTR or LOAD_METHOD at byte offset 2 * i. */
  attr: (AttrCache | undefined)[];
}

/**
 * What an attribute instruction learnt about its name on the last object's class (CPython 3.11's
 * specialised LOAD_ATTR_INSTANCE_VALUE / LOAD_METHOD_* caches): valid while `type` is the
 * object's class and `epoch` is typeEpoch (no class dict has changed since). vm/attributes.ts
 * fills it; the loop reads it.
 */
export class AttrCache {
  type: PyType | null = null;
  epoch = -1;
  /** One of attributes.ts's IC_* kinds. */
  kind = 0;
  /** The class attribute found along the MRO, if any. */
  descr: PyObject | undefined = undefined;
  /** The instance dict's shape the entry holds for (never null once filled). */
  shape: Shape | null = null;
  /** The name's slot in that shape; -1 when the shape lacks it (the class attribute applies). */
  index = -1;
  /** STORE_ATTR adding the name: the shape after adding it. */
  next: Shape | null = null;
}

const cacheByCode = new WeakMap<CodeObject, CodeCache>();

/** The run-time cache of a code object. */
export function codeCache(code: CodeObject): CodeCache {
  let c = cacheByCode.get(code);
  if (c === undefined) {
    c = {
      ops: decodeOps(code.co_code),
      consts: code.co_consts.map(constToValue),
      names: code.co_names.map(internName),
      ncells: code.co_cellvars.length + code.co_freevars.length,
      // Filled, not sparse, so V8 keeps fast elements.
      attr: new Array<AttrCache | undefined>(code.co_code.length >> 1).fill(undefined),
    };
    const ops = c.ops;
    for (let i = 0; i < ops.length; i += 2) {
      const op = ops[i];
      if (op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.LOAD_METHOD) c.attr[i >> 1] = new AttrCache();
    }
    cacheByCode.set(code, c);
  }
  return c;
}

const interned = new Map<string, string>();

/**
 * One string object per name across all code objects. Instance and class dicts are Maps keyed by
 * these names; V8 compares two different string objects by their characters, but the same
 * object by identity.
 */
function internName(name: string): string {
  const s = interned.get(name);
  if (s !== undefined) return s;
  interned.set(name, name);
  return name;
}

function decodeOps(co: Uint8Array): Int32Array {
  const ops = new Int32Array(co.length + 2);
  let ext = 0;
  for (let i = 0; i < co.length; i += 2) {
    const op = co[i];
    if (OPNAME[op] === undefined) throw new InternalError(`unknown opcode ${op} at offset ${i}`);
    const arg = ext | co[i + 1];
    ops[i] = op;
    ops[i + 1] = arg;
    ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
  }
  // Falling off the end of co_code is a compiler bug; the sentinel makes the VM say so.
  ops[co.length] = 0;
  return ops;
}

/** A code-object constant as a run-time value. */
export function constToValue(c: Const): PyObject {
  if (c === null) return None;
  switch (typeof c) {
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'string':
      return c;
  }
  if (c instanceof FloatConst) return new PyFloat(c.value);
  if (c instanceof TupleConst) return new PyTuple(c.items.map(constToValue));
  if (c instanceof EllipsisConst) return Ellipsis;
  if (c instanceof CodeObject) return c as unknown as PyObject;
  if (c instanceof ImagConst) return new PyComplex(0, c.imag);
  if (c instanceof BytesConst) return new PyBytes(c.bytes);
  throw new InternalError('unknown constant');
}

export class Frame {
  f_lasti = 0;
  f_back: Frame | null = null;
  readonly f_code: CodeObject;
  readonly f_globals: PyDict;
  readonly f_locals: PyDict | null;
  readonly f_builtins: PyDict;
  readonly cache: CodeCache;
  /** Fast locals; undefined when unbound. */
  readonly fast: (PyObject | undefined)[];
  /** co_cellvars cells, then the closure's cells for co_freevars. */
  readonly cells: PyCell[] | null;
  readonly stack: PyObject[] = [];
  readonly blockStack: Block[] = [];
  /** Where execution resumes (a byte offset). */
  pc = 0;
  /** Set on a generator's frame. */
  generator: unknown = null;
  /** A generator frame: the exception its current caller is handling. */
  inheritedExc: PyBaseException | null = null;
  /** Set on an __init__ frame run for a class call: the object the call returns. */
  initSelf: PyObject | null = null;

  constructor(
    code: CodeObject,
    cache: CodeCache,
    globals: PyDict,
    builtins: PyDict,
    locals: PyDict | null,
    fast: (PyObject | undefined)[],
    closure: PyCell[] | null,
  ) {
    this.f_code = code;
    this.cache = cache;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.fast = fast;
    if (cache.ncells) {
      const cells: PyCell[] = [];
      const cellvars = code.co_cellvars;
      for (let i = 0; i < cellvars.length; i++) {
        // A cell that is also a parameter starts with the argument's value (CPython's cell2arg).
        const argIdx = code.co_flags & CO.OPTIMIZED ? code.co_varnames.indexOf(cellvars[i]) : -1;
        cells.push(new PyCell(argIdx >= 0 ? fast[argIdx] : undefined));
      }
      if (closure) for (const c of closure) cells.push(c);
      this.cells = cells;
    } else {
      this.cells = null;
    }
  }
}
