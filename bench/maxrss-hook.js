// Preloaded (node -r) by check.bench.js: prints the process's peak RSS (KB) on exit, for the bench to read.
'use strict';
process.on('exit', () => {
  require('fs').writeSync(Number(process.env.MZ_MAXRSS_FD || 2), `\n@@MAXRSS@@${process.resourceUsage().maxRSS}\n`);
});
