// The code generator: walks the AST and emits CPython 3.7-style bytecode through Unit.emit, one
// Unit per scope (CPython's compile.c). Jumps go to Labels; assembler.ts lays them out.
// Imports grammar and bytecode; helpers: unit.ts (emit, tables), constants.ts, future.ts, unparse.ts.

import * as ast from '../grammar';
import * as bytecode from '../bytecode';
import { CodeObject, TupleConst, type Const } from '../bytecode';
import { assemble, type Label } from './assembler';
import { constTruth, foldConst, foldIter, toConst } from './constants';
import type { ErrorReporter } from './errors';
import { isFutureImport, scanFuture, type FutureFeatures } from './future';
import { buildSymtable, mangle, type Scope, type SymbolTable } from './symtable';
import { Unit, type FBlockKind, type UnitKind } from './unit';
import { unparse } from './unparse';

// Bound once: tsc's CommonJS output reads a re-exported name through a getter on every use.
const { Cmp, MakeFunctionFlag, Op } = bytecode;

/** CPython's compile() modes: a module, one expression (eval), or interactive input (single). */
export type CompileMode = 'exec' | 'eval' | 'single';

export interface CodegenOptions {
  /** 1: strip asserts and make `__debug__` False (python -O). */
  optimize: 0 | 1;
  /** Default 'exec'. */
  mode?: CompileMode;
}

const BINARY: Record<ast.Operator, number> = {
  Add: Op.BINARY_ADD, Sub: Op.BINARY_SUBTRACT, Mult: Op.BINARY_MULTIPLY, Div: Op.BINARY_TRUE_DIVIDE,
  FloorDiv: Op.BINARY_FLOOR_DIVIDE, Mod: Op.BINARY_MODULO, Pow: Op.BINARY_POWER, LShift: Op.BINARY_LSHIFT,
  RShift: Op.BINARY_RSHIFT, BitOr: Op.BINARY_OR, BitXor: Op.BINARY_XOR, BitAnd: Op.BINARY_AND, MatMult: Op.BINARY_MATRIX_MULTIPLY,
};

const INPLACE: Record<ast.Operator, number> = {
  Add: Op.INPLACE_ADD, Sub: Op.INPLACE_SUBTRACT, Mult: Op.INPLACE_MULTIPLY, Div: Op.INPLACE_TRUE_DIVIDE,
  FloorDiv: Op.INPLACE_FLOOR_DIVIDE, Mod: Op.INPLACE_MODULO, Pow: Op.INPLACE_POWER, LShift: Op.INPLACE_LSHIFT,
  RShift: Op.INPLACE_RSHIFT, BitOr: Op.INPLACE_OR, BitXor: Op.INPLACE_XOR, BitAnd: Op.INPLACE_AND, MatMult: Op.INPLACE_MATRIX_MULTIPLY,
};

const UNARY: Record<ast.UnaryOperator, number> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

const COMPARE: Record<ast.CmpOperator, number> = {
  Eq: Cmp.EQ, NotEq: Cmp.NE, Lt: Cmp.LT, LtE: Cmp.LE, Gt: Cmp.GT, GtE: Cmp.GE,
  Is: Cmp.IS, IsNot: Cmp.IS_NOT, In: Cmp.IN, NotIn: Cmp.NOT_IN,
};

const CONVERSION: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };

type NameCtx = 'Load' | 'Store' | 'Del';

// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS = 20;

const NAME_OPS = {
  fast: { Load: Op.LOAD_FAST, Store: Op.STORE_FAST, Del: Op.DELETE_FAST },
  global: { Load: Op.LOAD_GLOBAL, Store: Op.STORE_GLOBAL, Del: Op.DELETE_GLOBAL },
  deref: { Load: Op.LOAD_DEREF, Store: Op.STORE_DEREF, Del: Op.DELETE_DEREF },
  name: { Load: Op.LOAD_NAME, Store: Op.STORE_NAME, Del: Op.DELETE_NAME },
} as const;

type Comp = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

