// The os module (CPython's posixmodule.c and Lib/os.py, the portable basics): the environment,
// folders and files through host.fs, os.path (posixpath), walk, urandom. Importing os also
// registers os.path and posixpath in sys.modules, as CPython's os.py does.

import type { VM } from './eval';
import { PyBuiltin, PyProperty } from './objects/function';
import { PyDict } from './objects/dict';
import { PyFloat } from './objects/float';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyBytes } from './objects/bytes';
import { FnIter } from './objects/iterators';
import { isPyErr, OSError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { typeOf, type NativeFn, type PyObject } from './objects/type';
import { iterClass } from './builtins';
import { asIndex, truthy } from './ops';
import { callObject } from './call';
import { fsPath } from './iomodule';
import { flushFiles } from './fileio';
import { hostCall, osError, strerror } from './oserror';
import { makeStructSeqType, PyStructSeq } from './structseq';
import { hostStat, join, makePosixpathModule, split } from './posixpathmodule';
import { HostError, type HostFS } from './host';

const statResultType = makeStructSeqType('os', 'stat_result', [
  'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime',
], [], false);
// As in CPython, the tuple holds whole seconds and the attributes are floats.
for (const f of ['st_atime', 'st_mtime', 'st_ctime']) {
  statResultType.dict.set(f, new PyProperty(new PyBuiltin(f, (a) => (a[0] as PyStructSeq).extra[0]), None, None, None));
}

const walkType = iterClass('walk', () => {
  throw pyErr(TypeError, "cannot create 'walk' instances");
}, 'os');

/** The os module for `vm`; sys.modules gains os.path and posixpath too. */
export function makeOsModule(vm: VM): PyModule {
  const m = new PyModule('os');
  const d = m.dict;
  const def = (name: string, f: NativeFn) => d.setStr(name, new PyBuiltin(name, f));
  const fs = (p?: PyObject): HostFS => {
    const f = vm.host.fs;
    if (f === undefined) throw osError('ENOSYS', p);
    flushFiles();
    return f;
  };
  const known = vm.modules.getStr('posixpath');
  const path = known instanceof PyModule ? known : makePosixpathModule(vm);
  vm.modules.setStr('posixpath', path);
  vm.modules.setStr('os.path', path);
  d.setStr('path', path);
  d.setStr('name', 'posix');
  for (const k of ['sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir', 'defpath', 'devnull']) d.setStr(k, path.dict.getStr(k)!);
  d.setStr('linesep', '\n');
  d.setStr('error', OSError);
  d.setStr('SEEK_SET', 0);
  d.setStr('SEEK_CUR', 1);
  d.setStr('SEEK_END', 2);
  d.setStr('F_OK', 0);
  d.setStr('R_OK', 4);
  d.setStr('W_OK', 2);
  d.setStr('X_OK', 1);

  const environ = new PyDict();
  for (const [k, v] of Object.entries(vm.host.environ?.() ?? {})) environ.setStr(k, v);
  d.setStr('environ', environ);
  def('getenv', (args, kw) => {
    const key = args[0] ?? kw?.get('key');
    if (typeof key !== 'string') throw pyErr(TypeError, `str expected, not ${typeOf(key ?? None).tpName}`);
    return environ.get(key) ?? args[1] ?? kw?.get('default') ?? None;
  });
  def('putenv', (args) => {
    environ.set(args[0], args[1]);
    return None;
  });

  def('getcwd', () => hostCall(() => fs().getcwd()));
  def('fspath', (args) => {
    const v = args[0];
    if (typeof v === 'string' || v instanceof PyBytes) return v;
    return fsPath(v);
  });
  def('listdir', (args, kw) => {
    const p = args[0] ?? kw?.get('path') ?? '.';
    const names = hostCall(() => fs(p).listdir(fsPath(p)), p);
    return new PyList(names);
  });
  def('mkdir', (args, kw) => {
    const p = args[0] ?? kw?.get('path');
    hostCall(() => fs(p).mkdir(fsPath(p!)), p);
    return None;
  });
  def('makedirs', (args, kw) => {
    const p = fsPath(args[0] ?? kw?.get('name') ?? None);
    const existOk = truthy(args[2] ?? kw?.get('exist_ok') ?? false);
    makedirs(vm, fs(p), p, existOk);
    return None;
  });
  def('rmdir', (args) => {
    hostCall(() => fs(args[0]).rmdir(fsPath(args[0])), args[0]);
    return None;
  });
  const remove: NativeFn = (args) => {
    const p = args[0];
    // unlink() of a folder fails with EISDIR on Linux, as CPython reports it.
    hostCall(() => {
      const f = fs(p);
      if (f.stat(fsPath(p), false).kind === 'dir') throw new HostError('EISDIR');
      f.unlink(fsPath(p));
    }, p);
    return None;
  };
  def('remove', remove);
  def('unlink', remove);
  const rename: NativeFn = (args) => {
    hostCall(() => fs(args[0]).rename(fsPath(args[0]), fsPath(args[1])), args[0], args[1]);
    return None;
  };
  def('rename', rename);
  def('replace', rename);
  def('stat', (args) => {
    const s = hostStat(vm, args[0]);
    return statResult(s.mode, s.size, s.mtime);
  });
  def('lstat', (args) => {
    const s = hostStat(vm, args[0], false);
    return statResult(s.mode, s.size, s.mtime);
  });
  def('access', (args) => {
    try {
      hostStat(vm, args[0]);
      return true;
    } catch (e) {
      if (isPyErr(e, OSError)) return false;
      throw e;
    }
  });
  def('strerror', (args) => strerror(asIndex(args[0])));
  def('urandom', (args) => {
    const n = asIndex(args[0]);
    if (n < 0) throw pyErr(ValueError, 'negative argument not allowed');
    return new PyBytes(randomBytes(vm, n));
  });
  def('cpu_count', () => None);
  def('getpid', () => 1);
  def('get_terminal_size', () => new PyTuple([80, 24]));
  def('walk', (args, kw) => walk(vm, fsPath(args[0] ?? kw?.get('top') ?? None), truthy(args[1] ?? kw?.get('topdown') ?? true), args[2] ?? kw?.get('onerror') ?? None));
  return m;
}

function statResult(mode: number, size: number, mtime: number): PyStructSeq {
  const t = Math.floor(mtime);
  return new PyStructSeq(statResultType, [mode, 0, 0, 1, 0, 0, size, t, t, t], [new PyFloat(mtime)]);
}

function makedirs(vm: VM, fs: HostFS, p: string, existOk: boolean): void {
  let [head, tail] = split(p);
  if (tail === '') [head, tail] = split(head);
  if (head !== '' && tail !== '' && !exists(fs, head)) {
    makedirs(vm, fs, head, true);
  }
  try {
    hostCall(() => fs.mkdir(p), p);
  } catch (e) {
    // CPython: an existing folder is fine with exist_ok, but an existing file is not.
    if (!existOk || !isPyErr(e, OSError) || !isDir(fs, p)) throw e;
  }
}

function exists(fs: HostFS, p: string): boolean {
  try {
    fs.stat(p, true);
    return true;
  } catch {
    return false;
  }
}

function isDir(fs: HostFS, p: string): boolean {
  try {
    return fs.stat(p, true).kind === 'dir';
  } catch {
    return false;
  }
}

/** os.walk, top-down by default: the caller may prune `dirnames` before the walk goes on. */
function walk(vm: VM, top: string, topdown: boolean, onerror: PyObject): FnIter {
  const fs = vm.host.fs;
  if (fs === undefined) throw osError('ENOSYS', top);
  const list = (dir: string): [PyList, PyList] | null => {
    let names: string[];
    try {
      flushFiles();
      names = hostCall(() => fs.listdir(dir), dir);
    } catch (e) {
      if (isPyErr(e, OSError)) {
        if (onerror !== None) callObject(onerror, [e.exc]);
        return null;
      }
      throw e;
    }
    const dirs: PyObject[] = [], files: PyObject[] = [];
    for (const n of names) (isDir(fs, join(dir, [n])) ? dirs : files).push(n);
    return [new PyList(dirs), new PyList(files)];
  };
  if (topdown) {
    const stack: string[] = [top];
    let last: [string, PyList] | null = null;
    return new FnIter(walkType, () => {
      if (last !== null) {
        const [dir, dirs] = last;
        for (let i = dirs.items.length - 1; i >= 0; i--) stack.push(join(dir, [String(dirs.items[i])]));
        last = null;
      }
      for (;;) {
        const dir = stack.pop();
        if (dir === undefined) return undefined;
        const r = list(dir);
        if (r === null) continue;
        last = [dir, r[0]];
        return new PyTuple([dir, r[0], r[1]]);
      }
    });
  }
  // Bottom-up: every folder after its subfolders.
  const out: PyTuple[] = [];
  const visit = (dir: string): void => {
    const r = list(dir);
    if (r === null) return;
    for (const sub of r[0].items) visit(join(dir, [String(sub)]));
    out.push(new PyTuple([dir, r[0], r[1]]));
  };
  visit(top);
  let i = 0;
  return new FnIter(walkType, () => (i < out.length ? out[i++] : undefined));
}

/** Cryptographic random bytes from the host, else the Web Crypto API. */
export function randomBytes(vm: VM, n: number): Uint8Array {
  if (vm.host.urandom) return vm.host.urandom(n);
  const out = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c === undefined) throw osError('ENOSYS');
  for (let i = 0; i < n; i += 65536) c.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}
