// The host interface: how the VM talks to the outside world (stdout, stderr, stdin, files, the
// environment, the clock's sleep and randomness). The CLI passes a Node host (bin/host.ts); tests
// pass one that records output. Everything beyond stdout/stderr/readSource is optional, so a browser
// host can start small: a missing piece raises OSError (or falls back to a Web API) when used.

/** What the VM needs from its embedder. */
export interface Host {
  /** Write text to standard output (the VM buffers and calls this in chunks). */
  stdout(text: string): void;
  /** Write text to standard error (stdout is flushed first). */
  stderr(text: string): void;
  /** The source of `filename` for traceback lines, or null when unavailable. */
  readSource(filename: string): string | null;
  /**
   * The next line of standard input with its line ending, or null at end of input (input(),
   * sys.stdin). Absent: standard input is empty.
   */
  readLine?(): string | null;
  /** Files and folders (open(), os, os.path); absent: every file operation raises OSError. */
  fs?: HostFS;
  /** The process environment (os.environ), read once at first use. */
  environ?(): Record<string, string>;
  /** `n` bytes from a cryptographic source (os.urandom, random.seed() with no argument). */
  urandom?(n: number): Uint8Array;
  /** Block for `seconds` (time.sleep); absent: a busy wait. */
  sleep?(seconds: number): void;
  /** CPU time used by the process, in seconds (time.process_time). */
  cpuTime?(): number;
  /** sys.executable. */
  executable?: string;
  /** sys.platform ('linux', 'darwin', 'win32', ...). */
  platform?: string;
}

/**
 * A failed host operation, named by its POSIX error code ('ENOENT', 'EISDIR', 'EACCES', ...);
 * the VM turns it into the matching OSError subclass with CPython's message.
 */
export class HostError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** How a file is opened: Node's flag strings, which map one to one onto CPython's open modes. */
export type OpenFlags = 'r' | 'r+' | 'w' | 'w+' | 'a' | 'a+' | 'wx' | 'wx+';

/** What stat() reports. */
export interface HostStat {
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
  /** st_mode, including the file type bits. */
  mode: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

/** Synchronous file-system calls, each throwing HostError on failure. Paths are strings. */
export interface HostFS {
  getcwd(): string;
  /** Open a file and return a descriptor; opening a folder throws EISDIR. */
  open(path: string, flags: OpenFlags): number;
  /** Read into `into` from byte `position`; returns the count (0 at end of file). */
  read(fd: number, into: Uint8Array, position: number): number;
  /** Write all of `data` at `position` (null: at the end, for append mode). */
  write(fd: number, data: Uint8Array, position: number | null): void;
  /** The file's current size in bytes. */
  size(fd: number): number;
  /** Cut or extend the file to `length` bytes. */
  truncate(fd: number, length: number): void;
  close(fd: number): void;
  /** stat (or lstat when `follow` is false). */
  stat(path: string, follow: boolean): HostStat;
  listdir(path: string): string[];
  mkdir(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
}

/** A host that collects output in strings (tests, embedding). */
export class BufferHost implements Host {
  out = '';
  err = '';
  /** `fs`: files for open() and os (a MemoryFS, say); none by default. */
  constructor(
    private readonly sources: Record<string, string> = {},
    private stdin = '',
    readonly fs?: HostFS,
  ) {}
  readLine(): string | null {
    if (this.stdin === '') return null;
    const nl = this.stdin.indexOf('\n');
    const line = nl < 0 ? this.stdin : this.stdin.slice(0, nl + 1);
    this.stdin = this.stdin.slice(line.length);
    return line;
  }
  stdout(text: string): void {
    this.out += text;
  }
  stderr(text: string): void {
    this.err += text;
  }
  readSource(filename: string): string | null {
    return this.sources[filename] ?? null;
  }
}
