// Methods: matched by endpoint (the wire identity), then by SDK name for endpoints that moved.
// Each pair is compared on its call shape (positional, params), its result, paging and streaming.
import type { Property, TypeRef } from '../ir/types.js';
import type { MethodPlan, PlannedParam } from '../plan/types.js';
import { type At, child, type DiffContext } from './context.js';
import { compareDescription, compareObject, compareType } from './compare-types.js';
import { formatLoc } from './locate.js';

const endpointOf = (m: MethodPlan) => `${m.httpMethod} ${m.path}${m.fixedQuery ? `?${m.fixedQuery}` : ''}`;

function methodAt(m: MethodPlan): At {
  const loc = formatLoc(m.loc);
  return { sdk: m.fullName, spec: endpointOf(m), subject: m.fullName, ...(loc ? { loc } : {}) };
}

export function compareMethods(before: readonly MethodPlan[], after: readonly MethodPlan[], ctx: DiffContext): void {
  const byKey = new Map(after.map((m) => [m.operationKey, m]));
  const matched = new Set<MethodPlan>();
  const unmatchedOld: MethodPlan[] = [];
  for (const o of before) {
    const n = byKey.get(o.operationKey);
    if (n && !matched.has(n)) {
      matched.add(n);
      compareMethod(o, n, ctx);
    } else unmatchedOld.push(o);
  }
  const byName = new Map(after.filter((m) => !matched.has(m)).map((m) => [m.fullName, m]));
  for (const o of unmatchedOld) {
    const n = byName.get(o.fullName);
    if (n) {
      matched.add(n);
      byName.delete(o.fullName);
      ctx.add('endpoint-moved', methodAt(n), `now ${endpointOf(n)} (was ${endpointOf(o)})`);
      compareMethod(o, n, ctx);
    } else ctx.add('method-removed', methodAt(o), `removed (${endpointOf(o)})`);
  }
  for (const n of after) if (!matched.has(n)) ctx.add('method-added', methodAt(n), `added (${endpointOf(n)})`);
}

const asProperty = (p: PlannedParam): Property => ({ name: p.name, type: p.type, required: p.required, ...(p.description ? { description: p.description } : {}), loc: { file: '', line: 0, col: 0 } });
const paramsObject = (m: MethodPlan): Extract<TypeRef, { kind: 'object' }> => ({ kind: 'object', properties: m.params.map(asProperty) });

function compareMethod(o: MethodPlan, n: MethodPlan, ctx: DiffContext): void {
  const at = methodAt(n);
  if (o.fullName !== n.fullName) ctx.add('method-renamed', at, `renamed from ${o.fullName} (${endpointOf(n)})`);
  compareCallShape(o, n, at, ctx);
  compareResult(o, n, at, ctx);
  compareDescription(o.summary, n.summary, at, ctx);
  if (o.defaultBetas.join(',') !== n.defaultBetas.join(',')) ctx.add('client-default-changed', at, `default betas [${o.defaultBetas.join(', ')}] → [${n.defaultBetas.join(', ')}]`);
}

function compareCallShape(o: MethodPlan, n: MethodPlan, at: At, ctx: DiffContext): void {
  if (o.positional?.name !== n.positional?.name) {
    const was = o.positional ? `'${o.positional.name}'` : 'none';
    const now = n.positional ? `'${n.positional.name}'` : 'none';
    ctx.add('positional-changed', at, `positional argument ${was} → ${now}`);
  } else if (o.positional && n.positional) compareType(o.positional.type, n.positional.type, 'request', child(at, o.positional.name), ctx);
  if (o.paramsTypeName && n.paramsTypeName && o.paramsTypeName !== n.paramsTypeName) {
    ctx.add('params-type-renamed', { ...at, subject: n.paramsTypeName }, `params type renamed from ${o.paramsTypeName} to ${n.paramsTypeName}`);
  }
  const paramsAt = { ...at, sdk: `${n.fullName} params` };
  compareObject(paramsObject(o), paramsObject(n), 'request', paramsAt, ctx);
  const was = new Map(o.params.map((p) => [p.name, p]));
  for (const p of n.params) {
    const q = was.get(p.name);
    if (q && (q.location !== p.location || q.wireName !== p.wireName)) {
      ctx.add('request-field-moved', child(paramsAt, p.name), `sent as ${p.location} '${p.wireName}' (was ${q.location} '${q.wireName}')`);
    }
  }
  if (o.bodyKind !== n.bodyKind) ctx.add('body-encoding-changed', at, `body ${o.bodyKind} → ${n.bodyKind}`);
}

function compareResult(o: MethodPlan, n: MethodPlan, at: At, ctx: DiffContext): void {
  const result = { ...at, sdk: `${n.fullName} result` };
  if (o.response.kind !== n.response.kind) ctx.add('response-kind-changed', result, `returns ${n.response.kind} (was ${o.response.kind})`);
  else if (!o.pagination || !n.pagination) compareType(o.response.type, n.response.type, 'response', result, ctx);
  if (JSON.stringify(o.pagination ?? null) !== JSON.stringify(n.pagination ?? null)) {
    ctx.add('pagination-changed', result, `paging ${o.pagination?.kind ?? 'none'} → ${n.pagination?.kind ?? 'none'}`);
  } else if (o.itemType && n.itemType) compareType(o.itemType, n.itemType, 'response', child(result, '[]'), ctx);
  if (o.stream && !n.stream) ctx.add('streaming-removed', at, `no longer streams with stream: true`);
  else if (!o.stream && n.stream) ctx.add('streaming-added', at, `streams with stream: true`);
  else if (o.stream && n.stream) compareType(o.stream.eventType, n.stream.eventType, 'response', { ...at, sdk: `${n.fullName} stream events` }, ctx);
}
