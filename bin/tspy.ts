// The tspy command: wires source -> parse -> compile -> run, as `python` does.
// Imports the VM and bytecode eagerly; the grammar and compiler only when source must be compiled.

import { closeSync, openSync, readFileSync, realpathSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CodeObject } from '../bytecode';
import { BadPycError, loadSourceless, type LoaderOptions } from '../cache';
import { cmdCache, cmdCompile, cmdCompileAll, type CompileDeps } from './cacheCommands';
import { CompileFailed, compileOrFail, compileSource, loadGrammar, reportCompileError } from './compileStep';
import { nodeHost } from './host';
import { compileAtRuntime, Importer, LIB_DIR, searchPath } from './importer';
import { formatAst, formatTokens } from './frontEnd';
import { cmdInspect } from './inspect';
import { makeTracer, type TraceOptions } from './trace';
import { finishTiming, timingFor, type TimingCollector } from './timing';

const VERSION: string = (require('../../package.json') as { version: string }).version;

const USAGE = `usage: tspy [command] [options] [FILE.py] [ARGS...]

Commands:
  run [OPTIONS] FILE.py [ARGS...]
                          run a Python script (sys.argv is [FILE.py, ARGS...]); the compiled
                          code is cached in __pycache__/FILE.tspy-1.pyc for the next run
  run [OPTIONS] FILE.pyc  run a cache file on its own, with no source beside it
  [OPTIONS] FILE.py ...   the same as 'tspy run', as 'python FILE.py' would
  [OPTIONS] -m MOD [ARGS...]
                          run module MOD (found on sys.path, the current folder first) as
                          __main__; a package runs its __main__.py
  [OPTIONS] -c CODE [ARGS...]
                          run the string CODE (sys.argv[0] is '-c'; nothing is cached)
  trace [--function NAME] [--lines] [--max-steps N] [-o FILE] [RUN OPTIONS] FILE.py [ARGS...]
                          run a script printing each instruction as dis does, with the value
                          and block stacks after it, indented by call depth (to stderr or FILE)
  tokens FILE.py          the tokens the parser sees, as 'python -m tokenize' prints them
  ast [-a] FILE.py        the syntax tree, as 'python -m ast' prints it (-a: with positions)
  dis FILE.py             disassemble the module and every code object inside it
  inspect FILE.pyc        a cache file's header field by field, whether it is valid for its
                          source now and why not, then its disassembly
  ops                     the opcode reference: every instruction's number, argument, stack effect
  compile [--invalidation-mode timestamp|checked-hash|unchecked-hash] [-O] FILE...
                          write the cache files (as py_compile) and print their paths
  compileall [-q] [-f] [-O] [--invalidation-mode MODE] DIR...
                          compile every .py file in a tree (-f: even when up to date)
  cache clean [DIR]       remove tspy's cache files and empty __pycache__ folders
  cache info [DIR]        count tspy's cache files and their size
  bench FILE.py [-n RUNS] [--warmup N] [--json OUT] [--chart OUT.svg] [--show-output]
                          time the script cold (no cache) against warm (.pyc loaded), as whole
                          processes and in process, with each run's phases; caches are kept in a
                          private temporary folder, never beside the script

Run options (before FILE):
  -B                      read valid cache files but write none (also TSPY_DONTWRITEBYTECODE=1)
  -O                      strip assert statements; cache files are named FILE.tspy-1.opt-1.pyc
  -v                      say on stderr why each cache file was used, missed or written
  --timing                after the run, print on stderr where the time went, per module and
                          in total (read, lex, parse, compile, cache, execution, ...)
  --cache-prefix DIR      keep cache files under DIR instead of beside sources
                          (also TSPY_PYCACHEPREFIX=DIR)

Other options:
  -h, --help              show this help and exit
  -V, --version           print the tspy version and exit

Exit status: 0 on success, 1 on an uncaught exception or a syntax error, 2 on a usage
error or a file that cannot be opened, or the code given to sys.exit().
`;

