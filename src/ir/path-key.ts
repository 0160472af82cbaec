import type { Operation } from './types.js';

/**
 * Splits a spec's path key into the wire path and what rides on it: `/v1/messages?beta=true` is the
 * beta variant of `/v1/messages` (the query stays on the wire); `/v1/x#stream` names a second
 * operation on one path (the fragment is never sent). LAP and OpenAPI write path keys alike.
 */
export function splitPathKey(raw: string): Pick<Operation, 'path' | 'variant' | 'fixedQuery' | 'fragment'> {
  const m = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(raw)!;
  return {
    path: m[1]!,
    variant: /(^|&)beta=true(&|$)/.test(m[2] ?? '') ? 'beta' : 'stable',
    ...(m[2] ? { fixedQuery: m[2] } : {}),
    ...(m[3] ? { fragment: m[3] } : {}),
  };
}
