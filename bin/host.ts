// The Node.js host: how the VM reaches the outside world when run from the command line.
// Node-only calls live here and in bin/, never in vm/ (a browser host can implement the same face).

import { readFileSync, readSync } from 'node:fs';
import type { Host } from '../vm';

const sources = new Map<string, string | null>();

/**
 * Standard input read synchronously (input() blocks, as in CPython), split into lines. The
 * decoder and buffers are made on the first read: most programs never read stdin, and every
 * run would otherwise pay for them at start-up.
 */
const stdin = {
  pending: '',
  eof: false,
  io: null as null | { decoder: InstanceType<typeof TextDecoder>; buffer: Buffer; pause: Int32Array },
  readLine(): string | null {
    // pause blocks the thread briefly: a terminal's stdin can be non-blocking and answer EAGAIN.
    const io = (this.io ??= { decoder: new TextDecoder('utf-8'), buffer: Buffer.alloc(1 << 16), pause: new Int32Array(new SharedArrayBuffer(4)) });
    for (;;) {
      const nl = this.pending.indexOf('\n');
      if (nl >= 0) {
        const line = this.pending.slice(0, nl + 1);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      if (this.eof) {
        const rest = this.pending;
        this.pending = '';
        return rest === '' ? null : rest;
      }
      let n: number;
      try {
        n = readSync(0, io.buffer, 0, io.buffer.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(io.pause, 0, 0, 20);
          continue;
        }
        if (code === 'EOF') n = 0;
        else throw e;
      }
      if (n === 0) this.eof = true;
      else this.pending += io.decoder.decode(io.buffer.subarray(0, n), { stream: true });
    }
  },
};

export const nodeHost: Host = {
  stdout(text: string): void {
    process.stdout.write(text);
  },
  stderr(text: string): void {
    process.stderr.write(text);
  },
  readLine(): string | null {
    return stdin.readLine();
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
