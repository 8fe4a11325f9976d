// The interpreter loop (CPython 3.7's ceval.c; clox's run()): one run() per entry frame, hot state
// in locals, one `case` per opcode-table row in table order and then one per superinstruction
// (vm/quicken.ts; docs/bytecode.md), one try around the loop that re-enters after unwinding.
// Python-to-Python calls push a frame and stay in the same loop.

import type { CompileHook } from './execmodule';
import { BlockType as BlockTypeTable, CO as COTable, Op as OpTable, OPNAME, type CodeObject } from '../bytecode/index';
import { Frame, codeCache, newLocals } from './frame';
import { bindFrame, callObject, findInit, initResult, keywordFrame, positionalCall } from './call';
import { restoreExc, unwind, UnwindMarker, Why, type ExcState } from './unwind';
import { binaryOp, BIN, concatItems, floatPow, inplaceOp, unaryOp, UN } from './number';
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
  InternalError, KeyError, MemoryError, NameError, PyBaseException, PyException, pyErr, RecursionError, TypeError, UnboundLocalError,
} from './objects/exceptions';
import { PyBuiltin, PyCell, PyFunction } from './objects/function';
import { PyList } from './objects/list';
import { None } from './objects/none';
import { PySet } from './objects/set';
import { PySlice } from './objects/slice';
import { PyTuple, EMPTY_TUPLE } from './objects/tuple';
import { dictType, listType, tupleType, objectType, PyType, typeEpoch, typeOf, typeType, type PyObject } from './objects/type';
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
    entry.f_lasti = entry.cache.plain[entry.pc] === Op.YIELD_FROM ? entry.pc : entry.pc - 2;
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
        let op = ops[pc];
        const arg = ops[pc + 1];
        pc += 2;
        if (tracer !== null) {
          // A traced run executes the instructions as compiled, one at a time.
          op = frame.cache.plain[pc - 2];
          tracer(frame, pc - 2, op, arg, vm.depth);
        }
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = unaryOp(UN.POS, stack[stack.length - 1]);
            break;
          case 11 /* UNARY_NEGATIVE */: {
            const a = stack[stack.length - 1];
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = a instanceof PyFloat ? new PyFloat(-a.value) : unaryOp(UN.NEG, a);
            break;
          }
          case 12 /* UNARY_NOT */:
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = !truthy(stack[stack.length - 1]);
            break;
          case 15 /* UNARY_INVERT */:
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = unaryOp(UN.INVERT, stack[stack.length - 1]);
            break;
          case 16 /* BINARY_MATRIX_MULTIPLY */: {
            frame.f_lasti = pc - 2;
            const b = stack.pop()!;
            stack[stack.length - 1] = binaryOp(BIN.MATMUL, stack[stack.length - 1], b);
            break;
          }
          case 17 /* INPLACE_MATRIX_MULTIPLY */: {
            frame.f_lasti = pc - 2;
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.MATMUL, stack[stack.length - 1], b);
            break;
          }
          case 19 /* BINARY_POWER */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (a instanceof PyFloat && a.value > 0 && (b instanceof PyFloat || typeof b === 'number')) {
              // float ** float or int without binaryOp's dispatch (floatPow: CPython's float_pow).
              frame.f_lasti = pc - 2;
              stack[stack.length - 1] = floatPow(a.value, typeof b === 'number' ? b : b.value);
              break;
            }
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
              stack[stack.length - 1] = new PyList(concatItems(a.items, b.items));
              break;
            }
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = binaryOp(BIN.SUB, a, b);
            break;
          }
          case 25 /* BINARY_SUBSCR */: {
            const k = stack.pop()!;
            const o = stack[stack.length - 1];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              stack[stack.length - 1] = o.items[k];
              break;
            }
            frame.f_lasti = pc - 2;
            if (o instanceof PyDict && o.cls === dictType) {
              // A missing key raises KeyError without a JS throw (a thrown one costs microseconds):
              // `try: d[k] except KeyError:` is common.
              const v = o.get(k);
              if (v !== undefined) {
                stack[stack.length - 1] = v;
                break;
              }
              raised = new PyException(new PyBaseException(KeyError, [k]));
              break dispatch;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = binaryOp(BIN.TRUEDIV, a, b);
            break;
          }
          case 28 /* INPLACE_FLOOR_DIVIDE */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.MUL, a, b);
            break;
          }
          case 59 /* INPLACE_MODULO */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.MOD, stack[stack.length - 1], b);
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const k = stack.pop()!;
            const o = stack.pop()!;
            const v = stack.pop()!;
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) o.items[k] = v;
            else {
              frame.f_lasti = pc - 2;
              setItem(o, k, v);
            }
            break;
          }
          case 61 /* DELETE_SUBSCR */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = binaryOp(BIN.OR, a, b);
            break;
          }
          case 67 /* INPLACE_POWER */: {
            frame.f_lasti = pc - 2;
            const b = stack.pop()!;
            stack[stack.length - 1] = inplaceOp(BIN.POW, stack[stack.length - 1], b);
            break;
          }
          case 68 /* GET_ITER */:
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = getIter(stack[stack.length - 1]);
            break;
          case 69 /* GET_YIELD_FROM_ITER */: {
            frame.f_lasti = pc - 2;
            const o = stack[stack.length - 1];
            if (!(o instanceof PyGeneratorLike)) stack[stack.length - 1] = getIter(o);
            break;
          }
          case 70 /* PRINT_EXPR */: {
            frame.f_lasti = pc - 2;
            const v = stack.pop()!;
            if (v !== None) {
              vm.builtins.set('_', v);
              vm.writeStdout(repr(v) + '\n');
            }
            break;
          }
          case 71 /* LOAD_BUILD_CLASS */:
            frame.f_lasti = pc - 2;
            stack.push(vm.builtins.getStr('__build_class__')!);
            break;
          case 72 /* YIELD_FROM */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.LSHIFT, stack[stack.length - 1], b);
            break;
          }
          case 76 /* INPLACE_RSHIFT */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.RSHIFT, stack[stack.length - 1], b);
            break;
          }
          case 77 /* INPLACE_AND */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.AND, stack[stack.length - 1], b);
            break;
          }
          case 78 /* INPLACE_XOR */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.XOR, stack[stack.length - 1], b);
            break;
          }
          case 79 /* INPLACE_OR */: {
            const b = stack.pop()!;
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.OR, stack[stack.length - 1], b);
            break;
          }
          case 80 /* BREAK_LOOP */: {
            frame.f_lasti = pc - 2;
            const target = unwind(vm, frame, Why.BREAK, 0);
            if (target < 0) throw new InternalError('BREAK_LOOP outside a loop');
            pc = target;
            break;
          }
          case 81 /* WITH_CLEANUP_START */: {
            frame.f_lasti = pc - 2;
            const x = stack.pop()!;
            const exit = stack.pop()!;
            const res = x instanceof PyBaseException
              ? callObject(exit, [x.cls, x, None])
              : callObject(exit, [None, None, None]);
            stack.push(x, res);
            break;
          }
          case 82 /* WITH_CLEANUP_FINISH */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            const mod = stack.pop()!;
            if (frame.f_locals === null) throw new InternalError('IMPORT_STAR in a function');
            importStar(mod, frame.f_locals);
            break;
          }
          case 85 /* SETUP_ANNOTATIONS */: {
            frame.f_lasti = pc - 2;
            const loc = frame.f_locals!;
            if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', new PyDict());
            break;
          }
          case 86 /* YIELD_VALUE */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            const b = frame.blockStack.pop();
            if (!b || b.type !== BlockType.EXCEPT_HANDLER) throw new InternalError('popped block is not an except handler');
            if (stack.length > b.level) stack.length = b.level;
            restoreExc(vm, frame, b);
            break;
          }
          case 90 /* STORE_NAME */: {
            frame.f_lasti = pc - 2;
            const loc = frame.f_locals!;
            if (loc.cls === dictType) loc.setStr(names[arg], stack.pop()!);
            else nsStore(loc, names[arg], stack.pop()!);
            break;
          }
          case 91 /* DELETE_NAME */: {
            frame.f_lasti = pc - 2;
            const name = names[arg];
            const loc = frame.f_locals!;
            if (loc.cls !== dictType) nsDelete(loc, name);
            else if (!loc.map.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
            break;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            frame.f_lasti = pc - 2;
            const seq = stack.pop()!;
            const items = (seq instanceof PyTuple && seq.cls === tupleType) || (seq instanceof PyList && seq.cls === listType) ? seq.items : unpackIterable(seq, arg);
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            delAttr(stack.pop()!, names[arg]);
            break;
          case 97 /* STORE_GLOBAL */:
            frame.f_lasti = pc - 2;
            frame.f_globals.setStr(names[arg], stack.pop()!);
            break;
          case 98 /* DELETE_GLOBAL */: {
            frame.f_lasti = pc - 2;
            const name = names[arg];
            if (!frame.f_globals.map.delete(name)) throw pyErr(NameError, `name '${name}' is not defined`);
            break;
          }
          case 100 /* LOAD_CONST */:
            stack.push(consts[arg]);
            break;
          case 101 /* LOAD_NAME */: {
            frame.f_lasti = pc - 2;
            const name = names[arg];
            const loc = frame.f_locals;
            const v = (loc === null ? undefined : loc.cls === dictType ? loc.map.get(name) : nsLoad(loc, name)) ??
              frame.f_globals.map.get(name) ?? frame.f_builtins.map.get(name);
            if (v === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
            stack.push(v);
            break;
          }
          case 102 /* BUILD_TUPLE */: {
            frame.f_lasti = pc - 2;
            const items = arg === 0 ? EMPTY_TUPLE : new PyTuple(popItems(stack, arg));
            stack.push(items);
            break;
          }
          case 103 /* BUILD_LIST */:
            frame.f_lasti = pc - 2;
            stack.push(new PyList(popItems(stack, arg)));
            break;
          case 104 /* BUILD_SET */: {
            frame.f_lasti = pc - 2;
            const s = new PySet();
            for (const v of popItems(stack, arg)) s.add(v);
            // CPython compiles a display of 3+ constants to a frozenset constant merged into an
            // empty set; that changes the iteration order, so note it.
            if (arg > 2 && constantOperands(frame.cache.plain, pc - 2, arg)) s.frozenCount = arg;
            stack.push(s);
            break;
          }
          case 105 /* BUILD_MAP */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = getAttrCaching(o, names[arg], ic);
            break;
          }
          case 107 /* COMPARE_OP */: {
            const b = stack.pop()!;
            const a = stack[stack.length - 1];
            if (arg >= 6) {
              frame.f_lasti = pc - 2;
              stack[stack.length - 1] = compareAny(arg, a, b);
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
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = compareOp(arg, a, b);
            break;
          }
          case 108 /* IMPORT_NAME */: {
            frame.f_lasti = pc - 2;
            const fromlist = stack.pop()!;
            const level = stack.pop()!;
            stack.push(importName(vm, names[arg], fromlist, level));
            break;
          }
          case 109 /* IMPORT_FROM */:
            frame.f_lasti = pc - 2;
            stack.push(importFrom(vm, stack[stack.length - 1], names[arg]));
            break;
          case 110 /* JUMP_FORWARD */:
            pc += arg;
            break;
          case 111 /* JUMP_IF_FALSE_OR_POP */: {
            const v = stack[stack.length - 1];
            if (v === false || (v !== true && !truthyAt(frame, pc - 2, v))) pc = arg;
            else stack.pop();
            break;
          }
          case 112 /* JUMP_IF_TRUE_OR_POP */: {
            const v = stack[stack.length - 1];
            if (v === true || (v !== false && truthyAt(frame, pc - 2, v))) pc = arg;
            else stack.pop();
            break;
          }
          case 113 /* JUMP_ABSOLUTE */:
            pc = arg;
            break;
          case 114 /* POP_JUMP_IF_FALSE */: {
            const v = stack.pop()!;
            if (v === false || (v !== true && !truthyAt(frame, pc - 2, v))) pc = arg;
            break;
          }
          case 115 /* POP_JUMP_IF_TRUE */: {
            const v = stack.pop()!;
            if (v === true || (v !== false && truthyAt(frame, pc - 2, v))) pc = arg;
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            frame.f_lasti = pc - 2;
            const name = names[arg];
            const v = frame.f_globals.map.get(name) ?? frame.f_builtins.map.get(name);
            if (v === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
            stack.push(v);
            break;
          }
          case 119 /* CONTINUE_LOOP */: {
            frame.f_lasti = pc - 2;
            const target = unwind(vm, frame, Why.CONTINUE, arg);
            if (target < 0) throw new InternalError('CONTINUE_LOOP outside a loop');
            pc = target;
            break;
          }
          case 120 /* SETUP_LOOP */:
            frame.pushBlock(BlockType.LOOP, pc + arg, stack.length);
            break;
          case 121 /* SETUP_EXCEPT */:
            frame.pushBlock(BlockType.EXCEPT, pc + arg, stack.length);
            break;
          case 122 /* SETUP_FINALLY */:
            frame.pushBlock(BlockType.FINALLY, pc + arg, stack.length);
            break;
          case 124 /* LOAD_FAST */: {
            const v = fast[arg];
            if (v === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(v);
            break;
          }
          case 125 /* STORE_FAST */:
            fast[arg] = stack.pop()!;
            break;
          case 126 /* DELETE_FAST */:
            if (fast[arg] === undefined) throw unboundFast(frame, pc - 2, arg);
            fast[arg] = undefined;
            break;
          case 130 /* RAISE_VARARGS */: {
            frame.f_lasti = pc - 2;
            const cause = arg >= 2 ? stack.pop()! : undefined;
            const exc = arg >= 1 ? stack.pop()! : undefined;
            raised = makeRaise(vm, exc, cause);
            break dispatch;
          }
          case 131 /* CALL_FUNCTION */: {
            frame.f_lasti = pc - 2;
            const base = stack.length - arg - 1;
            const f = stack[base];
            if (f instanceof PyFunction && f.simple && f.code.co_argcount === arg) {
              // Fast path: positional arguments exactly matching a plain function's parameters.
              const locals = newLocals(f.code.co_nlocals);
              for (let i = 0; i < arg; i++) locals[i] = stack[base + 1 + i];
              for (let i = stack.length; i > base; i--) stack.pop();
              const nf = new Frame(f.code, f.cache, f.globals, vm.builtins, null, locals, f.closure);
              // vm.enterFrame inline here and in the other call cases (the caller is `frame`, and
              // its f_lasti already holds this instruction's offset).
              if (vm.depth >= vm.recursionLimit) throw recursionError();
              vm.depth++;
              frame.pc = pc;
              nf.f_back = frame;
              vm.frame = nf;
              frame = nf;
              stack = frame.stack;
              fast = frame.fast;
              ops = frame.cache.ops;
              consts = frame.cache.consts;
              names = frame.cache.names;
              pc = 0;
              break;
            }
            if (f instanceof PyBuiltin && f.self === undefined) {
              // A builtin function: called here, before the Python-callable checks.
              const args = stack.slice(base + 1);
              for (let i = stack.length; i > base; i--) stack.pop();
              stack.push(f.fn(args, null));
              break;
            }
            let nf = positionalCall(f, stack, base + 1, arg, vm.builtins);
            if (nf === null) {
              const args = stack.slice(base + 1);
              // Popping is cheaper than assigning stack.length, which V8 does in a runtime call.
              for (let i = stack.length; i > base; i--) stack.pop();
              nf = callOrFrame(f, args, null);
            } else {
              for (let i = stack.length; i > base; i--) stack.pop();
            }
            if (!(nf instanceof Frame)) {
              stack.push(nf);
              break;
            }
            if (vm.depth >= vm.recursionLimit) throw recursionError();
            vm.depth++;
            frame.pc = pc;
            nf.f_back = frame;
            vm.frame = nf;
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
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            const step = arg === 3 ? stack.pop()! : None;
            const stop = stack.pop()!;
            stack[stack.length - 1] = new PySlice(stack[stack.length - 1], stop, step);
            break;
          }
          case 135 /* LOAD_CLOSURE */:
            stack.push(frame.cells![arg]);
            break;
          case 136 /* LOAD_DEREF */: {
            frame.f_lasti = pc - 2;
            const v = frame.cells![arg].contents;
            if (v === undefined) throw unboundDeref(frame, arg);
            stack.push(v);
            break;
          }
          case 137 /* STORE_DEREF */:
            frame.f_lasti = pc - 2;
            frame.cells![arg].contents = stack.pop()!;
            break;
          case 138 /* DELETE_DEREF */: {
            frame.f_lasti = pc - 2;
            const cell = frame.cells![arg];
            if (cell.contents === undefined) throw unboundDeref(frame, arg);
            cell.contents = undefined;
            break;
          }
          case 141 /* CALL_FUNCTION_KW */: {
            frame.f_lasti = pc - 2;
            const kwnames = (stack.pop() as PyTuple).items as string[];
            const base = stack.length - arg - 1;
            const f = stack[base];
            const npos = arg - kwnames.length;
            let nf = keywordFrame(f, stack, base + 1, npos, kwnames, vm.builtins);
            if (nf === null) {
              const args = stack.slice(base + 1, base + 1 + npos);
              const kw = new Map<string, PyObject>();
              for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], stack[base + 1 + npos + i]);
              for (let i = stack.length; i > base; i--) stack.pop();
              const r = callOrFrame(f, args, kw);
              if (!(r instanceof Frame)) {
                stack.push(r);
                break;
              }
              nf = r;
            } else {
              for (let i = stack.length; i > base; i--) stack.pop();
            }
            if (vm.depth >= vm.recursionLimit) throw recursionError();
            vm.depth++;
            frame.pc = pc;
            nf.f_back = frame;
            vm.frame = nf;
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
            frame.f_lasti = pc - 2;
            const kwargs = arg & 1 ? stack.pop()! : null;
            const posargs = stack.pop()!;
            const f = stack.pop()!;
            let nf = kwargs === null && posargs instanceof PyTuple ? positionalCall(f, posargs.items, 0, posargs.items.length, vm.builtins) : null;
            if (nf === null) {
              const args = posargs instanceof PyTuple ? posargs.items.slice() : iterToArray(posargs, starMessage(f, posargs));
              const kw = kwargs === null ? null : mergeKwargs(f, [kwargs], true);
              nf = callOrFrame(f, args, kw);
            }
            if (!(nf instanceof Frame)) {
              stack.push(nf);
              break;
            }
            if (vm.depth >= vm.recursionLimit) throw recursionError();
            vm.depth++;
            frame.pc = pc;
            nf.f_back = frame;
            vm.frame = nf;
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
            frame.f_lasti = pc - 2;
            setupWith(frame, pc + arg);
            break;
          case 144 /* EXTENDED_ARG */:
            // The argument was folded into the next instruction when the code was decoded.
            break;
          case 145 /* LIST_APPEND */: {
            frame.f_lasti = pc - 2;
            const v = stack.pop()!;
            (stack[stack.length - arg] as PyList).items.push(v);
            break;
          }
          case 146 /* SET_ADD */: {
            frame.f_lasti = pc - 2;
            const v = stack.pop()!;
            (stack[stack.length - arg] as PySet).add(v);
            break;
          }
          case 147 /* MAP_ADD */: {
            frame.f_lasti = pc - 2;
            const v = stack.pop()!;
            const k = stack.pop()!;
            (stack[stack.length - arg] as PyDict).set(k, v);
            break;
          }
          case 148 /* LOAD_CLASSDEREF */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            const items: PyObject[] = [];
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) items.push(x);
            stack.push(new PyList(items));
            break;
          }
          case 150 /* BUILD_MAP_UNPACK */: {
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            stack.push(mergeMaps(parts));
            break;
          }
          case 151 /* BUILD_MAP_UNPACK_WITH_CALL */: {
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            const kw = mergeKwargs(stack[stack.length - 2], parts, false)!;
            const d = new PyDict();
            for (const [k, v] of kw) d.setStr(k, v);
            stack.push(d);
            break;
          }
          case 152 /* BUILD_TUPLE_UNPACK */: {
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            const items: PyObject[] = [];
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) items.push(x);
            stack.push(new PyTuple(items));
            break;
          }
          case 153 /* BUILD_SET_UNPACK */: {
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            const s = new PySet();
            for (const p of parts) for (const x of iterToArray(p, valueAfterStar(p))) s.add(x);
            stack.push(s);
            break;
          }
          case 158 /* BUILD_TUPLE_UNPACK_WITH_CALL */: {
            frame.f_lasti = pc - 2;
            const parts = popItems(stack, arg);
            const items: PyObject[] = [];
            // A single *arg is checked as CPython's CALL_FUNCTION_EX does; several as its LIST_EXTEND.
            const fn = stack[stack.length - 1];
            for (const p of parts) for (const x of iterToArray(p, arg === 1 ? starMessage(fn, p) : valueAfterStar(p))) items.push(x);
            stack.push(new PyTuple(items));
            break;
          }
          case 155 /* FORMAT_VALUE */: {
            frame.f_lasti = pc - 2;
            const spec = arg & 4 ? (stack.pop() as string) : '';
            stack[stack.length - 1] = formatValue(stack[stack.length - 1], arg & 3, spec);
            break;
          }
          case 156 /* BUILD_CONST_KEY_MAP */: {
            frame.f_lasti = pc - 2;
            const keys = (stack.pop() as PyTuple).items;
            const base = stack.length - arg;
            const d = new PyDict();
            for (let i = 0; i < arg; i++) d.set(keys[i], stack[base + i]);
            for (let i = stack.length; i > base; i--) stack.pop();
            stack.push(d);
            break;
          }
          case 157 /* BUILD_STRING */: {
            frame.f_lasti = pc - 2;
            let s = '';
            for (let i = stack.length - arg; i < stack.length; i++) s += stack[i] as string;
            for (let i = 0; i < arg; i++) stack.pop();
            stack.push(s);
            break;
          }
          case 160 /* LOAD_METHOD */: {
            frame.f_lasti = pc - 2;
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
            frame.f_lasti = pc - 2;
            const base = stack.length - arg - 2;
            const argsStart = stack[base] === NULL ? base + 2 : base + 1;
            const f = stack[argsStart - 1];
            const nargs = stack.length - argsStart;
            let nf: Frame | PyObject;
            if (f instanceof PyFunction && f.simple && f.code.co_argcount === nargs) {
              const locals = newLocals(f.code.co_nlocals);
              for (let i = 0; i < nargs; i++) locals[i] = stack[argsStart + i];
              for (let i = stack.length; i > base; i--) stack.pop();
              nf = new Frame(f.code, f.cache, f.globals, vm.builtins, null, locals, f.closure);
            } else if (f instanceof PyBuiltin && f.self === undefined) {
              // A builtin function or method descriptor (list.append, dict.get, len): call it now.
              const args = stack.slice(argsStart);
              for (let i = stack.length; i > base; i--) stack.pop();
              stack.push(f.fn(args, null));
              break;
            } else {
              const direct = positionalCall(f, stack, argsStart, nargs, vm.builtins);
              if (direct !== null) {
                for (let i = stack.length; i > base; i--) stack.pop();
                nf = direct;
              } else {
                const args = stack.slice(argsStart);
                for (let i = stack.length; i > base; i--) stack.pop();
                nf = callOrFrame(f, args, null);
              }
              if (!(nf instanceof Frame)) {
                stack.push(nf);
                break;
              }
            }
            if (vm.depth >= vm.recursionLimit) throw recursionError();
            vm.depth++;
            frame.pc = pc;
            nf.f_back = frame;
            vm.frame = nf;
            frame = nf;
            stack = frame.stack;
            fast = frame.fast;
            ops = frame.cache.ops;
            consts = frame.cache.consts;
            names = frame.cache.names;
            pc = 0;
            break;
          }
          // Superinstructions (vm/quicken.ts): a common sequence in one dispatch. pc is already the
          // offset of the sequence's second instruction; ops[pc + 1] is its argument. On an
          // uncommon operand each does what its first instruction alone does and goes on with the
          // second (still in place). The fast paths never raise.
          case 200 /* LOAD_FAST__LOAD_FAST */: {
            const v = fast[arg];
            if (v === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(v);
            const w = fast[ops[pc + 1]];
            if (w !== undefined) {
              stack.push(w);
              pc += 2;
            }
            break;
          }
          case 201 /* LOAD_FAST__LOAD_CONST */: {
            const v = fast[arg];
            if (v === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(v, consts[ops[pc + 1]]);
            pc += 2;
            break;
          }
          case 202 /* LOAD_FAST__LOAD_ATTR */: {
            const o = fast[arg];
            if (o instanceof PyInstance) {
              const ic = frame.cache.attr[pc >> 1]!;
              if (ic.type === o.cls && ic.index >= 0 && ic.epoch === typeEpoch.value && o.dict.shape === ic.shape) {
                stack.push(o.dict.slots[ic.index]);
                pc += 2;
                break;
              }
            } else if (o === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(o);
            break;
          }
          case 203 /* LOAD_FAST__LOAD_ATTR__STORE_FAST */:
          case 216 /* LOAD_FAST__LOAD_ATTR__STORE_FAST__JUMP_ABSOLUTE */: {
            // p = p.attr, and in 216 the jump back to the top of the loop walking p.
            const o = fast[arg];
            if (o instanceof PyInstance) {
              const ic = frame.cache.attr[pc >> 1]!;
              if (ic.type === o.cls && ic.index >= 0 && ic.epoch === typeEpoch.value && o.dict.shape === ic.shape) {
                fast[ops[pc + 3]] = o.dict.slots[ic.index];
                pc = op === 216 ? ops[pc + 5] : pc + 4;
                break;
              }
            } else if (o === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(o);
            break;
          }
          case 204 /* STORE_FAST__LOAD_FAST */: {
            fast[arg] = stack[stack.length - 1];
            const w = fast[ops[pc + 1]];
            if (w !== undefined) {
              stack[stack.length - 1] = w;
              pc += 2;
            } else {
              stack.pop();
            }
            break;
          }
          case 205 /* STORE_FAST__JUMP_ABSOLUTE */:
            fast[arg] = stack.pop()!;
            pc = ops[pc + 1];
            break;
          case 206 /* POP_TOP__JUMP_ABSOLUTE */:
            stack.pop();
            pc = ops[pc + 1];
            break;
          case 207 /* COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 208 /* COMPARE_OP__POP_JUMP_IF_TRUE */: {
            const b = stack[stack.length - 1];
            const a = stack[stack.length - 2];
            let r: boolean;
            if (arg === 8) r = a === b;
            else if (arg === 9) r = a !== b;
            else {
              const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
              const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
              if (x === undefined || y === undefined || arg >= 6) {
                stack.pop();
                frame.f_lasti = pc - 2;
                stack[stack.length - 1] = compareAny(arg, a, b);
                break;
              }
              r = arg === 0 ? x < y : arg === 1 ? x <= y : arg === 2 ? x === y : arg === 3 ? x !== y : arg === 4 ? x > y : x >= y;
            }
            stack.pop();
            stack.pop();
            pc = r === (op === 208) ? ops[pc + 1] : pc + 2;
            break;
          }
          case 209 /* LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 210 /* LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE */: {
            const b = consts[arg];
            const a = stack[stack.length - 1];
            const c = ops[pc + 1];
            let r: boolean;
            if (c === 8) r = a === b;
            else if (c === 9) r = a !== b;
            else {
              const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
              const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
              if (x === undefined || y === undefined || c >= 6) {
                stack.push(b);
                break;
              }
              r = c === 0 ? x < y : c === 1 ? x <= y : c === 2 ? x === y : c === 3 ? x !== y : c === 4 ? x > y : x >= y;
            }
            stack.pop();
            pc = r === (op === 210) ? ops[pc + 3] : pc + 4;
            break;
          }
          case 211 /* FOR_ITER__STORE_FAST */: {
            const it = stack[stack.length - 1];
            if (it instanceof RangeIter) {
              if (it.remaining > 0) {
                it.remaining--;
                fast[ops[pc + 1]] = it.next_;
                it.next_ += it.step;
                pc += 2;
              } else {
                stack.pop();
                pc += arg;
              }
              break;
            }
            frame.f_lasti = pc - 2;
            const v = iterNext(it);
            if (v === undefined) {
              stack.pop();
              pc += arg;
            } else {
              fast[ops[pc + 1]] = v;
              pc += 2;
            }
            break;
          }
          case 212 /* LOAD_CONST__BINARY_SUBSCR */: {
            const k = consts[arg];
            const o = stack[stack.length - 1];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              stack[stack.length - 1] = o.items[k];
              pc += 2;
              break;
            }
            stack.push(k);
            break;
          }
          case 213 /* LOAD_FAST__LOAD_CONST__BINARY_SUBSCR */: {
            const o = fast[arg];
            const k = consts[ops[pc + 1]];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              stack.push(o.items[k]);
              pc += 4;
              break;
            }
            if (o === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(o);
            break;
          }
          case 214 /* DUP_TOP_TWO__BINARY_SUBSCR */: {
            // o[k] op= v: keep o and k for the store and push o[k].
            const n = stack.length;
            const o = stack[n - 2];
            const k = stack[n - 1];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              stack.push(o.items[k]);
              pc += 2;
              break;
            }
            stack.push(o, k);
            break;
          }
          case 215 /* ROT_THREE__STORE_SUBSCR */: {
            // o[k] = v with the stack [o, k, v] (the tail of o[k] op= v).
            const n = stack.length;
            const o = stack[n - 3];
            const k = stack[n - 2];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              o.items[k] = stack[n - 1];
              stack.pop();
              stack.pop();
              stack.pop();
              pc += 2;
              break;
            }
            const t = stack[n - 1];
            stack[n - 1] = k;
            stack[n - 2] = o;
            stack[n - 3] = t;
            break;
          }
          case 217 /* LOAD_FAST__LOAD_CONST__BINARY_ADD */:
          case 218 /* LOAD_FAST__LOAD_CONST__BINARY_SUBTRACT */:
          case 219 /* LOAD_FAST__LOAD_CONST__BINARY_MODULO */: {
            // local + const, local - const, local % const on ints.
            const a = fast[arg];
            const b = consts[ops[pc + 1]];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = op === 217 ? a + b : op === 218 ? a - b : a >= 0 && b > 0 ? a % b : NaN;
              if (r <= 9007199254740991 && r >= -9007199254740991) {
                stack.push(r);
                pc += 4;
                break;
              }
            }
            if (a === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(a);
            break;
          }
          case 220 /* LOAD_FAST__LOAD_CONST__INPLACE_ADD__STORE_FAST */: {
            // x += const on ints.
            const a = fast[arg];
            const b = consts[ops[pc + 1]];
            if (typeof a === 'number' && typeof b === 'number') {
              const r = a + b;
              if (r <= 9007199254740991 && r >= -9007199254740991) {
                fast[ops[pc + 5]] = r;
                pc += 6;
                break;
              }
            }
            if (a === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(a);
            break;
          }
          case 221 /* INPLACE_ADD__STORE_FAST */: {
            // x += y into a local: INPLACE_ADD's int, float and str fast paths, stored directly.
            const b = stack[stack.length - 1];
            const a = stack[stack.length - 2];
            let r: PyObject | undefined;
            if (typeof a === 'number') {
              if (typeof b === 'number') {
                const x = a + b;
                if (x <= 9007199254740991 && x >= -9007199254740991) r = x;
              } else if (b instanceof PyFloat) r = new PyFloat(a + b.value);
            } else if (a instanceof PyFloat) {
              if (b instanceof PyFloat) r = new PyFloat(a.value + b.value);
              else if (typeof b === 'number') r = new PyFloat(a.value + b);
            } else if (typeof a === 'string' && typeof b === 'string') r = a + b;
            if (r !== undefined) {
              stack.pop();
              stack.pop();
              fast[ops[pc + 1]] = r;
              pc += 2;
              break;
            }
            stack.pop();
            frame.f_lasti = pc - 2;
            stack[stack.length - 1] = inplaceOp(BIN.ADD, a, b);
            break;
          }
          case 222 /* LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 223 /* LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE */:
          case 224 /* LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 225 /* LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF_TRUE */: {
            // if x < 2:, while i < n: numbers and `is` compared without touching the stack.
            const a = fast[arg];
            if (a === undefined) throw unboundFast(frame, pc - 2, arg);
            const b = op <= 223 ? consts[ops[pc + 1]] : fast[ops[pc + 1]];
            if (b === undefined) {
              // An unbound second local: its LOAD_FAST raises.
              stack.push(a);
              break;
            }
            const c = ops[pc + 3];
            let r: boolean;
            if (c === 8) r = a === b;
            else if (c === 9) r = a !== b;
            else {
              const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
              const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
              if (x === undefined || y === undefined || c >= 6) {
                stack.push(a);
                break;
              }
              r = c === 0 ? x < y : c === 1 ? x <= y : c === 2 ? x === y : c === 3 ? x !== y : c === 4 ? x > y : x >= y;
            }
            pc = r === (op === 223 || op === 225) ? ops[pc + 5] : pc + 6;
            break;
          }
          case 226 /* LOAD_FAST__BINARY_ADD */:
          case 227 /* LOAD_FAST__BINARY_SUBTRACT */:
          case 228 /* LOAD_FAST__BINARY_MULTIPLY */:
          case 229 /* LOAD_FAST__LOAD_FAST__BINARY_ADD */:
          case 230 /* LOAD_FAST__LOAD_FAST__BINARY_SUBTRACT */:
          case 231 /* LOAD_FAST__LOAD_FAST__BINARY_MULTIPLY */: {
            // x + local, x - local, x * local (226-228: x is on the stack), local op local
            // (229-231): BINARY_*'s int and float fast paths.
            const two = op >= 229;
            const b = fast[two ? ops[pc + 1] : arg];
            const a = two ? fast[arg] : stack[stack.length - 1];
            const k = two ? op - 229 : op - 226;
            let r: PyObject | undefined;
            if (typeof a === 'number' && typeof b === 'number') {
              const x = k === 0 ? a + b : k === 1 ? a - b : a * b;
              if (x <= 9007199254740991 && x >= -9007199254740991) r = x + 0;
            } else if (b !== undefined && a !== undefined) {
              const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
              const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
              if (x !== undefined && y !== undefined) r = new PyFloat(k === 0 ? x + y : k === 1 ? x - y : x * y);
            }
            if (r !== undefined) {
              if (two) {
                stack.push(r);
                pc += 4;
              } else {
                stack[stack.length - 1] = r;
                pc += 2;
              }
              break;
            }
            // The first LOAD_FAST alone (its error if unbound); the rest runs as compiled.
            const v = fast[arg];
            if (v === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(v);
            break;
          }
          case 232 /* LOAD_FAST__BINARY_SUBSCR */: {
            // o[local] on an exact list with an int index in range.
            const k = fast[arg];
            const o = stack[stack.length - 1];
            if (o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && o.cls === listType) {
              stack[stack.length - 1] = o.items[k];
              pc += 2;
              break;
            }
            if (k === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(k);
            break;
          }
          case 233 /* LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 234 /* LOAD_FAST__LOAD_ATTR__LOAD_CONST__COMPARE_OP__POP_JUMP_IF_TRUE */: {
            // while p.link is not None:, if self.count > 0: an instance slot compared with a constant.
            const o = fast[arg];
            if (o instanceof PyInstance) {
              const ic = frame.cache.attr[pc >> 1]!;
              if (ic.type === o.cls && ic.index >= 0 && ic.epoch === typeEpoch.value && o.dict.shape === ic.shape) {
                const a = o.dict.slots[ic.index];
                const b = consts[ops[pc + 3]];
                const c = ops[pc + 5];
                let r: boolean;
                if (c === 8) r = a === b;
                else if (c === 9) r = a !== b;
                else {
                  const x = typeof a === 'number' ? a : a instanceof PyFloat ? a.value : undefined;
                  const y = typeof b === 'number' ? b : b instanceof PyFloat ? b.value : undefined;
                  if (x === undefined || y === undefined || c >= 6) {
                    // The attribute is loaded; the compare runs as compiled.
                    stack.push(a);
                    pc += 2;
                    break;
                  }
                  r = c === 0 ? x < y : c === 1 ? x <= y : c === 2 ? x === y : c === 3 ? x !== y : c === 4 ? x > y : x >= y;
                }
                pc = r === (op === 234) ? ops[pc + 7] : pc + 8;
                break;
              }
            } else if (o === undefined) throw unboundFast(frame, pc - 2, arg);
            stack.push(o);
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

/** The top `n` values of `stack`, removed from it (slice and pop: faster than splice). */
function popItems(stack: PyObject[], n: number): PyObject[] {
  const r = stack.slice(stack.length - n);
  for (let i = 0; i < n; i++) stack.pop();
  return r;
}

/** COMPARE_OP's result for any operands (a superinstruction's uncommon case). */
function compareAny(arg: number, a: PyObject, b: PyObject): PyObject {
  switch (arg) {
    case 6: return contains(b, a);
    case 7: return !contains(b, a);
    case 8: return a === b;
    case 9: return a !== b;
    case 10: return exceptionMatch(a, b);
    default: return compareOp(arg, a, b);
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

/** LOAD_FAST's error for local `i`, raised by the instruction at offset `at`. */
function unboundFast(frame: Frame, at: number, i: number): PyException {
  frame.f_lasti = at;
  return unboundLocal(frame.f_code.co_varnames[i]);
}

/** truthy(v) for a jump at offset `at` (its __bool__ or __len__ may raise). */
function truthyAt(frame: Frame, at: number, v: PyObject): boolean {
  frame.f_lasti = at;
  return truthy(v);
}

function recursionError(): PyException {
  return pyErr(RecursionError, 'maximum recursion depth exceeded');
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
  frame.pushBlock(BlockType.FINALLY, handler, stack.length);
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

