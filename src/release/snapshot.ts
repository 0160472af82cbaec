// The plan as the release record keeps it: everything the diff compares, with docs reduced to a
// short hash (a changed description is still seen) and spec locations left out (they name files
// on the machine that generated; the diff takes the new side's from the IR). One rule, applied two
// ways: `snapshotValue` as JSON.stringify's replacer when the record is printed, `snapshotPlan` as a
// copy when the diff needs the snapshot as an object.
import crypto from 'node:crypto';
import type { SdkPlan } from '../plan/types.js';

const DOC_KEYS = new Set(['description', 'summary']);

// Big specs repeat a description many times (GitHub: 16,879 docs, 4,642 distinct): hash each once.
const docHashes = new Map<string, string>();

/** `#` and the first 10 hex digits of the trimmed text's sha256: the form every record so far has used. */
export function docHash(text: string): string {
  let hash = docHashes.get(text);
  if (hash === undefined) {
    hash = `#${crypto.hash('sha256', text.trim()).slice(0, 10)}`;
    docHashes.set(text, hash);
  }
  return hash;
}

/** The snapshot rule as a JSON.stringify replacer: `loc` dropped, docs hashed. */
export function snapshotValue(key: string, value: unknown): unknown {
  if (key === 'loc') return undefined;
  if (typeof value === 'string' && DOC_KEYS.has(key)) return docHash(value);
  return value;
}

/** The snapshot as an object: what JSON.parse would give for the plan printed with `snapshotValue`. */
export function snapshotPlan(plan: SdkPlan): SdkPlan {
  return copy(plan) as SdkPlan;
}

function copy(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : copy(v)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = snapshotValue(key, (value as Record<string, unknown>)[key]);
    if (v !== undefined && typeof v !== 'function') out[key] = copy(v);
  }
  return out;
}
