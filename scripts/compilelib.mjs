// Build step: compile the Python standard library in lib/ into lib/__pycache__, for plain and -O
// runs, as CPython's installer runs compileall over its own library. A read-only install then
// runs from these files and never rewrites them. A syntax error in lib/ fails the build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getCode } = require('../dist/cache/index.js');
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

let compiled = 0;
for (const file of sources(LIB_DIR)) {
  for (const optimize of [0, 1]) {
    try {
      // The same options as a run: no prefix, the default (checked-hash) invalidation.
      const r = getCode(file, file, compileForImport, { version: VERSION, optimize });
      if (r.outcome !== 'hit') compiled++;
    } catch (e) {
      const exc = e?.exc; // a Python SyntaxError
      console.error(`compilelib: ${file}: ${exc ? `${exc.cls.name}: ${exc.args?.[0]}` : e?.message ?? e}`);
      process.exit(1);
    }
  }
}
console.log(`compilelib: ${compiled} cache files written under ${LIB_DIR}`);
