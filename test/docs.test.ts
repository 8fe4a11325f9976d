// Generated documentation stays current: docs/opcodes.md is what the opcode table produces.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { opcodeReferenceMarkdown, OPCODES } from '../bytecode';

it('docs/opcodes.md is current (regenerate with `npm run docs`)', () => {
  const onDisk = readFileSync(join(__dirname, '..', 'docs', 'opcodes.md'), 'utf8');
  expect(onDisk === opcodeReferenceMarkdown()).toBe(true);
});

it('the reference has a row for every opcode', () => {
  const md = opcodeReferenceMarkdown();
  for (const name of Object.keys(OPCODES)) expect(md).toContain(`| \`${name}\` |`);
});