/** Exit codes shared with CPython. */
const EXIT_USAGE = 2;
/** A tspy bug (never a Python error): sysexits' EX_SOFTWARE. */
const EXIT_INTERNAL = 70;

class UsageError extends Error {}

/** Print CPython's message for a script that cannot be opened (exit status 2 follows). */
function cantOpen(file: string, err: NodeJS.ErrnoException): void {
  const why =
    err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
    : err.code === 'EACCES' ? '[Errno 13] Permission denied'
    : err.code === 'EISDIR' ? '[Errno 21] Is a directory'
    : String(err.message);
  process.stderr.write(`tspy: can't open file '${resolve(file)}': ${why}\n`);
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** Read a script as CPython does: UTF-8, an optional BOM dropped; null after printing why not. */
function readScript(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (!isErrno(e)) throw e;
    cantOpen(file, e);
    return null;
  }
}

interface RunOptions {
  loader: LoaderOptions;
  /** The script and its arguments: sys.argv (for -m and -c, the arguments after MOD or CODE). */
  argv: string[];
  /** -m MOD: run a module found on sys.path as __main__. */
  module?: string;
  /** -c CODE: run a string. */
  command?: string;
  /** --timing: print where the time went on stderr after the run. */
  timing?: boolean;
}

/** Parse run options up to the script name; everything after it belongs to the script. */
function parseRunArgs(args: string[]): RunOptions {
  const env = process.env;
  const loader: LoaderOptions = {
    version: VERSION,
    dontWrite: !!env.TSPY_DONTWRITEBYTECODE,
    prefix: env.TSPY_PYCACHEPREFIX || undefined,
    trustedRoot: LIB_DIR,
  };
  let i = 0;
  let timing = false;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-B') loader.dontWrite = true;
    else if (a === '--timing') timing = true;
    else if (a === '-O') loader.optimize = 1;
    else if (a === '-v') loader.log = (line) => process.stderr.write(`${line}\n`);
    else if (a === '--cache-prefix') {
      if (i + 1 >= args.length) throw new UsageError('--cache-prefix needs a folder');
      loader.prefix = args[++i];
    } else if (a.startsWith('--cache-prefix=')) loader.prefix = a.slice('--cache-prefix='.length);
    else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-m') || a.startsWith('-c')) {
      // As python: -m MOD / -c CODE end the options; what follows belongs to the program.
      const value = a.length > 2 ? a.slice(2) : args[++i];
      if (value === undefined) throw new UsageError(`Argument expected for the ${a} option`);
      const rest = args.slice(i + 1);
      return a[1] === 'm' ? { loader, argv: ['-m', ...rest], module: value, timing } : { loader, argv: ['-c', ...rest], command: value, timing };
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else break;
  }
  if (i >= args.length) throw new UsageError('run: missing FILE.py');
  return { loader, argv: args.slice(i), timing };
}

/** Load a cache file run on its own (no source beside it); null after printing why not. */
function loadPyc(file: string, loader: LoaderOptions, verb = 'run'): { code: CodeObject | null; exit: number } {
  try {
    return { code: loadSourceless(file, loader), exit: 0 };
  } catch (e) {
    if (e instanceof BadPycError) {
      process.stderr.write(`tspy: can't ${verb} '${resolve(file)}': not a valid tspy cache file (${e.message})\n`);
      return { code: null, exit: 1 };
    }
    if (!isErrno(e)) throw e;
    cantOpen(file, e);
    return { code: null, exit: EXIT_USAGE };
  }
}

/** Get the script's code through the cache (or from a sourceless .pyc); null after printing why not. */
function loadScript(file: string, loader: LoaderOptions, importer: Importer): { code: CodeObject | null; exit: number } {
  if (file.endsWith('.pyc')) return loadPyc(file, loader);
  try {
    return { code: importer.codeOf(resolve(file), compileOrFail), exit: 0 };
  } catch (e) {
    if (e instanceof CompileFailed) return { code: null, exit: 1 };
    if (!isErrno(e)) throw e;
    cantOpen(file, e);
    return { code: null, exit: EXIT_USAGE };
  }
}


