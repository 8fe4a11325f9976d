// Build step: pack tsc's CommonJS output into two bundle files that bin/tspy.js loads with V8's
// code cache: dist/bundle/cli.js (bin, vm, cache, bytecode: all a warm run needs) and
// dist/bundle/compiler.js (grammar, compiler, moo: loaded on the first compile only).
// Each module keeps its own CommonJS wrapper, so require order, cycles and lazy requires behave
// exactly as they do unbundled; the bundles only save Node's per-file resolve, read and compile.
// Requires of bundled modules are rewritten to name the module's id (its path from the package
// root), so the launcher resolves nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'bundle');

/** Bare specifiers packed into a bundle (the rest, node: builtins and dev tools, stay real requires). */
const PACKAGES = {
  moo: 'node_modules/moo/moo.js',
};

/**
 * Built-in modules a program has to import (vm/modules.ts is their only importer, besides each
 * other), which most runs never do. They sit in a bundle of their own that the launcher reads and
 * runs on first use: reading, deserialising and initialising them was about 3 ms of every run.
 */
const STDLIB = [
  'arraymodule', 'collectionsmodule', 'functoolsmodule', 'heapqmodule', 'importlibmodule', 'itertoolsmodule',
  'jsonmodule', 'mathmodule', 'operatormodule', 'osmodule', 'posixpathmodule', 'randommodule', 'remodule',
  'reparse', 'structmodule', 'timemodule',
].map((m) => `dist/vm/${m}.js`);

// lazy: the launcher hands out a stand-in for these modules' exports, and loads the bundle only
// when something reads one (see bin/tspy.js).
const BUNDLES = [
  { name: 'cli', folders: ['dist/bin', 'dist/vm', 'dist/cache', 'dist/bytecode'], extra: ['package.json'], exclude: STDLIB },
  { name: 'compiler', folders: ['dist/grammar', 'dist/compiler'], extra: Object.values(PACKAGES) },
  { name: 'stdlib', folders: [], extra: STDLIB, lazy: true },
];

function jsFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(posix.join(dir, e.name)) : e.name.endsWith('.js') ? [posix.join(dir, e.name)] : []);
}

/**
 * What each require in a module resolves to: spec -> id (a path from the package root), resolved
 * here as Node would. Node builtins and unpacked packages are left out: they stay Node's.
 */
function resolveRequires(id, text, known) {
  const out = {};
  for (const m of text.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)) {
    const spec = m[2];
    if (PACKAGES[spec]) out[spec] = PACKAGES[spec];
    else if (spec.startsWith('.')) {
      const base = posix.normalize(posix.join(posix.dirname(id), spec));
      const hit = [base, `${base}.js`, `${base}.json`, `${base}/index.js`].find((c) => known.has(c));
      if (!hit) throw new Error(`bundle: ${id} requires ${spec}, which no bundle contains`);
      out[spec] = hit;
    }
  }
  return out;
}

const owner = new Map(); // id -> bundle name
for (const b of BUNDLES) {
  b.ids = [...b.folders.flatMap(jsFiles).filter((id) => !b.exclude?.includes(id)), ...b.extra].sort();
  for (const id of b.ids) {
    if (owner.has(id)) throw new Error(`bundle: ${id} is in two bundles`);
    if (!existsSync(join(root, id))) throw new Error(`bundle: ${id} does not exist`);
    owner.set(id, b.name);
  }
}

