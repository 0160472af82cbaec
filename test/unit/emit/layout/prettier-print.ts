// Helpers for the printer tests: prettier's printer on our documents, and a seeded random source.
import { printer } from 'prettier/doc';
import { type Doc, PRINT_WIDTH } from '../../../../src/emit/layout/doc.js';

type PrettierDoc = Parameters<typeof printer.printDocToString>[0];

/** A deep copy in prettier's terms, each group's break left for prettier to find. */
function unbroken(doc: Doc): PrettierDoc {
  if (typeof doc === 'string') return doc;
  if (Array.isArray(doc)) return doc.map(unbroken);
  switch (doc.type) {
    case 'group':
      return { ...doc, contents: unbroken(doc.contents), break: false } as unknown as PrettierDoc;
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

export const prettierPrint = (doc: Doc, width = PRINT_WIDTH) => printer.printDocToString(unbroken(doc), { printWidth: width, tabWidth: 2, useTabs: false } as printer.Options).formatted;

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
export function random(seed: number) {
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