function cmdRun(args: string[]): number {
  const options = parseRunArgs(args);
  const timing = timingFor(options.timing === true);
  if (timing === null) return runProgram(options, null);
  options.loader.timings = timing;
  const exit = runProgram(options, timing);
  finishTiming(timing, exit);
  return exit;
}

/** Load and run the program; with `timing`, the loader and the run are clocked (bin/timing.ts). */
function runProgram({ loader, argv, module, command }: RunOptions, timing: TimingCollector | null, tracer?: import('../vm').Tracer): number {
  // One loader for every module, the main script included: the same cache options for all.
  const finder = new Importer(loader);
  const loadVM = () => require('../vm') as typeof import('../vm');
  const { runMain: run } = timing ? timing.time('load VM', loadVM) : loadVM();
  const runMain: typeof run = timing ? (code, o) => timing.run(() => run(code, o)) : run;
  if (command !== undefined) {
    // -c: nothing cached; sys.path[0] is '' (the current folder), as python -c.
    const code = compileSource(command, '<string>', loader.optimize ?? 0, timing ?? undefined);
    if (code === null) return 1;
    return runMain(code, { argv, host: nodeHost, finder, path: searchPath(''), mainFile: null, tracer, compile: compileAtRuntime, optimize: loader.optimize, dontWriteBytecode: loader.dontWrite, pycachePrefix: loader.prefix ?? null });
  }
  if (module !== undefined) {
    // -m: the current folder (absolute) first, as python -m.
    return runMain(null, { argv, host: nodeHost, finder, path: searchPath(process.cwd()), mainModule: module, tracer, compile: compileAtRuntime, optimize: loader.optimize, dontWriteBytecode: loader.dontWrite, pycachePrefix: loader.prefix ?? null });
  }
  const { code, exit } = loadScript(argv[0], loader, finder);
  if (code === null) return exit;
  return runMain(code, { argv, host: nodeHost, finder, path: searchPath(scriptFolder(argv[0])), tracer, compile: compileAtRuntime, optimize: loader.optimize, dontWriteBytecode: loader.dontWrite, pycachePrefix: loader.prefix ?? null });
}

/**
 * `tspy trace [--function NAME] [--lines] [--max-steps N] [-o FILE] [RUN OPTIONS] FILE.py [ARGS]`:
 * run the program with the instruction tracer (bin/trace.ts); the program's output stays on
 * stdout, the trace goes to stderr or FILE.
 */
function cmdTrace(args: string[]): number {
  const traceOptions: TraceOptions = {};
  let outFile: string | null = null;
  // Trace options and run options may come in any order before the file; the rest is the script's.
  const runArgs: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      if (i + 1 >= args.length) throw new UsageError(`trace: ${a} needs a value`);
      return args[++i];
    };
    if (a === '--function') traceOptions.function = value();
    else if (a === '--lines') traceOptions.lines = true;
    else if (a === '--max-steps') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new UsageError('trace: --max-steps takes a whole number');
      traceOptions.maxSteps = n;
    } else if (a === '-o') outFile = value();
    else if (a === '--cache-prefix') runArgs.push(a, value());
    else if (a.startsWith('-') && a !== '-' && !a.startsWith('-m') && !a.startsWith('-c')) runArgs.push(a);
    else break;
  }
  const options = parseRunArgs([...runArgs, ...args.slice(i)]);
  const vm = require('../vm') as typeof import('../vm');
  const fd = outFile === null ? 2 : openSync(outFile, 'w');
  let buffered = '';
  const flush = () => {
    if (buffered) writeSync(fd, buffered);
    buffered = '';
  };
  const session = makeTracer(traceOptions, {
    repr: vm.safeRepr as (v: unknown) => string,
    readSource: (f) => nodeHost.readSource(f),
    write: (line) => {
      buffered += line;
      if (buffered.length > 1 << 16) flush();
    },
  });
  try {
    return runProgram(options, null, session.tracer);
  } finally {
    session.finish();
    flush();
    if (fd !== 2) closeSync(fd);
  }
}

