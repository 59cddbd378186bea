// Preloaded (node -r) by check.bench.js: prints the process's peak RSS (KB) and its CPU time (ms: user +
// system, all threads, the compiler's included) on exit, for the bench to read.
'use strict';
process.on('exit', () => {
  const u = process.resourceUsage();
  const cpu = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
  require('fs').writeSync(Number(process.env.MZ_MAXRSS_FD || 2), `\n@@MAXRSS@@${u.maxRSS}\n@@CPU@@${cpu}\n`);
});
