// The seed SDK guide's TypeScript examples (test/fixtures/guide/, taken verbatim from the seed) run
// unchanged against the generated client, import line aside, and type-check with `tsc --strict`
// wherever they do with @anthropic-ai/sdk@0.118.0. Both clients run every example against the
// same scripted server; what an example prints must be the same through both.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { startGuideServer } from '../helpers/guide-server.js';
import { rootPath } from '../helpers/pipeline.js';
import type { TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const FIXTURES = rootPath('test/fixtures/guide');
const EXAMPLES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.ts')).sort();
const VARIANTS = ['official', 'generated'] as const;
type Variant = (typeof VARIANTS)[number];

interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

let server: TestServer;
let app: string;
const typeErrors: Record<Variant, Map<string, string[]>> = { official: new Map(), generated: new Map() };
const outcomes: Record<Variant, Map<string, Outcome>> = { official: new Map(), generated: new Map() };

/** The generated package's name: the only thing an app developer changes in the import line. */
const generatedName = () => (JSON.parse(fs.readFileSync(rootPath('generated/package.json'), 'utf8')) as { name: string }).name;

function link(target: string, at: string) {
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at, 'dir');
}

/** Builds generated/ as a user would and lays out one folder per client with every example in it. */
async function prepare(): Promise<void> {
  const work = tempDir('guide');
  const pkg = path.join(work, 'pkg');
  fs.cpSync(rootPath('generated'), pkg, { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$/.test(src) });
  const env = { ...process.env, PATH: `${rootPath('node_modules/.bin')}${path.delimiter}${process.env['PATH']}` };
  // The package's optional peer (zod, for the helper subpaths), as its own install would give it.
  link(rootPath('node_modules/zod'), path.join(pkg, 'node_modules/zod'));
  await run('npm', ['run', 'build'], { cwd: pkg, env });
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'guide-app', private: true, type: 'module' }));
  link(pkg, path.join(app, 'node_modules', generatedName()));
  for (const dep of ['@anthropic-ai/sdk', 'zod', '@types/node', 'typescript']) {
    if (fs.existsSync(rootPath(`node_modules/${dep}`))) link(rootPath(`node_modules/${dep}`), path.join(app, 'node_modules', dep));
  }
  for (const variant of VARIANTS) {
    const dir = path.join(app, variant);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4 guide');
    for (const file of EXAMPLES) {
      let source = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      if (variant === 'generated') source = source.replace(/(from ")@anthropic-ai\/sdk(["/])/g, `$1${generatedName()}$2`);
      fs.writeFileSync(path.join(dir, file), source);
      fs.writeFileSync(path.join(dir, file.replace(/\.ts$/, '.mjs')), transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' }).code);
    }
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node'], skipLibCheck: true, esModuleInterop: true };
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: EXAMPLES }));
  }
}

/** One `tsc` per client over all examples; errors grouped by example file. */
async function typeCheck(variant: Variant): Promise<void> {
  const dir = path.join(app, variant);
  const output = await run(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }).then(
    () => '',
    (err: { stdout: string }) => err.stdout,
  );
  for (const line of output.split('\n')) {
    const match = /^([\w.-]+\.ts)\(\d+,\d+\): error (.*)$/.exec(line);
    if (!match) continue;
    const list = typeErrors[variant].get(match[1]!) ?? [];
    list.push(line);
    typeErrors[variant].set(match[1]!, list);
  }
}

async function runExample(variant: Variant, file: string): Promise<Outcome> {
  const dir = path.join(app, variant);
  const env = { ...process.env, ANTHROPIC_API_KEY: 'sk-guide', ANTHROPIC_BASE_URL: server.url };
  return run(process.execPath, [file.replace(/\.ts$/, '.mjs')], { cwd: dir, env, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    (err: { code?: number; stdout: string; stderr: string }) => ({ exitCode: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout, stderr: err.stderr }),
  );
}

beforeAll(async () => {
  server = await startGuideServer();
  await prepare();
  await Promise.all(VARIANTS.map(typeCheck));
  for (const variant of VARIANTS) for (const file of EXAMPLES) outcomes[variant].set(file, await runExample(variant, file));
}, 300_000);
afterAll(() => {
  // The figures the closing notes quote: how many examples run and type-check through each client.
  const count = (variant: Variant) => `${EXAMPLES.filter((f) => outcomes[variant].get(f)?.exitCode === 0).length} run, ${EXAMPLES.filter((f) => !typeErrors[variant].has(f)).length} type-check`;
  console.info(`seed guide, ${EXAMPLES.length} examples: official ${count('official')}; generated ${count('generated')}`);
  return server?.close();
});

describe('the seed guide against the generated client', () => {
  it('has the examples it is meant to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(EXAMPLES)('%s runs as it does with the official SDK, printing the same', (file) => {
    const official = outcomes.official.get(file)!;
    const ours = outcomes.generated.get(file)!;
    expect(official.exitCode, `the official SDK runs it: ${official.stderr}`).toBe(0);
    expect(ours.exitCode, ours.stderr).toBe(0);
    expect(ours.stdout).toBe(official.stdout);
  });

  it.each(EXAMPLES)('%s type-checks wherever it does with the official SDK', (file) => {
    const officialErrors = typeErrors.official.get(file) ?? [];
    const ours = typeErrors.generated.get(file) ?? [];
    if (officialErrors.length === 0) expect(ours).toEqual([]);
    else expect(ours.length, `official: ${officialErrors.join('\n')}`).toBeLessThanOrEqual(officialErrors.length);
  });
});
