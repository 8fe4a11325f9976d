import { describe, expect, it } from 'vitest';
import { F, print, runItems } from './asm';

describe('smoke', () => {
  it('prints', () => {
    const r = runItems([...print(['LOAD_CONST', 1], ['LOAD_CONST', 2], 'BINARY_ADD'), ...print(['LOAD_CONST', F(0.1)], ['LOAD_CONST', F(0.2)], 'BINARY_ADD')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('3\n0.30000000000000004\n');
    expect(r.status).toBe(0);
  });
});
