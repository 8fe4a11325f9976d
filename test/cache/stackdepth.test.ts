// The stack-depth analysis the verifier runs on every cached code object: its one-pass scan must
// give exactly what the general work-list walk gives (the same depth, or an error for the same
// code), on everything the compiler emits and on damaged copies of it; and the cases the scan
// hands over to the walk, or must reject on its own, are checked one by one.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeObject, Op, computeStackDepth, walkStackDepth } from '../../bytecode';
import { compile } from '../../compiler';
import { asm, seededRandom } from './fixtures';

function compiledCodes(): CodeObject[] {
  const out: CodeObject[] = [];
  const walk = (c: CodeObject) => {
    out.push(c);
    for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
  };
  for (const dir of [join(__dirname, '..', 'programs'), join(__dirname, '..', '..', 'lib')]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.py') && !n.startsWith('syntax_'))) {
      walk(compile(readFileSync(join(dir, f), 'utf8'), f));
    }
  }
  return out;
}

/** The depth, or 'error'. */
function outcome(f: (code: Uint8Array) => number, code: Uint8Array): number | string {
  try {
    return f(code);
  } catch {
    return 'error';
  }
}

describe('the one-pass scan and the work-list walk', () => {
  const codes = compiledCodes();

  it('agree with co_stacksize on every code object of the test programs and lib/', () => {
    expect(codes.length).toBeGreaterThan(2000);
    for (const c of codes) {
      expect(computeStackDepth(c.co_code), c.co_qualname).toBe(c.co_stacksize);
      expect(walkStackDepth(c.co_code), c.co_qualname).toBe(c.co_stacksize);
    }
  });

  it('agree on damaged copies: the same depth, or both reject (seeded)', () => {
    const rand = seededRandom(0x1f2e3d4c);
    let accepted = 0;
    const rounds = 30000;
    for (let r = 0; r < rounds; r++) {
      const code = codes[Math.floor(rand() * codes.length)].co_code.slice();
      for (let e = 1 + Math.floor(rand() * 3); e > 0; e--) {
        const at = Math.floor(rand() * code.length);
        code[at] = rand() < 0.5 ? Math.floor(rand() * 256) : code[at] ^ (1 << Math.floor(rand() * 8));
      }
      const scanned = outcome(computeStackDepth, code);
      expect(scanned).toBe(outcome(walkStackDepth, code));
      if (scanned !== 'error') accepted++;
    }
    // Both outcomes must be well represented for the comparison to mean something.
    expect(accepted).toBeGreaterThan(rounds / 10);
    expect(accepted).toBeLessThan(rounds * 0.9);
  });
});

describe('what the scan hands over or rejects', () => {
  it('settles a backward jump to code first reached later by walking', () => {
    // 0 JUMP_FORWARD to 6; 2 LOAD_CONST; 4 RETURN_VALUE; 6 JUMP_ABSOLUTE 2 (reached only from here).
    const code = asm([Op.JUMP_FORWARD, 4], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE], [Op.JUMP_ABSOLUTE, 2]);
    expect(computeStackDepth(code)).toBe(1);
    // Two backward jumps to 2, the first (at 10) with depth 0, the second (at 14) with depth 1.
    const bad = asm(
      [Op.JUMP_FORWARD, 6], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE], [Op.NOP],
      [Op.LOAD_CONST, 0], [Op.POP_JUMP_IF_FALSE, 2], [Op.LOAD_CONST, 0], [Op.JUMP_ABSOLUTE, 2],
    );
    expect(() => computeStackDepth(bad)).toThrow(/offset 2 reached with stack depths 0 and 1/);
  });

  it('rejects jumps into an instruction with EXTENDED_ARG prefixes, forward and backward', () => {
    // [0 EXTENDED_ARG 1][2 LOAD_CONST 0x100] is one instruction starting at 0: only 0 is a target.
    const body = (jump: [number, number][]) => asm(...jump, [Op.NOP], [Op.LOAD_CONST, 0x100], [Op.RETURN_VALUE]);
    expect(computeStackDepth(body([[Op.JUMP_ABSOLUTE, 4]]))).toBe(1); // onto the first prefix
    expect(() => computeStackDepth(body([[Op.JUMP_ABSOLUTE, 6]]))).toThrow(/not an instruction start/);
    const back = asm([Op.NOP], [Op.LOAD_CONST, 0x100], [Op.POP_TOP], [Op.JUMP_ABSOLUTE, 4]);
    expect(() => computeStackDepth(back)).toThrow(/not an instruction start/);
    expect(() => walkStackDepth(back)).toThrow(/not an instruction start/);
    const self = asm([Op.EXTENDED_ARG, 0], [Op.JUMP_ABSOLUTE, 2]); // a jump onto its own opcode
    expect(() => computeStackDepth(self)).toThrow(/not an instruction start/);
  });

  it('checks operands against the limits it is given, reachable or not', () => {
    const slotOf = new Int8Array(256).fill(-1);
    slotOf[Op.LOAD_CONST] = 0;
    const limits = Int32Array.of(2);
    expect(computeStackDepth(asm([Op.LOAD_CONST, 1], [Op.RETURN_VALUE]), slotOf, limits)).toBe(1);
    expect(() => computeStackDepth(asm([Op.LOAD_CONST, 2], [Op.RETURN_VALUE]), slotOf, limits)).toThrow(/operand 2 of LOAD_CONST/);
    const dead = asm([Op.LOAD_CONST, 0], [Op.RETURN_VALUE], [Op.LOAD_CONST, 0x300], [Op.RETURN_VALUE]);
    expect(() => computeStackDepth(dead, slotOf, limits)).toThrow(/out of range/);
    expect(computeStackDepth(dead)).toBe(1);
  });
});
