#!/usr/bin/env node
'use strict';
// Launcher for the compiled CLI (dist/bin/tspy.js, built by `npm install` / `npm run build`).
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
