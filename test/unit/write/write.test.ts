import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePackage, type WriteOptions } from '../../../src/write/index.js';
import { BASE_FILE, parseBase } from '../../../src/write/base-record.js';
import { printManifest, readManifest, sha256 } from '../../../src/write/manifest.js';
import { snapshotTree, tempDir } from '../../helpers/cli.js';

const manifest: WriteOptions['manifest'] = { generator: { name: 'lapgen', version: 'test' }, specSha256: 'x', configSha256: null };
const write = (files: [string, string][], dir: string, extra: Partial<WriteOptions> = {}) => writePackage(new Map(files), dir, { check: false, manifest, ...extra });
/** The folder without the record (manifest and .lapgen/), which the other tests look at. */
/** The recorded base of `rel`, as the next run reads it. */
const baseOf = (dir: string, rel: string) => parseBase(fs.readFileSync(path.join(dir, BASE_FILE), 'utf8')).get(rel);
const visible = (dir: string) => Object.fromEntries(Object.entries(snapshotTree(dir)).filter(([rel]) => !rel.startsWith('.lapgen') && rel !== 'lapgen.manifest.json'));

describe('writePackage', () => {
  it('swaps a new tree in, keeping dist/ and node_modules/, records the base, and leaves no temp folders', () => {
    const parent = tempDir('write');
    const dir = path.join(parent, 'out');
    write([['a.txt', 'one'], ['src/b.ts', 'two']], dir);
    expect(baseOf(dir, 'src/b.ts')).toBe('two');
    expect(fs.readFileSync(path.join(dir, 'src/lib/README.md'), 'utf8')).toContain('yours');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist/x.js'), 'built');
    const result = write([['a.txt', 'ONE']], dir);
    expect(result.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['modified a.txt', 'modified lapgen.manifest.json', 'removed src/b.ts']);
    expect(visible(dir)).toEqual({ 'a.txt': 'ONE', 'dist/x.js': 'built', 'src/lib/README.md': expect.any(String) });
    expect(baseOf(dir, 'src/b.ts')).toBeUndefined();
    expect(fs.readdirSync(parent)).toEqual(['out']);
  });

  it('a failure while writing leaves the folder exactly as it was', () => {
    const parent = tempDir('write-fail');
    const dir = path.join(parent, 'out');
    write([['a.txt', 'one']], dir);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    const before = snapshotTree(dir);
    // `x` cannot be both a file and a folder: writing fails part-way.
    expect(() => write([['a.txt', 'two'], ['x', 'file'], ['x/y', 'nested']], dir)).toThrow();
    expect(snapshotTree(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(true);
    expect(fs.readdirSync(parent)).toEqual(['out']);
  });

  it('check mode writes nothing and reports drift', () => {
    const dir = path.join(tempDir('write-check'), 'out');
    write([['a.txt', 'one\n']], dir);
    const before = snapshotTree(dir);
    const result = write([['a.txt', 'two\n']], dir, { check: true });
    expect(result.written).toBe(false);
    expect(result.changes[0]).toEqual({ path: 'a.txt', kind: 'modified', diff: '@@ line 1 @@\n- one\n+ two' });
    expect(snapshotTree(dir)).toEqual(before);
    expect(write([['a.txt', 'one\n']], dir, { check: true }).changes).toEqual([]);
  });

  it('keeps hand edits on different lines, marks the same line, keeps deletions and src/lib, and never touches user files', () => {
    const dir = path.join(tempDir('write-merge'), 'out');
    write([['a.ts', 'a\nb\nc\nd\n'], ['gone.ts', 'x\n'], ['deleted.ts', 'y\n']], dir);
    fs.writeFileSync(path.join(dir, 'a.ts'), 'a\nB (mine)\nc\nd\n');
    fs.rmSync(path.join(dir, 'deleted.ts'));
    fs.writeFileSync(path.join(dir, 'src/lib/mine.ts'), 'export const mine = 1;\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'my notes\n');
    const clean = write([['a.ts', 'a\nb\nc\nD\n'], ['deleted.ts', 'y2\n']], dir);
    expect(clean.issues).toEqual([]);
    expect(clean.notes).toEqual([{ kind: 'merged', path: 'a.ts' }, { kind: 'deleted', path: 'deleted.ts' }]);
    expect(visible(dir)).toEqual({ 'a.ts': 'a\nB (mine)\nc\nD\n', 'notes.txt': 'my notes\n', 'src/lib/README.md': expect.any(String), 'src/lib/mine.ts': 'export const mine = 1;\n' });
    const conflict = write([['a.ts', 'a\nb2\nc\nD\n'], ['deleted.ts', 'y2\n']], dir);
    expect(conflict.issues).toEqual([{ kind: 'conflict', path: 'a.ts', lines: [2] }]);
    expect(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8')).toBe('a\n<<<<<<< yours\nB (mine)\n||||||| base (last generated)\nb\n=======\nb2\n>>>>>>> generated\nc\nD\n');
    // Markers left in place are reported again, and --check fails, until they are resolved.
    expect(write([['a.ts', 'a\nb2\nc\nD\n'], ['deleted.ts', 'y2\n']], dir, { check: true }).issues).toEqual([{ kind: 'unresolved', path: 'a.ts', lines: [2] }]);
    fs.writeFileSync(path.join(dir, 'a.ts'), 'a\nB2 (mine)\nc\nD\n');
    expect(write([['a.ts', 'a\nb2\nc\nD\n'], ['deleted.ts', 'y2\n']], dir, { check: true })).toMatchObject({ changes: [], recordChanges: 0, issues: [] });
  });

  it('without a base, a file that differs is left alone and listed; --discard-edits takes the new output', () => {
    const dir = path.join(tempDir('write-nobase'), 'out');
    write([['a.ts', 'a\n'], ['b.ts', 'b\n']], dir);
    fs.rmSync(path.join(dir, '.lapgen'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.ts'), 'a (edited)\n');
    const result = write([['a.ts', 'a2\n'], ['b.ts', 'b2\n']], dir);
    // b.ts still matches its recorded hash, so it is known to be unedited.
    expect(result.issues).toEqual([{ kind: 'no-base', path: 'a.ts', lines: [] }]);
    expect(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8')).toBe('a (edited)\n');
    expect(fs.readFileSync(path.join(dir, 'b.ts'), 'utf8')).toBe('b2\n');
    fs.writeFileSync(path.join(dir, 'stray.txt'), 'x');
    const discarded = write([['a.ts', 'a2\n'], ['b.ts', 'b2\n']], dir, { discardEdits: true });
    expect(discarded.issues).toEqual([]);
    expect(visible(dir)).toEqual({ 'a.ts': 'a2\n', 'b.ts': 'b2\n', 'src/lib/README.md': expect.any(String) });
  });

  it('a generated file that is no longer generated goes, unless it was edited', () => {
    const dir = path.join(tempDir('write-orphan'), 'out');
    write([['a.ts', 'a\n'], ['b.ts', 'b\n']], dir);
    fs.writeFileSync(path.join(dir, 'b.ts'), 'b (mine)\n');
    const result = write([], dir);
    expect(result.issues).toEqual([{ kind: 'orphan', path: 'b.ts', lines: [] }]);
    expect(fs.existsSync(path.join(dir, 'a.ts'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'b.ts'), 'utf8')).toBe('b (mine)\n');
  });

  it("the release record is the generator's: no base copy, no manifest entry, hand edits and deletions replaced, a stale one drift", () => {
    const dir = path.join(tempDir('write-machine'), 'out');
    write([['a.ts', 'a\n'], ['lapgen.history.json', '{"v":1}\n']], dir);
    expect(baseOf(dir, 'lapgen.history.json')).toBeUndefined();
    expect(Object.keys(readManifest(dir)!.files)).toEqual(['a.ts']);
    fs.writeFileSync(path.join(dir, 'lapgen.history.json'), '{"v":1, "mine": true}\n');
    const edited = write([['a.ts', 'a\n'], ['lapgen.history.json', '{"v":2}\n']], dir);
    expect(edited).toMatchObject({ issues: [], notes: [] });
    expect(fs.readFileSync(path.join(dir, 'lapgen.history.json'), 'utf8')).toBe('{"v":2}\n');
    fs.rmSync(path.join(dir, 'lapgen.history.json'));
    expect(write([['a.ts', 'a\n'], ['lapgen.history.json', '{"v":2}\n']], dir).notes).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'lapgen.history.json'), 'utf8')).toBe('{"v":2}\n');
    const check = write([['a.ts', 'a\n'], ['lapgen.history.json', '{"v":3}\n']], dir, { check: true });
    expect(check.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['modified lapgen.history.json']);
  });

  it("an older generator's mirrored base, holding a copy of the record, regenerates cleanly into the base file, the mirror gone", () => {
    const dir = path.join(tempDir('write-old-base'), 'out');
    const files: [string, string][] = [['a.ts', 'a\n'], ['lapgen.history.json', '{"v":1}\n']];
    write(files, dir);
    // What an older generator left: each base at its own path under .lapgen/base/, the record among
    // them and in the manifest's file record.
    fs.rmSync(path.join(dir, BASE_FILE));
    fs.mkdirSync(path.join(dir, '.lapgen/base'));
    fs.writeFileSync(path.join(dir, '.lapgen/base/a.ts'), 'a\n');
    fs.writeFileSync(path.join(dir, '.lapgen/base/lapgen.history.json'), '{"v":1}\n');
    const manifestFile = path.join(dir, 'lapgen.manifest.json');
    const old = readManifest(dir)!;
    fs.writeFileSync(manifestFile, printManifest({ ...old, files: { ...old.files, 'lapgen.history.json': sha256('{"v":1}\n') } }));
    expect(write(files, dir, { check: true }).recordChanges).toBe(2);
    const result = write(files, dir);
    expect(result).toMatchObject({ issues: [], notes: [], written: true });
    expect(fs.readdirSync(path.join(dir, '.lapgen'))).toEqual(['base.txt']);
    expect(baseOf(dir, 'a.ts')).toBe('a\n');
    expect(baseOf(dir, 'lapgen.history.json')).toBeUndefined();
    expect(Object.keys(readManifest(dir)!.files)).toEqual(['a.ts']);
    expect(write(files, dir, { check: true })).toMatchObject({ changes: [], recordChanges: 0, issues: [] });
  });

  it('files carried over unchanged share no bytes with their base or anything else: an edit in place still merges', () => {
    const dir = path.join(tempDir('write-links'), 'out');
    write([['a.ts', 'a\nb\nc\n'], ['b.ts', 'b\n']], dir);
    fs.writeFileSync(path.join(dir, 'src/lib/mine.ts'), 'mine\n');
    write([['a.ts', 'a\nb\nc\n'], ['b.ts', 'b2\n']], dir);
    for (const rel of ['a.ts', BASE_FILE, 'src/lib/mine.ts']) expect(fs.statSync(path.join(dir, rel)).nlink).toBe(1);
    // Written in place (as many editors do): the base must not change with it.
    fs.writeFileSync(path.join(dir, 'a.ts'), 'a\nB (mine)\nc\n');
    expect(baseOf(dir, 'a.ts')).toBe('a\nb\nc\n');
    const merged = write([['a.ts', 'a\nb\nC\n'], ['b.ts', 'b2\n']], dir);
    expect(merged.notes).toEqual([{ kind: 'merged', path: 'a.ts' }]);
    expect(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8')).toBe('a\nB (mine)\nC\n');
    expect(fs.readFileSync(path.join(dir, 'src/lib/mine.ts'), 'utf8')).toBe('mine\n');
  });
});
