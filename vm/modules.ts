// Built-in modules: sys (and the registry that finds them). File imports go through
// vm/imports.ts and the embedder's ModuleFinder instead (CPython's sysmodule.c, much reduced).

import type { VM } from './eval';
import { PyBuiltin, defMethod } from './objects/function';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { objectType, PyObj, PyType, type PyObject } from './objects/type';
import { pyErr, PyBaseException, PyException, SystemExit, TypeError, ValueError, tracebackOf } from './objects/exceptions';
import { asIndex } from './ops';
import { makeMathModule } from './mathmodule';
import { makeTimeModule } from './timemodule';
import { makeItertoolsModule } from './itertoolsmodule';
import { makeFunctoolsModule } from './functoolsmodule';
import { makeCollectionsModule } from './collectionsmodule';
import { makeImportlibModule } from './importlibmodule';
import { makeDisModule } from './execmodule';
import { makeReModule } from './remodule';
import { makeJsonModule } from './jsonmodule';
import { makeStructModule } from './structmodule';
import { makeArrayModule } from './arraymodule';

/** sys.stdout / sys.stderr: text streams writing to the host. */
export const textIOType = new PyType('TextIOWrapper', [objectType]);
textIOType.newInstance = null;

export class PyTextIO extends PyObj {
  constructor(readonly vm: VM, readonly name: string, readonly isErr: boolean) {
    super();
  }
}
PyTextIO.prototype.cls = textIOType;

defMethod(textIOType, 'write', (args) => {
  const f = args[0] as PyTextIO;
  const s = args[1];
  if (typeof s !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${(s as PyObj).cls?.name ?? typeof s}`);
  if (f.isErr) f.vm.writeStderr(s);
  else f.vm.writeStdout(s);
  return s.length;
});
defMethod(textIOType, 'flush', (args) => {
  (args[0] as PyTextIO).vm.flush();
  return None;
});

function fn(name: string, f: (args: PyObject[], kw: Map<string, PyObject> | null) => PyObject): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** A builtin module by name, or null (sys.path is searched next). */
export function makeBuiltinModule(vm: VM, name: string): PyModule | null {
  if (name === 'sys') return makeSys(vm);
  if (name === 'math') return makeMathModule();
  if (name === 'time') return makeTimeModule();
  if (name === '__future__') return makeFuture();
  if (name === 'itertools') return makeItertoolsModule();
  if (name === 'functools') return makeFunctoolsModule();
  if (name === 'collections') return makeCollectionsModule();
  if (name === 'importlib') return makeImportlibModule(vm);
  if (name === 'dis') return makeDisModule(vm);
  if (name === 're') return makeReModule();
  if (name === 'json') return makeJsonModule(vm.modules);
  if (name === 'struct') return makeStructModule();
  if (name === 'array') return makeArrayModule();
  if (name === 'builtins') {
    const m = new PyModule('builtins', vm.builtins);
    return m;
  }
  return null;
}

function makeSys(vm: VM): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  d.setStr('argv', new PyList(vm.argv.slice()));
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('version', '3.11.7 (tspy)');
  d.setStr('version_info', new PyTuple([3, 11, 7, 'final', 0]));
  d.setStr('platform', 'linux');
  d.setStr('byteorder', 'little');
  d.setStr('path', new PyList([]));
  d.setStr('stdout', new PyTextIO(vm, '<stdout>', false));
  d.setStr('stderr', new PyTextIO(vm, '<stderr>', true));
  d.setStr('__stdout__', d.getStr('stdout')!);
  d.setStr('__stderr__', d.getStr('stderr')!);
  d.setStr('exit', fn('exit', (args) => {
    throw new PyException(new PyBaseException(SystemExit, args.length ? [args[0]] : []));
  }));
  d.setStr('getrecursionlimit', fn('getrecursionlimit', () => vm.recursionLimit));
  d.setStr('setrecursionlimit', fn('setrecursionlimit', (args) => {
    const n = asIndex(args[0]);
    if (n < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1');
    vm.recursionLimit = n;
    return None;
  }));
  d.setStr('exc_info', fn('exc_info', () => {
    const e = vm.excInfo;
    return e === null ? new PyTuple([None, None, None]) : new PyTuple([e.cls, e, tracebackOf(e)]);
  }));
  d.setStr('exception', fn('exception', () => vm.excInfo ?? None));
  d.setStr('intern', fn('intern', (args) => args[0]));
  return m;
}

const FEATURES = [
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
];

/** __future__: the features are handled by the compiler; the module only has to exist. */
function makeFuture(): PyModule {
  const m = new PyModule('__future__');
  for (const f of FEATURES) m.dict.setStr(f, `_Feature(${f})`);
  m.dict.setStr('all_feature_names', new PyList(FEATURES.slice()));
  return m;
}
