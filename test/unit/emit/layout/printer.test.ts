// Our document printer against prettier's printDocToString, which it replaces: the same documents
// (real emitter output on fixture specs, and random documents of every command the emitters use)
// must print to the same text. Prettier is handed a copy with every group's precomputed break
// cleared, so it works out the breaks itself (its propagateBreaks) and a wrong precomputation shows.
import fs from 'node:fs';
import { printer } from 'prettier/doc';
import { describe, expect, it } from 'vitest';
import { emitSourceDocs } from '../../../../src/emit/index.js';
import { align, type Doc, group, hardline, ifBreak, indent, indentIfBreak, join, line, printDoc, PRINT_WIDTH, softline } from '../../../../src/emit/layout/doc.js';
import { jsonDoc, printJson } from '../../../../src/emit/layout/json.js';
import { printDocToText } from '../../../../src/emit/layout/printer.js';
import { planSpec } from '../../../../src/pipeline.js';
import { rootPath, seedPlan } from '../../../helpers/pipeline.js';

type PrettierDoc = Parameters<typeof printer.printDocToString>[0];

/** A deep copy in prettier's terms, each group's break left for prettier to find. */
function unbroken(doc: Doc): PrettierDoc {
  if (typeof doc === 'string') return doc;
  if (Array.isArray(doc)) return doc.map(unbroken);
  switch (doc.type) {
    case 'group':
      return { ...doc, contents: unbroken(doc.contents), break: false } as PrettierDoc;
    case 'if-break':
      return { ...doc, breakContents: unbroken(doc.breakContents), flatContents: unbroken(doc.flatContents) } as PrettierDoc;
    case 'indent':
    case 'align':
    case 'indent-if-break':
      return { ...doc, contents: unbroken(doc.contents) } as PrettierDoc;
    default:
      return doc as PrettierDoc;
  }
}

const prettierPrint = (doc: Doc, width = PRINT_WIDTH) => printer.printDocToString(unbroken(doc), { printWidth: width, tabWidth: 2, useTabs: false } as printer.Options).formatted;

describe('printDoc prints what prettier prints', () => {
  it('every module of the seed build', () => {
    for (const [module, doc] of emitSourceDocs(seedPlan().plan)) expect(printDoc(doc), module).toBe(prettierPrint(doc));
  });

  const specs = ['test/fixtures/lap/small.lap', '../shared/specs/anthropic/anthropic-openapi.2026-04-07.json', '../shared/specs/openapi/github/api.github.com.2020-09.json'];
  for (const spec of specs) {
    const file = spec.startsWith('../') ? `/work/shared/${spec.slice('../shared/'.length)}` : rootPath(spec);
    it.skipIf(!fs.existsSync(file))(`every module generated from ${spec}`, async () => {
      const { plan } = await planSpec({ spec: file });
      let modules = 0;
      for (const [module, doc] of emitSourceDocs(plan!)) {
        expect(printDoc(doc), module).toBe(prettierPrint(doc));
        modules++;
      }
      expect(modules).toBeGreaterThan(2);
    });
  }

  it('JSON files', () => {
    // The plan as JSON: nested objects, arrays of scalars that fit or break, strings and numbers.
    const plan = JSON.parse(JSON.stringify(seedPlan().plan)) as unknown;
    for (const value of [plan, { list: [1, 2, 3], nested: { deep: [['a', 'b'], [], {}, [{ x: null }]] }, empty: {}, long: Array.from({ length: 40 }, (_, i) => `item-${i}`) }, [], 'text']) {
      expect(printJson(value)).toBe(prettierPrint([jsonDoc(value), hardline]));
    }
  });
});

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

// Text with trailing blanks (trimmed before a line break), tabs and wide characters (other widths).
const WORDS = ['a', 'foo', 'barbaz', 'export type X =', '| ', ' ', '  ', '', ',', 'tab\t', '// note ', "'日本語'", 'é', '👍🏽', '©', 'x'.repeat(30)];

function randomDoc(seed: number): Doc {
  const r = random(seed);
  const ids: symbol[] = [];
  const build = (depth: number): Doc => {
    const k = depth > 5 ? r.int(4) : r.int(13);
    switch (k) {
      case 0:
      case 1:
        return r.pick(WORDS);
      case 2:
        return r.pick([line, softline, line]);
      case 3:
        return r.int(4) === 0 ? hardline : line;
      case 4:
      case 5:
        return Array.from({ length: r.int(5) }, () => build(depth + 1));
      case 6:
      case 7: {
        const id = r.int(3) === 0 ? Symbol('g') : undefined;
        const g = group(build(depth + 1), id ? { id } : {});
        if (id) ids.push(id);
        return g;
      }
      case 8:
        return indent(build(depth + 1));
      case 9:
        return align(1 + r.int(4), build(depth + 1));
      case 10: {
        const groupId = ids.length && r.int(2) ? r.pick(ids) : undefined;
        return ifBreak(build(depth + 1), r.int(2) ? build(depth + 1) : '', groupId ? { groupId } : {});
      }
      case 11:
        return ids.length ? indentIfBreak(build(depth + 1), { groupId: r.pick(ids) }) : build(depth + 1);
      default:
        return join(r.pick([[',', line], hardline, ' | ', softline]), Array.from({ length: r.int(5) }, () => build(depth + 1)));
    }
  };
  return build(0);
}

describe('random documents', () => {
  it.each(Array.from({ length: 8 }, (_, i) => i))('batch %i: 500 documents at widths 0 to 110', (batch) => {
    for (let seed = batch * 500; seed < (batch + 1) * 500; seed++) {
      const doc = randomDoc(seed);
      const width = [0, 8, 20, 40, 80, 110][seed % 6]!;
      expect(printDocToText(doc, width), `seed ${seed}`).toBe(prettierPrint(doc, width));
    }
  });
});
