// The host-backed modules without Node: a BufferHost with a MemoryFS (what a browser host would
// pass) runs open(), io, os, os.path, input() and sys.stdin in-process, touching no disk.

import { describe, expect, it } from 'vitest';
import { compile } from '../compiler/index';
import { BufferHost, MemoryFS, runMain } from '../vm/index';

function run(source: string, fs: MemoryFS, stdin = ''): { out: string; err: string; status: number } {
  const host = new BufferHost({ 'main.py': source }, stdin, fs);
  const status = runMain(compile(source, 'main.py'), { argv: ['main.py'], host });
  return { out: host.out, err: host.err, status };
}

describe('host-backed modules on an in-memory file system', () => {
  it('open() writes, appends and reads text and bytes; os lists, renames and removes', () => {
    const fs = new MemoryFS({ 'data/in.txt': 'alpha\nbeta\n' }, '/work');
    const r = run(
      [
        'import os, io',
        'print(os.getcwd(), os.listdir("data"), os.path.exists("data/in.txt"), os.path.isdir("data"))',
        'with open("data/in.txt") as f:',
        '    lines = [line.rstrip() for line in f]',
        'with open("data/out.txt", "w") as f:',
        '    for line in lines:',
        '        print(line.upper(), file=f)',
        'with open("data/out.txt", "a") as f:',
        '    f.write("gamma\\n")',
        'with open("data/out.bin", "wb") as f:',
        '    f.write(bytes([0, 255, 10]))',
        'print(open("data/out.txt").read().split(), open("data/out.bin", "rb").read(), os.path.getsize("data/out.txt"))',
        'os.rename("data/out.bin", "data/moved.bin")',
        'os.remove("data/moved.bin")',
        'os.mkdir("data/sub")',
        'print(sorted(os.listdir("data")), os.path.abspath("x"))',
        'try:',
        '    open("missing.txt")',
        'except FileNotFoundError as e:',
        '    print(e)',
        'try:',
        '    os.rmdir("data")',
        'except OSError as e:',
        '    print(type(e).__name__, e)',
      ].join('\n') + '\n',
      fs,
    );
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual([
      "/work ['in.txt'] True True",
      "['ALPHA', 'BETA', 'gamma'] b'\\x00\\xff\\n' 17",
      "['in.txt', 'out.txt', 'sub'] /work/x",
      "[Errno 2] No such file or directory: 'missing.txt'",
      "OSError [Errno 39] Directory not empty: 'data'",
      '',
    ]);
    expect(new TextDecoder().decode(fs.contents('/work/data/out.txt'))).toBe('ALPHA\nBETA\ngamma\n');
  });

  it('input() and sys.stdin read the host\'s standard input', () => {
    const r = run('import sys\nname = input("name? ")\nprint("hi", name, sys.stdin.readline().strip(), sys.stdin.read().split())\n', new MemoryFS(), 'ann\nbob\nc d\n');
    expect(r.out).toBe("name? hi ann bob ['c', 'd']\n");
  });

  it('a host without a file system raises OSError instead of failing in JavaScript', () => {
    const host = new BufferHost({}, '');
    const source = 'try:\n    open("x")\nexcept OSError as e:\n    print(type(e).__name__, e.errno)\n';
    const status = runMain(compile(source, 'main.py'), { argv: ['main.py'], host });
    expect([status, host.out]).toEqual([0, 'OSError 38\n']);
  });
});
