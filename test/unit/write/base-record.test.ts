import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_FILE, parseBase, printBase } from '../../../src/write/base-record.js';
import { writePackage, type WriteOptions } from '../../../src/write/index.js';
import { tempDir } from '../../helpers/cli.js';

const manifest: WriteOptions['manifest'] = { generator: { name: 'lapgen', version: 'test' }, specSha256: 'x', configSha256: null };
const write = (files: [string, string][], dir: string) => writePackage(new Map(files), dir, { check: false, manifest });

describe('the recorded base file', () => {
  it('gives back every text exactly, whatever its lines hold', () => {
    const texts = new Map([
      ['b.ts', 'no newline at the end'],
      ['a.ts', 'one\ntwo\n'],
      ['empty.txt', ''],
      ['only-newlines.md', '\n\n\n'],
      ['crlf.txt', 'x\r\ny\r\n'],
      // Lines that look like the file's own headers are content, counted past.
      ['headers.txt', '=== 3 fake.ts\n=== 1 a.ts\n'],
      ['src/resources/deep/name with spaces.ts', '\u00e9\u{1F600}\n'],
    ]);
    const text = printBase(texts);
    expect(parseBase(text)).toEqual(texts);
    // By path, so the same record prints the same whatever order it was made in.
    expect(printBase(new Map([...texts].reverse()))).toBe(text);
    expect(text.split('\n').filter((l) => l.startsWith('=== ')).slice(0, 2)).toEqual(['=== 3 a.ts', '=== 1 b.ts']);
  });

  it('a cut or mangled file loses the entries from the break on, not the run', () => {
    const text = printBase(new Map([['a.ts', 'a\n'], ['b.ts', 'b\nb\nb\n'], ['c.ts', 'c\n']]));
    const cut = text.slice(0, text.indexOf('b\nb\n') + 2);
    expect([...parseBase(cut).keys()]).toEqual(['a.ts']);
    expect([...parseBase(text.replace('=== 4 b.ts', '=== four b.ts')).keys()]).toEqual(['a.ts']);
    expect(parseBase('').size).toBe(0);
  });

  it('a fresh package holds one base file beside its generated files: no mirror of each', () => {
    const dir = path.join(tempDir('base-fresh'), 'out');
    write([['a.ts', 'a\n'], ['src/deep/b.ts', 'b\n']], dir);
    expect(fs.readdirSync(path.join(dir, '.lapgen'))).toEqual(['base.txt']);
    expect(parseBase(fs.readFileSync(path.join(dir, BASE_FILE), 'utf8'))).toEqual(new Map([['a.ts', 'a\n'], ['src/deep/b.ts', 'b\n']]));
  });

  it("an edit made against an older generator's mirrored base still merges, and the mirror becomes the base file", () => {
    const dir = path.join(tempDir('base-legacy'), 'out');
    write([['src/a.ts', 'a\nb\nc\nd\n']], dir);
    fs.rmSync(path.join(dir, '.lapgen'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.lapgen/base/src'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.lapgen/base/src/a.ts'), 'a\nb\nc\nd\n');
    fs.writeFileSync(path.join(dir, 'src/a.ts'), 'a\nB (mine)\nc\nd\n');
    const result = write([['src/a.ts', 'a\nb\nc\nD\n']], dir);
    expect(result).toMatchObject({ issues: [], notes: [{ kind: 'merged', path: 'src/a.ts' }] });
    expect(fs.readFileSync(path.join(dir, 'src/a.ts'), 'utf8')).toBe('a\nB (mine)\nc\nD\n');
    expect(fs.readdirSync(path.join(dir, '.lapgen'))).toEqual(['base.txt']);
    expect(parseBase(fs.readFileSync(path.join(dir, BASE_FILE), 'utf8')).get('src/a.ts')).toBe('a\nb\nc\nD\n');
  });

  it('a base file edited by hand gives no base for the entry it broke: that file is left alone and named, never overwritten', () => {
    const dir = path.join(tempDir('base-edited'), 'out');
    write([['a.ts', 'a\nb\n'], ['z.ts', 'z\n']], dir);
    fs.writeFileSync(path.join(dir, 'z.ts'), 'z (mine)\n');
    const file = path.join(dir, BASE_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('=== 2 z.ts\nz\n', '=== 2 z.ts\nsomething else\n'));
    const result = write([['a.ts', 'a\nb\n'], ['z.ts', 'z2\n']], dir);
    expect(result.issues).toEqual([{ kind: 'no-base', path: 'z.ts', lines: [] }]);
    expect(fs.readFileSync(path.join(dir, 'z.ts'), 'utf8')).toBe('z (mine)\n');
  });
});
