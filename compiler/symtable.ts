// The symbol table: one Scope per module, function, lambda, class body and comprehension, and
// for each name its scope (local, global explicit/implicit, free, cell), as CPython's symtable.c:
// a visiting pass records definitions and uses, then analyzeBlock resolves them top-down.

import type * as ast from '../grammar';
import type { ErrorReporter } from './errors';

// Symbol flags (CPython's DEF_* bits).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type ScopeType = 'module' | 'function' | 'class';
export type NameScope = 'local' | 'globalExplicit' | 'globalImplicit' | 'free' | 'cell';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

type ScopeNode = ast.Module | ast.FunctionDef | ast.ClassDef | ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/** One block of the symbol table (CPython's PySTEntryObject). */
export class Scope {
  /** Flags per (mangled) name. */
  readonly symbols = new Map<string, number>();
  /** Resolved scope per name, filled by the analysis. */
  readonly scopes = new Map<string, NameScope>();
  readonly children: Scope[] = [];
  /** Parameters, in co_varnames order. */
  readonly varnames: string[] = [];
  /** Where each global/nonlocal directive sits, for error messages. */
  readonly directives = new Map<string, ast.Pos>();
  isGenerator = false;
  hasVarargs = false;
  hasVarkeywords = false;
  /** A class body whose methods use super/__class__: the body gets a __class__ cell. */
  needsClassClosure = false;
  /** Nested inside a function-like scope (CO_NESTED). */
  readonly nested: boolean;

  constructor(
    readonly name: string,
    readonly type: ScopeType,
    readonly lineno: number,
    readonly parent: Scope | null,
    readonly comprehension: ComprehensionKind | null = null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.type === 'function');
  }

  /** The resolved scope of a (mangled) name, or undefined when the name never occurs here. */
  scopeOf(name: string): NameScope | undefined {
    return this.scopes.get(name);
  }
}

/** The result: the module's scope plus a lookup from scope-creating AST nodes to their scopes. */
export class SymbolTable {
  constructor(readonly top: Scope, private readonly byNode: Map<object, Scope>) {}

  /** The scope created by a Module, FunctionDef, ClassDef, Lambda or comprehension node. */
  lookup(node: object): Scope {
    const s = this.byNode.get(node);
    if (!s) throw new Error('internal: no scope for node');
    return s;
  }
}

/** CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x` (not dunder names, not dotted). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

const COMP_NAMES: Record<ComprehensionKind, string> = {
  list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', generator: 'generator expression',
};

/** Build and analyse the symbol table of a module. Throws PySyntaxError (CPython's messages). */
export function buildSymtable(mod: ast.Module, err: ErrorReporter): SymbolTable {
  const builder = new Builder(err);
  const top = builder.run(mod);
  analyzeBlock(top, null, new Set(), new Set(), err);
  return new SymbolTable(top, builder.byNode);
}

class Builder {
  readonly byNode = new Map<object, Scope>();
  private cur!: Scope;
  private stack: Scope[] = [];
  private privateName: string | null = null;
  private compIterTarget = false;

  constructor(private readonly err: ErrorReporter) {}

  run(mod: ast.Module): Scope {
    const top = this.enter('top', 'module', 1, mod);
    this.stmts(mod.body);
    this.exit();
    return top;
  }

