// LOAD_GLOBAL and module-level LOAD_NAME: the inline cache's miss path (CPython 3.11's
// specialize.c for LOAD_GLOBAL). The hit test sits in eval.ts; see frame.ts's GlobalCache.

import type { Frame, GlobalCache } from './frame';
import type { PyObject } from './objects/type';
import { dictType } from './objects/type';
import { pyErr, NameError } from './objects/exceptions';
import { nsLoad } from './classes';

/** LOAD_GLOBAL: the value `gc` holds when still right, else the lookup's (remembered in `gc`). */
export function loadGlobal(frame: Frame, name: string, gc: GlobalCache): PyObject {
  const g = frame.f_globals;
  const b = frame.f_builtins;
  if (gc.globals === g && gc.version === g.version && gc.builtinsVersion === b.version) return gc.value;
  return loadGlobalMiss(frame, name, gc);
}

/** Look `name` up in the frame's globals, then its builtins, and remember where it was found. */
function loadGlobalMiss(frame: Frame, name: string, gc: GlobalCache): PyObject {
  const g = frame.f_globals;
  const b = frame.f_builtins;
  // A builtin found before stays right while no key was added to globals and builtins is unchanged.
  if (gc.globals === g && gc.keysVersion === g.keysVersion && gc.builtinsVersion === b.version) {
    gc.version = g.version;
    return gc.value;
  }
  const v = g.map.get(name);
  if (v !== undefined) {
    if (!g.sharedMap) {
      gc.globals = g;
      gc.version = g.version;
      gc.keysVersion = -1;
      gc.builtinsVersion = b.version;
      gc.value = v;
    }
    return v;
  }
  const bv = b.map.get(name);
  if (bv === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
  if (!g.sharedMap && !b.sharedMap) {
    gc.globals = g;
    gc.version = g.version;
    gc.keysVersion = g.keysVersion;
    gc.builtinsVersion = b.version;
    gc.value = bv;
  }
  return bv;
}

/**
 * LOAD_NAME with locals = globals (module level). A dict subclass namespace is read through its
 * __getitem__ (so __missing__ counts) and never cached.
 */
export function loadNameModule(frame: Frame, name: string, gc: GlobalCache): PyObject {
  const loc = frame.f_globals;
  if (loc.cls === dictType) return loadGlobal(frame, name, gc);
  const v = nsLoad(loc, name) ?? loc.map.get(name) ?? frame.f_builtins.map.get(name);
  if (v === undefined) throw pyErr(NameError, `name '${name}' is not defined`);
  return v;
}
