// An in-memory HostFS: files and folders in Maps, for a browser host or for tests that must not
// touch the disk. POSIX behaviour where programs can see it (EISDIR, ENOENT, ENOTEMPTY...).

import { HostError, type HostFS, type HostStat, type OpenFlags } from './host';

interface Node {
  dir: boolean;
  data: Uint8Array;
  size: number;
  mtime: number;
}

/** A file system held in memory; paths are POSIX, relative ones resolve against `cwd`. */
export class MemoryFS implements HostFS {
  private readonly nodes = new Map<string, Node>();
  private readonly fds = new Map<number, { path: string; node: Node; append: boolean }>();
  private nextFd = 3;

  constructor(
    files: Record<string, string | Uint8Array> = {},
    private readonly cwd = '/',
  ) {
    this.nodes.set('/', { dir: true, data: new Uint8Array(0), size: 0, mtime: Date.now() / 1000 });
    for (const [path, content] of Object.entries(files)) {
      const full = this.resolve(path);
      this.makeParents(full);
      const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      this.nodes.set(full, { dir: false, data, size: data.length, mtime: Date.now() / 1000 });
    }
  }

  /** A file's current bytes (tests read back what a program wrote). */
  contents(path: string): Uint8Array | undefined {
    const n = this.nodes.get(this.resolve(path));
    return n && !n.dir ? n.data.slice(0, n.size) : undefined;
  }

  private resolve(path: string): string {
    const parts = (path.startsWith('/') ? path : `${this.cwd}/${path}`).split('/');
    const out: string[] = [];
    for (const p of parts) {
      if (p === '' || p === '.') continue;
      if (p === '..') out.pop();
      else out.push(p);
    }
    return '/' + out.join('/');
  }

  private parentOf(full: string): string {
    return full.slice(0, full.lastIndexOf('/')) || '/';
  }

  private makeParents(full: string): void {
    const parent = this.parentOf(full);
    if (parent === full || this.nodes.has(parent)) return;
    this.makeParents(parent);
    this.nodes.set(parent, { dir: true, data: new Uint8Array(0), size: 0, mtime: Date.now() / 1000 });
  }

  private existing(path: string): [string, Node] {
    const full = this.resolve(path);
    const parent = this.nodes.get(this.parentOf(full));
    if (parent !== undefined && !parent.dir) throw new HostError('ENOTDIR');
    const n = this.nodes.get(full);
    if (n === undefined) throw new HostError('ENOENT');
    return [full, n];
  }

  private file(fd: number): { path: string; node: Node; append: boolean } {
    const f = this.fds.get(fd);
    if (f === undefined) throw new HostError('EBADF');
    return f;
  }

  getcwd(): string {
    return this.cwd;
  }

  open(path: string, flags: OpenFlags): number {
    const full = this.resolve(path);
    let node = this.nodes.get(full);
    if (flags.startsWith('wx') && node !== undefined) throw new HostError('EEXIST');
    if (node?.dir) throw new HostError('EISDIR');
    if (node === undefined) {
      if (flags === 'r' || flags === 'r+') throw new HostError('ENOENT');
      const parent = this.nodes.get(this.parentOf(full));
      if (parent === undefined) throw new HostError('ENOENT');
      if (!parent.dir) throw new HostError('ENOTDIR');
      node = { dir: false, data: new Uint8Array(0), size: 0, mtime: Date.now() / 1000 };
      this.nodes.set(full, node);
    } else if (flags === 'w' || flags === 'w+') {
      node.size = 0;
    }
    const fd = this.nextFd++;
    this.fds.set(fd, { path: full, node, append: flags.startsWith('a') });
    return fd;
  }

  read(fd: number, into: Uint8Array, position: number): number {
    const { node } = this.file(fd);
    const n = Math.max(0, Math.min(into.length, node.size - position));
    into.set(node.data.subarray(position, position + n));
    return n;
  }

  write(fd: number, data: Uint8Array, position: number | null): void {
    const f = this.file(fd);
    const node = f.node;
    const at = f.append || position === null ? node.size : position;
    const end = at + data.length;
    if (end > node.data.length) {
      const grown = new Uint8Array(Math.max(end, node.data.length * 2));
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    }
    if (at > node.size) node.data.fill(0, node.size, at);
    node.data.set(data, at);
    node.size = Math.max(node.size, end);
    node.mtime = Date.now() / 1000;
  }

  size(fd: number): number {
    return this.file(fd).node.size;
  }

  truncate(fd: number, length: number): void {
    const node = this.file(fd).node;
    if (length > node.data.length) {
      const grown = new Uint8Array(length);
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    } else if (length > node.size) node.data.fill(0, node.size, length);
    node.size = length;
  }

  close(fd: number): void {
    this.file(fd);
    this.fds.delete(fd);
  }

  stat(path: string): HostStat {
    const [, n] = this.existing(path);
    return { kind: n.dir ? 'dir' : 'file', size: n.dir ? 4096 : n.size, mode: n.dir ? 0o40755 : 0o100644, mtime: n.mtime };
  }

  listdir(path: string): string[] {
    const [full, n] = this.existing(path);
    if (!n.dir) throw new HostError('ENOTDIR');
    const prefix = full === '/' ? '/' : full + '/';
    const names: string[] = [];
    for (const p of this.nodes.keys()) {
      if (p !== full && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) names.push(p.slice(prefix.length));
    }
    return names;
  }

  mkdir(path: string): void {
    const full = this.resolve(path);
    if (this.nodes.has(full)) throw new HostError('EEXIST');
    const parent = this.nodes.get(this.parentOf(full));
    if (parent === undefined) throw new HostError('ENOENT');
    if (!parent.dir) throw new HostError('ENOTDIR');
    this.nodes.set(full, { dir: true, data: new Uint8Array(0), size: 0, mtime: Date.now() / 1000 });
  }

  rmdir(path: string): void {
    const [full, n] = this.existing(path);
    if (!n.dir) throw new HostError('ENOTDIR');
    if (this.listdir(path).length) throw new HostError('ENOTEMPTY');
    this.nodes.delete(full);
  }

  unlink(path: string): void {
    const [full, n] = this.existing(path);
    if (n.dir) throw new HostError('EISDIR');
    this.nodes.delete(full);
  }

  rename(from: string, to: string): void {
    const [src, n] = this.existing(from);
    const dst = this.resolve(to);
    if (!this.nodes.has(this.parentOf(dst))) throw new HostError('ENOENT');
    const prefix = src + '/';
    for (const [p, child] of [...this.nodes]) {
      if (p.startsWith(prefix)) {
        this.nodes.delete(p);
        this.nodes.set(dst + p.slice(src.length), child);
      }
    }
    this.nodes.delete(src);
    this.nodes.set(dst, n);
  }
}
