// npm run bench: generation time (median of N fresh processes, each writing a fresh folder) and
// peak memory, for the seed spec and the 1,080-endpoint GitHub LAP.
// Usage: node bench/generate.mjs [--runs N] [extra.lap ...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const inputs = [
  { name: 'anthropic (seed, 47 endpoints)', spec: path.join(root, 'spec/anthropic.lap'), config: path.join(root, 'spec/anthropic.config.yaml') },
  { name: 'github (1,080 endpoints)', spec: path.join(root, 'test/fixtures/lap-corpus/github-com-github-com-api-github-com.lap') },
  ...args.map((spec) => ({ name: path.basename(spec), spec })),
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-bench-'));
console.log(`lapgen generation benchmark: ${runs} runs each, node ${process.version}, ${os.cpus().length} cpus\n`);
console.log('| input | median wall (s) | min (s) | max (s) | peak RSS (MB) | median stages (ms) |');
console.log('|---|---|---|---|---|---|');
for (const input of inputs) {
  const walls = [];
  const rss = [];
  const stageTimes = {};
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `${i}-${path.basename(input.spec)}`);
    const start = performance.now();
    const child = spawnSync(process.execPath, [path.join(root, 'bench/gen-once.mjs'), input.spec, out, ...(input.config ? [input.config] : [])], { encoding: 'utf8' });
    walls.push((performance.now() - start) / 1000);
    if (child.status !== 0) throw new Error(`generation failed for ${input.spec}: ${child.stderr}`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop());
    rss.push(report.maxRssKB / 1024);
    for (const s of report.stages) (stageTimes[s.stage] ??= []).push(s.ms);
    fs.rmSync(out, { recursive: true, force: true });
  }
  const stages = Object.entries(stageTimes).map(([k, v]) => `${k} ${median(v).toFixed(0)}`).join(', ');
  console.log(`| ${input.name} | ${median(walls).toFixed(2)} | ${Math.min(...walls).toFixed(2)} | ${Math.max(...walls).toFixed(2)} | ${Math.max(...rss).toFixed(0)} | ${stages} |`);
}
fs.rmSync(work, { recursive: true, force: true });
