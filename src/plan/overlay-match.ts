// Matches overlay operation keys to endpoints. A key without a query applies to every variant of
// that method and path; one with `?beta=true` to that endpoint alone and wins over the general key.
// Two keys of the same kind for one endpoint are an error, and every key must match something.
import type { OperationOverlay } from '../config/types.js';
import type { Diagnostic, Operation } from '../ir/types.js';
import { operationKey } from '../ir/types.js';

export function matchOverlay(ops: readonly Operation[], entries: readonly OperationOverlay[]): { byOp: Map<Operation, OperationOverlay>; diagnostics: Diagnostic[] } {
  const byOp = new Map<Operation, OperationOverlay>();
  const diagnostics: Diagnostic[] = [];
  // A key naming the query (`?beta=true`) is more specific than one without and wins over it.
  const ranked = [...entries].sort((a, b) => Number(isSpecific(b)) - Number(isSpecific(a)));
  const specificFor = new Map<Operation, OperationOverlay>();
  for (const entry of ranked) {
    const key = normalise(entry.key);
    const matches = ops.filter((op) => (isSpecific(entry) ? normalise(operationKey(op)) === key : normalise(`${op.method} ${op.path}`) === key));
    if (matches.length === 0) {
      diagnostics.push({ severity: 'error', code: 'config/no-endpoint', message: `operation '${entry.key}' matches no endpoint in the spec`, loc: entry.loc });
      continue;
    }
    for (const op of matches) {
      const previous = byOp.get(op);
      if (previous && isSpecific(previous) && !isSpecific(entry) && specificFor.get(op) === previous) continue;
      if (previous) {
        const where = 'line' in previous.loc ? ` (line ${previous.loc.line})` : '';
        diagnostics.push({ severity: 'error', code: 'config/mapped-twice', message: `endpoint '${operationKey(op)}' is mapped twice: by '${entry.key}' and by '${previous.key}'${where}`, loc: entry.loc });
        continue;
      }
      byOp.set(op, entry);
      if (isSpecific(entry)) specificFor.set(op, entry);
    }
  }
  return { byOp, diagnostics };
}

const isSpecific = (entry: OperationOverlay) => /[?#]/.test(entry.key);

/** Path param names do not identify an endpoint: `/files/{id}` and `/files/{file_id}` are one. */
const normalise = (key: string) => key.replace(/\{[^}]*\}/g, '{}');
