import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTree, writePackage } from '../../../src/write/index.js';
import { snapshotTree, tempDir } from '../../helpers/cli.js';

describe('writePackage', () => {
  it('swaps a new tree in, keeping dist/ and node_modules/, and leaves no temp folders', () => {
    const parent = tempDir('write');
    const dir = path.join(parent, 'out');
    writePackage(new Map([['a.txt', 'one'], ['src/b.ts', 'two']]), dir, { check: false });
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist/x.js'), 'built');
    const result = writePackage(new Map([['a.txt', 'ONE']]), dir, { check: false });
    expect(result.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['modified a.txt', 'removed src/b.ts']);
    expect(snapshotTree(dir)).toEqual({ 'a.txt': 'ONE', 'dist/x.js': 'built' });
    expect(fs.readdirSync(parent)).toEqual(['out']);
  });

  it('a failure while writing leaves the folder exactly as it was', () => {
    const parent = tempDir('write-fail');
    const dir = path.join(parent, 'out');
    writePackage(new Map([['a.txt', 'one']]), dir, { check: false });
    fs.mkdirSync(path.join(dir, 'node_modules'));
    const before = snapshotTree(dir);
    // `x` cannot be both a file and a folder: writing fails part-way.
    expect(() => writePackage(new Map([['a.txt', 'two'], ['x', 'file'], ['x/y', 'nested']]), dir, { check: false })).toThrow();
    expect(snapshotTree(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(true);
    expect(fs.readdirSync(parent)).toEqual(['out']);
  });

  it('check mode writes nothing and reports drift', () => {
    const dir = path.join(tempDir('write-check'), 'out');
    writePackage(new Map([['a.txt', 'one\n']]), dir, { check: false });
    const result = writePackage(new Map([['a.txt', 'two\n']]), dir, { check: true });
    expect(result.written).toBe(false);
    expect(result.changes).toEqual([{ path: 'a.txt', kind: 'modified', diff: '@@ line 1 @@\n- one\n+ two' }]);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('one\n');
    expect(compareTree(new Map([['a.txt', 'one\n']]), dir)).toEqual([]);
  });
});
