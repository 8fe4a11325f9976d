// The interpreter loop (CPython 3.7's ceval.c; clox's run()): one run() per entry frame, hot state
// in locals, one `case` per opcode-table row in table order, one try around the loop that
// re-enters after unwinding. Python-to-Python calls push a frame and stay in the same loop.

import type { CompileHook } from './execmodule';
import { BlockType as BlockTypeTable, CO as COTable, Op as OpTable, OPNAME, type CodeObject } from '../bytecode/index';
import { Frame, codeCache } from './frame';
import { bindFrame, callObject } from './call';
import { restoreExc, unwind, UnwindMarker, Why, type ExcState } from './unwind';
import { binaryOp, BIN, floatPow, inplaceOp, unaryOp, UN } from './number';
import { compareOp, contains, exceptionMatch } from './compare';
import {
  bindDescr, delAttr, getAttr, getAttrCaching, IC_BUILTIN_METHOD, IC_METHOD, loadMethodCaching, setAttrCaching,
} from './attributes';
import { delItem, getItem, getIter, iterNext, NULL, setItem, truthy, unpackIterable, iterToArray, yieldFromStep } from './ops';
import { formatValue } from './formatting';
import { repr } from './repr';
import { buildClass, nsDelete, nsLoad, nsStore } from './classes';
import { importFrom, importName, importStar, type ModuleFinder } from './imports';
import { makeRaise } from './raise';
import { callableName, mergeKwargs } from './call';
import { PyDict } from './objects/dict';
import { PyFloat } from './objects/float';
import {
  InternalError, MemoryError, NameError, PyBaseException, PyException, pyErr, RecursionError, TypeError, UnboundLocalError,
} from './objects/exceptions';
import { PyCell, PyFunction } from './objects/function';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple, EMPTY_TUPLE } from './objects/tuple';
import { dictType, listType, objectType, PyType, typeEpoch, typeOf, typeType, type PyObject } from './objects/type';
import { PyInstance } from './objects/instance';
import { RangeIter } from './objects/iterators';
import type { Host } from './host';
import { PyModule as PyModuleClass, type PyModule } from './objects/module';
import { PyGenerator as PyGeneratorLike } from './objects/generator';
import { ValueError } from './objects/exceptions';

// Case labels are the opcode numbers as literals, each with its name: V8 compiles a switch over
// literal labels to a jump table, but compares a computed label (Op.X) one case after another.
// test/vm/structure.test.ts checks every label against bytecode/opcodes.ts.
const Op = OpTable;
const BlockType = BlockTypeTable;
const CO = COTable;

/** Called once per instruction when set (`tspy trace`). */
export type Tracer = (frame: Frame, offset: number, op: number, arg: number, depth: number) => void;

/**
 * Resolves `import name` (a full dotted name) for modules that are not built in: return the module,
 * or null for ModuleNotFoundError. A hook that runs Python code should use vm.execModule(name, code).
 */
export type ImportHook = (name: string, vm: VM) => PyModule | null;

let current: VM | null = null;

/** The running VM (natives use it to call back into Python). */
export function getVM(): VM {
  if (current === null) throw new InternalError('no VM is running');
  return current;
}

export function setCurrentVM(vm: VM | null): void {
  current = vm;
}

/** Interpreter state: frames, exception state, builtins, modules, host. */
export class VM implements ExcState {
  /** The innermost running frame. */
  frame: Frame | null = null;
  /** Compiles source at run time (compile, exec, eval, dis of a string); null: none available. */
  compileHook: CompileHook | null = null;
  /** 1 under -O: what compile() uses by default. */
  optimize: 0 | 1 = 0;
  /** Number of frames on the call stack (CPython's recursion depth). */
  depth = 0;
  recursionLimit = 1000;
  excInfo: PyBaseException | null = null;
  tracer: Tracer | null = null;
  /** Set by YIELD_VALUE when run() returns because a generator suspended. */
  yielded = false;
  /** sys.modules: the same dict Python code sees. */
  readonly modules = new PyDict();
  builtins!: PyDict;
  importHook: ImportHook | null = null;
  /** Finds modules on sys.path (the CLI's bin/importer.ts); null: builtin modules only. */
  finder: ModuleFinder | null = null;
  argv: string[] = [];
  private out: string[] = [];
  private outLen = 0;

  constructor(readonly host: Host) {}

  /** Buffered stdout. */
  writeStdout(s: string): void {
    this.out.push(s);
    this.outLen += s.length;
    if (this.outLen > 1 << 16) this.flush();
  }
  /** stderr is unbuffered; stdout is flushed first so the two interleave as in CPython. */
  writeStderr(s: string): void {
    this.flush();
    this.host.stderr(s);
  }
  flush(): void {
    if (this.out.length) {
      this.host.stdout(this.out.join(''));
      this.out = [];
      this.outLen = 0;
    }
  }

  /** Push `frame` on the call stack (RecursionError past the limit). */
  enterFrame(frame: Frame): void {
    if (this.depth >= this.recursionLimit) {
      throw pyErr(RecursionError, 'maximum recursion depth exceeded');
    }
    this.depth++;
    frame.f_back = this.frame;
    this.frame = frame;
  }

  /** Run a frame to completion in a nested loop (native code calling Python). */
  runFrame(frame: Frame): PyObject {
    this.enterFrame(frame);
    return run(this, frame, null);
  }

  /** Run a module's code with `globals` as its namespace. */
  runModuleCode(code: CodeObject, globals: PyDict): PyObject {
    const frame = new Frame(code, codeCache(code), globals, this.builtins, globals, [], null);
    return this.runFrame(frame);
  }

  /** Resume a suspended generator frame; sets this.yielded when it yields again. */
  resumeFrame(frame: Frame, sent: PyObject | undefined, thrown: PyException | null): PyObject {
    if (sent !== undefined) frame.stack.push(sent);
    this.enterFrame(frame);
    this.yielded = false;
    return run(this, frame, thrown);
  }

