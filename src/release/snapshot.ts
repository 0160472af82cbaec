// The plan as the release record keeps it: everything the diff compares, with docs reduced to a
// short hash (a changed description is still seen) and spec locations left out (they name files
// on the machine that generated; the diff takes the new side's from the IR).
import crypto from 'node:crypto';
import type { SdkPlan } from '../plan/types.js';

const DOC_KEYS = new Set(['description', 'summary']);

export function snapshotPlan(plan: SdkPlan): SdkPlan {
  return JSON.parse(
    JSON.stringify(plan, (key, value: unknown) => {
      if (key === 'loc') return undefined;
      if (DOC_KEYS.has(key) && typeof value === 'string') return `#${crypto.createHash('sha256').update(value.trim()).digest('hex').slice(0, 10)}`;
      return value;
    }),
  ) as SdkPlan;
}
