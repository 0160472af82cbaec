// Every LAP file of the corpus (copied from shared/specs/lap into test/fixtures/lap-corpus) generates,
// and each output type-checks under --strict on its own: its own tsconfig.json, from a temp folder
// with no node_modules in or above it, so no @types/node either.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const run = promisify(execFile);
const TSC = rootPath('node_modules/typescript/bin/tsc');
const CORPUS = rootPath('test/fixtures/lap-corpus');
const specs = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.lap')).sort();

function hasNodeModulesAbove(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

describe('LAP corpus', () => {
  it('has the 12 files of shared/specs/lap', () => {
    expect(specs).toHaveLength(12);
  });

  it.each(specs)('%s generates and type-checks with tsc --strict', { timeout: 180_000 }, async (file) => {
    const out = path.join(tempDir('corpus'), file.replace(/\.lap$/, ''));
    const result = await generate({ spec: path.join(CORPUS, file), out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    expect(hasNodeModulesAbove(out)).toBe(false);
    const tsconfig = JSON.parse(fs.readFileSync(path.join(out, 'tsconfig.json'), 'utf8')) as { compilerOptions: { strict: boolean; types: string[] } };
    expect(tsconfig.compilerOptions.strict).toBe(true);
    expect(tsconfig.compilerOptions.types).toEqual([]);
    const checked = await run(process.execPath, [TSC, '-p', path.join(out, 'tsconfig.json')], { cwd: out }).then(
      () => ({ ok: true, output: '' }),
      (err: { stdout: string }) => ({ ok: false, output: err.stdout }),
    );
    expect(checked.output).toBe('');
    expect(checked.ok).toBe(true);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
