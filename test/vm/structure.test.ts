// Structural checks: one case per opcode in eval.ts (in table order), and vm/ imports only bytecode/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPCODES } from '../../bytecode/index';
import { quicken, SUPER, superSequence, type SuperName } from '../../vm/quicken';
import { Op } from '../../bytecode/index';

const VM_DIR = join(__dirname, '../../vm');

/** Opcodes deliberately without a working case yet (none: every row is implemented). */
const UNIMPLEMENTED: Record<string, string> = {};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('eval.ts dispatch', () => {
  const src = readFileSync(join(VM_DIR, 'eval.ts'), 'utf8');
  // Labels are literals with the name beside them: `case 124 /* LOAD_FAST */:`.
  const all = [...src.matchAll(/^\s*case (\d+) \/\* ([A-Z_]+) \*\/:/gm)].map((m) => [Number(m[1]), m[2]] as const);
  // Superinstructions (vm/quicken.ts) come after the table's opcodes.
  const labels = all.filter(([, name]) => !(name in SUPER));
  const supers = all.filter(([, name]) => name in SUPER);
  const cases = labels.map(([, name]) => name);

  it('has one case per opcode row, in table order', () => {
    const names = Object.keys(OPCODES).filter((n) => !(n in UNIMPLEMENTED));
    expect(cases).toEqual(names);
  });

  it('labels each case with the number the table gives its name', () => {
    for (const [code, name] of labels) expect(code, name).toBe(OPCODES[name as keyof typeof OPCODES].code);
  });

  it('has one case per superinstruction, after the opcodes, labelled with its number', () => {
    expect(supers.map(([, n]) => n).sort()).toEqual(Object.keys(SUPER).sort());
    for (const [code, name] of supers) expect(code, name).toBe(SUPER[name as SuperName]);
    expect(all.slice(labels.length)).toEqual(supers);
    const maxOp = Math.max(...Object.values(OPCODES).map((o) => o.code));
    for (const n of Object.values(SUPER)) expect(n).toBeGreaterThan(maxOp);
  });

  it('names each superinstruction after its sequence', () => {
    for (const name of Object.keys(SUPER) as SuperName[]) {
      expect(superSequence(name).map((op) => Object.keys(OPCODES).find((k) => OPCODES[k as keyof typeof OPCODES].code === op)).join('__')).toBe(name);
    }
  });

  it('quickens only the first instruction of a sequence and keeps the rest', () => {
    // LOAD_FAST 0; LOAD_ATTR 1; STORE_FAST 2; JUMP_ABSOLUTE 0; sentinel
    const plain = Int32Array.from([Op.LOAD_FAST, 0, Op.LOAD_ATTR, 1, Op.STORE_FAST, 2, Op.JUMP_ABSOLUTE, 0, 0, 0]);
    const q = quicken(plain);
    expect(Array.from(q)).toEqual([SUPER.LOAD_FAST__LOAD_ATTR__STORE_FAST__JUMP_ABSOLUTE, 0, Op.LOAD_ATTR, 1, SUPER.STORE_FAST__JUMP_ABSOLUTE, 2, Op.JUMP_ABSOLUTE, 0, 0, 0]);
    expect(Array.from(plain)).toEqual([Op.LOAD_FAST, 0, Op.LOAD_ATTR, 1, Op.STORE_FAST, 2, Op.JUMP_ABSOLUTE, 0, 0, 0]);
  });

  it('has no computed case labels left in the dispatch switch', () => {
    expect(src).not.toMatch(/case Op\./);
  });

  it('has no duplicate cases', () => {
    expect(new Set(cases).size).toBe(cases.length);
  });
});

describe('import graph', () => {
  it('vm/ never imports grammar/ or compiler/ (only bytecode/ outside vm/)', () => {
    for (const f of files(VM_DIR)) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1];
        expect(spec, `${f} imports ${spec}`).not.toMatch(/grammar|compiler|cache|bin\//);
        if (spec.startsWith('.')) {
          const resolved = join(f, '..', spec);
          const inside = resolved.startsWith(VM_DIR) || resolved.endsWith(join('bytecode', 'index'));
          expect(inside, `${f} imports ${spec}`).toBe(true);
        } else {
          expect(spec.startsWith('node:') ? 'node' : spec, `${f} imports package ${spec}`).toBe('node');
        }
      }
      expect(src).not.toMatch(/require\(/);
    }
  });
});