// The warm path must not contain the parser: nothing in cli may be grammar, compiler or moo.
for (const id of BUNDLES[0].ids) {
  if (/^dist\/(grammar|compiler)\/|^node_modules\/(moo|nearley)\//.test(id)) throw new Error(`bundle: ${id} in the cli bundle`);
}

rmSync(outDir, { recursive: true, force: true }); // old bundles and their V8 caches go together
mkdirSync(outDir, { recursive: true });
const manifest = Object.fromEntries([...owner].filter(([, b]) => b !== 'cli'));
const lazy = BUNDLES.filter((b) => b.lazy).map((b) => b.name);
for (const b of BUNDLES) {
  const parts = [];
  for (const id of b.ids) {
    const text = readFileSync(join(root, id), 'utf8');
    // Every require the bundles serve names its module id from here on, so the launcher needs no
    // table and one shared require for all modules; Node's own requires are left as written.
    const resolved = resolveRequires(id, text, owner);
    const code = text.replace(/\brequire\((['"])([^'"]+)\1\)/g, (call, _q, spec) => (resolved[spec] ? `require(${JSON.stringify(resolved[spec])})` : call));
    const body = id.endsWith('.json') ? `module.exports = ${JSON.stringify(JSON.parse(text))};` : code;
    // No `define` in scope: moo is UMD and would take it for AMD.
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {\n${body}\n}`);
  }
  const modules = `{\n${parts.join(',\n')}\n}`;
  const extra = b.name === 'cli' ? `,\nmanifest: ${JSON.stringify(manifest)},\nlazy: ${JSON.stringify(lazy)}` : '';
  let body = `({\nmodules: ${modules}${extra}\n})\n`;
  // Pure ASCII, so the launcher reads it as latin1 (a plain copy, no UTF-8 decoding). \u escapes mean
  // the same in strings, templates, regexps and comments, but not in String.raw: refuse those.
  for (const line of body.split('\n')) {
    if (/[^\x00-\x7f]/.test(line) && line.includes('String.raw')) throw new Error(`bundle: non-ASCII in a String.raw line: ${line}`);
  }
  body = body.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const id = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const file = join(outDir, `${b.name}.js`);
  writeFileSync(`${file}.tmp`, `// tspy bundle ${b.name} ${id}: generated by scripts/bundle.mjs from tsc's output; do not edit\n${body}`);
  renameSync(`${file}.tmp`, file);
  console.log(`bundle: ${relative(root, file)}: ${b.ids.length} modules, ${(body.length / 1024).toFixed(0)} KiB`);
}

// Prime the V8 code caches with one ordinary run: the launcher writes each bundle's cache at exit,
// with the functions that run compiled. The main script is compiled (the compiler bundle and the
// CLI's compile path) and imports a module whose .pyc is already there (the warm path: read,
// decode, verify), so both a first run and a cached run find most of their code in the cache.
const prime = mkdtempSync(join(tmpdir(), 'tspy-prime-'));
try {
  writeFileSync(join(prime, 'helper.py'), [
    'class Point:',
    '    def __init__(self, x, y):',
    '        self.x, self.y = x, y',
    '    def __repr__(self):',
    "        return f'Point({self.x}, {self.y})'",
    'def total(values):',
    '    return sum(v * 2 for v in values if v % 3)',
    '',
  ].join('\n'));
  writeFileSync(join(prime, 'main.py'), [
    'import helper',
    'counts = {}',
    "for word in 'a b a c b a'.split():",
    '    counts[word] = counts.get(word, 0) + 1',
    'try:',
    '    {}["missing"]',
    'except KeyError as e:',
    '    pass',
    "print(helper.Point(1, 2), helper.total(range(10)), sorted(counts.items()), [i * i for i in range(5)])",
    '',
  ].join('\n'));
  const run = (args) => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'tspy.js'), ...args], { cwd: prime, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bundle: priming run failed (${r.status}): ${r.stderr}`);
  };
  // helper's .pyc from tsc's output (not the launcher, which would write the caches too early).
  const require = createRequire(import.meta.url);
  const { getCode } = require('../dist/cache/index.js');
  const { compileForImport } = require('../dist/bin/importer.js');
  getCode(join(prime, 'helper.py'), join(prime, 'helper.py'), compileForImport, { version: require('../package.json').version });
  run(['run', 'main.py']);
  // A second run for the lazy stdlib bundle, which main.py does not load: the first run has
  // written the other bundles' caches, so this one writes only that bundle's.
  writeFileSync(join(prime, 'stdlib.py'), [
    'import array, collections, functools, heapq, itertools, json, math, operator, os, random, re, struct, time',
    "c = collections.Counter('abracadabra'); d = collections.deque([1, 2]); d.appendleft(0)",
    "print(c.most_common(2), d, functools.reduce(operator.add, range(5)), list(itertools.islice(itertools.count(), 3)))",
    "print(re.sub(r'(a+)', r'<\\1>', 'caab'), json.loads(json.dumps({'k': [1, 2.5, None]})), math.sqrt(2), struct.pack('<i', 7))",
    "print(heapq.nsmallest(2, [5, 1, 4]), array.array('i', [1, 2]), os.path.join('a', 'b'), random.Random(1).random(), time.time() > 0)",
    '',
  ].join('\n'));
  run(['run', 'stdlib.py']);
  for (const b of BUNDLES) {
    if (!existsSync(join(outDir, `${b.name}.js.v8cache`))) throw new Error(`bundle: priming wrote no code cache for ${b.name}`);
  }
} finally {
  rmSync(prime, { recursive: true, force: true });
}
