// Every code example in the generated README.md and api.md type-checks against the package:
// the docs cannot drift from the client they describe.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const run = promisify(execFile);

function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
}

async function examplesTypeCheck(pkgDir: string): Promise<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { name: string };
  const blocks = [...codeBlocks(fs.readFileSync(path.join(pkgDir, 'README.md'), 'utf8')), ...codeBlocks(fs.readFileSync(path.join(pkgDir, 'api.md'), 'utf8'))];
  const dir = tempDir('examples');
  fs.cpSync(path.join(pkgDir, 'src'), path.join(dir, 'src'), { recursive: true });
  const header = `import Anthropic, { toFile } from '${pkg.name}';\nconst client = new Anthropic();\nvoid toFile;\n`;
  const files: string[] = [];
  blocks.forEach((block, i) => {
    const file = `example-${i}.ts`;
    fs.writeFileSync(path.join(dir, file), `${block.includes('import ') ? '' : header}${block}\nexport {};\n`);
    files.push(file);
  });
  // Top-level await needs the files to be ES modules.
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  fs.writeFileSync(path.join(dir, 'globals.d.ts'), 'declare const process: { env: Record<string, string | undefined> };\n');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], paths: { [pkg.name]: ['./src/index.ts'] } },
      files: ['globals.d.ts', ...files],
    }),
  );
  return run(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }).then(
    () => '',
    (err: { stdout: string }) => err.stdout,
  );
}

describe('documentation examples', () => {
  const readme = codeBlocks(fs.readFileSync(rootPath('generated/README.md'), 'utf8'));
  const api = codeBlocks(fs.readFileSync(rootPath('generated/api.md'), 'utf8'));

  it('api.md has an example for every method (47), and the README shows the common flows', () => {
    // One setup block, one per method, one more for each `stream: true` variant.
    expect(api.filter((b) => b.includes('client.')).length).toBeGreaterThanOrEqual(47);
    const flows = readme.join('\n');
    for (const needle of ['messages.create', 'stream: true', 'batches.results', 'files.upload', 'hasNextPage', 'download']) expect(flows).toContain(needle);
  });

  it('every example of the committed build (generated/, from the OpenAPI document) type-checks with tsc --strict', { timeout: 120_000 }, async () => {
    expect(await examplesTypeCheck(rootPath('generated'))).toBe('');
  });

  it('every example of the committed LAP build (generated-lap/) type-checks too', { timeout: 120_000 }, async () => {
    expect(await examplesTypeCheck(rootPath('generated-lap'))).toBe('');
  });
});
