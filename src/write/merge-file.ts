// One file's 3-way merge: TypeScript files merge their import/export run as sets and the rest by
// lines; every other file merges by lines.
import { merge3, type LineMerge } from './merge3.js';
import { mergeStatements, splitPrologue } from './merge-imports.js';

export interface FileMerge {
  text: string;
  /** 1-based line of each conflict's opening marker. */
  conflictLines: number[];
}

export function mergeFile(path: string, base: string, ours: string, theirs: string): FileMerge {
  const [b, o, t] = [base, ours, theirs].map((text) => text.split('\n')) as [string[], string[], string[]];
  const merged = /\.[cm]?[jt]sx?$/.test(path) ? mergeModule(b, o, t) : merge3(b, o, t);
  return { text: merged.lines.join('\n'), conflictLines: merged.conflicts.map((i) => i + 1) };
}

function mergeModule(b: string[], o: string[], t: string[]): LineMerge {
  const [sb, so, st] = [splitPrologue(b), splitPrologue(o), splitPrologue(t)];
  if (!sb || !so || !st) return merge3(b, o, t);
  const pre = merge3(sb.pre, so.pre, st.pre);
  const statements = mergeStatements(sb.statements, so.statements, st.statements);
  const body = merge3(sb.body, so.body, st.body);
  const bodyStart = pre.lines.length + statements.length;
  return { lines: [...pre.lines, ...statements, ...body.lines], conflicts: [...pre.conflicts, ...body.conflicts.map((i) => i + bodyStart)] };
}
