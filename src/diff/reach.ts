// Which direction each named type travels in: sent (reachable from a method's params), received
// (from a result, page item or stream event), or both. A type no method reaches is read as received.
import type { TypeRef } from '../ir/types.js';
import type { MethodPlan, SdkPlan } from '../plan/types.js';
import type { Direction } from './context.js';

function refsOf(t: TypeRef, out: string[]): void {
  switch (t.kind) {
    case 'ref':
      out.push(t.name);
      return;
    case 'array':
      return refsOf(t.items, out);
    case 'object':
      for (const p of t.properties) refsOf(p.type, out);
      if (t.additionalProperties) refsOf(t.additionalProperties, out);
      return;
    case 'union':
      for (const v of t.variants) refsOf(v, out);
      return;
    case 'intersection':
      for (const p of t.parts) refsOf(p, out);
      return;
    default:
      return;
  }
}

/** Every named type the roots reach, through fields and `extends`. */
export function closure(roots: readonly TypeRef[], types: ReadonlyMap<string, { type: TypeRef; extends?: string[] }>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const r of roots) refsOf(r, queue);
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const decl = types.get(name);
    if (!decl) continue;
    refsOf(decl.type, queue);
    queue.push(...(decl.extends ?? []));
  }
  return seen;
}

export function allMethods(plan: SdkPlan): MethodPlan[] {
  const walk = (rs: SdkPlan['resources']): MethodPlan[] => rs.flatMap((r) => [...r.methods, ...walk(r.children)]);
  return walk(plan.resources);
}

/**
 * `bodyTypes`: spec types the IR names as request bodies; the plan flattens those into params, so
 * only the IR still knows they are sent.
 */
export function directionsOf(plan: SdkPlan, bodyTypes: ReadonlySet<string> = new Set()): Map<string, Set<Direction>> {
  const types = new Map(plan.types.map((d) => [d.name, d]));
  const methods = allMethods(plan);
  const sent = closure(
    [
      ...methods.flatMap((m) => [...(m.positional ? [m.positional.type] : []), ...m.params.map((p) => p.type), ...(m.paramsTypeName ? [{ kind: 'ref', name: m.paramsTypeName } as const] : [])]),
      ...[...bodyTypes].map((name) => ({ kind: 'ref', name }) as const),
    ],
    types,
  );
  const received = closure(
    methods.flatMap((m) => [m.response.type, ...(m.itemType ? [m.itemType] : []), ...(m.stream ? [m.stream.eventType] : [])]),
    types,
  );
  // The IR keeps no link from a flattened JSON body to the schema it came from (the OpenAPI
  // parser names none), so a model whose fields are the body's fields, all but one at most, is read as sent.
  // (Each model's fields listed once: this runs for every method with a body.)
  const models = plan.types.flatMap((d) => (d.role === 'model' && d.type.kind === 'object' ? [{ name: d.name, fields: d.type.properties.map((p) => p.name) }] : []));
  for (const m of methods) {
    const body = new Set(m.params.filter((p) => p.location === 'body').map((p) => p.name));
    if (body.size === 0) continue;
    for (const { name: model, fields } of models) {
      if (fields.length >= Math.max(1, body.size - 1) && fields.every((f) => body.has(f))) for (const name of closure([{ kind: 'ref', name: model }], types)) sent.add(name);
    }
  }
  const out = new Map<string, Set<Direction>>();
  for (const d of plan.types) {
    const dirs = new Set<Direction>();
    if (sent.has(d.name)) dirs.add('request');
    if (received.has(d.name) || !sent.has(d.name)) dirs.add('response');
    out.set(d.name, dirs);
  }
  return out;
}
