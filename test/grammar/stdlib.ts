// Differential check against real CPython 3.11 over a directory of Python files (not part of the
// vitest run: it needs python3 and takes a while). Files using async/match (not in tspy's AST)
// or non-ASCII source (CPython's columns count UTF-8 bytes, tspy's count characters) are skipped.
// Usage: npx vite-node test/grammar/stdlib.ts [/usr/lib/python3.11]

import { execFileSync } from 'child_process';
import { parse } from '../../grammar/index';
import { dump } from '../../grammar';

const PY = String.raw`
import ast, json, os, sys
BAD = (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Match, ast.TryStar)
out = []
for root, dirs, files in os.walk(sys.argv[1]):
    for f in sorted(files):
        if not f.endswith('.py'): continue
        p = os.path.join(root, f)
        try:
            src = open(p, encoding='utf-8').read()
            tree = ast.parse(src)
        except Exception:
            continue
        if not src.isascii() or any(isinstance(n, BAD) or (isinstance(n, ast.comprehension) and n.is_async) for n in ast.walk(tree)):
            continue
        out.append({'file': p, 'src': src, 'dump': [ast.dump(s, include_attributes=True) for s in tree.body]})
json.dump(out, sys.stdout)
`;

const dir = process.argv[2] ?? '/usr/lib/python3.11';
const cases: { file: string; src: string; dump: string[] }[] = JSON.parse(execFileSync('python3', ['-c', PY, dir], { maxBuffer: 1 << 30 }).toString());
let ok = 0;
let lines = 0;
let ms = 0;
for (const c of cases) {
  try {
    const t = performance.now();
    const body = parse(c.src, c.file).body;
    ms += performance.now() - t;
    lines += c.src.split('\n').length;
    const got = body.map(dump);
    const i = got.findIndex((g, k) => g !== c.dump[k]);
    if (i < 0 && got.length === c.dump.length) ok++;
    else console.log(`${c.file}: statement ${i} differs\n  cpython: ${c.dump[i]?.slice(0, 300)}\n  tspy:    ${got[i]?.slice(0, 300)}`);
  } catch (e) {
    console.log(`${c.file}: ${(e as Error).message}`);
  }
}
console.log(`${ok} of ${cases.length} files give CPython's AST exactly (${Math.round((lines / ms) * 1000)} lines/s)`);
