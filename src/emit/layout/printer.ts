// Lays a document out at a line width, with the semantics of prettier's document printer
// (printDocToString) for the commands doc.ts builds; the tests compare the two on real emitter
// output and on random documents. Written for speed: commands live on three parallel stacks
// (no object per command), a group's break is known from construction (doc.ts), indentation is a
// column count with its newline string cached, and measuring does not build the measured text.
import { type Doc, type Group, hardline, type IfBreak, type IndentIfBreak } from './doc.js';
import { stringWidth } from './width.js';

const BREAK = 0;
const FLAT = 1;
type Mode = typeof BREAK | typeof FLAT;
const INDENT_WIDTH = 2;

/** `\n` and the indentation of a line, by column. */
const newlines: string[] = [];
const newlineAt = (column: number) => (newlines[column] ??= `\n${' '.repeat(column)}`);

// The pending commands, top at the end: indentation, mode, document.
let indents: number[] = [];
let modes: Mode[] = [];
let docs: Doc[] = [];
// A group id → the mode its group was printed in, for if-break and indent-if-break.
let groupModes = new Map<symbol, Mode>();
// The output: finished lines, and the line being written (from its `\n` and indentation on).
let lines: string[] = [];
let current = '';
// Whether `current` may end in a space or tab: only then is it looked at (and so flattened) to trim.
let blankTail = false;
// The column the output has reached, and whether the next group measures again (after a hard
// line printed flat, prettier's rule).
let column = 0;
let remeasure = false;
// Scratch stacks for measuring.
const fitModes: Mode[] = [];
const fitDocs: Doc[] = [];

export function printDocToText(doc: Doc, width: number): string {
  // Keep the caller's state: printing is not re-entered today, but it costs nothing to allow.
  const saved = { indents, modes, docs, groupModes, lines, current, blankTail, column, remeasure };
  indents = [0];
  modes = [BREAK];
  docs = [doc];
  groupModes = new Map();
  lines = [];
  current = '';
  blankTail = false;
  try {
    run(width);
    lines.push(current);
    return lines.join('');
  } finally {
    ({ indents, modes, docs, groupModes, lines, current, blankTail, column, remeasure } = saved);
    // Let the printed document go.
    fitDocs.length = 0;
  }
}