  private enter(name: string, type: ScopeType, lineno: number, node: ScopeNode, comp: ComprehensionKind | null = null): Scope {
    const s = new Scope(name, type, lineno, this.stack.length ? this.cur : null, comp);
    if (this.stack.length) this.cur.children.push(s);
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, pos: ast.Pos, scope: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = scope.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) && (old & DEF_PARAM)) this.err.error(`duplicate argument '${name}' in function definition`, pos);
      val |= old;
    }
    if (this.compIterTarget && scope === this.cur) val |= DEF_COMP_ITER;
    scope.symbols.set(mangled, val);
    if (flag & DEF_PARAM) scope.varnames.push(mangled);
  }

  private stmts(body: readonly ast.Stmt[]): void {
    for (let i = 0; i < body.length; i++) this.stmt(body[i]);
  }

  private exprs(list: readonly (ast.Expr | null)[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e) this.expr(e);
    }
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.argDefaults(s.args);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        const lineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enter(s.name, 'function', lineno, s);
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const lineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
        this.enter(s.name, 'class', lineno, s);
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = savedPrivate;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = this.cur.symbols.get(mangle(this.privateName, s.target.id)) ?? 0;
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.type !== 'module' && s.simple) {
            const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            this.err.error(`annotated name '${s.target.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') this.err.error('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        this.directive(s);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      default: {
        const never: never = s;
        throw new Error(`internal: unknown statement ${(never as ast.Stmt).kind}`);
      }
    }
  }

  private directive(s: ast.Global | ast.Nonlocal): void {
    const isGlobal = s.kind === 'Global';
    const word = isGlobal ? 'global' : 'nonlocal';
    if (!isGlobal && this.cur.type === 'module') this.err.error('nonlocal declaration not allowed at module level', s);
    for (const name of s.names) {
      const mangled = mangle(this.privateName, name);
      const cur = this.cur.symbols.get(mangled) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        this.err.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, s);
    }
  }

  private argDefaults(a: ast.Arguments): void {
    this.exprs(a.defaults);
    this.exprs(a.kw_defaults);
  }

  private annotations(a: ast.Arguments, returns: ast.Expr | null): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) if (p.annotation) this.expr(p.annotation);
    if (returns) this.expr(returns);
  }

  private params(a: ast.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private expr(e: ast.Expr): void {
    switch (e.kind) {
      case 'Constant':
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'List':
      case 'Tuple':
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Lambda':
        this.argDefaults(e.args);
        this.enter('lambda', 'function', e.lineno, e);
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'NamedExpr':
        this.expr(e.value);
        if (this.cur.comprehension) this.namedExprInComprehension(e.target);
        else this.expr(e.target);
        break;
      case 'ListComp':
        this.comprehension(e, 'list', e.generators, [e.elt]);
        break;
      case 'SetComp':
        this.comprehension(e, 'set', e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e, 'dict', e.generators, [e.key, e.value]);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'generator', e.generators, [e.elt]);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        if (this.cur.comprehension) this.err.error(`'yield' inside ${COMP_NAMES[this.cur.comprehension]}`, e);
        this.cur.isGenerator = true;
        break;
      case 'Await':
        this.expr(e.value);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      default: {
        const never: never = e;
        throw new Error(`internal: unknown expression ${(never as ast.Expr).kind}`);
      }
    }
  }

  private comprehension(node: ScopeNode & ast.Pos, kind: ComprehensionKind, gens: readonly ast.Comprehension[], body: ast.Expr[]): void {
    const outer = gens[0];
    this.expr(outer.iter);
    const names: Record<ComprehensionKind, string> = { list: 'listcomp', set: 'setcomp', dict: 'dictcomp', generator: 'genexpr' };
    const s = this.enter(names[kind], 'function', node.lineno, node, kind);
    if (kind === 'generator') s.isGenerator = true;
    this.addDef('.0', DEF_PARAM, node);
    this.compTarget(outer.target);
    this.exprs(outer.ifs);
    for (let i = 1; i < gens.length; i++) {
      this.compTarget(gens[i].target);
      this.expr(gens[i].iter);
      this.exprs(gens[i].ifs);
    }
    this.exprs(body);
    this.exit();
  }

  private compTarget(target: ast.Expr): void {
    this.compIterTarget = true;
    this.expr(target);
    this.compIterTarget = false;
  }

  private namedExprInComprehension(target: ast.Name): void {
    const name = mangle(this.privateName, target.id);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if ((ste.symbols.get(name) ?? 0) & DEF_COMP_ITER) {
          this.err.error(`assignment expression cannot rebind comprehension iteration variable '${target.id}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const flags = ste.symbols.get(name) ?? 0;
        this.addDef(target.id, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, target);
        this.addDef(target.id, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target.id, DEF_GLOBAL, target);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, target);
        this.addDef(target.id, DEF_GLOBAL, target, ste);
        return;
      }
      this.err.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

// ---- analysis (CPython's analyze_block) -------------------------------------------------------

function analyzeBlock(s: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, err: ErrorReporter): void {
  const local = new Set<string>();
  const newBound = new Set<string>();
  const newGlobal = new Set<string>();
  // Class namespaces are invisible to nested functions: children see what the class saw.
  if (s.type === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of s.symbols) analyzeName(s, name, flags, bound, local, free, global, err);
  if (s.type !== 'class') {
    if (s.type === 'function') for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  const newFree = new Set<string>();
  for (const child of s.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), err);
    for (const f of childFree) newFree.add(f);
  }
  if (s.type === 'function') {
    for (const [name, sc] of s.scopes) {
      if (sc === 'local' && newFree.has(name)) {
        s.scopes.set(name, 'cell');
        newFree.delete(name);
      }
    }
  } else if (s.type === 'class') {
    if (newFree.delete('__class__')) s.needsClassClosure = true;
  }
  for (const name of newFree) {
    const flags = s.symbols.get(name);
    if (flags !== undefined) {
      if (s.type === 'class' && (flags & (DEF_BOUND | DEF_GLOBAL))) s.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    s.symbols.set(name, 0);
    s.scopes.set(name, 'free');
  }
  for (const f of newFree) free.add(f);
}

function analyzeName(
  s: Scope, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
  free: Set<string>, global: Set<string>, err: ErrorReporter,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) err.error(`name '${name}' is nonlocal and global`, s.directives.get(name)!);
    s.scopes.set(name, 'globalExplicit');
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound || !bound.has(name)) err.error(`no binding for nonlocal '${name}' found`, s.directives.get(name)!);
    s.scopes.set(name, 'free');
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    s.scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    s.scopes.set(name, 'free');
    free.add(name);
    return;
  }
  s.scopes.set(name, 'globalImplicit');
}