  /**
   * Create module `name`, register it in the module table (so circular imports see it), run `code`
   * in its namespace and return it. Import hooks use this for modules loaded from files; on an
   * exception the module is unregistered and the exception propagates.
   */
  execModule(name: string, code: CodeObject): PyModule {
    const globals = new PyDict();
    globals.setStr('__name__', name);
    globals.setStr('__doc__', None);
    globals.setStr('__file__', code.co_filename);
    globals.setStr('__builtins__', new PyModuleClass('builtins', this.builtins));
    const mod = new PyModuleClass(name, globals);
    this.modules.setStr(name, mod);
    try {
      this.runModuleCode(code, globals);
    } catch (e) {
      this.modules.delete(name);
      throw e;
    }
    return mod;
  }

  buildClassFromType(args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
    return buildClass(this, null, args, kw);
  }
}

/**
 * Run frames starting at `entry` (already entered) until it returns or yields. `thrown` is raised
 * at entry's resume point first (generator.throw). Exceptions leaving `entry` propagate as PyException.
 */
export function run(vm: VM, entry: Frame, thrown: PyException | null): PyObject {
  const prevVM = current;
  current = vm;
  let pending: unknown = thrown;
  if (thrown !== null) {
    // f_lasti must name the instruction the generator is suspended at.
    entry.f_lasti = entry.cache.ops[entry.pc] === Op.YIELD_FROM ? entry.pc : entry.pc - 2;
  }
  // The try sits here, in a small function, and not in loop(): V8 finds the handler for a throw
  // by searching the catching function's handler table, which in a function as large as loop()
  // made every exception thrown by a callee cost microseconds. loop() saves f_lasti on each
  // instruction, so vm.frame and its f_lasti say where a callee's exception came from.
  let r: PyObject;
  for (;;) {
    try {
      progress = false;
      r = loop(vm, entry, pending);
      break;
    } catch (e) {
      if (e === fatalError || !(e instanceof PyException || e instanceof RangeError)) {
        fatalError = null;
        current = prevVM;
        throw e;
      }
      if (!progress && e instanceof RangeError) {
        // Too little JS stack left to enter loop() and dispatch an exception there: leave this
        // run's frames (their handlers are skipped) and raise RecursionError in the caller.
        current = prevVM;
        throw abandonFrames(vm, entry);
      }
      pending = e;
    }
  }
  current = prevVM;
  if (r === UNWOUND) {
    const exc = unwoundExc!;
    unwoundExc = null;
    throw new PyException(exc);
  }
  return r;
}

/** loop()'s result when an exception left its entry frame; the exception is in unwoundExc. */
const UNWOUND = new PyBaseException(objectType, []);
let unwoundExc: PyBaseException | null = null;
/**
 * Set when loop() starts running instructions (any pending exception dispatched): run() tells a
 * stack overflow that leaves no room to dispatch from one raised by running code.
 */
let progress = false;

/** Leave the frames from vm.frame up to `entry` without running handlers; the RecursionError to raise. */
function abandonFrames(vm: VM, entry: Frame): PyException {
  const err = pyErr(RecursionError, 'maximum recursion depth exceeded');
  for (;;) {
    const frame = vm.frame!;
    err.exc.traceback.push({ code: frame.f_code, lasti: frame.f_lasti });
    const blocks = frame.blockStack;
    for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].type === BlockType.EXCEPT_HANDLER) restoreExc(vm, frame, blocks[i]);
    blocks.length = 0;
    vm.depth--;
    vm.frame = frame.f_back;
    if (frame === entry) {
      if (frame.generator !== null) vm.yielded = false;
      return err;
    }
  }
}

/** A non-Python error loop() rethrows: run() lets it pass instead of dispatching it again. */
let fatalError: unknown = null;

/**
 * The dispatch loop proper. `pending` (an exception thrown by a callee, or generator.throw's) is
 * dispatched first, at vm.frame's f_lasti (or, at entry, the generator's suspension point).
 */
