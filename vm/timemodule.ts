// The time module (CPython's timemodule.c), the parts scripts use for timing.

import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { normBig } from './objects/int';
import { toNumber } from './number';

/** The time module. */
export function makeTimeModule(): PyModule {
  const m = new PyModule('time');
  const d = m.dict;
  const def = (name: string, fn: (args: import('./objects/type').PyObject[]) => import('./objects/type').PyObject) => d.setStr(name, new PyBuiltin(name, fn));
  const now = () => performance.timeOrigin + performance.now();
  def('time', () => new PyFloat(now() / 1000));
  def('time_ns', () => normBig(BigInt(Math.round(now() * 1e6))));
  def('perf_counter', () => new PyFloat(performance.now() / 1000));
  def('perf_counter_ns', () => normBig(BigInt(Math.round(performance.now() * 1e6))));
  def('monotonic', () => new PyFloat(performance.now() / 1000));
  def('process_time', () => new PyFloat(performance.now() / 1000));
  def('sleep', (args) => {
    const secs = toNumber(args[0]) ?? 0;
    const end = performance.now() + secs * 1000;
    while (performance.now() < end) {
      // busy wait: the VM is synchronous
    }
    return None;
  });
  return m;
}
