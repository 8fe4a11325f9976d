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
}

/** A host that collects output in strings (tests, embedding). */
export class BufferHost implements Host {
  out = '';
  err = '';
  constructor(private readonly sources: Record<string, string> = {}) {}
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
