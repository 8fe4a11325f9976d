#!/usr/bin/env node
// Writes docs/internals.md: one small program followed from source to execution, with the real
// output of tspy's own commands (run `npm run build` first; then `node scripts/internals.mjs`).
// The program is copied to a temporary folder so paths in the output are short and stable.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'bin', 'tspy.js');
const work = mkdtempSync(join(tmpdir(), 'tspy-guide-'));
const example = join(root, 'examples', 'average.py');
copyFileSync(example, join(work, 'average.py'));

const sh = (args, { lines, env } = {}) => {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    out = (e.stdout ?? '') + (e.stderr ?? '');
  }
  out = out.replaceAll(work, '/home/me');
  if (lines) {
    const all = out.split('\n');
    if (all.length > lines + 1) out = all.slice(0, lines).join('\n') + '\n...\n';
  }
  return out.replace(/\n$/, '');
};
const shErr = (args) => {
  const r = execFileSync('bash', ['-c', `node ${JSON.stringify(cli)} ${args} 2>&1`], { cwd: work, encoding: 'utf8' });
  return r.replaceAll(work, '/home/me').replace(/\n$/, '');
};
const block = (cmd, out) => `\`\`\`\n$ ${cmd}\n${out}\n\`\`\`\n`;
const hex = () => {
  const bytes = readFileSync(join(work, '__pycache__', 'average.tspy-1.pyc'));
  const rows = [];
  for (let i = 0; i < Math.min(bytes.length, 64); i += 16) {
    const chunk = [...bytes.subarray(i, i + 16)];
    rows.push(`${i.toString(16).padStart(8, '0')}  ${chunk.map((b) => b.toString(16).padStart(2, '0')).join(' ').padEnd(47)}  ${chunk.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('')}`);
  }
  return rows.join('\n');
};

