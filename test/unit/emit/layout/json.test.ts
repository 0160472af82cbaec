// printJson prints jsonDoc's document (the layout prettier's json printer gives) with our printer;
// it must print what prettier's printer prints for the same document.
import { describe, expect, it } from 'vitest';
import { hardline } from '../../../../src/emit/layout/doc.js';
import { jsonDoc, printJson } from '../../../../src/emit/layout/json.js';
import { seedPlan } from '../../../helpers/pipeline.js';
import { prettierPrint, random } from './prettier-print.js';

const expected = (value: unknown) => prettierPrint([jsonDoc(value), hardline]);

describe('printJson', () => {
  it('the seed plan as JSON', () => {
    const plan = JSON.parse(JSON.stringify(seedPlan().plan)) as unknown;
    expect(printJson(plan)).toBe(expected(plan));
  });

  it('shapes at the edges', () => {
    for (const value of [[], {}, 'text', null, 1.5, { a: undefined, b: [1] }, { deep: [['a', 'b'], [], {}, [{ x: null }]] }, { 'ключ': ['日本語'.repeat(20)] }]) {
      expect(printJson(value)).toBe(expected(value));
    }
  });

  it.each(Array.from({ length: 4 }, (_, i) => i))('random values, batch %i', (batch) => {
    for (let seed = batch * 300; seed < (batch + 1) * 300; seed++) {
      const r = random(seed);
      // Arrays of strings whose lengths put lines on both sides of the width limit.
      const build = (depth: number): unknown => {
        const k = depth > 4 ? r.int(3) : r.int(7);
        if (k === 0) return 'x'.repeat(r.int(40)) + (r.int(5) === 0 ? '語' : '');
        if (k === 1) return r.pick([1, -2.5, true, null, 1e21]);
        if (k === 2) return r.int(3) === 0 ? {} : [];
        if (k < 5) return Array.from({ length: r.int(8) }, () => build(depth + 1));
        return Object.fromEntries(Array.from({ length: r.int(4) }, (_, i) => [`key${'k'.repeat(r.int(20))}${i}`, build(depth + 1)]));
      };
      const value = build(0);
      expect(printJson(value), `seed ${seed}`).toBe(expected(value));
    }
  });
});
