import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshotTree, tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

const SMALL = rootPath('test/fixtures/lap/small.lap');

describe('generate and --check (drift)', () => {
  const out = path.join(tempDir('drift'), 'pkg');

  it('generates a package', () => {
    const r = runCli(['--spec', SMALL, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(out, 'src/index.ts'))).toBe(true);
  });

  it('--check exits 0 on a clean tree', () => {
    const r = runCli(['--spec', SMALL, '--out', out, '--check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is up to date');
  });

  it('--check exits 0 after a hand edit (it is kept, not drift), and 1 with a diff when the spec output changed', () => {
    const file = path.join(out, 'src/resources/widgets.ts');
    const edited = fs.readFileSync(file, 'utf8').replace('List widgets', 'List all widgets');
    fs.writeFileSync(file, edited);
    expect(runCli(['--spec', SMALL, '--out', out, '--check']).code).toBe(0);
    const spec = path.join(tempDir('drift-spec'), 'small.lap');
    fs.writeFileSync(spec, fs.readFileSync(SMALL, 'utf8').replace('@desc Get a widget', '@desc Get one widget'));
    const r = runCli(['--spec', spec, '--out', out, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('modified src/resources/widgets.ts');
    expect(r.stdout).toContain('-   /** Get a widget */');
    expect(r.stdout).toContain('+   /** Get one widget */');
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    fs.writeFileSync(file, edited.replace('List all widgets', 'List widgets'));
  });

  it('--check ignores files the generator never wrote and generated files the user deleted', () => {
    fs.writeFileSync(path.join(out, 'src/stray.ts'), 'export {};\n');
    fs.rmSync(path.join(out, 'api.md'));
    expect(runCli(['--spec', SMALL, '--out', out, '--check']).code).toBe(0);
    const r = runCli(['--spec', SMALL, '--out', out]);
    expect(r.stdout).toContain('left deleted, as you deleted it: api.md');
    expect(fs.existsSync(path.join(out, 'src/stray.ts'))).toBe(true);
    // --discard-edits is the way back to the plain output.
    expect(runCli(['--spec', SMALL, '--out', out, '--discard-edits']).code).toBe(0);
    expect(fs.existsSync(path.join(out, 'api.md'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'src/stray.ts'))).toBe(false);
  });

  it('generating again restores the tree, keeping dist/ and node_modules/', () => {
    fs.mkdirSync(path.join(out, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(out, 'dist/keep.js'), '1');
    expect(runCli(['--spec', SMALL, '--out', out]).code).toBe(0);
    expect(runCli(['--spec', SMALL, '--out', out, '--check']).code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'dist/keep.js'), 'utf8')).toBe('1');
  });
});

describe('bad input', () => {
  it('names file:line:col, exits non-zero, prints no stack, and leaves the output as it was', () => {
    const dir = tempDir('bad');
    const spec = path.join(dir, 'bad.lap');
    fs.writeFileSync(spec, '@lap v0.3\n@api Bad\n@endpoints 1\n@endpoint GET /a\n@optional {a: strng}\n@end\n');
    const out = path.join(dir, 'out');
    expect(runCli(['--spec', SMALL, '--out', out]).code).toBe(0);
    const before = snapshotTree(out);
    const r = runCli(['--spec', spec, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${spec}:5:15: error: unknown type 'strng'`);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(snapshotTree(out)).toEqual(before);
  });

  it('a bad overlay names its line', () => {
    const dir = tempDir('badcfg');
    const config = path.join(dir, 'x.config.yaml');
    fs.writeFileSync(config, 'operations:\n  GET /v1/nothing:\n    name: x.y\n');
    const r = runCli(['--spec', SMALL, '--config', config, '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${config}:2:3: error: operation 'GET /v1/nothing' matches no endpoint in the spec`);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('bad OpenAPI names file#/json/pointer, exits 1 and writes nothing', () => {
    const dir = tempDir('badoas');
    const spec = path.join(dir, 'api.json');
    fs.writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Gone' } } } } } } } } }));
    const r = runCli(['--spec', spec, '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${spec}#/paths/~1a/get/responses/200/content/application~1json/schema: error: $ref '#/components/schemas/Gone' points at nothing`);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a missing spec file', () => {
    const r = runCli(['--spec', 'nope.lap', '--out', tempDir('nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.lap:1:1: error: cannot read: no such file');
  });

  it('an output folder that cannot be made is an error naming it, with no stack, and nothing is left behind', () => {
    const dir = tempDir('unwritable');
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'not a folder');
    const r = runCli(['--spec', SMALL, '--out', path.join(file, 'client')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(file, 'client')}:1:1: error: cannot write the output folder: mkdir ${path.join(file, 'client')} failed (ENOTDIR)`);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(fs.readdirSync(dir)).toEqual(['a-file']);
  });

  // Node's recursive mkdir spins forever where a level reports ENOENT though its parent exists (/proc).
  it.runIf(fs.existsSync('/proc/self'))('an output folder under /proc is an error, not a hang', () => {
    const r = runCli(['--spec', SMALL, '--out', '/proc/lapgen-test/client']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/proc/lapgen-test/client:1:1: error: cannot write the output folder: mkdir /proc/lapgen-test failed (ENOENT)');
  });

  it('an unknown flag is a usage error', () => {
    const r = runCli(['--spce', SMALL]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Unknown argument');
  });
});

describe('other flags', () => {
  it('--emit-ir writes the IR as JSON', () => {
    const dir = tempDir('ir');
    const ir = path.join(dir, 'ir.json');
    expect(runCli(['--spec', SMALL, '--out', path.join(dir, 'out'), '--emit-ir', ir]).code).toBe(0);
    const parsed = JSON.parse(fs.readFileSync(ir, 'utf8')) as { title: string; operations: unknown[] };
    expect(parsed.title).toBe('Widget API');
    expect(parsed.operations).toHaveLength(8);
  });

  it('--help describes the flags', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--spec', '--out', '--config', '--check', '--discard-edits', '--emit-ir']) expect(r.stdout).toContain(flag);
  });
});

describe('determinism', () => {
  it('the same input gives the same bytes, and endpoint order in the spec does not matter', () => {
    const dir = tempDir('det');
    const text = fs.readFileSync(SMALL, 'utf8');
    // Reverse the endpoint blocks inside each group; the toc and counts stay valid.
    const reordered = text.replace(/(@group \w+\n)([\s\S]*?)(@endgroup)/g, (_m, open: string, body: string, close: string) => {
      const blocks = body.split(/(?=@endpoint )/).filter((b) => b.trim());
      return open + blocks.reverse().map((b) => (b.endsWith('\n\n') ? b : `${b.trimEnd()}\n\n`)).join('') + close;
    });
    expect(reordered).not.toBe(text);
    const shuffled = path.join(dir, 'small.lap');
    fs.writeFileSync(shuffled, reordered);
    for (const [spec, out] of [[SMALL, 'a'], [SMALL, 'b'], [shuffled, 'c']] as const) expect(runCli(['--spec', spec, '--out', path.join(dir, out)]).code).toBe(0);
    const a = snapshotTree(path.join(dir, 'a'));
    expect(snapshotTree(path.join(dir, 'b'))).toEqual(a);
    // Only the spec hash in the manifest may differ for the reordered file.
    const normalise = (tree: Record<string, string>) => JSON.parse(JSON.stringify(tree).replace(/(sha256:)?[0-9a-f]{16,64}/g, 'HASH')) as Record<string, string>;
    expect(normalise(snapshotTree(path.join(dir, 'c')))).toEqual(normalise(a));
  });
});

describe('the committed builds', () => {
  it('generated/ and generated-lap/ match what spec/ generates (the drift check CI runs)', () => {
    const r = runCli(['--check']);
    expect(r.stdout + r.stderr).toContain('generated is up to date with spec/anthropic.openapi.json');
    expect(r.stdout + r.stderr).toContain('generated-lap is up to date with spec/anthropic.lap');
    expect(r.code).toBe(0);
  });

  it('a bare run builds both, and reports drift in either with exit 1', () => {
    const dir = tempDir('defaults');
    // A copy of the project's spec/ and the two committed folders, so the bare run can write.
    for (const rel of ['spec', 'generated', 'generated-lap']) fs.cpSync(rootPath(rel), path.join(dir, rel), { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$/.test(src) });
    // A spec change is drift; a hand edit would be kept (see test/regeneration).
    const lap = path.join(dir, 'spec/anthropic.lap');
    fs.writeFileSync(lap, fs.readFileSync(lap, 'utf8').replace('@desc Create a Message\n', '@desc Create a Message, now\n'));
    const run = (args: string[]) => spawnSync(process.execPath, [rootPath('dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DEBUG: '' } });
    const check = run(['--check']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('generated is up to date with spec/anthropic.openapi.json');
    expect(check.stdout).toContain('generated-lap differs from what spec/anthropic.lap generates');
    expect(check.stdout).toMatch(/^ {2}modified src\/resources\/messages\/index\.ts$/m);
    expect(run(['--quiet']).status).toBe(0);
    expect(run(['--check', '--quiet']).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'generated-lap/src/resources/messages/index.ts'), 'utf8')).toContain('Create a Message, now');
  });
});