const source = readFileSync(example, 'utf8');
const firstRun = shErr('run -v average.py');
const secondRun = shErr('run -v average.py');
const doc = `# How tspy runs a program

This guide follows one small program through every stage of tspy, with the real output of
tspy's own commands (regenerate it with \`npm run build && node scripts/internals.mjs\`). Each stage
has a CPython counterpart, named as we go, so you can compare the two side by side.

\`\`\`python
${source.replace(/\n$/, '')}
\`\`\`

\`\`\`
source ──moo──▶ tokens ──nearley──▶ AST ──compiler──▶ code objects ──▶ VM
                                                        │    ▲
                                                        ▼    │
                                          __pycache__/average.tspy-1.pyc
\`\`\`

## 1. Tokens

The lexer (\`grammar/lexer.ts\`) uses moo to cut the text into names, numbers, strings and
operators, then a second layer turns indentation into \`INDENT\` and \`DEDENT\` tokens and line ends
into \`NEWLINE\`, as CPython's tokenizer does. Blank lines and comments produce nothing, and a line
inside brackets continues the previous one. \`tspy tokens\` prints them in the layout of
\`python -m tokenize\` (line,column of the start and end, the type, the text):

${block('tspy tokens average.py', sh(['tokens', 'average.py'], { lines: 24 }))}
Keywords such as \`def\` and \`for\` print as \`NAME\`, as in CPython; inside tspy they are their own
token type, which keeps the grammar free of ambiguity.

## 2. The syntax tree

The nearley grammar (\`grammar/python.ne\`, compiled to \`python.gen.ts\` by \`nearleyc\` at build
time; \`grammar/earley.ts\` runs it with nearley's algorithm) turns the tokens into a tree whose node and field names are CPython's (\`FunctionDef\`,
\`For\`, \`AugAssign\`, \`BinOp\`...). tspy asserts that every statement has exactly one parse.
\`tspy ast\` prints the tree exactly as \`python -m ast\` does (\`-a\` adds line and column positions):

${block('tspy ast average.py', sh(['ast', 'average.py'], { lines: 40 }))}

## 3. Bytecode

The compiler (\`compiler/\`) first builds symbol tables (which names are local, global, free or
cell variables), then walks the tree and emits instructions, one code object per module, function,
class body or comprehension. Nested code objects sit in their parent's constants. The instruction
set is CPython 3.7's, the last CPython with a runtime block stack: loops use \`SETUP_LOOP\` and
\`POP_BLOCK\`, and \`try\` uses \`SETUP_EXCEPT\`/\`SETUP_FINALLY\`, so you can see how control flow is
built. Every instruction is two bytes, an opcode and an argument. \`tspy dis\` shows each code
object: the line number where a line starts, the byte offset, \`>>\` on jump targets, the opcode,
its argument and, in parentheses, what the argument means:

${block('tspy dis average.py', sh(['dis', 'average.py']))}

Things to notice:
- \`total\` and \`v\` are fast locals (\`LOAD_FAST\`, \`STORE_FAST\`: slots in an array), while \`len\` is
  a global (\`LOAD_GLOBAL\`) because the function never assigns it.
- The \`for\` loop is \`SETUP_LOOP\` (a block for \`break\` to unwind to), \`GET_ITER\`, then \`FOR_ITER\`,
  which pushes the next item or, when the iterator is exhausted, jumps past the loop body.
- \`co_stacksize\` is computed from the stack effects in the opcode table, the single source of truth
  for every instruction (\`tspy ops\` prints it; \`docs/opcodes.md\` is generated from it).

## 4. The cache file

The first run compiles and writes \`__pycache__/average.tspy-1.pyc\`; the second run finds it, checks
it against the source, and skips the grammar and compiler entirely (\`-v\` says what happened):

${block('tspy run -v average.py   # first run', firstRun)}
${block('tspy run -v average.py   # second run', secondRun)}
The file starts with a 16-byte header laid out as CPython's (PEP 552): a magic number (the
bytecode format, then \`\\r\\n\`), a flags word, and a 64-bit hash of the source. Then come the payload
length, a CRC-32 over the file, a fingerprint of the opcode table, the version of tspy that wrote
it, and the marshalled code objects, with CPython's type letters (\`c\` for a code object, \`u\` for a
string, \`i\` for a small int...):

\`\`\`
${hex()}
\`\`\`

\`tspy inspect\` decodes it field by field, says whether tspy would use it for the source as it is
now, and disassembles it:

${block('tspy inspect __pycache__/average.tspy-1.pyc', sh(['inspect', '__pycache__/average.tspy-1.pyc'], { lines: 12 }))}

Nothing in the file is trusted: every length is checked against the bytes left, the CRC must
match, and a verifier checks every operand index, jump target and stack depth before the VM sees
the code. A damaged or stale file is recompiled from source and rewritten.

## 5. Execution

The VM (\`vm/\`) runs code objects on an explicit stack of frames. Each frame has its own value
stack, block stack and fast locals; calling a Python function pushes a frame instead of recursing
in JavaScript, so a deep recursion raises \`RecursionError\` at Python's limit (1000). The evaluation
loop (\`vm/eval.ts\`) reads an opcode and its argument, advances, and switches on the opcode; small
integers stay JavaScript numbers, with arbitrary precision (BigInt) only when a result overflows.

${block('tspy run average.py', sh(['run', 'average.py']))}
\`tspy trace\` shows the same run one instruction at a time, indented by call depth, with the value
stack and block stack after each instruction (\`--lines\` prints one line per source line instead,
\`--function NAME\` follows one function, \`-o FILE\` writes the trace to a file). Here is the
function's first pass through its loop:

${block('tspy trace --function average --max-steps 12 average.py', shErr('trace --function average --max-steps 12 average.py'))}
Each line is: the function, then exactly what \`dis\` prints for the instruction, then the stacks after
it. \`FOR_ITER\` pushed the list's first item (3) on top of the iterator, \`STORE_FAST\` moved it into
\`v\`, and the \`LOOP\` block stays on the block stack for as long as the loop runs, so that \`break\`
knows where to go.
`;
writeFileSync(join(root, 'docs', 'internals.md'), doc);
rmSync(work, { recursive: true, force: true });
console.log('wrote docs/internals.md');
