// Shorthands for writing instruction lists in tests.
import type { Item } from './asm';
import { print, runItems, lastErr, type RunResult } from './asm';

export const C = (v: unknown): Item => ['LOAD_CONST', v];
export const N = (name: string): Item => ['LOAD_NAME', name];
export const S = (name: string): Item => ['STORE_NAME', name];
export const G = (name: string): Item => ['LOAD_GLOBAL', name];
export const L = (name: string): Item => ['LOAD_FAST', name];
export const call = (n: number): Item => ['CALL_FUNCTION', n];

/** print(repr(<value>)) for each value. */
export function reprLines(...values: Item[][]): Item[] {
  return values.flatMap((v) => print(N('repr'), ...v, call(1)));
}

/** Run and return stdout lines; fails loudly on stderr. */
export function outLines(items: Item[]): string[] {
  const r = runItems(items);
  if (r.err) throw new Error(r.err);
  return r.out.trimEnd().split('\n');
}

/** Run a module expected to fail; returns the exception line. */
export function errorOf(items: Item[]): string {
  const r: RunResult = runItems(items);
  if (r.status !== 1) throw new Error(`expected failure, got status ${r.status}: ${r.out}`);
  return lastErr(r);
}

/** Evaluate <value> and return the error line (the value is printed if it succeeds). */
export function exprError(...value: Item[]): string {
  return errorOf(print(...value));
}
