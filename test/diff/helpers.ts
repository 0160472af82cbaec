import fs from 'node:fs';
import { diffPlans } from '../../src/diff/index.js';
import { planFrom, rootPath } from '../helpers/pipeline.js';

export const SMALL = fs.readFileSync(rootPath('test/fixtures/lap/small.lap'), 'utf8');

/** The small fixture with one edit: `[from, to]` replacements, each of which must match. */
export function edited(edits: [string, string][]): string {
  let text = SMALL;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`fixture edit does not match: ${from}`);
    text = text.split(from).join(to);
  }
  return text;
}

export function diffLap(oldText: string, newText: string) {
  const before = planFrom(oldText);
  const after = planFrom(newText);
  return { before: before.plan, after: after.plan, report: diffPlans(before.plan, after.plan) };
}
