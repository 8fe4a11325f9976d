// The registry of built-in modules (CPython's inittab): one line per module, each written in its
// own file. File imports go through vm/imports.ts and the embedder's ModuleFinder instead.

import type { VM } from './eval';
import { PyList } from './objects/list';
import { PyModule } from './objects/module';
import { makeSysModule } from './sysmodule';
import { makeIoModule } from './iomodule';
import { makeErrnoModule } from './oserror';
import { makeOsModule } from './osmodule';
import { makeRandomModule } from './randommodule';
import { makePosixpathModule } from './posixpathmodule';
import { makeMathModule } from './mathmodule';
import { makeTimeModule } from './timemodule';
import { makeItertoolsModule } from './itertoolsmodule';
import { makeFunctoolsModule } from './functoolsmodule';
import { makeCollectionsModule } from './collectionsmodule';
import { makeHeapqModule } from './heapqmodule';
import { makeOperatorModule } from './operatormodule';
import { makeImportlibModule } from './importlibmodule';
import { makeDisModule } from './execmodule';
import { makeReModule } from './remodule';
import { makeJsonModule } from './jsonmodule';
import { makeStructModule } from './structmodule';
import { makeArrayModule } from './arraymodule';

/** A builtin module by name, or null (sys.path is searched next). */
export function makeBuiltinModule(vm: VM, name: string): PyModule | null {
  if (name === 'sys') return makeSysModule(vm);
  if (name === 'io' || name === '_io') return makeIoModule(vm, name);
  if (name === 'errno') return makeErrnoModule();
  if (name === 'os') return makeOsModule(vm);
  if (name === 'random') return makeRandomModule(vm);
  if (name === 'posixpath') return (vm.modules.getStr('posixpath') as PyModule | undefined) ?? makePosixpathModule(vm);
  if (name === 'math') return makeMathModule();
  if (name === 'time') return makeTimeModule(vm);
  if (name === '__future__') return makeFuture();
  if (name === 'itertools') return makeItertoolsModule();
  if (name === 'functools') return makeFunctoolsModule();
  if (name === '_collections') return makeCollectionsModule();
  if (name === '_heapq') return makeHeapqModule();
  if (name === '_operator') return makeOperatorModule();
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
