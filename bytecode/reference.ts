// The opcode reference, generated from the opcode table alone: `tspy ops` prints it as text and
// docs/opcodes.md holds it as Markdown (a test checks the file is current). Leaf module.

import { OPCODES, type Effect, type OpInfo, type OpName } from './opcodes';

const KIND_MEANING: Record<OpInfo['arg'], string> = {
  none: 'no argument',
  const: 'index into co_consts',
  name: 'index into co_names',
  local: 'index into co_varnames',
  free: 'index into co_cellvars + co_freevars',
  jrel: 'jump forward by this many bytes',
  jabs: 'jump to this byte offset',
  compare: 'index into the comparison operators',
  count: 'a number',
};

function effectText(e: Effect): string {
  if (typeof e === 'number') return e > 0 ? `+${e}` : String(e);
  // Argument-dependent: the stack picture in the doc names the items.
  return 'by argument';
}

function popsText(e: Effect): string {
  return typeof e === 'number' ? String(e) : 'by argument';
}

interface Row {
  name: OpName;
  info: OpInfo;
}

function rows(): Row[] {
  return (Object.keys(OPCODES) as OpName[]).map((name) => ({ name, info: OPCODES[name] as OpInfo })).sort((a, b) => a.info.code - b.info.code);
}

/** The reference as plain text, one block per opcode. */
export function opcodeReferenceText(): string {
  let out = `tspy opcodes (${rows().length}), from bytecode/opcodes.ts\n\n`;
  for (const { name, info } of rows()) {
    const jump = info.jump !== undefined ? `, ${effectText(info.jump)} if it jumps` : '';
    out += `${String(info.code).padStart(3)} ${name}\n`;
    out += `    argument: ${info.arg} (${KIND_MEANING[info.arg]}); pops ${popsText(info.pops)}; stack ${effectText(info.effect)}${jump}\n`;
    out += `    ${info.doc}\n`;
  }
  return out;
}

/** The reference as Markdown, for docs/opcodes.md. */
export function opcodeReferenceMarkdown(): string {
  let out = '# tspy opcode reference\n\n';
  out += 'Generated from `bytecode/opcodes.ts` by `npm run docs`; do not edit by hand.\n';
  out += 'Stack pictures read `( before -- after )`, top of stack rightmost. "pops" is how many items\n';
  out += 'the instruction takes off the stack; "stack" is the net change in depth (and when it jumps,\n';
  out += 'the change on that path). See `docs/bytecode.md` for how the instructions fit together.\n\n';
  out += '| # | name | argument | pops | stack | what it does |\n| ---: | --- | --- | --- | --- | --- |\n';
  for (const { name, info } of rows()) {
    const jump = info.jump !== undefined ? `; ${effectText(info.jump)} if it jumps` : '';
    const doc = info.doc.replace(/\|/g, '\\|');
    out += `| ${info.code} | \`${name}\` | ${info.arg} | ${popsText(info.pops)} | ${effectText(info.effect)}${jump} | ${doc} |\n`;
  }
  return out;
}