function docstring(body: readonly ast.Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

// Does a body contain an annotated assignment outside nested scopes (CPython's find_ann)?
function findAnn(body: readonly ast.Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With':
        if (findAnn(s.body)) return true;
        break;
      case 'Try':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnn(h.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** Compile a module AST to its code object. Throws PySyntaxError for compile-time errors. */
export function generateModule(mod: ast.Module, err: ErrorReporter, options: CodegenOptions): CodeObject {
  const future = scanFuture(mod, err);
  const st = buildSymtable(mod, err);
  return new CodeGenerator(st, err, options, future).module(mod);
}

class CodeGenerator {
  private u!: Unit;
  private readonly stack: Unit[] = [];

  constructor(
    private readonly st: SymbolTable,
    private readonly err: ErrorReporter,
    private readonly options: CodegenOptions,
    private readonly future: FutureFeatures,
  ) {}

  module(mod: ast.Module): CodeObject {
    this.enterScope(this.st.top, 'module', '<module>', 1, null);
    if (mod.body.length) this.u.line = mod.body[0].lineno;
    if (this.options.mode === 'eval') {
      // eval(): exactly one expression, whose value is returned.
      const only = mod.body[0];
      if (mod.body.length !== 1 || only.kind !== 'Expr') {
        this.err.error('invalid syntax', mod.body[only && only.kind === 'Expr' ? 1 : 0] ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
      }
      this.expr(only.value);
      this.emit(Op.RETURN_VALUE);
      return this.exitScope();
    }
    this.body(mod.body);
    this.loadConst(null);
    this.emit(Op.RETURN_VALUE);
    return this.exitScope();
  }

  // ---- units --------------------------------------------------------------------------------

  private emit(op: number, arg: number | Label = 0): void {
    this.u.emit(op, arg);
  }

  private enterScope(scope: Scope, kind: UnitKind, name: string, firstlineno: number, qualname: string | null, privateName?: string): void {
    const parent = this.stack.length ? this.u : null;
    if (qualname === null) qualname = this.qualname(parent, kind, name);
    const priv = privateName ?? parent?.privateName ?? null;
    const u = new Unit(scope, kind, name, qualname, this.err.filename, firstlineno, priv);
    this.stack.push(u);
    this.u = u;
  }

  // CPython's compiler_set_qualname.
  private qualname(parent: Unit | null, kind: UnitKind, name: string): string {
    if (!parent || parent.kind === 'module') return name;
    if (kind === 'function' || kind === 'class') {
      const sc = parent.scope.scopeOf(mangle(parent.privateName, name));
      if (sc === 'globalExplicit') return name;
    }
    // CPython: a comprehension parent adds no '.<locals>' ('f.<locals>.<listcomp>.<listcomp>').
    const local = parent.kind === 'function' || parent.kind === 'lambda';
    return `${parent.qualname}${local ? '.<locals>' : ''}.${name}`;
  }

  private exitScope(): CodeObject {
    const u = this.u;
    if (!u.endsWithReturn()) {
      this.loadConst(null);
      this.emit(Op.RETURN_VALUE);
    }
    u.flags = u.computeFlags(this.options.optimize);
    const code = assemble(u);
    this.stack.pop();
    this.u = this.stack[this.stack.length - 1];
    return code;
  }

  private loadConst(c: Const): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(c));
  }

  // Enter a block for break/continue bookkeeping; CPython's limit of 20 nested blocks applies.
  private pushFBlock(kind: FBlockKind, at: ast.Pos, top: Label | null = null): void {
    if (this.u.fblocks.length >= MAX_BLOCKS) this.err.error('too many statically nested blocks', at);
    this.u.fblocks.push({ kind, top });
  }

  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  private mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  // CPython's forbidden_name: `__debug__` is a constant and can't be bound or deleted.
  private forbidden(name: string | null, ctx: 'Store' | 'Del', at: ast.Pos): void {
    if (name === '__debug__') this.err.error(`cannot ${ctx === 'Del' ? 'delete' : 'assign to'} __debug__`, at);
  }

  private checkDebugArgs(a: ast.Arguments, at: ast.Pos): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.forbidden(p.arg, 'Store', at);
    if (a.vararg) this.forbidden(a.vararg.arg, 'Store', at);
    if (a.kwarg) this.forbidden(a.kwarg.arg, 'Store', at);
  }

  // Module and class bodies: annotations dict, docstring, statements.
  private body(stmts: readonly ast.Stmt[]): void {
    if (findAnn(stmts)) this.emit(Op.SETUP_ANNOTATIONS);
    let i = 0;
    const doc = docstring(stmts);
    if (doc !== null) {
      this.u.line = stmts[0].lineno;
      this.loadConst(doc);
      this.nameOp('__doc__', 'Store');
      i = 1;
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  // ---- names ---------------------------------------------------------------------------------

  private nameOp(name: string, ctx: NameCtx): void {
    const mangled = this.mangle(name);
    const u = this.u;
    const sc = u.scope.scopeOf(mangled);
    const isFunction = u.scope.type === 'function';
    switch (sc) {
      case 'free':
      case 'cell':
        if (ctx === 'Load' && u.scope.type === 'class') this.emit(Op.LOAD_CLASSDEREF, u.derefIndex(mangled));
        else this.emit(NAME_OPS.deref[ctx], u.derefIndex(mangled));
        return;
      case 'local':
        if (isFunction) {
          this.emit(NAME_OPS.fast[ctx], u.addVarname(mangled));
          return;
        }
        break;
      case 'globalImplicit':
        if (isFunction) {
          this.emit(NAME_OPS.global[ctx], u.addName(mangled));
          return;
        }
        break;
      case 'globalExplicit':
        this.emit(NAME_OPS.global[ctx], u.addName(mangled));
        return;
      default:
        break;
    }
    this.emit(NAME_OPS.name[ctx], u.addName(mangled));
  }

  // ---- statements ----------------------------------------------------------------------------

  private stmts(list: readonly ast.Stmt[]): void {
    for (let i = 0; i < list.length; i++) this.stmt(list[i]);
  }

  private stmt(s: ast.Stmt): void {
    this.u.line = s.lineno;
    switch (s.kind) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': {
        if (this.u.scope.type !== 'function') this.err.error("'return' outside function", s);
        if (s.value) this.expr(s.value);
        else this.loadConst(null);
        this.emit(Op.RETURN_VALUE);
        return;
      }
      case 'Delete':
        for (const t of s.targets) this.delete(t);
        return;
      case 'Assign': {
        this.expr(s.value);
        const n = s.targets.length;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.emit(Op.DUP_TOP);
          this.store(s.targets[i]);
        }
        return;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) {
            this.expr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        if (this.options.mode === 'single' && this.u.kind === 'module') {
          // Interactive input echoes the value of an expression statement (sys.displayhook).
          this.expr(s.value);
          this.emit(Op.PRINT_EXPR);
          return;
        }
        // A constant expression statement (a stray string) compiles to nothing, as CPython 3.7.
        if (s.value.kind === 'Constant') return;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Break': {
        if (!this.u.fblocks.some((b) => b.kind === 'loop')) this.err.error("'break' outside loop", s);
        this.emit(Op.BREAK_LOOP);
        return;
      }
      case 'Continue': return this.continueStmt(s);
      default: {
        const never: never = s;
        throw new Error(`internal: unknown statement ${(never as ast.Stmt).kind}`);
      }
    }
  }

  private continueStmt(s: ast.Continue): void {
    const blocks = this.u.fblocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i];
      if (b.kind !== 'loop') continue;
      // Directly inside the loop: a plain jump. Through try/with/handler blocks: the VM unwinds.
      // CPython: 3.7 forbade `continue` in a finally body; 3.8+ allows it. The item the finally
      // clause started with (None, an unwind marker or the exception) sits on top and no block
      // covers it, so pop it first when only finally bodies lie between us and the loop.
      const crossed = blocks.slice(i + 1);
      if (crossed.length && crossed.every((x) => x.kind === 'finallyEnd')) {
        for (let k = 0; k < crossed.length; k++) this.emit(Op.POP_TOP);
      }
      this.emit(i === blocks.length - 1 ? Op.JUMP_ABSOLUTE : Op.CONTINUE_LOOP, b.top!);
      return;
    }
    this.err.error("'continue' not properly in loop", s);
  }

  private functionDef(s: ast.FunctionDef): void {
    this.checkDebugArgs(s.args, s);
    this.exprs(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    let flags = this.defaults(s.args);
    if (this.annotations(s.args, s.returns)) flags |= MakeFunctionFlag.ANNOTATIONS;
    const scope = this.st.lookup(s);
    this.enterScope(scope, 'function', s.name, firstlineno, null);
    this.setArgCounts(s.args);
    const doc = docstring(s.body);
    this.u.addConst(doc);
    this.stmts(doc !== null ? s.body.slice(1) : s.body);
    const code = this.exitScope();
    this.u.line = s.lineno;
    this.makeClosure(code, flags);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL_FUNCTION, 1);
    this.forbidden(s.name, 'Store', s);
    this.nameOp(s.name, 'Store');
  }

  private setArgCounts(a: ast.Arguments): void {
    this.u.argcount = a.posonlyargs.length + a.args.length;
    this.u.posonlyargcount = a.posonlyargs.length;
    this.u.kwonlyargcount = a.kwonlyargs.length;
  }

  // Push positional defaults and keyword-only defaults; return the MAKE_FUNCTION flags.
  private defaults(a: ast.Arguments): number {
    let flags = 0;
    if (a.defaults.length) {
      const folded = foldConst({ kind: 'Tuple', elts: a.defaults, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      if (folded !== undefined) {
        this.loadConst(folded);
      } else {
        this.exprs(a.defaults);
        this.emit(Op.BUILD_TUPLE, a.defaults.length);
      }
      flags |= MakeFunctionFlag.DEFAULTS;
    }
    const keys: string[] = [];
    for (let i = 0; i < a.kwonlyargs.length; i++) {
      const d = a.kw_defaults[i];
      if (!d) continue;
      keys.push(this.mangle(a.kwonlyargs[i].arg));
      this.expr(d);
    }
    if (keys.length) {
      this.loadConst(new TupleConst(keys));
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= MakeFunctionFlag.KWDEFAULTS;
    }
    return flags;
  }

  // Push the annotations dict if there are any; true when pushed.
  private annotations(a: ast.Arguments, returns: ast.Expr | null): boolean {
    const keys: string[] = [];
    const visit = (p: ast.Arg | null) => {
      if (p && p.annotation) {
        this.annotation(p.annotation);
        keys.push(this.mangle(p.arg));
      }
    };
    for (const p of a.posonlyargs) visit(p);
    for (const p of a.args) visit(p);
    visit(a.vararg);
    for (const p of a.kwonlyargs) visit(p);
    visit(a.kwarg);
    if (returns) {
      this.annotation(returns);
      keys.push('return');
    }
    if (!keys.length) return false;
    this.loadConst(new TupleConst(keys));
    this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }

  // An annotation's value: evaluated, or its source text under `from __future__ import annotations`.
  private annotation(e: ast.Expr): void {
    if (this.future.annotations) this.loadConst(unparse(e));
    else this.expr(e);
  }

  // Closure tuple (if the code has free variables), code, qualname, MAKE_FUNCTION.
  private makeClosure(code: CodeObject, flags: number, qualname: string = code.co_qualname): void {
    if (code.co_freevars.length) {
      for (const name of code.co_freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(name));
      this.emit(Op.BUILD_TUPLE, code.co_freevars.length);
      flags |= MakeFunctionFlag.CLOSURE;
    }
    this.loadConst(code);
    this.loadConst(qualname);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private classDef(s: ast.ClassDef): void {
    this.exprs(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const scope = this.st.lookup(s);
    this.enterScope(scope, 'class', s.name, firstlineno, null, s.name);
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    if (scope.needsClassClosure) {
      // CPython 3.7 also stores the cell as __classcell__; docs/bytecode.md returns it instead.
      this.emit(Op.LOAD_CLOSURE, this.u.derefIndex('__class__'));
    } else {
      this.loadConst(null);
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.exitScope();
    this.u.line = s.lineno;
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0, s.name);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords, s);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL_FUNCTION, 1);
    this.forbidden(s.name, 'Store', s);
    this.nameOp(s.name, 'Store');
  }

  private augAssign(s: ast.AugAssign): void {
    const op = INPLACE[s.op];
    const t = s.target;
    switch (t.kind) {
      case 'Name':
        this.forbidden(t.id, 'Store', t);
        this.nameOp(t.id, 'Load');
        this.expr(s.value);
        this.emit(op);
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute': {
        this.expr(t.value);
        this.emit(Op.DUP_TOP);
        const name = this.u.addName(this.mangle(t.attr));
        this.emit(Op.LOAD_ATTR, name);
        this.expr(s.value);
        this.emit(op);
        this.emit(Op.ROT_TWO);
        this.emit(Op.STORE_ATTR, name);
        return;
      }
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.DUP_TOP_TWO);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        this.emit(op);
        this.emit(Op.ROT_THREE);
        this.emit(Op.STORE_SUBSCR);
        return;
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.store(t);
    }
    const moduleOrClass = this.u.kind === 'module' || this.u.kind === 'class';
    if (t.kind === 'Name') {
      this.forbidden(t.id, 'Store', s);
      if (s.simple && moduleOrClass) {
        this.annotation(s.annotation);
        this.nameOp('__annotations__', 'Load');
        this.loadConst(this.mangle(t.id));
        this.emit(Op.STORE_SUBSCR);
        return;
      }
    } else if (!s.value) {
      this.expr(t.value);
      this.emit(Op.POP_TOP);
      if (t.kind === 'Subscript') {
        this.expr(t.slice);
        this.emit(Op.POP_TOP);
      }
    }
    // Annotations of other targets are evaluated (module and class level) but not stored.
    if (moduleOrClass && !s.simple && !this.future.annotations) {
      this.expr(s.annotation);
      this.emit(Op.POP_TOP);
    }
  }

  private ifStmt(s: ast.If): void {
    const end = this.u.newLabel();
    if (s.orelse.length) {
      const next = this.u.newLabel();
      this.jumpIf(s.test, false, next);
      this.stmts(s.body);
      this.emit(Op.JUMP_FORWARD, end);
      this.bind(next);
      this.stmts(s.orelse);
    } else {
      this.jumpIf(s.test, false, end);
      this.stmts(s.body);
    }
    this.bind(end);
  }

  private bind(label: Label): void {
    this.u.bind(label);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.u.newLabel();
    const anchor = this.u.newLabel();
    const end = this.u.newLabel();
    const folded = foldConst(s.test);
    const alwaysTrue = folded !== undefined && constTruth(folded) === true;
    this.emit(Op.SETUP_LOOP, end);
    this.bind(loop);
    this.pushFBlock('loop', s, loop);
    if (!alwaysTrue) this.jumpIf(s.test, false, anchor);
    this.stmts(s.body);
    // CPython: 3.7 gives the back jump the last body line; the loop line makes tracing show the
    // loop header on every iteration, as 3.11 does.
    this.u.line = s.lineno;
    this.emit(Op.JUMP_ABSOLUTE, loop);
    this.popFBlock();
    this.bind(anchor);
    this.emit(Op.POP_BLOCK);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private forStmt(s: ast.For): void {
    const start = this.u.newLabel();
    const cleanup = this.u.newLabel();
    const end = this.u.newLabel();
    this.emit(Op.SETUP_LOOP, end);
    this.iterable(s.iter);
    this.emit(Op.GET_ITER);
    this.bind(start);
    this.emit(Op.FOR_ITER, cleanup);
    this.store(s.target);
    this.pushFBlock('loop', s, start);
    this.stmts(s.body);
    this.popFBlock();
    this.u.line = s.lineno;
    this.emit(Op.JUMP_ABSOLUTE, start);
    this.bind(cleanup);
    this.emit(Op.POP_BLOCK);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private tryExcept(s: ast.Try): void {
    const except = this.u.newLabel();
    const orelse = this.u.newLabel();
    const end = this.u.newLabel();
    this.emit(Op.SETUP_EXCEPT, except);
    this.pushFBlock('except', s);
    this.stmts(s.body);
    this.emit(Op.POP_BLOCK);
    this.popFBlock();
    this.emit(Op.JUMP_FORWARD, orelse);
    this.bind(except);
    this.pushFBlock('handler', s);
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      if (!h.type && i < n - 1) this.err.error("default 'except:' must be last", h);
      this.u.line = h.lineno;
      const next = this.u.newLabel();
      if (h.type) {
        this.emit(Op.DUP_TOP);
        this.expr(h.type);
        this.emit(Op.COMPARE_OP, Cmp.EXC_MATCH);
        this.emit(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = this.u.newLabel();
        this.forbidden(h.name, 'Store', h);
        this.nameOp(h.name, 'Store');
        this.emit(Op.SETUP_FINALLY, cleanupEnd);
        this.pushFBlock('finallyTry', h);
        this.stmts(h.body);
        this.popFBlock();
        this.emit(Op.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.loadConst(null);
        this.bind(cleanupEnd);
        this.loadConst(null);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        this.emit(Op.END_FINALLY);
      } else {
        this.emit(Op.POP_TOP);
        this.pushFBlock('handler', h);
        this.stmts(h.body);
        this.popFBlock();
        this.emit(Op.POP_EXCEPT);
      }
      this.emit(Op.JUMP_FORWARD, end);
      this.bind(next);
    }
    this.popFBlock();
    this.emit(Op.END_FINALLY);
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private tryFinally(s: ast.Try): void {
    const final = this.u.newLabel();
    this.emit(Op.SETUP_FINALLY, final);
    this.pushFBlock('finallyTry', s);
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    this.emit(Op.POP_BLOCK);
    this.popFBlock();
    this.loadConst(null);
    this.bind(final);
    this.pushFBlock('finallyEnd', s);
    this.stmts(s.finalbody);
    this.emit(Op.END_FINALLY);
    this.popFBlock();
  }

  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const final = this.u.newLabel();
    this.u.line = s.lineno;
    this.expr(item.context_expr);
    this.emit(Op.SETUP_WITH, final);
    this.pushFBlock('with', s);
    if (item.optional_vars) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    // CPython: 3.7 leaves the exit sequence on the body's last line; 3.11 (and tspy) on the `with`
    // line, so an error raised by __exit__ points at the statement.
    this.u.line = s.lineno;
    this.emit(Op.POP_BLOCK);
    this.popFBlock();
    this.loadConst(null);
    this.bind(final);
    this.emit(Op.WITH_CLEANUP_START);
    this.emit(Op.WITH_CLEANUP_FINISH);
    this.emit(Op.END_FINALLY);
  }

  private assertStmt(s: ast.Assert): void {
    if (this.options.optimize) return;
    const end = this.u.newLabel();
    this.jumpIf(s.test, true, end);
    this.emit(Op.LOAD_GLOBAL, this.u.addName('AssertionError'));
    if (s.msg) {
      this.expr(s.msg);
      this.emit(Op.CALL_FUNCTION, 1);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.bind(end);
  }

  private importStmt(s: ast.Import): void {
    for (const a of s.names) {
      this.loadConst(0);
      this.loadConst(null);
      this.emit(Op.IMPORT_NAME, this.u.addName(a.name));
      const parts = a.name.split('.');
      if (a.asname) {
        // CPython 3.7 uses IMPORT_FROM/ROT_TWO/POP_TOP here; docs/bytecode.md asks for LOAD_ATTR.
        for (let i = 1; i < parts.length; i++) this.emit(Op.LOAD_ATTR, this.u.addName(parts[i]));
        this.forbidden(a.asname, 'Store', s);
        this.nameOp(a.asname, 'Store');
      } else {
        this.forbidden(parts[0], 'Store', s);
        this.nameOp(parts[0], 'Store');
      }
    }
  }

  private importFrom(s: ast.ImportFrom): void {
    if (isFutureImport(s) && !this.future.allowed.has(s)) {
      this.err.error('from __future__ imports must occur at the beginning of the file', s);
    }
    this.loadConst(s.level);
    this.loadConst(new TupleConst(s.names.map((a) => a.name)));
    this.emit(Op.IMPORT_NAME, this.u.addName(s.module ?? ''));
    if (s.names.length === 1 && s.names[0].name === '*') {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.emit(Op.IMPORT_FROM, this.u.addName(a.name));
      this.forbidden(a.asname ?? a.name, 'Store', s);
      this.nameOp(a.asname ?? a.name, 'Store');
    }
    this.emit(Op.POP_TOP);
  }

  // ---- targets -------------------------------------------------------------------------------

  // Store the top of the stack into an assignment target.
  private store(t: ast.Expr): void {
    const saved = this.u.line;
    this.u.line = t.lineno;
    switch (t.kind) {
      case 'Name':
        this.forbidden(t.id, 'Store', t);
        this.nameOp(t.id, 'Store');
        break;
      case 'Attribute':
        this.forbidden(t.attr, 'Store', t);
        this.expr(t.value);
        this.emit(Op.STORE_ATTR, this.u.addName(this.mangle(t.attr)));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.STORE_SUBSCR);
        break;
      case 'Tuple':
      case 'List':
        this.unpack(t);
        break;
      case 'Starred':
        this.err.error('starred assignment target must be in a list or tuple', t);
        break;
      default:
        // The parser rejects these with a precise message; this is only a safety net.
        this.err.error('cannot assign to expression', t);
    }
    this.u.line = saved;
  }

  private unpack(t: ast.Tuple | ast.List): void {
    const elts = t.elts;
    let star = -1;
    for (let i = 0; i < elts.length; i++) {
      if (elts[i].kind !== 'Starred') continue;
      if (star >= 0) this.err.error('multiple starred expressions in assignment', t);
      star = i;
    }
    if (star >= 0) {
      const after = elts.length - star - 1;
      if (star >= 256 || after >= 1 << 24) this.err.error('too many expressions in star-unpacking assignment', t);
      this.emit(Op.UNPACK_EX, star | (after << 8));
    } else {
      this.emit(Op.UNPACK_SEQUENCE, elts.length);
    }
    for (const e of elts) this.store(e.kind === 'Starred' ? e.value : e);
  }

  private delete(t: ast.Expr): void {
    const saved = this.u.line;
    this.u.line = t.lineno;
    switch (t.kind) {
      case 'Name':
        this.forbidden(t.id, 'Del', t);
        this.nameOp(t.id, 'Del');
        break;
      case 'Attribute':
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.u.addName(this.mangle(t.attr)));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.DELETE_SUBSCR);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.delete(e);
        break;
      default:
        this.err.error('cannot delete expression', t);
    }
    this.u.line = saved;
  }

  // ---- expressions ---------------------------------------------------------------------------

  private exprs(list: readonly ast.Expr[]): void {
    for (let i = 0; i < list.length; i++) this.expr(list[i]);
  }

  private expr(e: ast.Expr): void {
    const saved = this.u.line;
    this.u.line = e.lineno;
    this.exprInner(e);
    this.u.line = saved;
  }

  private exprInner(e: ast.Expr): void {
    switch (e.kind) {
      case 'Constant':
        this.loadConst(toConst(e.value));
        return;
      case 'Name':
        if (e.id === '__debug__' && e.ctx === 'Load') {
          this.loadConst(!this.options.optimize);
          return;
        }
        this.nameOp(e.id, e.ctx);
        return;
      case 'BinOp': {
        this.expr(e.left);
        this.expr(e.right);
        this.emit(BINARY[e.op]);
        return;
      }
      case 'UnaryOp': {
        const folded = foldConst(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.operand);
        this.emit(UNARY[e.op]);
        return;
      }
      case 'BoolOp': {
        const end = this.u.newLabel();
        const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        const n = e.values.length;
        for (let i = 0; i < n - 1; i++) {
          this.expr(e.values[i]);
          this.emit(jump, end);
        }
        this.expr(e.values[n - 1]);
        this.bind(end);
        return;
      }
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'Attribute':
        this.expr(e.value);
        this.emit(Op.LOAD_ATTR, this.u.addName(this.mangle(e.attr)));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case 'Slice': {
        let n = 2;
        if (e.lower) this.expr(e.lower);
        else this.loadConst(null);
        if (e.upper) this.expr(e.upper);
        else this.loadConst(null);
        if (e.step) {
          this.expr(e.step);
          n = 3;
        }
        this.emit(Op.BUILD_SLICE, n);
        return;
      }
      case 'Starred':
        this.err.error("can't use starred expression here", e);
        return;
      case 'List':
        this.starUnpack(e.elts, Op.BUILD_LIST, Op.BUILD_LIST_UNPACK);
        return;
      case 'Tuple': {
        const folded = foldConst(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.starUnpack(e.elts, Op.BUILD_TUPLE, Op.BUILD_TUPLE_UNPACK);
        return;
      }
      case 'Set':
        this.starUnpack(e.elts, Op.BUILD_SET, Op.BUILD_SET_UNPACK);
        return;
      case 'Dict': return this.dict(e);
      case 'IfExp': {
        const end = this.u.newLabel();
        const next = this.u.newLabel();
        this.jumpIf(e.test, false, next);
        this.expr(e.body);
        this.emit(Op.JUMP_FORWARD, end);
        this.bind(next);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'Lambda': return this.lambda(e);
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.DUP_TOP);
        this.store(e.target);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        return this.comprehension(e);
      case 'Yield':
        if (this.u.scope.type !== 'function') this.err.error("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        else this.loadConst(null);
        this.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom':
        if (this.u.scope.type !== 'function') this.err.error("'yield' outside function", e);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.emit(Op.YIELD_FROM);
        return;
      case 'Await':
        if (this.u.scope.type !== 'function') this.err.error("'await' outside function", e);
        this.err.error("'await' outside async function", e);
        return;
      case 'JoinedStr': {
        const n = e.values.length;
        if (n === 0) {
          this.loadConst('');
          return;
        }
        this.exprs(e.values);
        if (n !== 1) this.emit(Op.BUILD_STRING, n);
        return;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = CONVERSION[e.conversion] ?? 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      default: {
        const never: never = e;
        throw new Error(`internal: unknown expression ${(never as ast.Expr).kind}`);
      }
    }
  }

  // CPython's compiler_jump_if: jump to `label` when `e` is `cond`, short-circuiting and/or/not.
  private jumpIf(e: ast.Expr, cond: boolean, label: Label): void {
    if (e.kind === 'UnaryOp' && e.op === 'Not') {
      this.jumpIf(e.operand, !cond, label);
      return;
    }
    if (e.kind === 'BoolOp') {
      const isOr = e.op === 'Or';
      const n = e.values.length;
      const saved = this.u.line;
      this.u.line = e.lineno;
      if (cond !== isOr) {
        // `a and b` jumping when true / `a or b` jumping when false: skip to after on the first decider.
        const next = this.u.newLabel();
        for (let i = 0; i < n - 1; i++) this.jumpIf(e.values[i], isOr, next);
        this.jumpIf(e.values[n - 1], cond, label);
        this.bind(next);
      } else {
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i], cond, label);
      }
      this.u.line = saved;
      return;
    }
    if (e.kind === 'IfExp') {
      const end = this.u.newLabel();
      const orelse = this.u.newLabel();
      this.jumpIf(e.test, false, orelse);
      this.jumpIf(e.body, cond, label);
      this.emit(Op.JUMP_FORWARD, end);
      this.bind(orelse);
      this.jumpIf(e.orelse, cond, label);
      this.bind(end);
      return;
    }
    if (e.kind === 'Compare' && e.ops.length > 1) {
      const saved = this.u.line;
      this.u.line = e.lineno;
      const cleanup = this.u.newLabel();
      const end = this.u.newLabel();
      const n = e.ops.length - 1;
      this.expr(e.left);
      for (let i = 0; i < n; i++) {
        this.expr(e.comparators[i]);
        this.emit(Op.DUP_TOP);
        this.emit(Op.ROT_THREE);
        this.emit(Op.COMPARE_OP, COMPARE[e.ops[i]]);
        this.emit(Op.POP_JUMP_IF_FALSE, cleanup);
      }
      this.comparator(e, n);
      this.emit(Op.COMPARE_OP, COMPARE[e.ops[n]]);
      this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
      this.emit(Op.JUMP_FORWARD, end);
      this.bind(cleanup);
      this.emit(Op.POP_TOP);
      if (!cond) this.emit(Op.JUMP_FORWARD, label);
      this.bind(end);
      this.u.line = saved;
      return;
    }
    this.expr(e);
    this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  // An iterable operand: a constant list display loads as a constant tuple (CPython's fold_iter).
  private iterable(e: ast.Expr): void {
    const folded = foldIter(e);
    if (folded) {
      const saved = this.u.line;
      this.u.line = e.lineno;
      this.loadConst(folded);
      this.u.line = saved;
    } else {
      this.expr(e);
    }
  }

  // The last comparator of `in`/`not in` is only iterated (CPython's fold_compare).
  private comparator(e: ast.Compare, i: number): void {
    const op = e.ops[i];
    if (i === e.ops.length - 1 && (op === 'In' || op === 'NotIn')) this.iterable(e.comparators[i]);
    else this.expr(e.comparators[i]);
  }

  private compare(e: ast.Compare): void {
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.comparator(e, 0);
      this.emit(Op.COMPARE_OP, COMPARE[e.ops[0]]);
      return;
    }
    const cleanup = this.u.newLabel();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      this.emit(Op.DUP_TOP);
      this.emit(Op.ROT_THREE);
      this.emit(Op.COMPARE_OP, COMPARE[e.ops[i]]);
      this.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.comparator(e, n - 1);
    this.emit(Op.COMPARE_OP, COMPARE[e.ops[n - 1]]);
    const end = this.u.newLabel();
    this.emit(Op.JUMP_FORWARD, end);
    this.bind(cleanup);
    this.emit(Op.ROT_TWO);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  private call(e: ast.Call): void {
    const f = e.func;
    if (f.kind === 'Attribute' && f.ctx === 'Load' && e.keywords.length === 0 && !e.args.some((a) => a.kind === 'Starred')) {
      this.expr(f.value);
      this.emit(Op.LOAD_METHOD, this.u.addName(this.mangle(f.attr)));
      this.exprs(e.args);
      this.emit(Op.CALL_METHOD, e.args.length);
      return;
    }
    this.expr(f);
    this.callHelper(0, e.args, e.keywords, e);
  }

  // CPython's validate_keywords: for each keyword in order, __debug__ is forbidden and a later
  // keyword with the same name is an error reported at that later keyword.
  private checkKeywords(keywords: readonly ast.Keyword[], at: ast.Pos): void {
    if (!keywords.length) return;
    const positions = new Map<string, number[]>();
    keywords.forEach((k, i) => {
      if (k.arg !== null) positions.set(k.arg, [...(positions.get(k.arg) ?? []), i]);
    });
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      this.forbidden(k.arg, 'Store', at);
      const later = positions.get(k.arg)!.find((j) => j > i);
      if (later !== undefined) this.err.error(`keyword argument repeated: ${k.arg}`, keywords[later]);
    });
  }


  // Arguments and the call itself; `nPre` positional arguments are already on the stack.
  private callHelper(nPre: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[], at: ast.Pos): void {
    this.checkKeywords(keywords, at);
    const starred = args.some((a) => a.kind === 'Starred');
    const dstar = keywords.some((k) => k.arg === null);
    if (!starred && !dstar) {
      this.exprs(args);
      if (keywords.length) {
        for (const k of keywords) this.expr(k.value);
        this.loadConst(new TupleConst(keywords.map((k) => k.arg!)));
        this.emit(Op.CALL_FUNCTION_KW, nPre + args.length + keywords.length);
      } else {
        this.emit(Op.CALL_FUNCTION, nPre + args.length);
      }
      return;
    }
    // CPython 3.7's compiler_call_helper; deviation: the positional part is always a fresh tuple
    // and `**` always goes through BUILD_MAP_UNPACK_WITH_CALL, as docs/bytecode.md requires.
    let nseen = nPre;
    let nsub = 0;
    let lastStarred = false;
    for (const a of args) {
      if (a.kind === 'Starred') {
        if (nseen) {
          this.emit(Op.BUILD_TUPLE, nseen);
          nsub++;
          nseen = 0;
        }
        this.expr(a.value);
        nsub++;
        lastStarred = true;
      } else {
        this.expr(a);
        nseen++;
        lastStarred = false;
      }
    }
    if (nseen || nsub === 0) {
      this.emit(Op.BUILD_TUPLE, nseen);
      nsub++;
      lastStarred = false;
    }
    if (nsub > 1 || lastStarred) this.emit(Op.BUILD_TUPLE_UNPACK_WITH_CALL, nsub);
    if (!keywords.length) {
      this.emit(Op.CALL_FUNCTION_EX, 0);
      return;
    }
    let nsubkw = 0;
    let group: ast.Keyword[] = [];
    const flush = () => {
      if (!group.length) return;
      this.keywordGroup(group);
      nsubkw++;
      group = [];
    };
    for (const k of keywords) {
      if (k.arg === null) {
        flush();
        this.expr(k.value);
        nsubkw++;
      } else {
        group.push(k);
      }
    }
    flush();
    if (dstar) this.emit(Op.BUILD_MAP_UNPACK_WITH_CALL, nsubkw);
    this.emit(Op.CALL_FUNCTION_EX, 1);
  }

  private keywordGroup(group: readonly ast.Keyword[]): void {
    if (group.length > 1) {
      for (const k of group) this.expr(k.value);
      this.loadConst(new TupleConst(group.map((k) => k.arg!)));
      this.emit(Op.BUILD_CONST_KEY_MAP, group.length);
    } else {
      this.loadConst(group[0].arg!);
      this.expr(group[0].value);
      this.emit(Op.BUILD_MAP, 1);
    }
  }

  // List/tuple/set displays, with `*x` items concatenated by the *_UNPACK instruction.
  private starUnpack(elts: readonly ast.Expr[], build: number, unpack: number): void {
    if (!elts.some((x) => x.kind === 'Starred')) {
      this.exprs(elts);
      this.emit(build, elts.length);
      return;
    }
    let nseen = 0;
    let nsub = 0;
    for (const x of elts) {
      if (x.kind === 'Starred') {
        if (nseen) {
          this.emit(Op.BUILD_TUPLE, nseen);
          nseen = 0;
          nsub++;
        }
        this.expr(x.value);
        nsub++;
      } else {
        this.expr(x);
        nseen++;
      }
    }
    if (nseen) {
      this.emit(Op.BUILD_TUPLE, nseen);
      nsub++;
    }
    this.emit(unpack, nsub);
  }

  private dict(e: ast.Dict): void {
    let nsub = 0;
    let n = 0;
    let unpacking = false;
    const keys = e.keys;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === null) {
        if (n) {
          this.subdict(e, i - n, i);
          nsub++;
          n = 0;
        }
        this.expr(e.values[i]);
        nsub++;
        unpacking = true;
      } else {
        n++;
      }
    }
    if (n) {
      this.subdict(e, keys.length - n, keys.length);
      nsub++;
    }
    if (nsub > 1 || unpacking) this.emit(Op.BUILD_MAP_UNPACK, nsub);
    else if (nsub === 0) this.emit(Op.BUILD_MAP, 0);
  }

  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    if (n > 1) {
      const keys: Const[] = [];
      for (let i = begin; i < end; i++) {
        const k = e.keys[i]!;
        if (k.kind !== 'Constant') break;
        keys.push(toConst(k.value));
      }
      if (keys.length === n) {
        for (let i = begin; i < end; i++) this.expr(e.values[i]);
        this.loadConst(new TupleConst(keys));
        this.emit(Op.BUILD_CONST_KEY_MAP, n);
        return;
      }
    }
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]);
    }
    this.emit(Op.BUILD_MAP, n);
  }

  private lambda(e: ast.Lambda): void {
    this.checkDebugArgs(e.args, e);
    const flags = this.defaults(e.args);
    const scope = this.st.lookup(e);
    this.enterScope(scope, 'lambda', '<lambda>', e.lineno, null);
    this.setArgCounts(e.args);
    // None first, so a lambda never has a docstring (CPython).
    this.u.addConst(null);
    this.expr(e.body);
    if (scope.isGenerator) this.emit(Op.POP_TOP);
    else this.emit(Op.RETURN_VALUE);
    const code = this.exitScope();
    this.makeClosure(code, flags);
  }

  private comprehension(e: Comp): void {
    const scope = this.st.lookup(e);
    const kind = scope.comprehension!;
    const name = kind === 'generator' ? '<genexpr>' : `<${kind}comp>`;
    this.enterScope(scope, 'comprehension', name, e.lineno, null);
    this.u.line = e.lineno;
    this.u.argcount = 1;
    if (kind === 'list') this.emit(Op.BUILD_LIST, 0);
    else if (kind === 'set') this.emit(Op.BUILD_SET, 0);
    else if (kind === 'dict') this.emit(Op.BUILD_MAP, 0);
    this.compGenerator(e, 0);
    if (kind !== 'generator') this.emit(Op.RETURN_VALUE);
    const code = this.exitScope();
    this.makeClosure(code, 0);
    this.iterable(e.generators[0].iter);
    this.emit(Op.GET_ITER);
    this.emit(Op.CALL_FUNCTION, 1);
  }

  private compGenerator(e: Comp, index: number): void {
    const gen = e.generators[index];
    const start = this.u.newLabel();
    const ifCleanup = this.u.newLabel();
    const anchor = this.u.newLabel();
    if (index === 0) {
      this.emit(Op.LOAD_FAST, this.u.addVarname('.0'));
    } else {
      this.iterable(gen.iter);
      this.emit(Op.GET_ITER);
    }
    this.bind(start);
    this.emit(Op.FOR_ITER, anchor);
    this.store(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, false, ifCleanup);
    if (index + 1 < e.generators.length) {
      this.compGenerator(e, index + 1);
    } else {
      const depth = e.generators.length + 1;
      switch (e.kind) {
        case 'GeneratorExp':
          this.expr(e.elt);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
        case 'ListComp':
          this.expr(e.elt);
          this.emit(Op.LIST_APPEND, depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          this.emit(Op.MAP_ADD, depth);
          break;
      }
    }
    this.bind(ifCleanup);
    this.emit(Op.JUMP_ABSOLUTE, start);
    this.bind(anchor);
  }
}
