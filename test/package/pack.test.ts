// lapgen as an API team installs it: `npm pack` of this project, the tarball installed into a fresh
// project (its one dependency, ts-morph for `lapgen diff`, comes from the npm cache, else the
// registry), then `npx lapgen` there generates a client from an OpenAPI file and from a LAP file,
// and the client builds and loads.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const run = promisify(execFile);
// tsc for the generated package's own build comes from our node_modules, as in test/consumer/.
const env = { ...process.env, PATH: `${rootPath('node_modules/.bin')}${path.delimiter}${process.env['PATH']}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
let work: string;
let app: string;
let packed: string[];

beforeAll(async () => {
  work = tempDir('pack');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: rootPath('.'), env });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path).sort();
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'api-team', private: true, version: '1.0.0' }));
  await run('npm', ['install', path.join(work, info!.filename), '--prefer-offline', '--no-package-lock'], { cwd: app, env });
  fs.copyFileSync(rootPath('test/fixtures/openapi-corpus/v3.0-petstore.yaml'), path.join(app, 'api.yaml'));
  fs.copyFileSync(rootPath('test/fixtures/lap/small.lap'), path.join(app, 'small.lap'));
}, 180_000);

describe('the packed lapgen, installed in a fresh project', () => {
  it('ships the bundle, the runtime sources and the templates, and nothing else of the checkout', () => {
    expect(packed).toContain('dist/cli.js');
    expect(packed).toContain('dist/THIRD-PARTY-LICENSES.md');
    expect(packed).toContain('src/runtime/client.ts');
    expect(packed.filter((f) => f.startsWith('templates/')).length).toBeGreaterThan(0);
    expect(packed.filter((f) => /^(test|scripts|spec|generated|bench)\//.test(f) || (f.startsWith('src/') && !f.startsWith('src/runtime/')))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/lapgen/package.json'), 'utf8')) as Record<string, unknown>;
    // Everything that runs is bundled, but ts-morph: only `lapgen diff` loads it.
    expect(manifest['dependencies']).toEqual({ 'ts-morph': expect.any(String) });
  });

  it('generates a client from OpenAPI with `npx lapgen`, which builds and loads', async () => {
    const gen = await run('npx', ['--no-install', 'lapgen', '--spec', 'api.yaml', '--out', 'client'], { cwd: app, env });
    expect(gen.stdout).toMatch(/^client: wrote \d+ files/);
    await run('npm', ['run', 'build'], { cwd: path.join(app, 'client'), env });
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "const m = await import('./client/dist/esm/index.js'); console.log(typeof m.default, typeof new m.default({ apiKey: 'k' }).pets.list)"], { cwd: app, env });
    expect(stdout.trim()).toBe('function function');
  });

  it('generates from LAP, and reports bad input with its location and exit 1', async () => {
    const gen = await run('npx', ['--no-install', 'lapgen', '--spec', 'small.lap', '--out', 'widgets', '--quiet'], { cwd: app, env });
    expect(gen.stderr).toBe('');
    expect(fs.existsSync(path.join(app, 'widgets/src/core/client.ts'))).toBe(true);
    fs.writeFileSync(path.join(app, 'bad.lap'), '@lap v0.3\n@api Bad\n@endpoint NOPE /x\n');
    const bad = await run('npx', ['--no-install', 'lapgen', '--spec', 'bad.lap', '--out', 'bad'], { cwd: app, env }).catch((err: { code: number; stderr: string }) => err);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/^bad\.lap:3:\d+: error: /m);
    expect(fs.existsSync(path.join(app, 'bad'))).toBe(false);
  });
});
