// The host interface: how the VM talks to the outside world (stdout, stderr, source files).
// The CLI passes a Node host; tests pass one that records output.

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
}

/** A host that collects output in strings (tests, embedding). */
export class BufferHost implements Host {
  out = '';
  err = '';
  constructor(private readonly sources: Record<string, string> = {}, private stdin = '') {}
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
