// Reads a program test's expected result (.out beside the .py), as written by scripts/expect.mjs
// from real CPython 3.11: stdout verbatim, then `#~ stderr:` (stderr's last line) and `#~ exit:`.

import { readFileSync } from 'node:fs';

export interface Expected {
  stdout: string;
  stderrLast: string;
  exit: number;
}

export function readExpected(path: string): Expected {
  const text = readFileSync(path, 'utf8');
  const m = /(?:^|\n)((?:#~ stdout-ends-without-newline\n)?)#~ stderr: (.*)\n#~ exit: (-?\d+)\n$/.exec(text);
  if (!m) throw new Error(`${path}: no #~ trailer (regenerate with npm run expect)`);
  let stdout = text.slice(0, m.index + (text[m.index] === '\n' ? 1 : 0));
  if (m[1]) stdout = stdout.replace(/\n$/, '');
  return { stdout, stderrLast: m[2], exit: Number(m[3]) };
}

/** The last line of stderr, as the expectation records it. */
export function lastLine(stderr: string): string {
  const lines = stderr.replace(/\n$/, '').split('\n');
  return lines[lines.length - 1] ?? '';
}
