// npm run corpus -- DIR [DIR…]: generates every .lap/.json/.yaml spec found under the folders,
// type-checks each output with tsc --strict from a temp folder with no node_modules above it, and
// checks that every generated .ts/.json file is exactly what prettier prints (the formatting oracle).
// Prints one line per spec and exits 1 if any fails. Used by .ci/run on ../shared/specs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../dist/pipeline.js';
import { unformattedFiles } from './prettier-check.mjs';

const root = new URL('../', import.meta.url).pathname;
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npm run corpus -- DIR [DIR…]');
  process.exit(2);
}
const specs = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (/\.(lap|json|ya?ml)$/.test(e.name)) specs.push(full);
  }
};
dirs.forEach(walk);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-corpus-'));
let failed = 0;
for (const spec of specs) {
  const out = path.join(work, path.basename(spec).replace(/\.[^.]+$/, ''));
  const start = performance.now();
  let status = 'ok';
  try {
    const result = await generate({ spec, out });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) status = `generation failed: ${errors[0].message}`;
    else {
      const unformatted = await unformattedFiles(out);
      if (unformatted.length) {
        const [first] = unformatted;
        status = `not prettier-formatted: ${unformatted.length} file(s), first ${first.file}:${first.line}\n--- ours\n${first.actual}\n--- prettier\n${first.expected}`;
      } else execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(out, 'tsconfig.json')], { cwd: out, stdio: 'pipe' });
    }
  } catch (err) {
    status = `tsc failed: ${String(err.stdout ?? err.message).split('\n').slice(0, 3).join(' | ')}`;
  }
  if (status !== 'ok') failed++;
  console.log(`${status === 'ok' ? 'ok  ' : 'FAIL'} ${((performance.now() - start) / 1000).toFixed(1).padStart(5)} s  ${path.relative(process.cwd(), spec)}${status === 'ok' ? '' : `  ${status}`}`);
  fs.rmSync(out, { recursive: true, force: true });
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`\n${specs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
