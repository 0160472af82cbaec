// OpenAPI generation benchmark: lapgen beside the full-client peers (oazapfts, swagger-typescript-api,
// @hey-api/openapi-ts, orval) and the types-only openapi-typescript, on the same inputs in one run.
// Each tool runs as `node <its cli>` in a fresh process writing a fresh output folder; medians of N runs.
// Peak memory is the child's max RSS from GNU time, where /usr/bin/time exists.
// Usage: node bench/openapi.mjs [--runs N] [SPECS_DIR]   (SPECS_DIR defaults to ../shared/specs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const specsDir = path.resolve(args[0] ?? path.join(root, '../shared/specs'));
const bin = (rel) => path.join(root, 'node_modules', rel);

const inputs = [
  { name: 'Anthropic (0.9 MB JSON)', spec: path.join(root, 'spec/anthropic.openapi.json') },
  { name: 'Stripe (4.2 MB YAML)', spec: path.join(specsDir, 'openapi/stripe/stripe-spec3.2023-09-12.yaml') },
  { name: 'GitHub (3.1 MB JSON)', spec: path.join(specsDir, 'openapi/github/api.github.com.2020-09.json') },
].filter((input) => {
  if (fs.existsSync(input.spec)) return true;
  console.log(`(skipping ${input.name}: ${input.spec} not found)`);
  return false;
});

const tools = [
  { name: 'lapgen', kind: 'full client', args: (spec, out) => [path.join(root, 'dist/cli.js'), '--spec', spec, '--out', out, '--quiet'] },
  { name: 'oazapfts 7.5', kind: 'full client', args: (spec, out) => [bin('oazapfts/dist/cli.js'), spec, path.join(out, 'api.ts')] },
  { name: 'swagger-typescript-api 13.13', kind: 'full client', args: (spec, out) => [bin('swagger-typescript-api/dist/cli.mjs'), 'generate', '--path', spec, '--output', out, '--name', 'api.ts'] },
  { name: '@hey-api/openapi-ts 0.95', kind: 'full client', args: (spec, out) => [bin('@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', out] },
  { name: 'orval 7.13', kind: 'full client', args: (spec, out) => [bin('orval/dist/bin/orval.js'), '--input', spec, '--output', path.join(out, 'api.ts')] },
  { name: 'openapi-typescript 7.13', kind: 'types only', args: (spec, out) => [bin('openapi-typescript/bin/cli.js'), spec, '-o', path.join(out, 'schema.d.ts')] },
];

const hasGnuTime = fs.existsSync('/usr/bin/time');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function runOnce(tool, spec, out) {
  fs.mkdirSync(out, { recursive: true });
  const cmd = hasGnuTime ? '/usr/bin/time' : process.execPath;
  const argv = hasGnuTime ? ['-f', 'MAXRSS_KB=%M', process.execPath, ...tool.args(spec, out)] : tool.args(spec, out);
  const start = performance.now();
  const child = spawnSync(cmd, argv, { encoding: 'utf8', cwd: out, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(child.stderr ?? '')?.[1] ?? NaN) / 1024;
  const ok = child.status === 0;
  return { seconds, rss, ok, error: ok ? '' : (child.stderr || child.stdout || '').split('\n').filter(Boolean).slice(-2).join(' ').slice(0, 160) };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-oas-bench-'));
console.log(`OpenAPI generation: ${runs} runs each, node ${process.version}, ${os.cpus().length} cpus; each run a fresh process and a fresh output folder\n`);
console.log('| input | tool | kind | median (s) | min (s) | peak RSS (MB) | vs lapgen |');
console.log('|---|---|---|---|---|---|---|');
for (const input of inputs) {
  let ours;
  for (const tool of tools) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `${tool.name.replace(/\W+/g, '_')}-${i}`);
      results.push(runOnce(tool, input.spec, out));
      fs.rmSync(out, { recursive: true, force: true });
    }
    const failed = results.find((r) => !r.ok);
    if (failed) {
      console.log(`| ${input.name} | ${tool.name} | ${tool.kind} | failed | | | ${failed.error.replace(/\|/g, '/')} |`);
      continue;
    }
    const med = median(results.map((r) => r.seconds));
    if (tool.name === 'lapgen') ours = med;
    const rss = Math.max(...results.map((r) => r.rss));
    console.log(`| ${input.name} | ${tool.name} | ${tool.kind} | ${med.toFixed(2)} | ${Math.min(...results.map((r) => r.seconds)).toFixed(2)} | ${Number.isNaN(rss) ? 'n/a' : rss.toFixed(0)} | ${tool.name === 'lapgen' ? '1.00' : (med / ours).toFixed(2)} |`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
