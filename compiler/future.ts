// `from __future__ import ...` as CPython's Python/future.c: the leading future imports of a
// module, their features, and the errors for unknown features or misplaced future imports.

import type * as ast from '../grammar';
import type { ErrorReporter } from './errors';

const FEATURES: ReadonlySet<string> = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureFeatures {
  /** `from __future__ import annotations`: annotations are stored as strings, not evaluated. */
  annotations: boolean;
  /** The leading future-import statements; any other one is misplaced. */
  readonly allowed: ReadonlySet<ast.Stmt>;
}

export function isFutureImport(s: ast.Stmt): s is ast.ImportFrom {
  return s.kind === 'ImportFrom' && s.module === '__future__';
}

/** Scan a module's leading future imports. Throws PySyntaxError as CPython's future.c. */
export function scanFuture(mod: ast.Module, err: ErrorReporter): FutureFeatures {
  const allowed = new Set<ast.Stmt>();
  let annotations = false;
  let done = false;
  const body = mod.body;
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    if (i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string') continue;
    if (!isFutureImport(s)) {
      done = true;
      continue;
    }
    if (done) err.error('from __future__ imports must occur at the beginning of the file', s);
    for (const a of s.names) {
      // CPython reports these at the statement with no end position.
      const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: -1 };
      if (a.name === 'braces') err.error('not a chance', at);
      if (!FEATURES.has(a.name)) err.error(`future feature ${a.name} is not defined`, at);
      if (a.name === 'annotations') annotations = true;
    }
    allowed.add(s);
  }
  return { annotations, allowed };
}
