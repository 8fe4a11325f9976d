// Golden disassembly of fixtures/golden/opcodes.py (which exercises every opcode the compiler
// emits) and a coverage check against the opcode table: a new row must either be emitted by the
// fixture or be listed below with the reason the compiler never emits it.
// Regenerate the golden file after a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/compiler

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler';
import { CodeObject, OPCODE_FINGERPRINT, OPCODES, OPNAME, dis, opcodeFingerprint, type OpName } from '../../bytecode';

const dir = join(__dirname, 'fixtures', 'golden');
const source = readFileSync(join(dir, 'opcodes.py'), 'utf8');

/** Opcodes of the table the compiler never emits, and why. */
const NEVER_EMITTED: Partial<Record<OpName, string>> = {
  NOP: 'no pass needs a placeholder: the assembler never deletes instructions',
  ROT_FOUR: 'no 3.7 code shape needs it (CPython 3.8+ uses it when it unwinds blocks at compile time)',
  PRINT_EXPR: "emitted only in 'single' (interactive) mode, which the fixture does not use; test/compiler/modes.test.ts covers it",
};

function emitted(co: CodeObject, into = new Set<string>()): Set<string> {
  // Raw scan, so EXTENDED_ARG prefixes count too.
  for (let i = 0; i < co.co_code.length; i += 2) into.add(OPNAME[co.co_code[i]]!);
  for (const c of co.co_consts) if (c instanceof CodeObject) emitted(c, into);
  return into;
}

describe('golden opcodes.py', () => {
  const code = compile(source, 'opcodes.py');

  it('dis output matches opcodes.dis', () => {
    const text = dis(code);
    const path = join(dir, 'opcodes.dis');
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it('every opcode of the table is emitted by the fixture or listed as never emitted', () => {
    const used = emitted(code);
    const missing = (Object.keys(OPCODES) as OpName[]).filter((n) => !used.has(n) && !(n in NEVER_EMITTED));
    expect(missing).toEqual([]);
    const listedButUsed = (Object.keys(NEVER_EMITTED) as OpName[]).filter((n) => used.has(n));
    expect(listedButUsed).toEqual([]);
    expect(used.has('EXTENDED_ARG')).toBe(true);
  });
});

describe('the opcode table\'s fingerprint', () => {
  it('OPCODE_FINGERPRINT is what the table hashes to (update the literal after changing the table)', () => {
    const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;
    expect(hex(OPCODE_FINGERPRINT)).toBe(hex(opcodeFingerprint()));
  });
});
