// Every spec of the corpus generates, each output type-checks under --strict on its own (its own
// tsconfig.json, from a temp folder with no node_modules in or above it, so no @types/node), and
// every generated .ts/.json file is exactly what prettier prints (the layout's oracle).
// LAP: the 12 files of shared/specs/lap. OpenAPI: the Anthropic documents and the small ones of
// shared/specs/openapi; the large ones run in `npm run corpus -- ../shared/specs` (see .ci/run).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { unformattedFiles } from '../../scripts/prettier-check.mjs';
import { generate } from '../../src/pipeline.js';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const run = promisify(execFile);
const TSC = rootPath('node_modules/typescript/bin/tsc');
const list = (dir: string) => fs.readdirSync(rootPath(dir)).filter((f) => /\.(lap|json|ya?ml)$/.test(f)).sort().map((f) => path.join(rootPath(dir), f));
const lapSpecs = list('test/fixtures/lap-corpus');
const openapiSpecs = list('test/fixtures/openapi-corpus');

function hasNodeModulesAbove(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

async function generatesAndTypeChecks(spec: string): Promise<void> {
  const out = path.join(tempDir('corpus'), path.basename(spec).replace(/\.[^.]+$/, ''));
  const result = await generate({ spec, out });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.written).toBe(true);
  expect(hasNodeModulesAbove(out)).toBe(false);
  const tsconfig = JSON.parse(fs.readFileSync(path.join(out, 'tsconfig.json'), 'utf8')) as { compilerOptions: { strict: boolean; types: string[] } };
  expect(tsconfig.compilerOptions.strict).toBe(true);
  expect(tsconfig.compilerOptions.types).toEqual([]);
  expect(await unformattedFiles(out)).toEqual([]);
  const output = await run(process.execPath, [TSC, '-p', path.join(out, 'tsconfig.json')], { cwd: out }).then(
    () => '',
    (err: { stdout: string }) => err.stdout || 'tsc failed',
  );
  expect(output).toBe('');
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}

describe('LAP corpus', () => {
  it('has the 12 files of shared/specs/lap', () => {
    expect(lapSpecs).toHaveLength(12);
  });
  it.each(lapSpecs.map((s) => [path.basename(s), s]))('%s generates and type-checks with tsc --strict', { timeout: 180_000 }, async (_name, spec) => {
    await generatesAndTypeChecks(spec);
  });
});

describe('OpenAPI corpus', () => {
  it('has the three Anthropic documents and the small examples', () => {
    expect(openapiSpecs.filter((s) => path.basename(s).startsWith('anthropic-openapi'))).toHaveLength(3);
    expect(openapiSpecs.length).toBeGreaterThanOrEqual(15);
  });
  it.each(openapiSpecs.map((s) => [path.basename(s), s]))('%s generates and type-checks with tsc --strict', { timeout: 180_000 }, async (_name, spec) => {
    await generatesAndTypeChecks(spec);
  });
});
