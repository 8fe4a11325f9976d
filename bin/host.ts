// The Node.js host: how the VM reaches the outside world when run from the command line.
// Node-only calls live here and in bin/, never in vm/ (a browser host can implement the same face).

import { readFileSync } from 'node:fs';
import type { Host } from '../vm';

const sources = new Map<string, string | null>();

export const nodeHost: Host = {
  stdout(text: string): void {
    process.stdout.write(text);
  },
  stderr(text: string): void {
    process.stderr.write(text);
  },
  readSource(filename: string): string | null {
    let text = sources.get(filename);
    if (text === undefined) {
      try {
        text = readFileSync(filename, 'utf8');
      } catch {
        text = null;
      }
      sources.set(filename, text);
    }
    return text;
  },
};
