#!/usr/bin/env node
// Regenerates docs/opcodes.md from the opcode table (needs a build: reads dist/).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { opcodeReferenceMarkdown } = require('../dist/bytecode/index.js');
writeFileSync(new URL('../docs/opcodes.md', import.meta.url), opcodeReferenceMarkdown());
console.log('wrote docs/opcodes.md');
