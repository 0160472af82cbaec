// OpenAPI generation benchmark: lapgen beside the full-client peers (oazapfts, swagger-typescript-api,
// @hey-api/openapi-ts, orval) and the types-only openapi-typescript, on the same inputs in one run.
// lapgen runs as users run it: the `generate` script's command line and the installed bin of the
// packed package (bench/lapgen-commands.mjs); "engine" is its own stage times, without start-up.
// Each peer runs as `node <its cli>`. Every run is a fresh process writing a fresh output folder;
// medians of N runs. Peak memory is the child's max RSS from GNU time, where /usr/bin/time exists.
// Usage: node bench/openapi.mjs [--runs N] [SPECS_DIR]   (SPECS_DIR defaults to ../shared/specs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineSeconds, generateScript, githubCurrent, installedBin, median, removeOutput, root, runOnce } from './lapgen-commands.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const specsDir = path.resolve(args[0] ?? path.join(root, '../shared/specs'));
const bin = (rel) => path.join(root, 'node_modules', rel);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-oas-bench-'));

const inputs = [
  // The shared copy of spec/anthropic.openapi.json: no overlay beside it, so lapgen sees what the peers
  // see (the project's overlay wires in hand-written src/lib modules a fresh folder does not have).
  { name: 'Anthropic (0.9 MB JSON)', spec: path.join(specsDir, 'anthropic/anthropic-openapi.2026-04-07.json') },
  { name: 'Stripe (4.2 MB YAML)', spec: path.join(specsDir, 'openapi/stripe/stripe-spec3.2023-09-12.yaml') },
  { name: 'GitHub 2020 (3.1 MB JSON)', spec: path.join(specsDir, 'openapi/github/api.github.com.2020-09.json') },
  { name: 'GitHub now (13 MB JSON)', spec: githubCurrent() ?? 'not fetched' },
].filter((input) => {
  if (fs.existsSync(input.spec)) return true;
  console.log(`(skipping ${input.name}: ${input.spec} not found)`);
  return false;
});

const script = generateScript();
const installed = installedBin(work);
const lapgen = (how) => ({ name: `lapgen, ${how.label}`, kind: 'full client', lapgen: true, cmd: how.cmd, cwd: how.cwd, args: (spec, out) => [...how.args, '--spec', spec, '--out', out] });
const node = (name, kind, args) => ({ name, kind, cmd: process.execPath, args });
const tools = [
  lapgen(script),
  lapgen(installed),
  node('oazapfts 7.5', 'full client', (spec, out) => [bin('oazapfts/dist/cli.js'), spec, path.join(out, 'api.ts')]),
  node('swagger-typescript-api 13.13', 'full client', (spec, out) => [bin('swagger-typescript-api/dist/cli.mjs'), 'generate', '--path', spec, '--output', out, '--name', 'api.ts']),
  node('@hey-api/openapi-ts 0.95', 'full client', (spec, out) => [bin('@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', out]),
  node('orval 7.13', 'full client', (spec, out) => [bin('orval/dist/bin/orval.js'), '--input', spec, '--output', path.join(out, 'api.ts')]),
  node('openapi-typescript 7.13', 'types only', (spec, out) => [bin('openapi-typescript/bin/cli.js'), spec, '-o', path.join(out, 'schema.d.ts')]),
];

console.log(`OpenAPI generation: ${runs} runs each, node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg()[0].toFixed(1)}; each run a fresh process and a fresh output folder; the tools take turns, run by run\n`);
console.log('| input | tool | kind | median (s) | min (s) | peak RSS (MB) | ÷ fastest full-client peer |');
console.log('|---|---|---|---|---|---|---|');
for (const input of inputs) {
  const results = new Map(tools.map((t) => [t, []]));
  for (let i = 0; i < runs; i++) {
    for (const tool of tools) {
      const out = path.join(work, `${tool.name.replace(/\W+/g, '_')}-${i}`);
      fs.mkdirSync(out, { recursive: true });
      results.get(tool).push(runOnce(tool.cmd, tool.args(input.spec, out), tool.cwd ?? out));
      removeOutput(out);
    }
  }
  const medians = new Map([...results].filter(([, rs]) => rs.every((r) => r.ok)).map(([t, rs]) => [t, median(rs.map((r) => r.seconds))]));
  const peers = [...medians].filter(([t]) => !t.lapgen && t.kind === 'full client').map(([, m]) => m);
  const fastest = peers.length ? Math.min(...peers) : NaN;
  const row = (name, kind, med, min, rss) => console.log(`| ${input.name} | ${name} | ${kind} | ${med.toFixed(2)} | ${min.toFixed(2)} | ${Number.isNaN(rss) ? 'n/a' : rss.toFixed(0)} | ${(med / fastest).toFixed(2)} |`);
  for (const [tool, rs] of results) {
    const failed = rs.find((r) => !r.ok);
    if (failed) {
      console.log(`| ${input.name} | ${tool.name} | ${tool.kind} | failed | | | ${failed.error.replace(/\|/g, '/')} |`);
      continue;
    }
    const seconds = rs.map((r) => r.seconds);
    row(tool.name, tool.kind, medians.get(tool), Math.min(...seconds), Math.max(...rs.map((r) => r.rss)));
    if (tool === tools[0]) {
      const engine = rs.map((r) => engineSeconds(r.stdout));
      row('lapgen engine alone (its stage times, no start-up)', '', median(engine), Math.min(...engine), NaN);
    }
  }
}
fs.rmSync(work, { recursive: true, force: true });
