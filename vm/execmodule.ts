// compile(), exec() and eval(), and the `dis` module: the parts of the runtime that need the
// compiler. The VM never imports it: the embedder hands in a compile hook (bin/ passes the real
// compiler), as it hands in the module finder. Without a hook these raise RuntimeError.

import { CodeObject, dis as disassemble } from '../bytecode/index';
import type { VM } from './eval';
import { Frame, codeCache } from './frame';
import { PyCode, pyCode } from './objects/codeobj';
import { PyDict } from './objects/dict';
import { PyMappingProxy, proxyEntries } from './mappingproxy';
import { pyErr, RuntimeError, TypeError, ValueError } from './objects/exceptions';
import { PyBuiltin } from './objects/function';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import type { PyObject } from './objects/type';
import { getAttrOrUndefined } from './attributes';
import { repr, str } from './repr';

export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * Compiles source for the running program. Must throw a Python SyntaxError (a PyException) for
 * bad source, never the compiler's own error type.
 */
export type CompileHook = (source: string, filename: string, mode: CompileMode, optimize: 0 | 1) => CodeObject;

type NativeFn = (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject;

function compileWith(vm: VM, source: string, filename: string, mode: CompileMode): CodeObject {
  if (!vm.compileHook) throw pyErr(RuntimeError, 'this embedding of tspy has no compiler (compile, exec, eval)');
  return vm.compileHook(source, filename, mode, vm.optimize);
}

/** Positional and keyword arguments of a builtin, by CPython's parameter names. */
function bind(fname: string, names: string[], required: number, args: PyObject[], kw: Map<string, PyObject> | null): (PyObject | undefined)[] {
  if (args.length > names.length) throw pyErr(TypeError, `${fname}() takes at most ${names.length} arguments (${args.length} given)`);
  const out: (PyObject | undefined)[] = names.map((_, i) => args[i]);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw pyErr(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyErr(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** A code object from a str or code argument, as exec()/eval() take them. */
function codeFrom(vm: VM, fname: 'exec' | 'eval', source: PyObject): CodeObject {
  if (source instanceof PyCode) return source.code;
  if (typeof source === 'string') return compileWith(vm, source, '<string>', fname);
  throw pyErr(TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

/** A frame's locals as a dict: its namespace, or a snapshot of its fast locals (CPython's locals()). */
export function frameLocals(f: Frame): PyDict {
  if (f.f_locals) return f.f_locals;
  const d = new PyDict();
  f.f_code.co_varnames.forEach((n, i) => {
    if (f.fast[i] !== undefined) d.setStr(n, f.fast[i]!);
  });
  return d;
}

/** Run `code` in the given namespaces (the caller's when omitted), as exec()/eval() do. */
function runIn(vm: VM, fname: string, code: CodeObject, g: PyObject | undefined, l: PyObject | undefined): PyObject {
  const caller = vm.frame;
  let globals: PyDict;
  if (g === undefined || g === None) {
    if (!caller) throw pyErr(RuntimeError, `${fname}(): no current frame`);
    globals = caller.f_globals;
  } else if (g instanceof PyDict) globals = g;
  else throw pyErr(TypeError, `${fname}() globals must be a dict, not ${str(repr(g)).split(' ')[0]}`);
  let locals: PyDict;
  if (l !== undefined && l !== None) {
    if (!(l instanceof PyDict)) throw pyErr(TypeError, 'locals must be a mapping');
    locals = l;
  } else if ((g === undefined || g === None) && caller) locals = frameLocals(caller);
  else locals = globals;
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', new PyModule('builtins', vm.builtins));
  return vm.runFrame(new Frame(code, codeCache(code), globals, vm.builtins, locals, [], null));
}

/** compile, exec and eval, for the builtins namespace. */
export function execBuiltins(vm: VM): [string, NativeFn][] {
  return [
    ['compile', (args, kw) => {
      const [source, filename, mode, , , optimize] = bind('compile', ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], 3, args, kw);
      if (typeof source !== 'string') throw pyErr(TypeError, 'compile() arg 1 must be a string, bytes or AST object');
      if (typeof filename !== 'string') throw pyErr(TypeError, 'compile() argument \'filename\' must be str');
      if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throw pyErr(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
      const saved = vm.optimize;
      if (typeof optimize === 'number' && optimize >= 0) vm.optimize = optimize > 0 ? 1 : 0;
      try {
        return pyCode(compileWith(vm, source, filename, mode));
      } finally {
        vm.optimize = saved;
      }
    }],
    ['exec', (args, kw) => {
      const [source, g, l] = bind('exec', ['source', 'globals', 'locals'], 1, args, kw);
      runIn(vm, 'exec', codeFrom(vm, 'exec', source!), g, l);
      return None;
    }],
    ['eval', (args, kw) => {
      const [source, g, l] = bind('eval', ['source', 'globals', 'locals'], 1, args, kw);
      const src = typeof source === 'string' ? source.replace(/^[ \t]+/, '') : source!;
      return runIn(vm, 'eval', codeFrom(vm, 'eval', src), g, l);
    }],
  ];
}

/** The code object(s) behind what dis.dis() is given, with a title for each. */
function codeTargets(vm: VM, x: PyObject): [string | null, CodeObject][] {
  if (x instanceof PyCode) return [[null, x.code]];
  if (typeof x === 'string') return [[null, compileWith(vm, x, '<dis>', 'exec')]];
  const func = getAttrOrUndefined(x, '__func__') ?? x;
  const code = getAttrOrUndefined(func, '__code__');
  if (code instanceof PyCode) return [[null, code.code]];
  const rawNs = getAttrOrUndefined(x, '__dict__');
  // A class's namespace is a mappingproxy over its attribute map.
  let ns = rawNs;
  if (rawNs instanceof PyMappingProxy) {
    const d = new PyDict();
    for (const [k, v] of proxyEntries(rawNs)) d.set(k, v);
    ns = d;
  }
  if (ns instanceof PyDict) {
    // A class or module: each function or method in it, sorted by name, as CPython's dis.
    const out: [string | null, CodeObject][] = [];
    const names = [...ns.map.keys()].filter((k): k is string => typeof k === 'string').sort();
    for (const name of names) {
      const v = ns.getStr(name)!;
      const inner = getAttrOrUndefined(getAttrOrUndefined(v, '__func__') ?? v, '__code__');
      if (inner instanceof PyCode) out.push([name, inner.code]);
    }
    return out;
  }
  throw pyErr(TypeError, `don't know how to disassemble ${typeOfName(x)} objects`);
}

function typeOfName(x: PyObject): string {
  const cls = getAttrOrUndefined(x, '__class__');
  const name = cls === undefined ? undefined : getAttrOrUndefined(cls, '__name__');
  return typeof name === 'string' ? name : 'unknown';
}

/** The `dis` module: dis.dis() and dis.code_info() print tspy's disassembly (CPython 3.7's layout). */
export function makeDisModule(vm: VM): PyModule {
  const d = new PyDict();
  d.setStr('__name__', 'dis');
  d.setStr('__doc__', 'Disassembler of tspy bytecode (CPython 3.7 layout).');
  const write = (text: string) => vm.writeStdout(text);
  d.setStr('dis', new PyBuiltin('dis', (args) => {
    const x = args[0];
    if (x === undefined || x === None) throw pyErr(TypeError, 'dis() needs something to disassemble (tspy has no last traceback to show)');
    for (const [title, code] of codeTargets(vm, x)) {
      if (title !== null) write(`Disassembly of ${title}:\n`);
      write(disassemble(code, { header: false }));
      if (title !== null) write('\n');
    }
    return None;
  }));
  d.setStr('code_info', new PyBuiltin('code_info', (args) => {
    const [[, code]] = codeTargets(vm, args[0] ?? None);
    const text = disassemble(code, { recursive: false });
    return text.slice(0, text.indexOf('\n\n') >= 0 ? text.indexOf('\n\n') : text.length);
  }));
  d.setStr('show_code', new PyBuiltin('show_code', (args) => {
    const [[, code]] = codeTargets(vm, args[0] ?? None);
    const text = disassemble(code, { recursive: false });
    write(`${text.slice(0, text.indexOf('\n\n') >= 0 ? text.indexOf('\n\n') : text.length)}\n`);
    return None;
  }));
  return new PyModule('dis', d);
}
