// zod is an optional peer: the package root must never load it, only the helpers/*zod subpaths may.
// esbuild resolves the real module graph; the bundles then run in a folder where zod cannot resolve.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const run = promisify(execFile);

async function bundle(entry: string, outfile: string) {
  const result = await build({
    entryPoints: [rootPath(`generated/src/${entry}`)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'zod/*'],
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs).flatMap((out) => out.imports.map((i) => i.path));
  return { inputs: Object.keys(result.metafile.inputs), imports };
}

describe('zod stays optional', () => {
  const dir = tempDir('optional-zod');

  it('the root module graph reaches no zod and no helper module, and runs where zod cannot resolve', async () => {
    const out = path.join(dir, 'root.mjs');
    const { inputs, imports } = await bundle('index.ts', out);
    expect(imports.filter((p) => p.startsWith('zod'))).toEqual([]);
    expect(inputs.filter((p) => p.includes('lib/helpers'))).toEqual([]);
    fs.writeFileSync(path.join(dir, 'use-root.mjs'), `import Anthropic from './root.mjs';\nconsole.log(typeof new Anthropic({ apiKey: 'k' }).beta.messages.create);`);
    const { stdout } = await run(process.execPath, ['use-root.mjs'], { cwd: dir });
    expect(stdout.trim()).toBe('function');
  });

  it('the zod helpers do import zod (so the check above can fail)', async () => {
    for (const entry of ['lib/helpers/zod.ts', 'lib/helpers/beta/zod.ts']) {
      const out = path.join(dir, `${path.basename(path.dirname(entry))}-zod.mjs`);
      const { imports } = await bundle(entry, out);
      expect(imports).toContain('zod/v4');
      const failed = await run(process.execPath, [out], { cwd: dir }).catch((e: { stderr: string }) => e);
      expect(String((failed as { stderr: string }).stderr)).toContain("Cannot find package 'zod'");
    }
  });

  it('the JSON Schema helpers, parse and the tool runner need no zod', async () => {
    for (const entry of ['lib/helpers/json-schema.ts', 'lib/helpers/beta/json-schema.ts', 'lib/parse.ts', 'lib/tools/tool-runner.ts']) {
      const { imports } = await bundle(entry, path.join(dir, 'x.mjs'));
      expect(imports.filter((p) => p.startsWith('zod'))).toEqual([]);
    }
  });
});