function loop(vm: VM, entry: Frame, pending: unknown): PyObject {
  let frame = vm.frame!;
  let stack = frame.stack;
  let fast = frame.fast;
  let ops = frame.cache.ops;
  let consts = frame.cache.consts;
  let names = frame.cache.names;
  let pc = frame.pc;
  // Set before a run starts (tspy trace); a local saves a load per instruction.
  const tracer = vm.tracer;
  for (;;) {
    // The exception being dispatched: set by `raise`, END_FINALLY and a pending exception without
    // a JavaScript throw.
    let raised: unknown = pending;
    pending = null;
    if (raised === null) progress = true;
    if (raised === null) dispatch: for (;;) {
        const op = ops[pc];
        const arg = ops[pc + 1];
        frame.f_lasti = pc;
        pc += 2;
        if (tracer !== null) tracer(frame, pc - 2, op, arg, vm.depth);
        switch (op) {
          case 1 /* POP_TOP */:
            stack.pop();
            break;
          case 2 /* ROT_TWO */: {
            const n = stack.length;
            const t = stack[n - 1];
            stack[n - 1] = stack[n - 2];
            stack[n - 2] = t;
            break;
          }
          case 3 /* ROT_THREE */: {
            const n = stack.length;
            const t = stack[n - 1];
            stack[n - 1] = stack[n - 2];
            stack[n - 2] = stack[n - 3];
            stack[n - 3] = t;
            break;
          }
          case 4 /* DUP_TOP */:
            stack.push(stack[stack.length - 1]);
            break;
          case 5 /* DUP_TOP_TWO */: {
            const n = stack.length;
            stack.push(stack[n - 2], stack[n - 1]);
            break;
          }
          case 6 /* ROT_FOUR */: {
            const n = stack.length;
            const t = stack[n - 1];
            stack[n - 1] = stack[n - 2];
            stack[n - 2] = stack[n - 3];
            stack[n - 3] = stack[n - 4];
            stack[n - 4] = t;
            break;
          }
          case 9 /* NOP */:
            break;
          case 10 /* UNARY_POSITIVE */:
            stack[stack.length - 1] = unaryOp(UN.POS, stack[stack.length - 1]);
            break;
          case 11 /* UNARY_NEGATIVE */: {
            const a = stack[stack.length - 1];
            stack[stack.length - 1] = a instanceof PyFloat ? new PyFloat(-a.value) : unaryOp(UN.NEG, a);
            break;
          }
          case 12 /* UNARY_NOT */:
            stack[stack.length - 1] = !truthy(stack[stack.length - 1]);
            break;
          case 15 /* UNARY_INVERT */:
            stack[stack.length - 1] = unaryOp(UN.INVERT, stack[stack.length - 1]);
            break;
          case 16 /* BINARY_MATRIX_MULTIPLY */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = binaryOp(BIN.MATMUL, stack[stack.length - 1], b);
            break;
          }
          case 17 /* INPLACE_MATRIX_MULTIPLY */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.MATMUL, stack[stack.length - 1], b);
            break;
          }
          case 19 /* BINARY_POWER */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (a instanceof PyFloat && a.value > 0 && (b instanceof PyFloat || typeof b === 'number')) {
              // float ** float or int without binaryOp's dispatch (floatPow: CPython's float_pow).
              stack[stack.length - 1] = floatPow(a.value, typeof b === 'number' ? b : b.value);
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.POW, a, b);
            break;
          }
          case 20 /* BINARY_MULTIPLY */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a * b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r + 0;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a * b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value * b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value * b);
                break;
              }
            }
            stack[stack.length - 1] = binaryOp(BIN.MUL, a, b);
            break;
          }
          case 22 /* BINARY_MODULO */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) {
              stack[stack.length - 1] = a % b;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.MOD, a, b);
            break;
          }
          case 23 /* BINARY_ADD */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a + b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a + b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value + b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value + b);
                break;
              }
            } else if (typeof a === 'string' && typeof b === 'string') {
              stack[stack.length - 1] = a + b;
              break;
            } else if (a instanceof PyList && b instanceof PyList && a.cls === listType && b.cls === listType) {
              stack[stack.length - 1] = new PyList(a.items.concat(b.items));
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.ADD, a, b);
            break;
          }
          case 24 /* BINARY_SUBTRACT */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a - b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a - b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value - b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value - b);
                break;
              }
            }
            stack[stack.length - 1] = binaryOp(BIN.SUB, a, b);
            break;
          }
          case 25 /* BINARY_SUBSCR */: {
            const k = stack.pop()!;
            const o = stack[stack.length - 1];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length) {
              stack[stack.length - 1] = o.items[k];
              break;
            }
            stack[stack.length - 1] = getItem(o, k);
            break;
          }
          case 26 /* BINARY_FLOOR_DIVIDE */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
              stack[stack.length - 1] = Math.floor(a / b) + 0;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.FLOORDIV, a, b);
            break;
          }
          case 27 /* BINARY_TRUE_DIVIDE */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            // A JS number int is exact as a float, so int / int is one correctly rounded division.
            const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
            const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
            if (x !== undefined && y !== undefined && y !== 0) {
              stack[stack.length - 1] = new PyFloat(x / y);
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.TRUEDIV, a, b);
            break;
          }
          case 28 /* INPLACE_FLOOR_DIVIDE */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.FLOORDIV, stack[stack.length - 1], b);
            break;
          }
          case 29 /* INPLACE_TRUE_DIVIDE */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            // A JS number int is exact as a float, so int / int is one correctly rounded division.
            const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
            const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
            if (x !== undefined && y !== undefined && y !== 0) {
              stack[stack.length - 1] = new PyFloat(x / y);
              break;
            }
            stack[stack.length - 1] = inplaceOp(BIN.TRUEDIV, a, b);
            break;
          }
          case 55 /* INPLACE_ADD */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a + b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a + b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value + b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value + b);
                break;
              }
            } else if (typeof a === 'string' && typeof b === 'string') {
              stack[stack.length - 1] = a + b;
              break;
            }
            stack[stack.length - 1] = inplaceOp(BIN.ADD, a, b);
            break;
          }
          case 56 /* INPLACE_SUBTRACT */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a - b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a - b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value - b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value - b);
                break;
              }
            }
            stack[stack.length - 1] = inplaceOp(BIN.SUB, a, b);
            break;
          }
          case 57 /* INPLACE_MULTIPLY */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const r = a * b;
                if (r <= 9007199254740991 && r >= -9007199254740991) {
                  stack[stack.length - 1] = r + 0;
                  break;
                }
              } else if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a * b.value);
                break;
              }
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) {
                stack[stack.length - 1] = new PyFloat(a.value * b.value);
                break;
              }
              if (typeof b === 'number') {
                stack[stack.length - 1] = new PyFloat(a.value * b);
                break;
              }
            }
            stack[stack.length - 1] = inplaceOp(BIN.MUL, a, b);
            break;
          }
          case 59 /* INPLACE_MODULO */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.MOD, stack[stack.length - 1], b);
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const k = stack.pop()!;
            const o = stack.pop()!;
            const v = stack.pop()!;
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length) o.items[k] = v;
            else setItem(o, k, v);
            break;
          }
          case 61 /* DELETE_SUBSCR */: {
            const k = stack.pop()!;
            delItem(stack.pop()!, k);
            break;
          }
          case 62 /* BINARY_LSHIFT */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b < 32) {
              // An int32 times 2**b (b < 32) is exact below 2**63; keep it while it is a safe integer.
              const r = a * (2 ** b);
              if (r <= 9007199254740991 && r >= -9007199254740991) {
                stack[stack.length - 1] = r;
                break;
              }
            }
            stack[stack.length - 1] = binaryOp(BIN.LSHIFT, a, b);
            break;
          }
          case 63 /* BINARY_RSHIFT */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && b >= 0 && b < 32) {
              stack[stack.length - 1] = a >> b;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.RSHIFT, a, b);
            break;
          }
          case 64 /* BINARY_AND */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
              // Both in int32 range: JS's 32-bit two's complement agrees with Python's ints.
              stack[stack.length - 1] = a & b;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.AND, a, b);
            break;
          }
          case 65 /* BINARY_XOR */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
              // Both in int32 range: JS's 32-bit two's complement agrees with Python's ints.
              stack[stack.length - 1] = a ^ b;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.XOR, a, b);
            break;
          }
          case 66 /* BINARY_OR */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
              // Both in int32 range: JS's 32-bit two's complement agrees with Python's ints.
              stack[stack.length - 1] = a | b;
              break;
            }
            stack[stack.length - 1] = binaryOp(BIN.OR, a, b);
            break;
          }
          case 67 /* INPLACE_POWER */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.POW, stack[stack.length - 1], b);
            break;
          }
          case 68 /* GET_ITER */:
            stack[stack.length - 1] = getIter(stack[stack.length - 1]);
            break;
          case 69 /* GET_YIELD_FROM_ITER */: {
            const o = stack[stack.length - 1];
            if (!(o instanceof PyGeneratorLike)) stack[stack.length - 1] = getIter(o);
            break;
          }
          case 70 /* PRINT_EXPR */: {
            const v = stack.pop()!;
            if (v !== None) {
              vm.builtins.set('_', v);
              vm.writeStdout(repr(v) + '\n');
            }
            break;
          }
          case 71 /* LOAD_BUILD_CLASS */:
            stack.push(vm.builtins.getStr('__build_class__')!);
            break;
          case 72 /* YIELD_FROM */: {
            const v = stack.pop()!;
            const r = yieldFromStep(stack[stack.length - 1], v);
            if (r.done) {
              stack[stack.length - 1] = r.value;
              break;
            }
            // Suspend; on resume the sent value is pushed and YIELD_FROM runs again.
            frame.pc = pc - 2;
            frame.f_lasti = pc - 2;
            return yieldOut(vm, frame, entry, r.value);
          }
          case 75 /* INPLACE_LSHIFT */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.LSHIFT, stack[stack.length - 1], b);
            break;
          }
          case 76 /* INPLACE_RSHIFT */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.RSHIFT, stack[stack.length - 1], b);
            break;
          }
          case 77 /* INPLACE_AND */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.AND, stack[stack.length - 1], b);
            break;
          }
          case 78 /* INPLACE_XOR */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.XOR, stack[stack.length - 1], b);
            break;
          }
          case 79 /* INPLACE_OR */: {
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.OR, stack[stack.length - 1], b);
            break;
          }
          case 80 /* BREAK_LOOP */: {
            const target = unwind(vm, frame, Why.BREAK, 0);
            if (target < 0) throw new InternalError('BREAK_LOOP outside a loop');
            pc = target;
            break;
          }
          case 81 /* WITH_CLEANUP_START */: {
            const x = stack.pop()!;
            const exit = stack.pop()!;
            const res = x instanceof PyBaseException
              ? callObject(exit, [x.cls, x, None])
              : callObject(exit, [None, None, None]);
            stack.push(x, res);
            break;
          }
          case 82 /* WITH_CLEANUP_FINISH */: {
            const res = stack.pop()!;
            const x = stack.pop()!;
            if (x instanceof PyBaseException && truthy(res)) {
              // Suppressed: leave the except handler the exception was delivered in.
              const b = frame.blockStack.pop();
              if (!b || b.type !== BlockType.EXCEPT_HANDLER) throw new InternalError('WITH_CLEANUP_FINISH without an except handler');
              restoreExc(vm, frame, b);
              stack.push(None);
            } else {
              stack.push(x);
            }
            break;
          }
          case 83 /* RETURN_VALUE */: {
            const retval = stack.pop()!;
            if (frame.blockStack.length > 0) {
              const target = unwind(vm, frame, Why.RETURN, retval);
              if (target >= 0) {
                pc = target;
                break;
              }
            }
            // Leave the frame.
            vm.depth--;
            vm.frame = frame.f_back;
            if (frame === entry) {
              frame.pc = pc;
              if (frame.generator !== null) vm.yielded = false;
              return retval;
            }
            const done = frame;
            frame = frame.f_back!;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = frame.pc;
            stack.push(done.initSelf === null ? retval : initResult(done, retval));
            break;
          }
          case 84 /* IMPORT_STAR */: {
            const mod = stack.pop()!;
            if (frame.f_locals === null) throw new InternalError('IMPORT_STAR in a function');
            importStar(mod, frame.f_locals);
            break;
          }
          case 85 /* SETUP_ANNOTATIONS */: {
            const loc = frame.f_locals!;
            if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', new PyDict());
            break;
          }
          case 86 /* YIELD_VALUE */: {
            const v = stack.pop()!;
            frame.pc = pc;
            frame.f_lasti = pc - 2;
            return yieldOut(vm, frame, entry, v);
          }
          case 87 /* POP_BLOCK */: {
            if (frame.blockStack.pop() === undefined) throw new InternalError('POP_BLOCK with an empty block stack');
            break;
          }
          case 88 /* END_FINALLY */: {
            const x = stack.pop()!;
            if (x === None) break;
            if (x instanceof PyBaseException) {
              raised = new PyException(x, true);
              break dispatch;
            }
            if (x instanceof UnwindMarker) {
              const target = unwind(vm, frame, x.why, x.value);
              if (target >= 0) {
                pc = target;
                break;
              }
              if (x.why !== Why.RETURN) throw new InternalError('break/continue outside a loop');
              // The return interrupted by the finally clause goes on: leave the frame.
              const retval = x.value as PyObject;
              vm.depth--;
              vm.frame = frame.f_back;
              if (frame === entry) {
                frame.pc = pc;
                  if (frame.generator !== null) vm.yielded = false;
                return retval;
              }
              const done = frame;
              frame = frame.f_back!;
              stack = frame.stack;
              fast = frame.fast;
              ops = frame.cache.ops;
              consts = frame.cache.consts;
              names = frame.cache.names;
              pc = frame.pc;
              stack.push(done.initSelf === null ? retval : initResult(done, retval));
              break;
            }
            throw new InternalError(`END_FINALLY: unexpected ${typeOf(x).name}`);
          }
          case 89 /* POP_EXCEPT */: {
            const b = frame.blockStack.pop();
            if (!b || b.type !== BlockType.EXCEPT_HANDLER) throw new InternalError('popped block is not an except handler');
            if (stack.length > b.level) stack.length = b.level;
            restoreExc(vm, frame, b);
            break;
          }
          case 90 /* STORE_NAME */: {
            const loc = frame.f_locals!;
            if (loc.cls === dictType) loc.setStr(names[arg], stack.pop()!);
            else nsStore(loc, names[arg], stack.pop()!);
            break;
          }
          case 91 /* DELETE_NAME */: {
            const name = names[arg];
            const loc = frame.f_locals!;
            if (loc.cls !== dictType) nsDelete(loc, name);
            else if (!loc.map.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
            break;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            const seq = stack.pop()!;
            const items = seq instanceof PyTuple || seq instanceof PyList ? seq.items : unpackIterable(seq, arg);
            if (items.length !== arg) unpackError(items.length, arg);
            for (let i = arg - 1; i >= 0; i--) stack.push(items[i]);
            break;
          }
          case 93 /* FOR_ITER */: {
            const it = stack[stack.length - 1];
            if (it instanceof RangeIter) {
              if (it.remaining > 0) {
                it.remaining--;
                const v = it.next_;
                it.next_ += it.step;
                stack.push(v);
              } else {
                stack.pop();
                pc += arg;
              }
              break;
            }
            const v = iterNext(it);
            if (v === undefined) {
              stack.pop();
              pc += arg;
            } else {
              stack.push(v);
            }
            break;
          }
          case 94 /* UNPACK_EX */: {
            const before = arg & 0xff;
            const after = arg >> 8;
            const items = iterToArray(stack.pop()!, true);
            if (items.length < before + after) {
              throw pyErr(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            }
            for (let i = items.length - 1; i >= items.length - after; i--) stack.push(items[i]);
            stack.push(new PyList(items.slice(before, items.length - after)));
            for (let i = before - 1; i >= 0; i--) stack.push(items[i]);
            break;
          }
          case 95 /* STORE_ATTR */: {
            const o = stack.pop()!;
            const v = stack.pop()!;
            const ic = frame.cache.attr[(pc - 2) >> 1]!;
            if (o instanceof PyInstance && ic.type === o.cls && ic.epoch === typeEpoch.value && o.dict.shape === ic.shape) {
              const d = o.dict;
              if (ic.next === null) d.slots[ic.index] = v;
              else {
                d.slots.push(v);
                d.shape = ic.next;
              }
              break;
            }
            setAttrCaching(o, names[arg], v, ic);
            break;
          }
          case 96 /* DELETE_ATTR */:
            delAttr(stack.pop()!, names[arg]);
            break;
          case 97 /* STORE_GLOBAL */:
            frame.f_globals.setStr(names[arg], stack.pop()!);
            break;
          case 98 /* DELETE_GLOBAL */: {
            const name = names[arg];
            if (!frame.f_globals.map.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
            break;
          }
          case 100 /* LOAD_CONST */:
            stack.push(consts[arg]);
            break;
          case 101 /* LOAD_NAME */: {
            const name = names[arg];
            const loc = frame.f_locals;
            const v = (loc === null ? undefined : loc.cls === dictType ? loc.map.get(name) : nsLoad(loc, name)) ??
              frame.f_globals.map.get(name) ?? frame.f_builtins.map.get(name);
            if (v === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
            stack.push(v);
            break;
          }
          case 102 /* BUILD_TUPLE */: {
            const items = arg === 0 ? EMPTY_TUPLE : new PyTuple(stack.splice(stack.length - arg, arg));
            stack.push(items);
            break;
          }
          case 103 /* BUILD_LIST */:
            stack.push(new PyList(stack.splice(stack.length - arg, arg)));
            break;
          case 104 /* BUILD_SET */: {
            const s = new PySet();
            for (const v of stack.splice(stack.length - arg, arg)) s.add(v);
            // CPython compiles a display of 3+ constants to a frozenset constant merged into an
            // empty set; that changes the iteration order, so note it.
            if (arg > 2 && constantOperands(ops, pc - 2, arg)) s.frozenCount = arg;
            stack.push(s);
            break;
          }
          case 105 /* BUILD_MAP */: {
            const d = new PyDict();
            const base = stack.length - 2 * arg;
            for (let i = base; i < stack.length; i += 2) d.set(stack[i], stack[i + 1]);
            for (let i = stack.length; i > base; i--) stack.pop();
            stack.push(d);
            break;
          }
          case 106 /* LOAD_ATTR */: {
            const o = stack[stack.length - 1];
            const ic = frame.cache.attr[(pc - 2) >> 1]!;
            if (o instanceof PyInstance && ic.type === o.cls && ic.epoch === typeEpoch.value && o.dict.shape === ic.shape) {
              // The class has no data descriptor for the name: the instance's slot, else the class's.
              stack[stack.length - 1] = ic.index >= 0 ? o.dict.slots[ic.index] : bindDescr(ic.descr!, o, o.cls);
              break;
            }
            stack[stack.length - 1] = getAttrCaching(o, names[arg], ic);
            break;
          }
          case 107 /* COMPARE_OP */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (arg >= 6) {
              switch (arg) {
                case 6: stack[stack.length - 1] = contains(b, a); break;
                case 7: stack[stack.length - 1] = !contains(b, a); break;
                case 8: stack[stack.length - 1] = a === b; break;
                case 9: stack[stack.length - 1] = a !== b; break;
                case 10: stack[stack.length - 1] = exceptionMatch(a, b); break;
                default: stack[stack.length - 1] = compareOp(arg, a, b);
              }
              break;
            }
            const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
            const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
            if (x !== undefined && y !== undefined) {
              // Ints here are JS numbers, exact as floats: int/float comparisons are exact too.
              switch (arg) {
                case 0: stack[stack.length - 1] = x < y; continue;
                case 1: stack[stack.length - 1] = x <= y; continue;
                case 2: stack[stack.length - 1] = x === y; continue;
                case 3: stack[stack.length - 1] = x !== y; continue;
                case 4: stack[stack.length - 1] = x > y; continue;
                case 5: stack[stack.length - 1] = x >= y; continue;
              }
            }
            stack[stack.length - 1] = compareOp(arg, a, b);
            break;
          }
          case 108 /* IMPORT_NAME */: {
            const fromlist = stack.pop()!;
            const level = stack.pop()!;
            stack.push(importName(vm, names[arg], fromlist, level));
            break;
          }
          case 109 /* IMPORT_FROM */:
            stack.push(importFrom(vm, stack[stack.length - 1], names[arg]));
            break;
          case 110 /* JUMP_FORWARD */:
            pc += arg;
            break;
          case 111 /* JUMP_IF_FALSE_OR_POP */: {
            const v = stack[stack.length - 1];
            if (v === false || (v !== true && !truthy(v))) pc = arg;
            else stack.pop();
            break;
          }
          case 112 /* JUMP_IF_TRUE_OR_POP */: {
            const v = stack[stack.length - 1];
            if (v === true || (v !== false && truthy(v))) pc = arg;
            else stack.pop();
            break;
          }
          case 113 /* JUMP_ABSOLUTE */:
            pc = arg;
            break;
          case 114 /* POP_JUMP_IF_FALSE */: {
            const v = stack.pop()!;
            if (v === false || (v !== true && !truthy(v))) pc = arg;
            break;
          }
          case 115 /* POP_JUMP_IF_TRUE */: {
            const v = stack.pop()!;
            if (v === true || (v !== false && truthy(v))) pc = arg;
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const name = names[arg];
            const v = frame.f_globals.map.get(name) ?? frame.f_builtins.map.get(name);
            if (v === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
            stack.push(v);
            break;
          }
          case 119 /* CONTINUE_LOOP */: {
            const target = unwind(vm, frame, Why.CONTINUE, arg);
            if (target < 0) throw new InternalError('CONTINUE_LOOP outside a loop');
            pc = target;
            break;
          }
          case 120 /* SETUP_LOOP */:
            frame.blockStack.push({ type: BlockType.LOOP, handler: pc + arg, level: stack.length, exc: null });
            break;
          case 121 /* SETUP_EXCEPT */:
            frame.blockStack.push({ type: BlockType.EXCEPT, handler: pc + arg, level: stack.length, exc: null });
            break;
          case 122 /* SETUP_FINALLY */:
            frame.blockStack.push({ type: BlockType.FINALLY, handler: pc + arg, level: stack.length, exc: null });
            break;
          case 124 /* LOAD_FAST */: {
            const v = fast[arg];
            if (v === undefined) throw unboundLocal(frame.f_code.co_varnames[arg]);
            stack.push(v);
            break;
          }
          case 125 /* STORE_FAST */:
            fast[arg] = stack.pop()!;
            break;
          case 126 /* DELETE_FAST */:
            if (fast[arg] === undefined) throw unboundLocal(frame.f_code.co_varnames[arg]);
            fast[arg] = undefined;
            break;
          case 130 /* RAISE_VARARGS */: {
            const cause = arg >= 2 ? stack.pop()! : undefined;
            const exc = arg >= 1 ? stack.pop()! : undefined;
            raised = makeRaise(vm, exc, cause);
            break dispatch;
          }
          case 131 /* CALL_FUNCTION */: {
            const base = stack.length - arg - 1;
            const f = stack[base];
            if (f instanceof PyFunction && f.simple && f.code.co_argcount === arg) {
              // Fast path: positional arguments exactly matching a plain function's parameters.
              const locals: (PyObject | undefined)[] = new Array(f.code.co_nlocals);
              for (let i = 0; i < arg; i++) locals[i] = stack[base + 1 + i];
              for (let i = stack.length; i > base; i--) stack.pop();
              const nf = new Frame(f.code, f.cache, f.globals, vm.builtins, null, locals, f.closure);
              frame.pc = pc;
              frame.f_lasti = pc - 2;
              vm.enterFrame(nf);
              frame = nf;
              stack = frame.stack;
              fast = frame.fast;
              ops = frame.cache.ops;
              consts = frame.cache.consts;
              names = frame.cache.names;
              pc = 0;
              break;
            }
            const args = stack.slice(base + 1);
            // Popping is cheaper than assigning stack.length, which V8 does in a runtime call.
            for (let i = stack.length; i > base; i--) stack.pop();
            const nf = callOrFrame(f, args, null);
            if (!(nf instanceof Frame)) {
              stack.push(nf);
              break;
            }
            frame.pc = pc;
            frame.f_lasti = pc - 2;
            vm.enterFrame(nf);
            frame = nf;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = 0;
            break;
          }
          case 132 /* MAKE_FUNCTION */: {
            const qualname = stack.pop() as string;
            const code = stack.pop() as unknown as CodeObject;
            const fn = new PyFunction(code, frame.f_globals, qualname, codeCache(code));
            if (arg & 8) fn.closure = (stack.pop() as PyTuple).items as PyCell[];
            if (arg & 4) fn.annotations = stack.pop()!;
            if (arg & 2) fn.kwdefaults = stack.pop() as PyDict;
            if (arg & 1) fn.defaults = (stack.pop() as PyTuple).items;
            fn.finish();
            stack.push(fn);
            break;
          }
          case 133 /* BUILD_SLICE */: {
            const step = arg === 3 ? stack.pop()! : None;
            const stop = stack.pop()!;
            stack[stack.length - 1] = new PySlice(stack[stack.length - 1], stop, step);
            break;
          }
          case 135 /* LOAD_CLOSURE */:
            stack.push(frame.cells![arg]);
            break;
          case 136 /* LOAD_DEREF */: {
            const v = frame.cells![arg].contents;
            if (v === undefined) throw unboundDeref(frame, arg);
            stack.push(v);
            break;
          }
          case 137 /* STORE_DEREF */:
            frame.cells![arg].contents = stack.pop()!;
            break;
          case 138 /* DELETE_DEREF */: {
            const cell = frame.cells![arg];
            if (cell.contents === undefined) throw unboundDeref(frame, arg);
            cell.contents = undefined;
            break;
          }
          case 141 /* CALL_FUNCTION_KW */: {
            const kwnames = (stack.pop() as PyTuple).items as string[];
            const base = stack.length - arg - 1;
            const f = stack[base];
            const npos = arg - kwnames.length;
            const args = stack.slice(base + 1, base + 1 + npos);
            const kw = new Map<string, PyObject>();
            for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], stack[base + 1 + npos + i]);
            for (let i = stack.length; i > base; i--) stack.pop();
            const nf = callOrFrame(f, args, kw);
            if (!(nf instanceof Frame)) {
              stack.push(nf);
              break;
            }
            frame.pc = pc;
            frame.f_lasti = pc - 2;
            vm.enterFrame(nf);
            frame = nf;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = 0;
            break;
          }
          case 142 /* CALL_FUNCTION_EX */: {
            const kwargs = arg & 1 ? stack.pop()! : null;
            const posargs = stack.pop()!;
            const f = stack.pop()!;
            const args = posargs instanceof PyTuple ? posargs.items.slice() : iterToArray(posargs, starMessage(f, posargs));
            const kw = kwargs === null ? null : mergeKwargs(f, [kwargs], true);
            const nf = callOrFrame(f, args, kw);
            if (!(nf instanceof Frame)) {
              stack.push(nf);
              break;
            }
            frame.pc = pc;
            frame.f_lasti = pc - 2;
            vm.enterFrame(nf);
            frame = nf;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = 0;
            break;
          }
          case 143 /* SETUP_WITH */:
            setupWith(frame, pc + arg);
            break;
          case 144 /* EXTENDED_ARG */:
            // The argument was folded into the next instruction when the code was decoded.
            break;
          case 145 /* LIST_APPEND */: {
            const v = stack.pop()!;
            (stack[stack.length - arg] as PyList).items.push(v);
            break;
          }
          case 146 /* SET_ADD */: {
            const v = stack.pop()!;
            (stack[stack.length - arg] as PySet).add(v);
            break;
          }
          case 147 /* MAP_ADD */: {
            const v = stack.pop()!;
            const k = stack.pop()!;
            (stack[stack.length - arg] as PyDict).set(k, v);
            break;
          }
          case 148 /* LOAD_CLASSDEREF */: {
            const code = frame.f_code;
            const name = arg < code.co_cellvars.length ? code.co_cellvars[arg] : code.co_freevars[arg - code.co_cellvars.length];
            const loc = frame.f_locals!;
            let v = loc.cls === dictType ? loc.map.get(name) : nsLoad(loc, name);
            if (v === undefined) {
              v = frame.cells![arg].contents;
              if (v === undefined) throw unboundDeref(frame, arg);
            }
            stack.push(v);
            break;
          }
          case 149 /* BUILD_LIST_UNPACK */: {
            const parts = stack.splice(stack.length - arg, arg);
            const items: PyObject[] = [];
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) items.push(x);
            stack.push(new PyList(items));
            break;
          }
          case 150 /* BUILD_MAP_UNPACK */: {
            const parts = stack.splice(stack.length - arg, arg);
            stack.push(mergeMaps(parts));
            break;
          }
          case 151 /* BUILD_MAP_UNPACK_WITH_CALL */: {
            const parts = stack.splice(stack.length - arg, arg);
            const kw = mergeKwargs(stack[stack.length - 2], parts, false)!;
            const d = new PyDict();
            for (const [k, v] of kw) d.setStr(k, v);
            stack.push(d);
            break;
          }
          case 152 /* BUILD_TUPLE_UNPACK */: {
            const parts = stack.splice(stack.length - arg, arg);
            const items: PyObject[] = [];
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) items.push(x);
            stack.push(new PyTuple(items));
            break;
          }
          case 153 /* BUILD_SET_UNPACK */: {
            const parts = stack.splice(stack.length - arg, arg);
            const s = new PySet();
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) s.add(x);
            stack.push(s);
            break;
          }
          case 158 /* BUILD_TUPLE_UNPACK_WITH_CALL */: {
            const parts = stack.splice(stack.length - arg, arg);
            const items: PyObject[] = [];
            // A single *arg is checked as CPython's CALL_FUNCTION_EX does; several as its LIST_EXTEND.
            const fn = stack[stack.length - 1];
            for (const p of parts) for (const x of iterToArray(p, arg === 1 ? starMessage(fn, p) : valueAfterStar(p))) items.push(x);
            stack.push(new PyTuple(items));
            break;
          }
          case 155 /* FORMAT_VALUE */: {
            const spec = arg & 4 ? (stack.pop() as string) : '';
            stack[stack.length - 1] = formatValue(stack[stack.length - 1], arg & 3, spec);
            break;
          }
          case 156 /* BUILD_CONST_KEY_MAP */: {
            const keys = (stack.pop() as PyTuple).items;
            const base = stack.length - arg;
            const d = new PyDict();
            for (let i = 0; i < arg; i++) d.set(keys[i], stack[base + i]);
            for (let i = stack.length; i > base; i--) stack.pop();
            stack.push(d);
            break;
          }
          case 157 /* BUILD_STRING */: {
            let s = '';
            for (let i = stack.length - arg; i < stack.length; i++) s += stack[i] as string;
            for (let i = 0; i < arg; i++) stack.pop();
            stack.push(s);
            break;
          }
          case 160 /* LOAD_METHOD */: {
            const o = stack[stack.length - 1];
            const ic = frame.cache.attr[(pc - 2) >> 1]!;
            if (ic.epoch === typeEpoch.value) {
              if (o instanceof PyInstance) {
                if (ic.type === o.cls && ic.kind === IC_METHOD && o.dict.shape === ic.shape) {
                  stack[stack.length - 1] = ic.descr!;
                  stack.push(o);
                  break;
                }
              } else if (ic.kind === IC_BUILTIN_METHOD && ic.type === typeOf(o)) {
                stack[stack.length - 1] = ic.descr!;
                stack.push(o);
                break;
              }
            }
            const m = loadMethodCaching(o, names[arg], ic);
            if (m === NULL) {
              stack[stack.length - 1] = NULL;
              stack.push(getAttr(o, names[arg]));
            } else {
              stack[stack.length - 1] = m;
              stack.push(o);
            }
            break;
          }
          case 161 /* CALL_METHOD */: {
            const base = stack.length - arg - 2;
            const argsStart = stack[base] === NULL ? base + 2 : base + 1;
            const f = stack[argsStart - 1];
            const nargs = stack.length - argsStart;
            let nf: Frame | PyObject;
            if (f instanceof PyFunction && f.simple && f.code.co_argcount === nargs) {
              const locals: (PyObject | undefined)[] = new Array(f.code.co_nlocals);
              for (let i = 0; i < nargs; i++) locals[i] = stack[argsStart + i];
              for (let i = stack.length; i > base; i--) stack.pop();
              nf = new Frame(f.code, f.cache, f.globals, vm.builtins, null, locals, f.closure);
            } else {
              const args = stack.slice(argsStart);
              for (let i = stack.length; i > base; i--) stack.pop();
              nf = callOrFrame(f, args, null);
              if (!(nf instanceof Frame)) {
                stack.push(nf);
                break;
              }
            }
            frame.pc = pc;
            frame.f_lasti = pc - 2;
            vm.enterFrame(nf);
            frame = nf;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = 0;
            break;
          }
          default:
            throw new InternalError(`opcode ${OPNAME[op] ?? op} not implemented`);
        }
      }
    {
      // Exception dispatch: find a handler in this frame, else leave frames until one has one.
      const e = raised;
      let exc: PyBaseException;
      let reraise = false;
      if (e instanceof PyException) {
        exc = e.exc;
        reraise = e.reraise;
      } else if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
        // No regular expressions here: compiling one needs stack, which is what ran out.
        exc = pyErr(RecursionError, 'maximum recursion depth exceeded').exc;
      } else if (e instanceof RangeError && (e.message.startsWith('Invalid') || e.message.includes('allocation failed'))) {
        // CPython reports a failed allocation as a bare MemoryError.
        exc = pyErr(MemoryError).exc;
      } else {
        // Not a Python exception (a tspy bug, or the host's): leave every loop unchanged.
        fatalError = e;
        throw e;
      }
      if (!reraise && vm.excInfo !== null && exc.context === null && vm.excInfo !== exc) chainContext(exc, vm.excInfo);
      for (;;) {
        if (!reraise) exc.traceback.push({ code: frame.f_code, lasti: frame.f_lasti });
        reraise = false;
        const target = unwind(vm, frame, Why.EXCEPTION, exc);
        if (target >= 0) {
          pc = target;
          break;
        }
        vm.depth--;
        vm.frame = frame.f_back;
        if (frame === entry) {
          if (frame.generator !== null) vm.yielded = false;
          unwoundExc = exc;
          return UNWOUND;
        }
        frame = frame.f_back!;
        stack = frame.stack;
        fast = frame.fast;
        ops = frame.cache.ops;
        consts = frame.cache.consts;
        names = frame.cache.names;
        pc = frame.pc;
      }
    }
  }
}

