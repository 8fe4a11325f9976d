// BadPycError: a cache file that cannot be trusted. It lives only in cache/: the loader always
// catches it and recompiles from source, so a Python program never sees it.

/** Why a cache file was not used; shown by `tspy run -v` as `# cache miss (reason) path`. */
export type MissReason =
  | 'missing' | 'stale' | 'bad magic' | 'bad flags' | 'other compile flags' | 'other tspy version'
  | 'opcode table changed' | 'truncated' | 'corrupt' | 'checksum mismatch' | 'invalid bytecode'
  | 'unreadable' | 'not a file' | 'forced';

export class BadPycError extends Error {
  constructor(readonly reason: MissReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'BadPycError';
  }
}
