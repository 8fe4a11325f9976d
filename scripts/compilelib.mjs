// Build step: compile the Python standard library in lib/ into lib/__pycache__, for plain and -O
// runs, as CPython's installer runs compileall over its own library. A read-only install then
// runs from these files and never rewrites them. A syntax error in lib/ fails the build.
// Timestamp stamps, as CPython's installed library has: an import checks them with one stat of
// the source, without reading or hashing it (cache/loader.ts's timestampHit; its one-second rule
// keeps same-second edits from passing). A cache file stamped otherwise is rewritten.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getCode, readHeader } = require('../dist/cache/index.js');
const { compileForImport, LIB_DIR } = require('../dist/bin/importer.js');
const { version: VERSION } = require('../package.json');

function sources(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '__pycache__') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

// A timestamp file is trusted only when its source is over a second older than it; a source
// saved just now would be recompiled on every run, so wait until the newest one is old enough.
const files = sources(LIB_DIR);
const newest = Math.max(0, ...files.map((f) => statSync(f).mtimeMs));
const wait = newest + 1500 - Date.now();
if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);

let compiled = 0;
for (const file of files) {
  for (const optimize of [0, 1]) {
    try {
      // The same options as a run (no prefix), but timestamp stamps.
      const options = { version: VERSION, optimize, invalidationMode: 'timestamp' };
      let r = getCode(file, file, compileForImport, options);
      if (r.outcome === 'hit' && readHeader(readFileSync(r.cachePath)).stamp.mode !== 'timestamp') {
        r = getCode(file, file, compileForImport, { ...options, force: true });
      }
      if (r.outcome !== 'hit') compiled++;
    } catch (e) {
      const exc = e?.exc; // a Python SyntaxError
      console.error(`compilelib: ${file}: ${exc ? `${exc.cls.name}: ${exc.args?.[0]}` : e?.message ?? e}`);
      process.exit(1);
    }
  }
}
console.log(`compilelib: ${compiled} cache files written under ${LIB_DIR}`);