function yieldOut(vm: VM, frame: Frame, entry: Frame, value: PyObject): PyObject {
  if (frame !== entry) throw new InternalError('yield outside a generator frame');
  vm.depth--;
  vm.frame = frame.f_back;
  vm.yielded = true;
  return value;
}

/**
 * Call `f`: for a Python function (not a generator) return its new frame for the loop to run;
 * otherwise call it now and return the result.
 */
function callOrFrame(f: PyObject, args: PyObject[], kw: Map<string, PyObject> | null): Frame | PyObject {
  if (f instanceof PyFunction && !(f.code.co_flags & CO.GENERATOR)) return bindFrame(f, args, kw);
  if (f instanceof PyType && !f.isBuiltin) {
    // Instantiation: run a Python __init__ in this loop too; its frame returns the new object.
    const init = initFrame(f, args, kw);
    if (init !== null) return init;
  }
  return callObject(f, args, kw);
}

/** The __init__ frame for `cls(*args)` when __new__ is object's and __init__ a plain function. */
function initFrame(cls: PyType, args: PyObject[], kw: Map<string, PyObject> | null): Frame | null {
  if (cls.cls !== typeType || cls.newInstance === null) return null;
  const init = findInit(cls);
  if (!(init instanceof PyFunction) || init.code.co_flags & CO.GENERATOR) return null;
  const obj = cls.newInstance(cls, args, kw);
  const frame = bindFrame(init, [obj, ...args], kw);
  frame.initSelf = obj;
  return frame;
}

