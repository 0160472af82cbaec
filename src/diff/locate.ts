// Spec locations for the report: a Loc as `file#pointer` or `file:line:col`.
import type { Loc } from '../ir/types.js';

export function formatLoc(loc: Loc | undefined): string | undefined {
  if (!loc || !loc.file) return undefined;
  return 'pointer' in loc ? `${loc.file}#${loc.pointer}` : `${loc.file}:${loc.line}:${loc.col}`;
}
