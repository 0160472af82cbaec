// The emitters build prettier documents (group, indent, line, …) shaped as prettier's own
// TypeScript printer shapes them, and prettier's document printer lays them out. That gives
// prettier's formatting without parsing printed text back in: the generated files are exactly
// what `prettier --write` would leave them as (the tests check this on every output), and
// formatting costs a fraction of a full `prettier.format`.
import { builders, printer, utils } from 'prettier/doc';

export type Doc = builders.Doc;
export const { align, group, indent, indentIfBreak, join, line, softline, hardline, ifBreak } = builders;
export const { willBreak } = utils;

/** The line width of the output contract; scripts/prettier-check.mjs holds the output to it. */
export const PRINT_WIDTH = 110;

export function printDoc(doc: Doc): string {
  return printer.printDocToString(doc, { printWidth: PRINT_WIDTH, tabWidth: 2, useTabs: false } as printer.Options).formatted;
}

/** A doc's text with every group flat: for keys that compare types, and for prose. */
export function flatText(doc: Doc): string {
  if (typeof doc === 'string') return doc;
  if (Array.isArray(doc)) return doc.map(flatText).join('');
  switch (doc.type) {
    case 'group':
    case 'indent':
    case 'align':
      return flatText(doc.contents);
    case 'indent-if-break':
      // prettier's typings leave out this command's `contents`
      return flatText((doc as unknown as { contents: Doc }).contents);
    case 'if-break':
      return flatText(doc.flatContents);
    case 'line':
      return doc.hard ? '\n' : doc.soft ? '' : ' ';
    default:
      // break-parent: no text
      return '';
  }
}
