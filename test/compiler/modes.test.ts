// compile()'s modes, as CPython's: 'eval' compiles one expression and returns its value,
// 'single' (interactive input) echoes expression statements with PRINT_EXPR.

import { describe, expect, it } from 'vitest';
import { decodeInstructions } from '../../bytecode';
import { compile } from '../../compiler';
import { PySyntaxError } from '../../grammar';

const ops = (src: string, mode: 'exec' | 'eval' | 'single') => decodeInstructions(compile(src, '<string>', { mode }).co_code).map((i) => i.opname);

describe('compile modes', () => {
  it("'eval' returns the expression's value", () => {
    expect(ops('a + 1', 'eval')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'BINARY_ADD', 'RETURN_VALUE']);
  });

  it("'eval' rejects statements and several expressions", () => {
    for (const src of ['x = 1', 'pass', '1\n2']) {
      expect(() => compile(src, '<string>', { mode: 'eval' }), src).toThrow(PySyntaxError);
    }
  });

  it("'single' echoes expression statements, and only at top level", () => {
    expect(ops('1 + 2', 'single')).toEqual(['LOAD_CONST', 'LOAD_CONST', 'BINARY_ADD', 'PRINT_EXPR', 'LOAD_CONST', 'RETURN_VALUE']);
    const body = compile('def f():\n    g()\n', '<string>', { mode: 'single' }).co_consts.find((c) => typeof c === 'object' && c !== null && 'co_code' in c);
    expect(decodeInstructions((body as { co_code: Uint8Array }).co_code).map((i) => i.opname)).not.toContain('PRINT_EXPR');
  });

  it("'exec' is the default and never echoes", () => {
    expect(ops('1 + 2', 'exec')).not.toContain('PRINT_EXPR');
  });
});
