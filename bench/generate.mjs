// npm run bench: LAP generation time as users run it (the `generate` script's command line and the
// installed bin of the packed package; bench/lapgen-commands.mjs), and the engine alone (lapgen's
// own stage times, no start-up) as a second line. Medians of N fresh processes, each writing a
// fresh folder, taking turns run by run; peak RSS from GNU time where it exists.
// Usage: node bench/generate.mjs [--runs N] [extra.lap ...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineSeconds, generateScript, installedBin, median, removeOutput, root, runOnce } from './lapgen-commands.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const inputs = [
  { name: 'anthropic (seed, 47 endpoints)', spec: path.join(root, 'spec/anthropic.lap'), config: path.join(root, 'spec/anthropic.config.yaml') },
  { name: 'github (1,080 endpoints)', spec: path.join(root, 'test/fixtures/lap-corpus/github-com-github-com-api-github-com.lap') },
  ...args.map((spec) => ({ name: path.basename(spec), spec: path.resolve(spec) })),
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-bench-'));
const ways = [generateScript(), installedBin(work)];
console.log(`lapgen LAP generation: ${runs} runs each, node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg()[0].toFixed(1)}\n`);
console.log('| input | how | median wall (s) | min (s) | max (s) | peak RSS (MB) |');
console.log('|---|---|---|---|---|---|');
for (const input of inputs) {
  const results = ways.map(() => []);
  for (let i = 0; i < runs; i++) {
    ways.forEach((how, w) => {
      const out = path.join(work, `${w}-${i}-${path.basename(input.spec)}`);
      const r = runOnce(how.cmd, [...how.args, '--spec', input.spec, '--out', out, ...(input.config ? ['--config', input.config] : [])], how.cwd);
      if (!r.ok) throw new Error(`generation failed for ${input.spec} (${how.label}): ${r.error}`);
      results[w].push(r);
      removeOutput(out);
    });
  }
  const row = (label, xs, rss) => console.log(`| ${input.name} | ${label} | ${median(xs).toFixed(2)} | ${Math.min(...xs).toFixed(2)} | ${Math.max(...xs).toFixed(2)} | ${rss} |`);
  ways.forEach((how, w) => row(how.label, results[w].map((r) => r.seconds), Number.isNaN(results[w][0].rss) ? 'n/a' : Math.max(...results[w].map((r) => r.rss)).toFixed(0)));
  row('engine alone (stage times)', results[0].map((r) => engineSeconds(r.stdout)), '');
}
fs.rmSync(work, { recursive: true, force: true });
