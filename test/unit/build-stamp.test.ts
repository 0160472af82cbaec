// `npm run generate` runs dist/ only when the build stamp says nothing it was built from changed
// (scripts/build-stamp.mjs); a file missing from the stamp could be edited and never rebuilt.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootPath } from '../helpers/pipeline.js';

const stamp = JSON.parse(fs.readFileSync(rootPath('dist/.build-stamp.json'), 'utf8')) as { inputs: { path: string }[] };
const inputs = new Set(stamp.inputs.map((i) => i.path));

describe('the build stamp', () => {
  it('lists every template, which reaches the bundle compiled ahead of time', () => {
    const templates = fs.readdirSync(rootPath('templates')).filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((t) => !inputs.has(`templates/${t}`))).toEqual([]);
    expect(inputs.has('src/emit/templates.generated.ts')).toBe(true);
  });

  it('lists the generator sources and the build itself', () => {
    for (const file of ['src/cli.ts', 'src/pipeline.ts', 'src/emit/layout/printer.ts', 'src/emit/templates-precompile.ts', 'scripts/build.mjs', 'package-lock.json']) expect(inputs.has(file), file).toBe(true);
  });
});
