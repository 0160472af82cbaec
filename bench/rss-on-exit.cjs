// Preloaded into the CLI by bench/scaling.mjs (`node -r`): reports the process's peak memory on
// exit, so the CLI runs exactly as users run it and the parent still learns its footprint.
const fs = require('node:fs');
process.on('exit', () => fs.writeSync(2, `\n@@maxRssKB ${process.resourceUsage().maxRSS}\n`));
