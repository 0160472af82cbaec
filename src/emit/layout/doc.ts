// The emitters build layout documents (group, indent, line, …) shaped as prettier's own
// TypeScript printer shapes them, and our printer (printer.ts) lays them out exactly as prettier's
// document printer would. That gives prettier's formatting without parsing printed text back in:
// the generated files are exactly what `prettier --write` would leave them as (the tests check this
// on every output), and formatting costs a fraction of a full `prettier.format`.
// The commands are prettier's own document objects (the tests hand the same documents to prettier's
// printer), limited to the ones the emitters use. A group knows at construction whether it holds a
// hard line, so printing needs no pass that propagates breaks.
import type { builders } from 'prettier/doc';
import { printDocToText } from './printer.js';

export interface Group {
  readonly type: 'group';
  readonly id: symbol | undefined;
  readonly contents: Doc;
  /** Holds a hard line (anywhere inside, nested groups included): never printed flat. */
  readonly break: boolean;
  readonly expandedStates: undefined;
}
export interface Indent {
  readonly type: 'indent';
  readonly contents: Doc;
}
export interface Align {
  readonly type: 'align';
  readonly contents: Doc;
  readonly n: number;
}
export interface Line {
  readonly type: 'line';
  readonly hard?: true;
  readonly soft?: true;
}
export interface BreakParent {
  readonly type: 'break-parent';
}
export interface IfBreak {
  readonly type: 'if-break';
  readonly breakContents: Doc;
  readonly flatContents: Doc;
  readonly groupId: symbol | undefined;
}
export interface IndentIfBreak {
  readonly type: 'indent-if-break';
  readonly contents: Doc;
  readonly groupId: symbol;
  readonly negate: boolean;
}
export type DocCommand = Group | Indent | Align | Line | BreakParent | IfBreak | IndentIfBreak;
export type Doc = string | Doc[] | DocCommand;

// Our commands are a subset of prettier's, with its field names: the equality tests hand our
// documents to its printer.
type Is<T extends U, U> = T;
export type PrettierCommandType = Is<DocCommand['type'], builders.DocCommand['type']>;

/** The line width of the output contract; scripts/prettier-check.mjs holds the output to it. */
export const PRINT_WIDTH = 110;

export const line: Line = { type: 'line' };
export const softline: Line = { type: 'line', soft: true };
const breakParent: BreakParent = { type: 'break-parent' };
export const hardline: Doc = [{ type: 'line', hard: true }, breakParent];

export function group(contents: Doc, opts: { id?: symbol } = {}): Group {
  return { type: 'group', id: opts.id, contents, break: willBreak(contents), expandedStates: undefined };
}

export function indent(contents: Doc): Indent {
  return { type: 'indent', contents };
}

export function align(n: number, contents: Doc): Align {
  if (!(n > 0) || !Number.isInteger(n)) throw new Error(`align: only positive widths are supported, got ${n}`);
  return { type: 'align', contents, n };
}

export function ifBreak(breakContents: Doc, flatContents: Doc = '', opts: { groupId?: symbol } = {}): IfBreak {
  return { type: 'if-break', breakContents, flatContents, groupId: opts.groupId };
}

export function indentIfBreak(contents: Doc, opts: { groupId: symbol }): IndentIfBreak {
  return { type: 'indent-if-break', contents, groupId: opts.groupId, negate: false };
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const parts: Doc[] = [];
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) parts.push(separator);
    parts.push(docs[i]!);
  }
  return parts;
}

/** Whether the doc holds a hard line: a group around it can never be flat. */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    for (const part of doc) if (willBreak(part)) return true;
    return false;
  }
  switch (doc.type) {
    case 'group':
      // Known when it was built.
      return doc.break;
    case 'break-parent':
      return true;
    case 'line':
      return false;
    case 'if-break':
      return willBreak(doc.breakContents) || willBreak(doc.flatContents);
    default:
      return willBreak(doc.contents);
  }
}

export function printDoc(doc: Doc): string {
  return printDocToText(doc, PRINT_WIDTH);
}

/** A doc's text with every group flat: for keys that compare types, and for prose. */
export function flatText(doc: Doc): string {
  if (typeof doc === 'string') return doc;
  if (Array.isArray(doc)) {
    let text = '';
    for (const part of doc) text += flatText(part);
    return text;
  }
  switch (doc.type) {
    case 'group':
    case 'indent':
    case 'align':
    case 'indent-if-break':
      return flatText(doc.contents);
    case 'if-break':
      return flatText(doc.flatContents);
    case 'line':
      return doc.hard ? '\n' : doc.soft ? '' : ' ';
    default:
      // break-parent: no text
      return '';
  }
}
