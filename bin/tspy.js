#!/usr/bin/env node
'use strict';
// Launcher for the CLI. It loads dist/bundle/cli.js (bin, vm, cache, bytecode in one file, made by
// scripts/bundle.mjs) through V8's code cache, and dist/bundle/compiler.js only when something must
// be compiled; without bundles, or with tsc output newer than them, it requires dist/ directly.

// A reader that goes away (`tspy ... | head`) ends our output, not with a JavaScript stack trace.
// process.stdout and process.stderr are made on first use, which a plain run never needs (the
// program's output goes to the fds directly, bin/host.ts): creating them loads Node modules and
// cost 3-4 ms. So the handler is added when a stream is first made, and `opened` says which were.
const opened = { stdout: false, stderr: false };
for (const name of ['stdout', 'stderr']) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (!made || !made.get || !made.configurable) {
    opened[name] = true; // another Node: take the stream now, as before
    onPipeClosed(process[name]);
    continue;
  }
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable,
    get() {
      const stream = made.get.call(process);
      Object.defineProperty(process, name, { configurable: true, enumerable: made.enumerable, writable: true, value: stream });
      opened[name] = true;
      onPipeClosed(stream);
      return stream;
    },
  });
}

function onPipeClosed(stream) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BUNDLES = path.join(ROOT, 'dist', 'bundle');

// V8 code cache file: MAGIC | bundle id (16 ASCII) | bundle size, mtimeMs, ino (f64 each) | V8 data.
// V8 itself rejects data from another V8 version, other flags or a source of another length; the
// header adds the bundle's content hash and its file stamp, so an edited bundle never runs stale code.
const MAGIC = 'tspy-v8-cache-1\n';
const HEADER = MAGIC.length + 16 + 24;

/**
 * '' for a plain `node`; otherwise a hash of the Node and V8 options, so a run with other flags
 * (which V8 would reject the cache for) keeps its own cache instead of replacing the one the
 * build primed. Preloads (-r, --require, --import) change no V8 flag and are left out.
 */
function flagsKey() {
  const parts = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-r' || a === '--require' || a === '--import') i++;
    else if (!a.startsWith('--require=') && !a.startsWith('--import=')) parts.push(a);
  }
  if (process.env.NODE_OPTIONS) parts.push(process.env.NODE_OPTIONS);
  if (parts.length === 0) return '';
  let h = 0x811c9dc5;
  for (const ch of parts.join('\0')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `.${h.toString(16)}`;
}

/** Compile and run one bundle file, with its code cache when valid; returns the bundle object. */
function runBundle(name, pending) {
  const file = path.join(BUNDLES, `${name}.js`);
  const source = fs.readFileSync(file, 'latin1'); // the bundle is ASCII: latin1 skips UTF-8 decoding
  const st = fs.statSync(file);
  const m = /^\/\/ tspy bundle \w+ ([0-9a-f]{16})/.exec(source);
  if (!m) throw new Error(`${file}: not a tspy bundle`);
  const stamp = Buffer.alloc(HEADER);
  stamp.write(MAGIC + m[1], 0, 'latin1');
  stamp.writeDoubleLE(st.size, MAGIC.length + 16);
  stamp.writeDoubleLE(st.mtimeMs, MAGIC.length + 24);
  stamp.writeDoubleLE(st.ino, MAGIC.length + 32);
  const cacheFile = `${file}${flagsKey()}.v8cache`;
  let cachedData;
  try {
    const data = fs.readFileSync(cacheFile);
    if (data.length > HEADER && data.subarray(0, HEADER).equals(stamp)) cachedData = data.subarray(HEADER);
  } catch {
    // no cache yet (or unreadable): compile from source
  }
  const { Script } = require('vm');
  const script = new Script(source, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, stamp, cacheFile });
  return script.runInThisContext();
}

