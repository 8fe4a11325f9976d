// Generators: a suspended frame resumed by next()/send()/throw()/close() (CPython's genobject.c).
// Each resumption is a nested run of the interpreter loop.

import { Op } from '../../bytecode/index';
import type { Frame } from '../frame';
import { getVM, type VM } from '../eval';
import { PyIterator } from './iterators';
import { generatorType, type PyObject } from './type';
import { None } from './none';
import {
  GeneratorExit, isPyErr, PyBaseException, PyException, pyErr, RuntimeError, StopIteration, TypeError, ValueError,
} from './exceptions';

export class PyGenerator extends PyIterator {
  started = false;
  finished = false;
  running = false;
  returnValue: PyObject = None;
  /** The exception the suspended generator is handling, if any. */
  excState: PyBaseException | null = null;
  /** The interpreter the generator's frame belongs to. */
  private readonly vm: VM = getVM();
  constructor(readonly frame: Frame, readonly name: string, readonly qualname: string) {
    super();
    frame.generator = this;
  }

  next(): PyObject | undefined {
    return this.resume(None, null);
  }

  /**
   * Run until the next yield (its value) or the end (undefined; returnValue is set).
   * `thrown` is raised inside the generator at its suspension point.
   */
  resume(sent: PyObject, thrown: PyException | null): PyObject | undefined {
    if (this.running) throw pyErr(ValueError, 'generator already executing');
    if (this.finished) {
      if (thrown) throw thrown;
      return undefined;
    }
    if (!this.started && sent !== None) {
      throw pyErr(TypeError, "can't send non-None value to a just-started generator");
    }
    const vm = this.vm;
    this.running = true;
    // The generator keeps its own "exception being handled" across yields (CPython's gi_exc_state).
    const callerExc = vm.excInfo;
    this.frame.inheritedExc = callerExc;
    if (this.excState !== null) vm.excInfo = this.excState;
    try {
      const v = vm.resumeFrame(this.frame, this.started ? sent : undefined, thrown);
      this.started = true;
      if (vm.yielded) {
        vm.yielded = false;
        this.excState = vm.excInfo !== callerExc ? vm.excInfo : null;
        vm.excInfo = callerExc;
        return v;
      }
      vm.excInfo = callerExc;
      this.finished = true;
      this.returnValue = v;
      return undefined;
    } catch (e) {
      vm.excInfo = callerExc;
      this.started = true;
      this.finished = true;
      if (isPyErr(e, StopIteration) && !(thrown && thrown.exc === e.exc)) {
        const err = pyErr(RuntimeError, 'generator raised StopIteration');
        err.exc.cause = e.exc;
        err.exc.context = e.exc;
        err.exc.suppressContext = true;
        throw err;
      }
      throw e;
    } finally {
      this.running = false;
    }
  }

  /** The sub-iterator a suspended `yield from` delegates to, if any. */
  delegate(): PyObject | undefined {
    const f = this.frame;
    if (this.finished || !this.started) return undefined;
    if (f.cache.plain[f.pc] === Op.YIELD_FROM) return f.stack[f.stack.length - 1];
    return undefined;
  }

  /** generator.close() */
  close(): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    try {
      this.resume(None, pyErr(GeneratorExit));
    } catch (e) {
      if (isPyErr(e, GeneratorExit) || isPyErr(e, StopIteration)) return;
      throw e;
    }
    if (!this.finished) throw pyErr(RuntimeError, 'generator ignored GeneratorExit');
  }
}
PyGenerator.prototype.cls = generatorType;

/** send/throw result: the yielded value, or StopIteration(returnValue) raised. */
export function genSend(gen: PyGenerator, v: PyObject, thrown: PyException | null): PyObject {
  const r = gen.resume(v, thrown);
  if (r === undefined) {
    const e = new PyBaseException(StopIteration, gen.returnValue === None ? [] : [gen.returnValue]);
    throw new PyException(e);
  }
  return r;
}
