// Structural checks: one case per opcode in eval.ts (in table order), and vm/ imports only bytecode/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPCODES } from '../../bytecode/index';

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
  const labels = [...src.matchAll(/^\s*case (\d+) \/\* ([A-Z_]+) \*\/:/gm)].map((m) => [Number(m[1]), m[2]] as const);
  const cases = labels.map(([, name]) => name);

  it('has one case per opcode row, in table order', () => {
    const names = Object.keys(OPCODES).filter((n) => !(n in UNIMPLEMENTED));
    expect(cases).toEqual(names);
  });

  it('labels each case with the number the table gives its name', () => {
    for (const [code, name] of labels) expect(code, name).toBe(OPCODES[name as keyof typeof OPCODES].code);
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
