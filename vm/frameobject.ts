// Frame objects as Python sees them (sys._getframe(), CPython's frameobject.c, reduced): a read-only
// view of a VM Frame with f_back, f_code, f_globals, f_locals, f_builtins, f_lineno and f_lasti.
// One wrapper per frame, so `is` works; the VM's frames carry no field for it.

import { lineForOffset } from '../bytecode/index';
import type { Frame } from './frame';
import { defMethod, PyBuiltin, PyProperty } from './objects/function';
import { None } from './objects/none';
import { objectType, PyObj, PyType, type PyObject } from './objects/type';
import { pyCode } from './objects/codeobj';
import { frameLocals } from './execmodule';
import { objectNum } from './repr';

export const frameType = new PyType('frame', [objectType]);
frameType.baseType = false;

export class PyFrame extends PyObj {
  constructor(readonly frame: Frame) {
    super();
  }
}
PyFrame.prototype.cls = frameType;

const wrappers = new WeakMap<Frame, PyFrame>();

/** The Python object for a VM frame. */
export function pyFrame(f: Frame): PyFrame {
  let w = wrappers.get(f);
  if (w === undefined) {
    w = new PyFrame(f);
    wrappers.set(f, w);
  }
  return w;
}

/** The line the frame is running (or, for a caller, the line of its call). */
export function frameLineno(f: Frame): number {
  return lineForOffset(f.f_code.co_firstlineno, f.f_code.co_linetable, f.f_lasti);
}

const getters: [string, (f: Frame) => PyObject][] = [
  ['f_back', (f) => (f.f_back ? pyFrame(f.f_back) : None)],
  ['f_code', (f) => pyCode(f.f_code)],
  ['f_globals', (f) => f.f_globals],
  ['f_locals', (f) => frameLocals(f)],
  ['f_builtins', (f) => f.f_builtins],
  ['f_lineno', (f) => frameLineno(f)],
  ['f_lasti', (f) => f.f_lasti],
  ['f_trace', () => None],
];
for (const [name, get] of getters) {
  frameType.dict.set(name, new PyProperty(new PyBuiltin(name, (a) => get((a[0] as PyFrame).frame)), None, None, None));
}
defMethod(frameType, '__repr__', (a) => {
  const f = (a[0] as PyFrame).frame;
  const where = '0x' + (0x7f0000000000 + objectNum(a[0] as PyFrame) * 16).toString(16);
  return `<frame at ${where}, file '${f.f_code.co_filename}', line ${frameLineno(f)}, code ${f.f_code.co_name}>`;
}, ['noargs']);
