// Preloaded with `node -r`: at exit, write the process's peak resident set size (KiB, from
// process.resourceUsage().maxRSS) to the file named by TSPY_PEAK_RSS. The same probe for tspy and
// for the plain-JavaScript baseline, so both numbers mean the same thing.
'use strict';
const out = process.env.TSPY_PEAK_RSS;
if (out) process.on('exit', () => require('fs').writeFileSync(out, String(process.resourceUsage().maxRSS)));
