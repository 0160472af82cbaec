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

/**
 * A path key may template its query (`/uploads?convert={convert}`): each `key={param}` pair is a
 * query param the caller supplies, not fixed text. Moves those pairs out of `fixedQuery` into the
 * operation's params (the spec's own param of that name, moved to the query and named after the
 * key, or a required string), so the URL never reads a param the params type lacks.
 */
export function liftTemplatedQuery(op: Operation): void {
  if (!op.fixedQuery || !op.fixedQuery.includes('{')) return;
  const fixed: string[] = [];
  for (const pair of op.fixedQuery.split('&')) {
    const m = /^([^={}]+)=\{([^{}]+)\}$/.exec(pair);
    if (!m) {
      fixed.push(pair);
      continue;
    }
    const [, key, name] = m as unknown as [string, string, string];
    const declared = op.params.find((p) => p.name === name && p.location !== 'header') ?? op.params.find((p) => p.name === key);
    if (declared) Object.assign(declared, { name: key, location: 'query', required: true });
    else op.params.push({ name: key, location: 'query', required: true, type: { kind: 'primitive', name: 'string' }, loc: op.loc });
  }
  if (fixed.length) op.fixedQuery = fixed.join('&');
  else delete op.fixedQuery;
}
