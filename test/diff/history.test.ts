// generate keeps the package's history: the record beside the manifest, the version, CHANGELOG.md,
// and --check refusing a spec change the version was not bumped for. Real CLI runs, real folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { edited, SMALL } from './helpers.js';

const version = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;

describe('generate writes the history', () => {
  const dir = tempDir('history');
  const spec = path.join(dir, 'api.lap');
  const out = path.join(dir, 'pkg');
  const generate = (...extra: string[]) => runCli(['--spec', spec, '--out', out, ...extra]);

  it('the first generation records the plan and starts the changelog at the package version', () => {
    fs.writeFileSync(spec, SMALL);
    expect(generate().code).toBe(0);
    expect(version(out)).toBe('0.1.0');
    const record = JSON.parse(fs.readFileSync(path.join(out, 'lapgen.history.json'), 'utf8')) as { version: string; plan: { resources: unknown[] } };
    expect(record.version).toBe('0.1.0');
    expect(record.plan.resources.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog\n[\s\S]*## \[0\.1\.0\]\n\nFirst generation/);
  });

  it('regenerating the same spec changes nothing', () => {
    const r = generate();
    expect(r.stdout).toContain('nothing changed');
    expect(generate('--check').code).toBe(0);
  });

  it('a new optional param: a minor bump and an Added line naming the method', () => {
    fs.writeFileSync(spec, edited([['@optional {level: int(int32)}', '@optional {level: int(int32), wax: bool}']]));
    const r = generate();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('version 0.1.0 → 0.2.0 (minor');
    expect(version(out)).toBe('0.2.0');
    const log = fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(log).toContain('## [0.2.0]\n\nGenerated from spec sha256:');
    expect(log).toContain('### Added\n\n- `widgets.polish params.wax`: optional field added\n');
    // The new section goes on top; the older one stays.
    expect(log.indexOf('## [0.2.0]')).toBeLessThan(log.indexOf('## [0.1.0]'));
  });

  it('--check fails, naming the bump, when the spec changed and the package was not regenerated', () => {
    fs.writeFileSync(spec, edited([['@optional {level: int(int32)}', '@optional {level: int(int32), wax: bool}'], ['@returns(200) {id: str, shine: num}', '@returns(200) {id: str}']]));
    const r = generate('--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lapgen.history.json:1:1: error: the spec changed since version 0.2.0 was generated');
    expect(r.stderr).toContain('bump: major');
    expect(r.stderr).toContain('its version should be 0.3.0');
    expect(version(out)).toBe('0.2.0');
  });

  it('a removed response field: pre-1.0, breaking bumps the minor, under Breaking', () => {
    expect(generate().code).toBe(0);
    expect(version(out)).toBe('0.3.0');
    expect(fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')).toContain('### Breaking\n\n- `WidgetPolishResponse.shine`: field removed\n');
    expect(generate('--check').code).toBe(0);
  });

  it('a description only: a patch, under Fixed', () => {
    fs.writeFileSync(spec, edited([['@optional {level: int(int32)}', '@optional {level: int(int32), wax: bool}'], ['@returns(200) {id: str, shine: num}', '@returns(200) {id: str}'], ['@desc Polish a widget', '@desc Polish a widget until it shines']]));
    expect(generate().code).toBe(0);
    expect(version(out)).toBe('0.3.1');
    expect(fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')).toContain('### Fixed\n\n- Documentation updated in 1 place: `widgets.polish`\n');
  });
});
