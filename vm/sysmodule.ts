// The sys module (CPython's sysmodule.c, reduced): interpreter facts, the standard streams, the
// recursion limit and exception state. sys.path and sys.modules are added by imports.ts.

import type { VM } from './eval';
import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { pyErr, PyBaseException, PyException, SystemExit, TypeError, ValueError, tracebackOf } from './objects/exceptions';
import { typeOf, type NativeFn } from './objects/type';
import { asIndex } from './ops';
import { makeNamespace, makeStructSeqType, PyStructSeq } from './structseq';
import { PyStdStream } from './iomodule';
import { pyFrame } from './frameobject';

const VERSION: [number, number, number, string, number] = [3, 11, 7, 'final', 0];

const versionInfoType = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const flagsType = makeStructSeqType('sys', 'flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
]);
const floatInfoType = makeStructSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfoType = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);

/** Run options that sys reports (tspy's -B, --cache-prefix and -O). */
export interface SysOptions {
  dontWriteBytecode?: boolean;
  pycachePrefix?: string | null;
  optimize?: 0 | 1;
}

function flags(o: SysOptions): PyStructSeq {
  // CPython: hash_randomization is 1 there; tspy's str hashes are fixed (PYTHONHASHSEED=0 in tests).
  return new PyStructSeq(flagsType, [0, 0, 0, o.optimize ?? 0, o.dontWriteBytecode ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1]);
}

/** Set what sys says about this run's options. */
export function configureSys(sys: PyModule, o: SysOptions): void {
  sys.dict.setStr('dont_write_bytecode', !!o.dontWriteBytecode);
  sys.dict.setStr('pycache_prefix', o.pycachePrefix ?? None);
  sys.dict.setStr('flags', flags(o));
}

/** A new sys module for `vm`. */
export function makeSysModule(vm: VM): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  const def = (name: string, f: NativeFn) => d.setStr(name, new PyBuiltin(name, f));
  const host = vm.host;
  d.setStr('argv', new PyList(vm.argv.slice()));
  d.setStr('orig_argv', new PyList(vm.argv.slice()));
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('version', `${VERSION.slice(0, 3).join('.')} (tspy)`);
  const versionInfo = new PyStructSeq(versionInfoType, VERSION.slice());
  d.setStr('version_info', versionInfo);
  d.setStr('hexversion', 0x030b07f0);
  d.setStr('api_version', 1013);
  d.setStr('implementation', makeNamespace([
    ['name', 'tspy'], ['cache_tag', 'tspy-1'], ['version', versionInfo], ['hexversion', 0x030b07f0],
  ]));
  d.setStr('platform', host.platform ?? 'linux');
  d.setStr('byteorder', 'little');
  d.setStr('executable', host.executable ?? '');
  d.setStr('prefix', '');
  d.setStr('exec_prefix', '');
  d.setStr('base_prefix', '');
  d.setStr('base_exec_prefix', '');
  d.setStr('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.');
  d.setStr('float_info', new PyStructSeq(floatInfoType, [
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr('int_info', new PyStructSeq(intInfoType, [30, 4, 4300, 640]));
  d.setStr('float_repr_style', 'short');
  d.setStr('warnoptions', new PyList([]));
  d.setStr('path', new PyList([]));
  configureSys(m, { optimize: vm.optimize });
  const stdin = new PyStdStream(vm, 0), stdout = new PyStdStream(vm, 1), stderr = new PyStdStream(vm, 2);
  d.setStr('stdin', stdin);
  d.setStr('stdout', stdout);
  d.setStr('stderr', stderr);
  d.setStr('__stdin__', stdin);
  d.setStr('__stdout__', stdout);
  d.setStr('__stderr__', stderr);
  def('exit', (args) => {
    if (args.length > 1) throw pyErr(TypeError, `exit expected at most 1 argument, got ${args.length}`);
    throw new PyException(new PyBaseException(SystemExit, args.length ? [args[0]] : []));
  });
  def('getrecursionlimit', () => vm.recursionLimit);
  def('setrecursionlimit', (args) => {
    if (args.length !== 1) throw pyErr(TypeError, `setrecursionlimit() takes exactly one argument (${args.length} given)`);
    const n = asIndex(args[0]);
    if (n < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1');
    vm.recursionLimit = n;
    return None;
  });
  def('exc_info', () => {
    const e = vm.excInfo;
    return e === null ? new PyTuple([None, None, None]) : new PyTuple([e.cls, e, tracebackOf(e)]);
  });
  def('exception', () => vm.excInfo ?? None);
  def('_getframe', (args) => {
    // CPython: sys._getframe([depth]); a builtin call pushes no frame, so vm.frame is the caller.
    if (args.length > 1) throw pyErr(TypeError, `_getframe expected at most 1 argument, got ${args.length}`);
    let depth = args.length ? asIndex(args[0]) : 0;
    let f = vm.frame;
    for (; depth > 0 && f; depth--) f = f.f_back;
    if (!f) throw pyErr(ValueError, 'call stack is not deep enough');
    return pyFrame(f);
  });
  def('intern', (args) => {
    if (typeof args[0] !== 'string') throw pyErr(TypeError, `intern() argument must be str, not ${typeOf(args[0] ?? None).tpName}`);
    return args[0];
  });
  def('getdefaultencoding', () => 'utf-8');
  def('getfilesystemencoding', () => 'utf-8');
  def('getfilesystemencodeerrors', () => 'surrogateescape');
  def('getswitchinterval', () => new PyFloat(0.005));
  def('is_finalizing', () => false);
  return m;
}
