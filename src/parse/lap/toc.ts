// `@toc group(n), …` (LAP v0.3 §7): a per-group count that lets a reader detect a truncated file.
// Real files count by the first path segment after a version prefix, with the query or fragment the
// path carries when that segment is the last one (`messages?beta=true(1)`); `root` is `/`.
import type { Diagnostic, Operation } from '../../ir/types.js';
import { operationKey } from '../../ir/types.js';
import type { LapLine } from './lines.js';

export function tocKey(op: Operation): string {
  const raw = operationKey(op).split(' ')[1]!;
  const segments = raw.split('/').filter(Boolean);
  if (segments.length > 1 && /^v\d+(\.\d+)?$/.test(segments[0]!)) segments.shift();
  return segments[0] ?? 'root';
}

export function checkToc(toc: LapLine, operations: readonly Operation[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declared = new Map<string, { count: number; col: number }>();
  const entry = /([^\s,(]+)\((\d+)\)/g;
  for (const m of toc.rest.matchAll(entry)) {
    declared.set(m[1]!, { count: Number(m[2]), col: toc.restCol + m.index + 1 });
  }
  if (declared.size === 0) {
    return [{ severity: 'error', code: 'lap/bad-toc', message: "expected '@toc group(n), …'", loc: { file, line: toc.line, col: toc.restCol + 1 } }];
  }
  const total = [...declared.values()].reduce((sum, d) => sum + d.count, 0);
  if (total !== operations.length) {
    diagnostics.push({
      severity: 'error',
      code: 'lap/toc-mismatch',
      message: `@toc counts add up to ${total} endpoints but the file has ${operations.length}`,
      loc: { file, line: toc.line, col: 1 },
    });
    return diagnostics;
  }
  const actual = new Map<string, number>();
  for (const op of operations) actual.set(tocKey(op), (actual.get(tocKey(op)) ?? 0) + 1);
  for (const [name, d] of declared) {
    const found = actual.get(name) ?? 0;
    // Generators group differently at the edges; the total is what proves completeness, so a
    // per-group difference is only a warning.
    if (found !== d.count) {
      diagnostics.push({ severity: 'warning', code: 'lap/toc-group', message: `@toc says '${name}' has ${d.count} endpoints; found ${found}`, loc: { file, line: toc.line, col: d.col } });
    }
  }
  return diagnostics;
}
