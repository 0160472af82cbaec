// The real spec histories through `lapgen diff` as users run it (a fresh process each, checker on):
// counts by level and kind, the bump and the wall time. CI runs it on ../shared/specs.
// Usage: node scripts/diff-history.mjs [SPECS_DIR]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = process.argv[2] ?? '../shared/specs';
const pairs = [
  ['anthropic/anthropic-openapi.2024-11-04.yaml', 'anthropic/anthropic-openapi.2026-04-07.json'],
  ['anthropic/anthropic-openapi.2026-04-07.json', 'anthropic/anthropic-openapi.2026-08-22.json'],
  ['openapi/stripe/stripe-spec2.2020-04-23.json', 'openapi/stripe/stripe-spec3.2023-09-12.yaml'],
];
let failed = false;
for (const [a, b] of pairs) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['dist/cli.js', 'diff', path.join(dir, a), path.join(dir, b), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed = true;
    console.log(`${a} → ${b}: exit ${r.status}\n${r.stderr}`);
    continue;
  }
  const report = JSON.parse(r.stdout);
  const kinds = Object.entries(report.counts.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
  const checks = report.checks ? `; checker: ${report.checks.checked} verdicts, ${report.checks.disagreements.length} disagreements` : '';
  console.log(`${path.basename(a)} → ${path.basename(b)}: ${report.bump}, ${report.changes.length} changes (${Object.entries(report.counts.byLevel).map(([l, n]) => `${n} ${l}`).join(', ')}) in ${seconds} s${checks}\n  ${kinds}\n  ${r.stderr.trim()}`);
}
process.exit(failed ? 1 : 0);
