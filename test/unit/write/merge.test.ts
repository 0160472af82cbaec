import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../src/write/line-diff.js';
import { mergeFile } from '../../../src/write/merge-file.js';

const L = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('diffLines', () => {
  it.each([
    ['equal', ['a', 'b'], ['a', 'b'], []],
    ['insert', ['a', 'b'], ['a', 'x', 'b'], [{ start: 1, end: 1, lines: ['x'] }]],
    ['delete', ['a', 'b', 'c'], ['a', 'c'], [{ start: 1, end: 2, lines: [] }]],
    ['replace', ['a', 'b', 'c'], ['a', 'B', 'c'], [{ start: 1, end: 2, lines: ['B'] }]],
    ['two hunks', ['a', 'b', 'c', 'd', 'e'], ['A', 'b', 'c', 'd', 'E', 'f'], [{ start: 0, end: 1, lines: ['A'] }, { start: 4, end: 5, lines: ['E', 'f'] }]],
  ] as const)('%s', (_name, a, b, want) => {
    expect(diffLines([...a], [...b])).toEqual(want);
  });

  it('applying the hunks gives the second text, for random texts', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rand(30) }, () => String.fromCharCode(97 + rand(4)));
      const b = Array.from({ length: rand(30) }, () => String.fromCharCode(97 + rand(4)));
      const out: string[] = [];
      let pos = 0;
      for (const h of diffLines(a, b)) {
        out.push(...a.slice(pos, h.start), ...h.lines);
        pos = h.end;
      }
      out.push(...a.slice(pos));
      expect(out).toEqual(b);
    }
  });
});

describe('mergeFile', () => {
  it.each([
    ['changes on different lines merge', L('a', 'b', 'c', 'd'), L('a', 'B', 'c', 'd'), L('a', 'b', 'c', 'D'), L('a', 'B', 'c', 'D'), 0],
    ['the same change on both sides is taken once', L('a', 'b'), L('a', 'X'), L('a', 'X'), L('a', 'X'), 0],
    ['two insertions at one point keep both, generated first', L('class A {', '}'), L('class A {', '  mine() {}', '}'), L('class A {', '  gen() {}', '}'), L('class A {', '  gen() {}', '  mine() {}', '}'), 0],
    ['the same line changed both ways is a conflict', L('a', 'b', 'c'), L('a', 'mine', 'c'), L('a', 'gen', 'c'), L('a', '<<<<<<< yours', 'mine', '||||||| base (last generated)', 'b', '=======', 'gen', '>>>>>>> generated', 'c'), 1],
    ['a deleted line the other side edited is a conflict', L('a', 'b', 'c'), L('a', 'c'), L('a', 'B', 'c'), L('a', '<<<<<<< yours', '||||||| base (last generated)', 'b', '=======', 'B', '>>>>>>> generated', 'c'), 1],
  ] as const)('%s', (_name, base, ours, theirs, want, conflicts) => {
    const merged = mergeFile('x.txt', base, ours, theirs);
    expect(merged.text).toBe(want);
    expect(merged.conflictLines).toHaveLength(conflicts);
  });

  it('import lists merge as sets: additions on both sides never conflict, removals apply', () => {
    const base = L('// header', "import { A, B } from './x.js';", "import type { T } from './t.js';", '', 'export const v = 1;');
    const ours = L('// header', "import { A, B, Mine } from './x.js';", "import type { T } from './t.js';", "import { helper } from './lib/helper.js';", '', 'export const v = 1;');
    const theirs = L('// header', "import { A, Gen } from './x.js';", "import type { T, U } from './t.js';", "import { C } from './c.js';", '', 'export const v = 2;');
    expect(mergeFile('a.ts', base, ours, theirs)).toEqual({
      text: L('// header', "import { A, Mine, Gen } from './x.js';", "import type { T, U } from './t.js';", "import { helper } from './lib/helper.js';", "import { C } from './c.js';", '', 'export const v = 2;'),
      conflictLines: [],
    });
  });

  it('export barrels merge as sets, and a long merged list breaks as prettier breaks it', () => {
    const names = Array.from({ length: 12 }, (_, i) => `LongTypeName${i}`);
    const base = L("export { A } from './a.js';", `export type { ${names.slice(0, 2).join(', ')} } from './types.js';`);
    const ours = L("export { A } from './a.js';", `export type { ${names.slice(0, 2).join(', ')} } from './types.js';`, "export * from './lib/mine.js';");
    const theirs = L("export { A } from './a.js';", `export type {`, ...names.map((n) => `  ${n},`), "} from './types.js';", "export { B } from './b.js';");
    const merged = mergeFile('index.ts', base, ours, theirs);
    expect(merged.conflictLines).toEqual([]);
    expect(merged.text).toBe(L("export { A } from './a.js';", `export type {`, ...names.map((n) => `  ${n},`), "} from './types.js';", "export * from './lib/mine.js';", "export { B } from './b.js';"));
  });

  it('a conflict below the imports is reported at its line in the merged file', () => {
    const base = L("import { A } from './a.js';", '', 'x');
    const ours = L("import { A } from './a.js';", "import { M } from './m.js';", '', 'mine');
    const theirs = L("import { A } from './a.js';", '', 'gen');
    expect(mergeFile('a.ts', base, ours, theirs).conflictLines).toEqual([4]);
  });
});
