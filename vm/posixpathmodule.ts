// os.path for POSIX (CPython's Lib/posixpath.py semantics, written for strings in TypeScript):
// pure path arithmetic plus the queries (exists, isfile, getsize...) that ask the host.

import type { VM } from './eval';
import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { isPyErr, OSError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { PyBytes } from './objects/bytes';
import { PyObj, typeOf, type NativeFn, type PyObject } from './objects/type';
import { iterToArray, userSpecial } from './ops';
import { fsPath } from './iomodule';
import type { HostStat } from './host';
import { flushFiles } from './fileio';
import { hostCall, osError } from './oserror';

/** A path argument to os.path's string functions: str or os.PathLike (bytes paths are not supported). */
function pathArg(v: PyObject | undefined, fname?: string): string {
  if (v === undefined) throw pyErr(TypeError, `${fname ?? 'function'}() missing required argument`);
  if (typeof v === 'string') return v;
  if (v instanceof PyObj && !(v instanceof PyBytes) && userSpecial(v, '__fspath__') !== undefined) return fsPath(v);
  if (fname !== undefined) throw pyErr(TypeError, `${fname}() argument must be str, bytes, or os.PathLike object, not '${typeOf(v).tpName}'`);
  return fsPath(v);
}

export function join(a: string, parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

/** The head with its trailing slashes removed, unless it is all slashes. */
function trimHead(head: string): string {
  return head !== '' && !/^\/+$/.test(head) ? head.replace(/\/+$/, '') : head;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  return [trimHead(p.slice(0, i)), p.slice(i)];
}

export function splitext(p: string): [string, string] {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    // A leading run of dots (".bashrc", "..") is part of the name, not an extension.
    for (let i = sep + 1; i < dot; i++) if (p[i] !== '.') return [p.slice(0, dot), p.slice(dot)];
  }
  return [p, ''];
}

export function normpath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  // POSIX lets exactly two leading slashes mean something else; three or more mean one.
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const out: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length) out.pop();
  }
  return '/'.repeat(initial) + out.join('/') || '.';
}

export function abspath(vm: VM, p: string): string {
  if (!p.startsWith('/')) p = join(getcwd(vm), [p]);
  return normpath(p);
}

export function getcwd(vm: VM): string {
  const fs = vm.host.fs;
  if (fs === undefined) throw osError('ENOSYS');
  return hostCall(() => fs.getcwd());
}

/** stat through the host (files' buffered writes first), raising OSError for `p`. */
export function hostStat(vm: VM, p: PyObject, follow = true): HostStat {
  const fs = vm.host.fs;
  if (fs === undefined) throw osError('ENOSYS', p);
  if (typeof p === 'number') throw osError('EBADF', p);
  const path = fsPath(p);
  flushFiles();
  return hostCall(() => fs.stat(path, follow), p);
}

/** stat, or null when it fails with OSError or ValueError (exists(), isfile()...). */
function statOrNull(vm: VM, p: PyObject, follow = true): HostStat | null {
  try {
    return hostStat(vm, p, follow);
  } catch (e) {
    if (isPyErr(e, OSError) || isPyErr(e, ValueError)) return null;
    throw e;
  }
}

function commonPrefix(a: string[]): string {
  if (a.length === 0) return '';
  let lo = a[0], hi = a[0];
  for (const s of a) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  let i = 0;
  while (i < lo.length && lo[i] === hi[i]) i++;
  return lo.slice(0, i);
}

