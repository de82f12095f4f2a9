// Fallback for peak RSS when GNU time is not installed: `node rss-wrapper.cjs SCRIPT ARGS…` runs SCRIPT in this
// very process (as `node SCRIPT ARGS…` would) and, on exit, writes the process's peak RSS in KiB and its
// minor page faults (process.resourceUsage()) to the file named by ROADMAP_BENCH_RSS_FILE.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const out = process.env.ROADMAP_BENCH_RSS_FILE;
process.on('exit', () => {
  if (out) fs.writeFileSync(out, `${process.resourceUsage().maxRSS} ${process.resourceUsage().minorPageFault}\n`);
});
process.argv.splice(1, 1); // now [node, SCRIPT, ARGS…], what SCRIPT expects
require(path.resolve(process.argv[1]));
