// Preloaded with `node -r`: at exit, write the process's peak resident set size (KiB) to the file
// named by TSPY_PEAK_RSS. The same probe for tspy and for the plain-JavaScript baseline, so both
// numbers mean the same thing. Linux's VmHWM belongs to this program alone; getrusage's maxRSS
// (the fallback elsewhere) also counts the parent's pages from before exec, so a child of a large
// parent reports at least the parent's size.
'use strict';
const out = process.env.TSPY_PEAK_RSS;
if (out) {
  process.on('exit', () => {
    const fs = require('fs');
    let kb = process.resourceUsage().maxRSS;
    try {
      const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      if (m) kb = Number(m[1]);
    } catch {
      // not Linux: getrusage's figure
    }
    fs.writeFileSync(out, String(kb));
  });
}
