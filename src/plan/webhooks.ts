// Webhooks → a `webhooks` resource (`beta.webhooks` for beta ones) whose `unwrap` returns the union
// of the payloads, named `UnwrapWebhookEvent` as in the official Stainless-built SDKs.
import type { Diagnostic, TypeRef, Webhook } from '../ir/types.js';
import { pascalCase } from './names.js';
import type { TypeNamer } from './type-namer.js';
import type { ResourcePlan } from './types.js';

const EVENT_TYPE = 'UnwrapWebhookEvent';
const MEMBERS = ['unwrap', 'unsafeUnwrap'];

/**
 * Attaches `unwrap`/`unsafeUnwrap` to the `webhooks` resource of each variant the webhooks have
 * (creating it through `nodeFor`). Returns whether any resource got them.
 */
export function planWebhooks(webhooks: readonly Webhook[], nodeFor: (path: string[]) => ResourcePlan, namer: TypeNamer, diagnostics: Diagnostic[]): boolean {
  let planned = false;
  for (const variant of ['stable', 'beta'] as const) {
    const group = webhooks.filter((w) => w.variant === variant);
    if (group.length === 0) continue;
    const path = variant === 'beta' ? ['beta', 'webhooks'] : ['webhooks'];
    // An API may have its own `webhooks` endpoints (managing subscriptions); they share the resource,
    // unless a name is taken: then the webhooks get no members rather than a client that cannot compile.
    const parent = nodeFor(path.slice(0, -1));
    const existing = parent.children.find((c) => c.property === 'webhooks');
    const clash = parent.methods.find((m) => m.name === 'webhooks')?.name ?? existing?.methods.find((m) => MEMBERS.includes(m.name))?.name;
    if (clash) {
      diagnostics.push({ severity: 'warning', code: 'plan/webhooks-clash', message: `'${path.join('.')}' has a member '${clash}' already; the webhooks get no unwrap()`, loc: group[0]!.loc });
      continue;
    }
    const node = nodeFor(path);
    const prefix = variant === 'beta' ? 'Beta' : '';
    const payloads = distinct(group.map((w) => payloadType(w, prefix, path, namer)));
    // The official name, unless the stable webhooks (or the spec) took it: then `BetaUnwrapWebhookEvent`.
    const name = namer.isTaken(EVENT_TYPE) && prefix ? prefix + EVENT_TYPE : EVENT_TYPE;
    const union: TypeRef = payloads.length === 1 ? payloads[0]! : { kind: 'union', variants: payloads };
    const ref = namer.declare(name, union, path, 'response', 'A webhook payload, as `unwrap` returns it.');
    node.webhooks = { eventType: ref.kind === 'ref' ? ref.name : name, events: [...new Set(group.map((w) => w.name))] };
    planned = true;
  }
  return planned;
}

/** A named payload stays a reference; an inline one is declared as `<Name>WebhookEvent`. */
function payloadType(webhook: Webhook, prefix: string, owner: string[], namer: TypeNamer): TypeRef {
  const type = webhook.payload;
  if (type.kind === 'ref' || type.kind === 'unknown' || type.kind === 'null' || type.kind === 'primitive') return type;
  return namer.declare(`${prefix}${pascalCase(webhook.name)}WebhookEvent`, type, owner, 'model', webhook.description ?? webhook.summary);
}

function distinct(types: TypeRef[]): TypeRef[] {
  const seen = new Set<string>();
  return types.filter((t) => {
    const key = JSON.stringify(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