/** __init__ from the MRO, or undefined when __new__ is overridden (the general path handles it). */
function findInit(cls: PyType): PyObject | undefined {
  const nw = cls.lookupCached('__new__');
  if (nw !== undefined && nw !== objectType.dict.get('__new__')) return undefined;
  return cls.lookupCached('__init__');
}

/** The value a frame's caller receives: __init__ frames return their object (and must return None). */
function initResult(frame: Frame, retval: PyObject): PyObject {
  if (retval !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(retval).name}'`);
  return frame.initSelf!;
}

function starMessage(f: PyObject, v: PyObject): string {
  return `${callableName(f)}() argument after * must be an iterable, not ${typeOf(v).name}`;
}

function valueAfterStar(v: PyObject): string {
  return `Value after * must be an iterable, not ${typeOf(v).name}`;
}

/** Are the `n` instructions before the one at `at` all LOAD_CONST? */
function constantOperands(ops: Int32Array, at: number, n: number): boolean {
  for (let k = 1; k <= n; k++) if (at - 2 * k < 0 || ops[at - 2 * k] !== Op.LOAD_CONST) return false;
  return true;
}

function unpackError(got: number, expected: number): never {
  if (got > expected) throw pyErr(ValueError, `too many values to unpack (expected ${expected})`);
  throw pyErr(ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

function unboundLocal(name: string): PyException {
  return pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(frame: Frame, i: number): PyException {
  const code = frame.f_code;
  if (i < code.co_cellvars.length) return unboundLocal(code.co_cellvars[i]);
  const name = code.co_freevars[i - code.co_cellvars.length];
  return pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** exc.__context__ = handled, breaking any cycle as CPython's _PyErr_SetObject does. */
function chainContext(exc: PyBaseException, handled: PyBaseException): void {
  let o: PyBaseException | null = handled;
  while (o !== null) {
    if (o.context === exc) {
      o.context = null;
      break;
    }
    o = o.context;
  }
  exc.context = handled;
}

function setupWith(frame: Frame, handler: number): void {
  const stack = frame.stack;
  const mgr = stack.pop()!;
  const enter = specialMethod(mgr, '__enter__');
  const exit = specialMethod(mgr, '__exit__');
  stack.push(exit);
  frame.blockStack.push({ type: BlockType.FINALLY, handler, level: stack.length, exc: null });
  stack.push(callObject(enter, []));
}

function specialMethod(o: PyObject, name: string): PyObject {
  const t = typeOf(o);
  if (t.lookup(name) === undefined) {
    throw pyErr(TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  return getAttr(o, name);
}

function mergeMaps(parts: PyObject[]): PyDict {
  const d = new PyDict();
  for (const p of parts) {
    if (!(p instanceof PyDict)) throw pyErr(TypeError, `'${typeOf(p).name}' object is not a mapping`);
    for (const [k, v] of p.map) d.set(p.origKey(k), v);
  }
  return d;
}