function run(width: number): void {
  column = 0;
  remeasure = false;
  while (docs.length > 0) {
    const ind = indents.pop()!;
    const mode = modes.pop()!;
    const doc = docs.pop()!;
    if (typeof doc === 'string') {
      if (doc !== '') {
        write(doc);
        column += stringWidth(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      printArray(doc, ind, mode);
      continue;
    }
    switch (doc.type) {
      case 'indent':
        push(ind + INDENT_WIDTH, mode, doc.contents);
        break;
      case 'align':
        push(ind + doc.n, mode, doc.contents);
        break;
      case 'group': {
        let groupMode: Mode;
        if (mode === FLAT && !remeasure) groupMode = doc.break ? BREAK : FLAT;
        else {
          remeasure = false;
          groupMode = !doc.break && fits(doc, width - column) ? FLAT : BREAK;
        }
        push(ind, groupMode, doc.contents);
        if (doc.id !== undefined) groupModes.set(doc.id, groupMode);
        break;
      }
      case 'if-break':
      case 'indent-if-break':
        pushConditional(doc, ind, mode);
        break;
      case 'line':
        if (mode === FLAT && !doc.hard) {
          if (!doc.soft) {
            write(' ');
            column += 1;
          }
          break;
        }
        lineBreak(ind, mode);
        break;
      case 'break-parent':
        break;
      default:
        throw new Error(`printDoc: unsupported document ${JSON.stringify(doc)}`);
    }
  }
}

/** A hard line breaks in either mode; after one in flat mode the next group measures again. */
const isHardBreak = (doc: Doc | undefined) => doc === hardline || (typeof doc === 'object' && !Array.isArray(doc) && doc.type === 'line' && doc.hard === true);

/**
 * An array's leading text and line breaks need no look at what follows: printed at once; the rest
 * goes on the stack.
 */
function printArray(doc: readonly Doc[], ind: number, mode: Mode): void {
  let start = 0;
  for (; start < doc.length; start++) {
    const part = doc[start]!;
    if (typeof part === 'string') {
      if (part !== '') {
        write(part);
        // Text right before a hard line (comment lines, members) leaves no column to track.
        if (!isHardBreak(doc[start + 1])) column += stringWidth(part);
      }
    } else if (part === hardline) lineBreak(ind, mode);
    else if (Array.isArray(part) || part.type !== 'line') break;
    else if (mode === FLAT && !part.hard) {
      if (!part.soft) {
        write(' ');
        column += 1;
      }
    } else lineBreak(ind, mode);
  }
  for (let i = doc.length - 1; i >= start; i--) push(ind, mode, doc[i]!);
}

function lineBreak(ind: number, mode: Mode): void {
  if (mode === FLAT) remeasure = true;
  column = newline(ind);
}

function push(ind: number, mode: Mode, doc: Doc): void {
  indents.push(ind);
  modes.push(mode);
  docs.push(doc);
}

/** An if-break or indent-if-break, by its group's mode (or the current one); nothing if that group is not printed yet. */
function pushConditional(doc: IfBreak | IndentIfBreak, ind: number, mode: Mode): void {
  const groupMode = doc.groupId !== undefined ? groupModes.get(doc.groupId) : mode;
  if (groupMode === undefined) return;
  if (doc.type === 'if-break') {
    const contents = groupMode === BREAK ? doc.breakContents : doc.flatContents;
    if (contents) push(ind, mode, contents);
    return;
  }
  const indented = groupMode === BREAK ? !doc.negate : doc.negate;
  push(indented ? ind + INDENT_WIDTH : ind, mode, doc.contents);
}

function write(text: string): void {
  current += text;
  const last = text.charCodeAt(text.length - 1);
  blankTail = last === 32 || last === 9;
}

/** A line break to column `ind`, which it returns; spaces and tabs before it are dropped. */
function newline(ind: number): number {
  if (blankTail) {
    let end = current.length;
    for (let c = current.charCodeAt(end - 1); end > 0 && (c === 32 || c === 9); c = current.charCodeAt(end - 1)) end--;
    lines.push(end === current.length ? current : current.slice(0, end));
  } else lines.push(current);
  current = newlineAt(ind);
  blankTail = ind > 0;
  return ind;
}

/**
 * Whether the group printed flat fits in `remaining` columns, together with what follows it up to
 * the first line that breaks (the pending commands, each in its own mode). A flat `line`'s space
 * counts only once text follows it on the line.
 */
function fits(group: Group, remaining: number): boolean {
  let rest = docs.length;
  let pendingSpace = false;
  // The scratch stacks are used from the bottom each time: top is their height. (Written out at
  // each push: a closure here would be made at every call.)
  let top = 0;
  fitModes[top] = FLAT;
  fitDocs[top++] = group.contents;
  while (remaining >= 0) {
    if (top === 0) {
      if (rest === 0) return true;
      rest--;
      fitModes[top] = modes[rest]!;
      fitDocs[top++] = docs[rest]!;
      continue;
    }
    top--;
    const mode = fitModes[top]!;
    const doc = fitDocs[top]!;
    if (typeof doc === 'string') {
      if (doc !== '') {
        if (pendingSpace) {
          remaining -= 1;
          pendingSpace = false;
        }
        remaining -= stringWidth(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        fitModes[top] = mode;
        fitDocs[top++] = doc[i]!;
      }
      continue;
    }
    switch (doc.type) {
      case 'indent':
      case 'align':
      case 'indent-if-break':
        fitModes[top] = mode;
        fitDocs[top++] = doc.contents;
        break;
      case 'group':
        fitModes[top] = doc.break ? BREAK : mode;
        fitDocs[top++] = doc.contents;
        break;
      case 'if-break': {
        const groupMode = doc.groupId !== undefined ? (groupModes.get(doc.groupId) ?? FLAT) : mode;
        const contents = groupMode === BREAK ? doc.breakContents : doc.flatContents;
        if (contents) {
          fitModes[top] = mode;
          fitDocs[top++] = contents;
        }
        break;
      }
      case 'line':
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
      case 'break-parent':
        break;
      default:
        throw new Error(`printDoc: unsupported document ${JSON.stringify(doc)}`);
    }
  }
  return false;
}