/** Write missing or rejected code caches at exit, when the run has compiled the functions it used. */
function writeCaches(pending) {
  for (const { script, stamp, cacheFile } of pending) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      // a read-only install runs without a code cache
      try {
        fs.unlinkSync(tmp);
      } catch {}
    }
  }
}

/**
 * A CommonJS module system over the bundles: each module keeps its own wrapper, id (its path from
 * ROOT), __filename and __dirname. The packer rewrote every require of a bundled module to that
 * module's id, so one require serves all: an id runs its module (loading its bundle the first time
 * one of its ids is asked for), anything else (node: builtins, unpacked packages) is Node's.
 *
 * A module of a lazy bundle (the built-in modules a program must import: scripts/bundle.mjs),
 * asked for before its bundle is loaded, gets a stand-in: any use of it (reading an export,
 * listing them) runs the real module first and goes to its exports. tsc's CommonJS output reads
 * an import as a property at each use (`(0, m_1.f)()`), so vm/modules.ts importing all of them
 * costs nothing until a program imports one.
 */
function bundleRequire() {
  const pending = [];
  process.once('exit', () => writeCaches(pending));
  const { modules, manifest, lazy } = runBundle('cli', pending);
  const cache = new Map();
  const run = (id) => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit.exports;
    if (modules[id] === undefined) {
      const name = manifest[id];
      if (name === undefined) return require(id);
      Object.assign(modules, runBundle(name, pending).modules);
      for (const key of Object.keys(manifest)) if (manifest[key] === name) delete manifest[key];
    }
    const filename = `${ROOT}/${id}`;
    const module = { id, filename, exports: {}, loaded: false };
    cache.set(id, module);
    try {
      modules[id].call(module.exports, module.exports, load, module, filename, filename.slice(0, filename.lastIndexOf('/')));
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  };
  const standIns = new Map();
  const standIn = (id) => {
    let proxy = standIns.get(id);
    if (proxy === undefined) {
      const real = () => run(id);
      proxy = new Proxy({}, {
        get: (_, key) => real()[key],
        set: (_, key, value) => Reflect.set(real(), key, value),
        has: (_, key) => key in real(),
        ownKeys: () => Reflect.ownKeys(real()),
        getOwnPropertyDescriptor: (_, key) => {
          const d = Reflect.getOwnPropertyDescriptor(real(), key);
          return d && { ...d, configurable: true }; // the proxy's target holds none of them
        },
      });
      standIns.set(id, proxy);
    }
    return proxy;
  };
  const load = (id) => (!cache.has(id) && modules[id] === undefined && lazy.includes(manifest[id]) ? standIn(id) : run(id));
  return load('dist/bin/tspy.js');
}

/** The CLI from the bundles when they are current, else from tsc's output in dist/. */
function loadCli() {
  let bundled = null;
  try {
    bundled = fs.statSync(path.join(BUNDLES, 'cli.js')).mtimeMs;
  } catch {}
  let compiled = null;
  try {
    compiled = fs.statSync(path.join(ROOT, 'dist', 'bin', 'tspy.js')).mtimeMs;
  } catch {}
  if (bundled !== null && (compiled === null || compiled <= bundled)) return bundleRequire();
  if (compiled === null) {
    process.stderr.write('tspy: not built yet: run `npm install` (or `npm run build`) first\n');
    process.exit(70);
  }
  return require('../dist/bin/tspy.js');
}

const status = loadCli().main(process.argv.slice(2));
// Exit now, as CPython does, rather than let Node spin its event loop once more: V8 schedules a
// young-generation GC as a task when the run has filled that space, and running it only to exit
// costs a few milliseconds. Only when nothing is left to write (pipes and files are written
// synchronously on Linux; elsewhere a pipe may still hold output, so Node drains it first).
const pending = (opened.stdout && process.stdout.writableLength > 0) || (opened.stderr && process.stderr.writableLength > 0);
if (!pending) process.exit(status);
process.exitCode = status;