/** sys.path[0] for a script: its folder, absolute, symlinks resolved (as CPython). */
function scriptFolder(file: string): string {
  try {
    return dirname(realpathSync(file));
  } catch {
    return dirname(resolve(file));
  }
}

/** `tspy tokens` and `tspy ast`: print a front-end stage; syntax errors print as in a run. */
function cmdFrontEnd(which: 'tokens' | 'ast', args: string[]): number {
  const attributes = which === 'ast' && args[0] === '-a';
  const files = attributes ? args.slice(1) : args;
  if (files.length !== 1) throw new UsageError(`${which}: expected exactly one FILE.py`);
  const source = readScript(files[0]);
  if (source === null) return EXIT_USAGE;
  const grammar = loadGrammar();
  try {
    const filename = resolve(files[0]);
    process.stdout.write(which === 'tokens' ? formatTokens(grammar, source, filename) : formatAst(grammar, source, filename, attributes));
    return 0;
  } catch (e) {
    if (reportCompileError(e)) return 1;
    throw e;
  }
}

function cmdDis(args: string[]): number {
  const file = args[0];
  if (file === undefined || args.length > 1) throw new UsageError('dis: expected exactly one FILE.py or FILE.pyc');
  let code: CodeObject | null;
  if (file.endsWith('.pyc')) {
    // A cache file is disassembled only after the same checks a sourceless run makes.
    const loaded = loadPyc(file, { version: VERSION }, 'disassemble');
    if (loaded.code === null) return loaded.exit;
    code = loaded.code;
  } else {
    const source = readScript(file);
    if (source === null) return EXIT_USAGE;
    code = compileSource(source, resolve(file));
    if (code === null) return 1;
  }
  const { dis } = require('../bytecode') as typeof import('../bytecode');
  process.stdout.write(dis(code));
  return 0;
}

const compileDeps: CompileDeps = {
  version: VERSION,
  compile: compileOrFail,
  usage: (message: string): never => {
    throw new UsageError(message);
  },
};

/** Runs the command line (without `node` and the script); returns the exit code. */
export function main(argv: string[]): number {
  try {
    const [first, ...rest] = argv;
    switch (first) {
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        return first === undefined ? EXIT_USAGE : 0;
      case '-V':
      case '--version':
        process.stdout.write(`tspy ${VERSION} (Python 3.11 subset)\n`);
        return 0;
      case 'run':
        return cmdRun(rest);
      case 'dis':
        return cmdDis(rest);
      case 'trace':
        return cmdTrace(rest);
      case 'tokens':
      case 'ast':
        return cmdFrontEnd(first, rest);
      case 'inspect':
        if (rest.length !== 1) throw new UsageError('inspect: expected exactly one FILE.pyc');
        return cmdInspect(rest[0], VERSION, (t) => process.stdout.write(t));
      case 'ops':
        if (rest.length) throw new UsageError('ops takes no arguments');
        process.stdout.write((require('../bytecode') as typeof import('../bytecode')).opcodeReferenceText());
        return 0;
      case 'compile':
        return cmdCompile(rest, compileDeps);
      case 'compileall':
        return cmdCompileAll(rest, compileDeps);
      case 'cache':
        return cmdCache(rest, compileDeps);
      case 'bench': {
        // Loaded only here: benchmark.js and cli-progress stay out of every other command.
        const bench = require('./benchCommand') as typeof import('./benchCommand');
        return bench.cmdBench(bench.parseBenchArgs(rest, compileDeps.usage), VERSION);
      }
      default:
        return cmdRun(argv);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tspy: ${e.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    process.stderr.write(`tspy: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.TSPY_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    else process.stderr.write('(this is a tspy bug; set TSPY_DEBUG=1 to see the JavaScript stack)\n');
    return EXIT_INTERNAL;
  }
}
