// JSON files as prettier's json printer leaves them: objects one key per line, arrays on one line
// when they fit. (The one large JSON file, the release record, has its own line layout: release/record.ts.)
import { type Doc, group, hardline, indent, join, line, printDoc, softline } from './doc.js';

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

export function printJson(value: unknown): string {
  return printDoc([jsonDoc(value), hardline]);
}
