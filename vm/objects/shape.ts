// Instance attribute storage with hidden classes (V8's maps, CPython 3.11's shared-key dicts):
// instances that gain the same attributes in the same order share one Shape, which maps each
// name to a slot in the instance's value array. The loop's inline caches compare shapes by
// identity and read a slot, with no hashing. Imports nothing from tspy but the object root.

import type { PyObject } from './type';

/** A sequence of attribute names, each with its slot index. Shapes form a tree from EMPTY_SHAPE. */
export class Shape {
  /** Name -> slot. */
  readonly index: Map<string, number>;
  /** The names, in insertion (slot) order. */
  readonly names: readonly string[];
  private next: Map<string, Shape> | null = null;

  constructor(names: readonly string[], index: Map<string, number>) {
    this.names = names;
    this.index = index;
  }

  /** This shape plus `name` in a new last slot (one shared child per name). */
  add(name: string): Shape {
    let s = this.next?.get(name);
    if (s === undefined) {
      const index = new Map(this.index);
      index.set(name, this.names.length);
      s = new Shape([...this.names, name], index);
      (this.next ??= new Map()).set(name, s);
    }
    return s;
  }
}

export const EMPTY_SHAPE = new Shape([], new Map());

/** Past this many attributes an instance keeps them in a Map (no shape): few classes get there. */
const MAX_SLOTS = 64;

/**
 * An instance's __dict__ with Map's interface. With a shape, values live in `slots`; deleting
 * an attribute, a non-string key or too many names switch it to a plain Map (`shape` null).
 */
export class InstanceDict implements Map<string, PyObject> {
  shape: Shape | null = EMPTY_SHAPE;
  slots: PyObject[] = [];
  private map: Map<string, PyObject> | null = null;

  get size(): number {
    return this.shape !== null ? this.shape.names.length : this.map!.size;
  }

  get(name: string): PyObject | undefined {
    if (this.shape === null) return this.map!.get(name);
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.slots[i];
  }

  has(name: string): boolean {
    return this.shape !== null ? this.shape.index.has(name) : this.map!.has(name);
  }

  set(name: string, v: PyObject): this {
    const shape = this.shape;
    if (shape !== null) {
      const i = shape.index.get(name);
      if (i !== undefined) {
        this.slots[i] = v;
        return this;
      }
      if (typeof name === 'string' && shape.names.length < MAX_SLOTS) {
        this.shape = shape.add(name);
        this.slots.push(v);
        return this;
      }
      this.toMap();
    }
    this.map!.set(name, v);
    return this;
  }

  delete(name: string): boolean {
    if (this.shape !== null) {
      if (!this.shape.index.has(name)) return false;
      this.toMap();
    }
    return this.map!.delete(name);
  }

  clear(): void {
    this.shape = EMPTY_SHAPE;
    this.slots = [];
    this.map = null;
  }

  private toMap(): void {
    const m = new Map<string, PyObject>();
    const names = this.shape!.names;
    for (let i = 0; i < names.length; i++) m.set(names[i], this.slots[i]);
    this.map = m;
    this.shape = null;
    this.slots = [];
  }

  *entries(): MapIterator<[string, PyObject]> {
    if (this.shape === null) {
      yield* this.map!.entries();
      return;
    }
    // A snapshot of the names: like a Map, values set during iteration are seen.
    const names = this.shape.names;
    for (let i = 0; i < names.length; i++) {
      if (this.shape === null) break;
      yield [names[i], this.slots[i]];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<PyObject> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, PyObject]> {
    return this.entries();
  }

  forEach(fn: (value: PyObject, key: string, map: Map<string, PyObject>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  get [Symbol.toStringTag](): string {
    return 'InstanceDict';
  }
}
