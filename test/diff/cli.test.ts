// The `diff` command as users run it, and the promise that `generate` never loads ts-morph.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/diff/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';
import { edited, SMALL } from './helpers.js';

const dir = tempDir('diff-cli');
const write = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const OLD = write('old.lap', SMALL);
const NEW = write('new.lap', edited([['@returns(200) {id: str, shine: num}', '@returns(200) {id: str, shine: num, gloss: num}'], ['color: str(red/green/blue)', 'color: str(red/green)']]));

describe('lapgen diff', () => {
  it('--format json: the bump, the next version and each change with kind, level, where and message', () => {
    const r = runCli(['diff', OLD, NEW, '--format', 'json', '--current-version', '1.4.2']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as DiffReport;
    expect(report).toMatchObject({ bump: 'major', currentVersion: '1.4.2', nextVersion: '2.0.0', counts: { byLevel: { breaking: 1, feature: 1, fix: 0 } } });
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'request-type-narrowed', level: 'breaking', surface: 'both', where: { sdk: 'widgets.list params.color', spec: 'GET /v1/widgets', loc: expect.stringMatching(/old\.lap|new\.lap/) }, message: "type narrowed, 'red' | 'green' | 'blue' → 'red' | 'green'" }));
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: 'response-field-added', level: 'feature', where: expect.objectContaining({ sdk: 'WidgetPolishResponse.gloss' }) }));
    expect(report.checks).toMatchObject({ disagreements: [] });
    expect(r.stderr).toMatch(/^diff: major \(2 changes; .*typecheck \d+ ms\)\n$/);
  });

  it('Markdown by default, with sections a pull request can show', () => {
    const r = runCli(['diff', OLD, NEW, '--no-typecheck']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Bump: major** (0.1.0 → 0.2.0); 2 changes: 1 breaking, 1 feature, 0 fix.');
    expect(r.stdout).toContain("### Breaking\n\n- `widgets.list params.color`: type narrowed, 'red' | 'green' | 'blue' → 'red' | 'green'\n");
    expect(r.stdout).toContain('### Added\n\n- `WidgetPolishResponse.gloss`: field added\n');
  });

  it('--fail-on breaking exits 1 on a breaking change, 0 without one', () => {
    expect(runCli(['diff', OLD, NEW, '--fail-on', 'breaking', '--no-typecheck']).code).toBe(1);
    expect(runCli(['diff', OLD, OLD, '--fail-on', 'breaking', '--no-typecheck', '--format', 'json']).stdout).toContain('"bump": "none"');
    expect(runCli(['diff', OLD, OLD, '--fail-on', 'breaking', '--no-typecheck']).code).toBe(0);
  });

  it('bad input: a located error, exit 1, no stack, nothing on stdout', () => {
    const bad = write('bad.lap', '@lap v0.3\n@api Bad\n@endpoints 1\n@endpoint GET /a\n@optional {a: strng}\n@end\n');
    const r = runCli(['diff', OLD, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.lap:5:\d+: error: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(runCli(['diff', OLD, path.join(dir, 'missing.lap')]).stderr).toContain('missing.lap:1:1: error: cannot read: no such file');
  });

  it('generate stays the default command, with its flags', () => {
    expect(runCli(['--help']).stdout).toContain('lapgen diff <old> <new>');
    const out = path.join(dir, 'pkg');
    expect(runCli(['--spec', OLD, '--out', out, '--quiet']).code).toBe(0);
    expect(fs.existsSync(path.join(out, 'lapgen.history.json'))).toBe(true);
  });
});

describe('ts-morph is loaded for diff only', () => {
  // CommonJS modules, ts-morph and its TypeScript included, land in require.cache however they are
  // imported; a child process reports what it loaded.
  const script = (call: string) => `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    ${call}
    const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/](ts-morph|@ts-morph)[\\\\/]/.test(f));
    console.log(JSON.stringify(loaded.length));`;
  const run = (call: string) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script(call)], { cwd: rootPath('.'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as number;
  };

  it('generate does not load it', () => {
    const out = path.join(dir, 'no-ts-morph');
    expect(run(`const { generate } = await import('./dist/pipeline.js'); const r = await generate({ spec: ${JSON.stringify(NEW)}, out: ${JSON.stringify(out)} }); if (!r.written) throw new Error('not written');`)).toBe(0);
  });

  it('diff does (so the probe above can see it)', () => {
    expect(run(`const { diffSpecs } = await import('./dist/diff-specs.js'); await diffSpecs({ old: ${JSON.stringify(OLD)}, new: ${JSON.stringify(NEW)}, typecheck: true });`)).toBeGreaterThan(0);
  });
});
