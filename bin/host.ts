// The Node.js host: how the VM reaches the outside world when run from the command line.
// Node-only calls live here and in bin/, never in vm/ (a browser host can implement the same face).

import {
  closeSync, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync,
  renameSync, rmdirSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { HostError, type Host, type HostFS, type HostStat, type OpenFlags } from '../vm';

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

/** Runs a Node fs call, turning its errors into HostError (the VM maps codes to OSError types). */
function sys<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HostError(typeof code === 'string' ? code : 'EIO');
  }
}

function statOf(s: Stats): HostStat {
  const kind = s.isFile() ? 'file' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : 'other';
  return { kind, size: s.size, mode: s.mode, mtime: s.mtimeMs / 1000 };
}

const nodeFS: HostFS = {
  getcwd: () => sys(() => process.cwd()),
  open: (path: string, flags: OpenFlags) =>
    sys(() => {
      const fd = openSync(path, flags, 0o666);
      // Linux lets a folder be opened for reading; CPython's open() refuses it.
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      }
      return fd;
    }),
  read: (fd, into, position) => sys(() => readSync(fd, into, 0, into.length, position)),
  write: (fd, data, position) =>
    sys(() => {
      let done = 0;
      while (done < data.length) {
        const n = writeSync(fd, data, done, data.length - done, position === null ? null : position + done);
        done += n;
      }
    }),
  size: (fd) => sys(() => fstatSync(fd).size),
  truncate: (fd, length) => sys(() => ftruncateSync(fd, length)),
  close: (fd) => sys(() => closeSync(fd)),
  stat: (path, follow) => sys(() => statOf(follow ? statSync(path) : lstatSync(path))),
  listdir: (path) => sys(() => readdirSync(path)),
  mkdir: (path) => sys(() => mkdirSync(path, 0o777)),
  rmdir: (path) => sys(() => rmdirSync(path)),
  unlink: (path) => sys(() => unlinkSync(path)),
  rename: (from, to) => sys(() => renameSync(from, to)),
};

/**
 * The program's output goes straight to fds 1 and 2 with writeSync, as CPython's does, instead of
 * through process.stdout and process.stderr: creating those (a net.Socket for a pipe, a
 * tty.WriteStream for a terminal) loads Node modules and was 3-4 ms of every run. A descriptor
 * someone made non-blocking answers EAGAIN when full: the write waits a moment and goes on, as
 * the stdin reader does. EPIPE (the reader went away: `tspy run x.py | head`) ends the run
 * quietly, as the launcher arranges for the streams.
 */
function fdWriter(fd: number): (text: string) => void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
        else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
        else throw e;
      }
    }
  };
}

/** Sleeping blocks the thread, as CPython's time.sleep does. */
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export const nodeHost: Host = {
  fs: nodeFS,
  environ: () => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    return env;
  },
  // node:crypto is required on first use: loading it costs ~2 ms, at every start-up otherwise.
  urandom: (n) => new Uint8Array((require('node:crypto') as typeof import('node:crypto')).randomBytes(n)),
  sleep: (seconds) => {
    const end = performance.now() + seconds * 1000;
    for (let left = seconds * 1000; left > 0; left = end - performance.now()) Atomics.wait(sleeper, 0, 0, left);
  },
  cpuTime: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  executable: process.argv[1] ?? process.execPath,
  platform: process.platform,
  stdout: fdWriter(1),
  stderr: fdWriter(2),
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