/** The os.path module (posixpath). */
export function makePosixpathModule(vm: VM): PyModule {
  const m = new PyModule('posixpath');
  const d = m.dict;
  const def = (name: string, f: NativeFn) => d.setStr(name, new PyBuiltin(name, f));
  const env = (): Record<string, string> => vm.host.environ?.() ?? {};
  d.setStr('sep', '/');
  d.setStr('altsep', None);
  d.setStr('extsep', '.');
  d.setStr('pathsep', ':');
  d.setStr('curdir', '.');
  d.setStr('pardir', '..');
  d.setStr('defpath', '/bin:/usr/bin');
  d.setStr('devnull', '/dev/null');
  d.setStr('supports_unicode_filenames', false);
  def('join', (args) => {
    if (args.length === 0) throw pyErr(TypeError, 'join() missing 1 required positional argument: \'a\'');
    return join(pathArg(args[0], 'join'), args.slice(1).map((a) => pathArg(a, 'join')));
  });
  def('split', (args) => new PyTuple(split(pathArg(args[0]))));
  def('splitext', (args) => new PyTuple(splitext(pathArg(args[0]))));
  def('splitdrive', (args) => new PyTuple(['', pathArg(args[0])]));
  def('basename', (args) => split(pathArg(args[0]))[1]);
  def('dirname', (args) => split(pathArg(args[0]))[0]);
  def('isabs', (args) => pathArg(args[0]).startsWith('/'));
  def('normpath', (args) => normpath(pathArg(args[0])));
  def('normcase', (args) => pathArg(args[0]));
  def('abspath', (args) => abspath(vm, pathArg(args[0])));
  // CPython resolves symbolic links too; the host interface has no readlink, so links stay.
  def('realpath', (args) => abspath(vm, pathArg(args[0])));
  def('relpath', (args, kw) => {
    const p = pathArg(args[0]);
    const startArg = args[1] ?? kw?.get('start') ?? None;
    const start = startArg === None ? '.' : pathArg(startArg);
    if (p === '') throw pyErr(ValueError, 'no path specified');
    const from = abspath(vm, start).split('/').filter((x) => x);
    const to = abspath(vm, p).split('/').filter((x) => x);
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i]) i++;
    const rel = [...Array(from.length - i).fill('..'), ...to.slice(i)];
    return rel.length ? join(rel[0], rel.slice(1)) : '.';
  });
  def('commonprefix', (args) => commonPrefix(iterToArray(args[0]).map((x) => pathArg(x))));
  def('commonpath', (args) => {
    const paths = iterToArray(args[0]).map((x) => pathArg(x));
    if (paths.length === 0) throw pyErr(ValueError, 'commonpath() arg is an empty sequence');
    const abs = paths.map((p) => p.startsWith('/'));
    if (abs.some((x) => x !== abs[0])) throw pyErr(ValueError, "Can't mix absolute and relative paths");
    const parts = paths.map((p) => p.split('/').filter((c) => c !== '' && c !== '.'));
    let n = 0;
    while (parts.every((c) => n < c.length && c[n] === parts[0][n])) n++;
    return (abs[0] ? '/' : '') + parts[0].slice(0, n).join('/');
  });
  def('expanduser', (args) => {
    const p = pathArg(args[0]);
    if (!p.startsWith('~')) return p;
    let i = p.indexOf('/', 1);
    if (i < 0) i = p.length;
    if (i !== 1) return p;
    const home = env().HOME;
    if (home === undefined) return p;
    return home.replace(/\/+$/, '') + p.slice(i) || '/';
  });
  def('expandvars', (args) => {
    const p = pathArg(args[0]);
    if (!p.includes('$')) return p;
    const e = env();
    return p.replace(/\$(\w+)|\$\{([^}]*)\}/g, (all, a: string | undefined, b: string | undefined) => e[a ?? b ?? ''] ?? all);
  });
  def('exists', (args) => statOrNull(vm, args[0]) !== null);
  def('lexists', (args) => statOrNull(vm, args[0], false) !== null);
  def('isfile', (args) => statOrNull(vm, args[0])?.kind === 'file');
  def('isdir', (args) => statOrNull(vm, args[0])?.kind === 'dir');
  def('islink', (args) => statOrNull(vm, args[0], false)?.kind === 'link');
  def('ismount', (args) => pathArg(args[0]) === '/');
  def('getsize', (args) => hostStat(vm, args[0]).size);
  def('getmtime', (args) => new PyFloat(hostStat(vm, args[0]).mtime));
  def('getatime', (args) => new PyFloat(hostStat(vm, args[0]).mtime));
  def('getctime', (args) => new PyFloat(hostStat(vm, args[0]).mtime));
  def('samefile', (args) => abspath(vm, pathArg(args[0])) === abspath(vm, pathArg(args[1])) && hostStat(vm, args[0]) !== null);
  return m;
}
