// One generation in a fresh process; prints its peak memory so the parent can report it.
import { generate } from '../dist/pipeline.js';

const [spec, out, config] = process.argv.slice(2);
const result = await generate({ spec, out, ...(config ? { config } : {}) });
const errors = result.diagnostics.filter((d) => d.severity === 'error');
if (errors.length) {
  console.error(JSON.stringify(errors.slice(0, 3)));
  process.exit(1);
}
console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, stages: result.timings }));
