#!/usr/bin/env node
'use strict';
// Launcher for the compiled CLI (dist/bin/tspy.js, built by `npm install` / `npm run build`).

// A reader that goes away (`tspy ... | head`) ends our output, not with a JavaScript stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

let cli;
try {
  cli = require('../dist/bin/tspy.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/bin/tspy.js')) {
    process.stderr.write('tspy: not built yet: run `npm install` (or `npm run build`) first\n');
    process.exit(70);
  }
  throw e;
}
process.exitCode = cli.main(process.argv.slice(2));
