// Our document printer against prettier's printDocToString, which it replaces: the same documents
// (real emitter output on fixture specs, and random documents of every command the emitters use)
// must print to the same text. Prettier is handed a copy with every group's precomputed break
// cleared, so it works out the breaks itself (its propagateBreaks) and a wrong precomputation shows.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitSourceDocs } from '../../../../src/emit/index.js';
import { align, type Doc, group, hardline, ifBreak, indent, indentIfBreak, join, line, printDoc, softline } from '../../../../src/emit/layout/doc.js';
import { printDocToText } from '../../../../src/emit/layout/printer.js';
import { planSpec } from '../../../../src/pipeline.js';
import { rootPath, seedPlan } from '../../../helpers/pipeline.js';
import { prettierPrint, random } from './prettier-print.js';

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

});

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
