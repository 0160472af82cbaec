// JSON files as prettier's json printer leaves them: objects one key per line, arrays on one line
// when they fit. `jsonDoc` is that layout as a document; `printJson` writes the same text directly,
// as the history record it prints is large (tens of MB on a large API). The tests hold them equal.
import { type Doc, group, hardline, indent, join, line, PRINT_WIDTH, softline } from './doc.js';
import { stringWidth } from './width.js';

export function jsonDoc(value: unknown): Doc {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return group(['[', indent([softline, join([',', line], value.map(jsonDoc))]), softline, ']']);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return ['{', indent([hardline, join([',', hardline], entries.map(([k, v]) => [JSON.stringify(k), ': ', jsonDoc(v)]))]), hardline, '}'];
  }
  return JSON.stringify(value);
}

/** printDoc([jsonDoc(value), hardline]), without building the document. */
export function printJson(value: unknown): string {
  const out: string[] = [];
  writeValue(value, out, 0, 0, 0);
  out.push('\n');
  return out.join('');
}

const INDENT = 2;
const spaces: string[] = [];
const newlineAt = (column: number) => (spaces[column] ??= `\n${' '.repeat(column)}`);

/**
 * `column` is where the value starts, `ind` its line's indentation, `after` the columns that follow
 * it before the line can break (a comma).
 */
function writeValue(value: unknown, out: string[], ind: number, column: number, after: number): void {
  if (Array.isArray(value)) return writeArray(value, out, ind, column, after);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    if (keys.length === 0) {
      out.push('{}');
      return;
    }
    const inner = ind + INDENT;
    const nl = newlineAt(inner);
    for (let i = 0; i < keys.length; i++) {
      const key = quotedKey(keys[i]!);
      const entry = record[keys[i]!];
      out.push(`${i === 0 ? '{' : ','}${nl}${key}: `);
      // Only an array's layout depends on where it starts. The comma after the entry is on its line
      // too; the last entry is followed by the line break.
      if (Array.isArray(entry)) writeArray(entry, out, inner, inner + stringWidth(key) + 2, i < keys.length - 1 ? 1 : 0);
      else writeValue(entry, out, inner, 0, 0);
    }
    out.push(`${newlineAt(ind)}}`);
    return;
  }
  out.push(JSON.stringify(value));
}

/** Keys repeat across a document's objects: each quoted once. */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function writeArray(items: readonly unknown[], out: string[], ind: number, column: number, after: number): void {
  if (items.length === 0) {
    out.push('[]');
    return;
  }
  const flat = flatArray(items, PRINT_WIDTH - column - after);
  if (flat !== undefined) {
    out.push(flat);
    return;
  }
  const inner = ind + INDENT;
  out.push('[');
  items.forEach((item, i) => {
    out.push(i === 0 ? newlineAt(inner) : `,${newlineAt(inner)}`);
    writeValue(item, out, inner, inner, i < items.length - 1 ? 1 : 0);
  });
  out.push(newlineAt(ind), ']');
}

/**
 * The array on one line, if it takes at most `budget` columns and holds no object with entries
 * (always broken, so the array breaks too).
 */
function flatArray(items: readonly unknown[], budget: number): string | undefined {
  let text = '[';
  let width = 1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let part: string | undefined;
    if (Array.isArray(item)) part = item.length === 0 ? '[]' : flatArray(item, budget - width - (i > 0 ? 2 : 0));
    else if (item !== null && typeof item === 'object') part = hasEntries(item) ? undefined : '{}';
    else part = JSON.stringify(item);
    if (part === undefined) return undefined;
    if (i > 0) {
      text += ', ';
      width += 2;
    }
    text += part;
    width += stringWidth(part);
    if (width + 1 > budget) return undefined;
  }
  return `${text}]`;
}

function hasEntries(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key) && (object as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}
