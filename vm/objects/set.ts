// set and frozenset (CPython's setobject.c): a Map from the normalised key to the element.

import { frozensetType, PyObj, setType, type PyObject } from './type';
import { dropKey, resolveKey, type HashedKeys } from './dict';
import { cpythonHash } from '../ops';

export class PySet extends PyObj implements HashedKeys {
  readonly map: Map<unknown, PyObject> = new Map();
  buckets: Map<string, PyObject[]> | null = null;
  constructor(frozen = false) {
    super();
    if (frozen) this.cls = frozensetType;
  }
  add(v: PyObject): void {
    const k = resolveKey(this, v, true);
    if (!this.map.has(k)) this.map.set(k, v);
  }
  has(v: PyObject): boolean {
    return this.map.has(resolveKey(this, v, false));
  }
  delete(v: PyObject): boolean {
    const k = resolveKey(this, v, false);
    if (k === undefined) return false;
    dropKey(this, k);
    return this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
    this.buckets = null;
  }
  get size(): number {
    return this.map.size;
  }
  /** Set by BUILD_SET for a display of constants: how many elements came from it. */
  frozenCount = 0;
  /** The elements in the order CPython iterates them (see cpythonSetOrder). */
  ordered(): PyObject[] {
    const values = [...this.map.values()];
    return values.length > 1 ? cpythonSetOrder(values, Math.min(this.frozenCount, values.length)) : values;
  }
}

/**
 * CPython iterates a set in hash-table order. For sets of ints, floats and tuples of them (whose
 * hashes are not randomised) replay CPython's setobject.c insertion (linear probes, perturbation,
 * resizes) to get the same order; other sets keep insertion order (CPython randomises str hashes).
 */
export function cpythonSetOrder(values: PyObject[], frozenCount = 0): PyObject[] {
  const hashes: bigint[] = [];
  for (const v of values) {
    const h = cpythonHash(v);
    if (h === null) return values;
    hashes.push(h);
  }
  let table: TableSim;
  if (frozenCount > 0) {
    // A constant display: CPython builds a frozenset constant, then merges it into an empty set.
    const frozen = new TableSim(hashes);
    for (let i = 0; i < frozenCount; i++) frozen.add(i);
    table = new TableSim(hashes);
    table.mergeIntoEmpty(frozen);
    for (let i = frozenCount; i < values.length; i++) table.add(i);
  } else {
    table = new TableSim(hashes);
    for (let i = 0; i < values.length; i++) table.add(i);
  }
  return table.slots.filter((e) => e !== -1).map((e) => values[e]);
}

/** CPython's set hash table (setobject.c) with element indexes instead of keys; no deletions. */
class TableSim {
  slots: number[] = new Array(8).fill(-1);
  mask = 7;
  fill = 0;
  constructor(readonly hashes: bigint[]) {}

  /** set_insert_clean: linear probes of 9, then perturbation. */
  place(idx: number): void {
    const h = this.hashes[idx];
    const m = this.mask;
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      const probes = i + 9 <= m ? 9 : 0;
      for (let j = 0, k = i; j <= probes; j++, k++) {
        if (this.slots[k] === -1) {
          this.slots[k] = idx;
          return;
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  }

  /** set_table_resize: the smallest power of two above minused (at least 8), entries reinserted. */
  resize(minused: number): void {
    let size = 8;
    while (size <= minused) size <<= 1;
    const old = this.slots;
    this.slots = new Array(size).fill(-1);
    this.mask = size - 1;
    for (const e of old) if (e !== -1) this.place(e);
  }

  /** set_add_entry for a new key, with its growth rule. */
  add(idx: number): void {
    this.place(idx);
    this.fill++;
    if (this.fill * 5 >= this.mask * 3) this.resize(this.fill > 50000 ? this.fill * 2 : this.fill * 4);
  }

  /** set_merge(so, other) when so is empty. */
  mergeIntoEmpty(other: TableSim): void {
    if ((this.fill + other.fill) * 5 >= this.mask * 3) this.resize(other.fill * 2);
    if (this.mask === other.mask) {
      this.slots = other.slots.slice();
    } else {
      for (const e of other.slots) if (e !== -1) this.place(e);
    }
    this.fill = other.fill;
  }
}

PySet.prototype.cls = setType;
