// The tspy command as a user meets it: help, version, usage errors, missing files, sys.argv,
// and the cache as seen from the command line (-v, -B, warm runs, sourceless .pyc).

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readHeader } from '../cache';
import { runTspy } from './run';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tspy-cli-'));
});

describe('tspy command line', () => {
  it('--help and --version', async () => {
    const help = await runTspy(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: tspy/);
    expect(help.stdout).toContain('run [OPTIONS] FILE.py [ARGS...]');
    const version = await runTspy(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^tspy \d+\.\d+\.\d+ /);
  });

  it('a missing script exits 2 with CPython\'s message', async () => {
    const r = await runTspy(['run', 'nope.py'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tspy: can't open file '${resolve(dir, 'nope.py')}': [Errno 2] No such file or directory\n`);
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const r = await runTspy(['run', '--bogus', 'x.py'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tspy: unknown option --bogus\nusage:/);
  });

  it('passes arguments after the script to sys.argv, with or without `run`', async () => {
    writeFileSync(join(dir, 'argv.py'), 'import sys\nprint(sys.argv)\n');
    expect((await runTspy(['run', 'argv.py', 'a', '-B', '--x'], dir)).stdout).toBe("['argv.py', 'a', '-B', '--x']\n");
    expect((await runTspy(['argv.py', 'b'], dir)).stdout).toBe("['argv.py', 'b']\n");
  });

  it('caches the main script: miss and write, then hit; -B writes nothing', async () => {
    writeFileSync(join(dir, 'm.py'), 'print(6 * 7)\n');
    const pyc = join(dir, '__pycache__', 'm.tspy-1.pyc');
    const nowrite = await runTspy(['run', '-B', '-v', 'm.py'], dir);
    expect(nowrite.stderr).toBe(`# cache miss (missing) ${pyc}\n`);
    expect(readdirSync(dir)).toEqual(['m.py']);
    const cold = await runTspy(['run', '-v', 'm.py'], dir);
    expect(cold.stdout).toBe('42\n');
    expect(cold.stderr).toBe(`# cache miss (missing) ${pyc}\n# cache wrote ${pyc}\n`);
    const warm = await runTspy(['run', '-v', 'm.py'], dir);
    expect(warm.stdout).toBe('42\n');
    expect(warm.stderr).toBe(`# cache hit ${pyc}\n`);
    writeFileSync(join(dir, 'm.py'), 'print(6 * 8)\n');
    const stale = await runTspy(['run', '-v', 'm.py'], dir);
    expect(stale.stdout).toBe('48\n');
    expect(stale.stderr).toBe(`# cache miss (stale) ${pyc}\n# cache wrote ${pyc}\n`);
  });

  it('without -v, cache trouble never shows', async () => {
    writeFileSync(join(dir, 'q.py'), 'print("ok")\n');
    await runTspy(['run', 'q.py'], dir);
    writeFileSync(join(dir, '__pycache__', 'q.tspy-1.pyc'), 'garbage');
    const r = await runTspy(['run', 'q.py'], dir);
    expect(r).toEqual({ stdout: 'ok\n', stderr: '', code: 0 });
  });

  it('a syntax error writes no cache file', async () => {
    writeFileSync(join(dir, 'bad.py'), 'x = = 1\n');
    const r = await runTspy(['run', 'bad.py'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError: invalid syntax\n$/);
    expect(readdirSync(dir)).toEqual(['bad.py']);
  });

  it('runs a sourceless .pyc, and refuses a damaged one without a JavaScript error', async () => {
    writeFileSync(join(dir, 's.py'), 'print("from pyc")\n');
    await runTspy(['run', 's.py'], dir);
    copyFileSync(join(dir, '__pycache__', 's.tspy-1.pyc'), join(dir, 'alone.pyc'));
    const r = await runTspy(['run', 'alone.pyc'], dir);
    expect(r).toEqual({ stdout: 'from pyc\n', stderr: '', code: 0 });
    writeFileSync(join(dir, 'junk.pyc'), 'not a pyc at all');
    const bad = await runTspy(['run', 'junk.pyc'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tspy: can't run '.*junk\.pyc': not a valid tspy cache file \(bad magic/);
  });
});

describe('cache commands', () => {
  it('compile writes cache files in the chosen invalidation mode and prints their paths', async () => {
    writeFileSync(join(dir, 'a.py'), 'x = 1\n');
    writeFileSync(join(dir, 'b.py'), 'y = 2\n');
    const r = await runTspy(['compile', '--invalidation-mode', 'unchecked-hash', 'a.py', 'b.py'], dir);
    const a = join(dir, '__pycache__', 'a.tspy-1.pyc');
    const b = join(dir, '__pycache__', 'b.tspy-1.pyc');
    expect(r).toEqual({ stdout: `${a}\n${b}\n`, stderr: '', code: 0 });
    expect(readHeader(readFileSync(a)).stamp.mode).toBe('unchecked-hash');
    await runTspy(['compile', '--invalidation-mode', 'timestamp', '-O', 'a.py'], dir);
    const opt = readHeader(readFileSync(join(dir, '__pycache__', 'a.tspy-1.opt-1.pyc')));
    expect(opt).toMatchObject({ optimize: true, stamp: { mode: 'timestamp' } });
  });

  it('compile reports a syntax error, writes nothing for it and exits 1', async () => {
    writeFileSync(join(dir, 'bad.py'), 'def f(:\n');
    const r = await runTspy(['compile', 'bad.py'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError/);
    expect(existsSync(join(dir, '__pycache__'))).toBe(false);
  });

  it('compileall does a tree, skips what is up to date, and -f forces', async () => {
    mkdirSync(join(dir, 'pkg', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'top.py'), 'pass\n');
    writeFileSync(join(dir, 'pkg', 'one.py'), 'pass\n');
    writeFileSync(join(dir, 'pkg', 'sub', 'two.py'), 'pass\n');
    const first = await runTspy(['compileall', '-q', '.'], dir);
    expect(first).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(readdirSync(join(dir, 'pkg', 'sub', '__pycache__'))).toEqual(['two.tspy-1.pyc']);
    const again = await runTspy(['compileall', '.'], dir);
    expect(again.stdout).toBe('compiled 0, up to date 3, failed 0 (3 files)\n');
    const forced = await runTspy(['compileall', '-f', 'pkg'], dir);
    expect(forced.stdout).toContain('compiled 2, up to date 0, failed 0 (2 files)');
    writeFileSync(join(dir, 'pkg', 'broken.py'), 'if\n');
    const broken = await runTspy(['compileall', '-q', '.'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('compiled 0, up to date 3, failed 1 (4 files)\n');
  });

  it('cache info counts and cache clean removes tspy files and empty __pycache__ folders only', async () => {
    writeFileSync(join(dir, 'c.py'), 'pass\n');
    mkdirSync(join(dir, 'keep', '__pycache__'), { recursive: true });
    writeFileSync(join(dir, 'keep', '__pycache__', 'c.cpython-311.pyc'), 'CPython owns this');
    await runTspy(['compile', 'c.py'], dir);
    const info = await runTspy(['cache', 'info', '.'], dir);
    expect(info.stdout).toMatch(/^1 cache files, \d+ bytes, in 2 __pycache__ folders under /);
    const clean = await runTspy(['cache', 'clean'], dir);
    expect(clean.stdout).toBe('removed 1 cache files and 1 empty __pycache__ folders\n');
    expect(existsSync(join(dir, '__pycache__'))).toBe(false);
    expect(readdirSync(join(dir, 'keep', '__pycache__'))).toEqual(['c.cpython-311.pyc']);
  });
});

describe('inspect and ops', () => {
  it('inspect decodes a valid file, says it is current, and disassembles it', async () => {
    writeFileSync(join(dir, 'i.py'), 'def sq(x):\n    return x * x\nprint(sq(7))\n');
    await runTspy(['compile', 'i.py'], dir);
    const r = await runTspy(['inspect', '__pycache__/i.tspy-1.pyc'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^magic: +01 00 0d 0a {2}\(format 1, \\r\\n\)$/m);
    expect(r.stdout).toMatch(/^flags: +0x00000003 {2}\(checked-hash\)$/m);
    expect(r.stdout).toMatch(/^crc32: +0x[0-9a-f]{8} \(matches\)$/m);
    expect(r.stdout).toMatch(/^valid: +yes/m);
    expect(r.stdout).toMatch(/BINARY_MULTIPLY/);
  });

  it('inspect says why a file is stale, and describes a damaged one without failing', async () => {
    writeFileSync(join(dir, 'i.py'), 'x = 1\n');
    await runTspy(['compile', '--invalidation-mode', 'timestamp', 'i.py'], dir);
    writeFileSync(join(dir, 'i.py'), 'x = 22\n');
    const stale = await runTspy(['inspect', '__pycache__/i.tspy-1.pyc'], dir);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^source mtime: +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(\d+\)$/m);
    expect(stale.stdout).toMatch(/^valid: +no: stale: source mtime or size changed; tspy would recompile$/m);
    const bytes = readFileSync(join(dir, '__pycache__', 'i.tspy-1.pyc'));
    writeFileSync(join(dir, 'cut.pyc'), bytes.subarray(0, 40));
    const cut = await runTspy(['inspect', 'cut.pyc'], dir);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toBe('');
    expect(cut.stdout).toMatch(/^damaged: +truncated: payload of \d+ bytes does not fit in 6$/m);
    writeFileSync(join(dir, 'cut.pyc'), bytes.subarray(0, 30));
    const early = await runTspy(['inspect', 'cut.pyc'], dir);
    expect(early.stdout).toMatch(/^damaged: +truncated: the \d+-byte version string does not fit in 1$/m);
    writeFileSync(join(dir, 'empty.pyc'), '');
    const empty = await runTspy(['inspect', 'empty.pyc'], dir);
    expect(empty.stdout).toMatch(/^damaged: +truncated: file is 0 bytes long$/m);
  });

  it('ops prints a block for every opcode', async () => {
    const r = await runTspy(['ops'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^100 LOAD_CONST\n {4}argument: const \(index into co_consts\); pops 0; stack \+1\n/m);
  });
});

describe('tokens and ast', () => {
  // Expected files come from CPython 3.11, run in test/programs:
  //   python3 -m ast [-a] cls_props.py > ../fixtures/cls_props.ast[-a].txt
  //   python3 -m tokenize cls_props.py | grep -v ' COMMENT \| NL '   (tspy's tokens are the parser's: no comments)
  const programs = join(__dirname, 'programs');
  const read = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

  it('tspy ast prints what python -m ast prints, with and without positions', async () => {
    expect((await runTspy(['ast', 'cls_props.py'], programs)).stdout).toBe(read('cls_props.ast.txt'));
    expect((await runTspy(['ast', '-a', 'cls_props.py'], programs)).stdout).toBe(read('cls_props.ast-a.txt'));
  });

  it('tspy tokens prints what python -m tokenize prints for the tokens the parser sees', async () => {
    expect((await runTspy(['tokens', 'cls_props.py'], programs)).stdout).toBe(read('cls_props.tokens.txt'));
  });

  it('a syntax error is reported as in a run', async () => {
    writeFileSync(join(dir, 'bad.py'), 'x = (1,\n');
    const r = await runTspy(['ast', 'bad.py'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError: '\(' was never closed\n$/);
  });
});

describe('output to a closed pipe', () => {
  it('stops quietly when the reader goes away, with no JavaScript stack trace', async () => {
    writeFileSync(join(dir, 'many.py'), 'for i in range(200000):\n    print(i)\n');
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(__dirname, '..', 'bin', 'tspy.js'), 'run', '-B', 'many.py'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((res) => child.on('close', res));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('standard input', () => {
  it('input() prints the prompt, returns each line without its newline, and raises EOFError at the end', async () => {
    // CPython's sys.stdin splits lines at '\n' only (newline='\n' on POSIX), so a '\r' stays.
    writeFileSync(join(dir, 'inp.py'), 'a = input("who? ")\nb = input()\nprint([a, b])\ninput()\n');
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'tspy.js'), 'run', '-B', 'inp.py'], { cwd: dir, input: 'ann\r\nbob\n', encoding: 'utf8' });
    expect(r.stdout).toBe("who? ['ann\\r', 'bob']\n");
    expect(r.stderr).toMatch(/\nEOFError: EOF when reading a line\n$/);
    expect(r.status).toBe(1);
  });
});

describe('sys reflects the run options', () => {
  it('-B, --cache-prefix and -O show in sys.dont_write_bytecode, sys.pycache_prefix and sys.flags', async () => {
    writeFileSync(join(dir, 'opts.py'), 'import sys\nprint(sys.dont_write_bytecode, sys.pycache_prefix, sys.flags.optimize, sys.flags.dont_write_bytecode)\n');
    const env = { TSPY_DONTWRITEBYTECODE: '', TSPY_PYCACHEPREFIX: '' };
    const plain = await runTspy(['run', 'opts.py'], dir, env);
    const opts = await runTspy(['run', '-B', '-O', '--cache-prefix', 'pfx', 'opts.py'], dir, env);
    expect([plain.stdout, opts.stdout]).toEqual(['False None 0 0\n', 'True pfx 1 1\n']);
  });
});

describe('import dis', () => {
  it('disassembles a function, a class (each method, by name), a source string and a code object', async () => {
    writeFileSync(join(dir, 'd.py'), [
      'import dis',
      'def add(a, b=1):',
      '    return a + b',
      'class K:',
      '    def m(self):',
      '        return self.x',
      'dis.dis(add)',
      'dis.dis(K)',
      "dis.dis('z = 1 + q')",
      'dis.dis(add.__code__)',
      "print(dis.code_info(add).splitlines()[0])",
      '',
    ].join('\n'));
    const r = await runTspy(['run', '-B', 'd.py'], dir);
    expect(r.stderr).toBe('');
    const fn = '  3           0 LOAD_FAST                0 (a)\n              2 LOAD_FAST                1 (b)\n              4 BINARY_ADD\n              6 RETURN_VALUE\n';
    expect(r.stdout).toBe(
      fn +
      'Disassembly of m:\n  6           0 LOAD_FAST                0 (self)\n              2 LOAD_ATTR                0 (x)\n              4 RETURN_VALUE\n\n' +
      '  1           0 LOAD_CONST               0 (1)\n              2 LOAD_NAME                0 (q)\n              4 BINARY_ADD\n' +
      '              6 STORE_NAME               1 (z)\n              8 LOAD_CONST               1 (None)\n             10 RETURN_VALUE\n' +
      fn + 'Name:              add\n');
  });
});

describe('tspy dis', () => {
  it('disassembles a .pyc exactly as its source, and refuses a damaged one', async () => {
    writeFileSync(join(dir, 'dd.py'), 'def sq(x):\n    return x * x\nprint(sq(3))\n');
    const fromSource = await runTspy(['dis', 'dd.py'], dir);
    expect(fromSource.stdout).toMatch(/^Name: +<module>\n/);
    await runTspy(['compile', 'dd.py'], dir);
    const fromPyc = await runTspy(['dis', '__pycache__/dd.tspy-1.pyc'], dir);
    expect(fromPyc).toEqual(fromSource);
    writeFileSync(join(dir, 'bad.pyc'), 'junk');
    const bad = await runTspy(['dis', 'bad.pyc'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tspy: can't disassemble '.*bad\.pyc': not a valid tspy cache file \(bad magic/);
  });
});
