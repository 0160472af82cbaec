// OpenAPI 3.1 `webhooks` → IR webhooks: requests the API makes to the user's server, each a Path
// Item whose request body is the event payload. https://spec.openapis.org/oas/v3.1.0#oasWebhooks
import { words } from '../../ir/case.js';
import type { HttpMethod, Webhook } from '../../ir/types.js';
import { deref, isObject, joinPointer, locPointer, report, type JsonObject, type WalkContext } from './document.js';
import { schemaToType } from './schema.js';

const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'];

/** The document's webhooks sorted by name, then method; `undefined` when it has none. */
export function walkWebhooks(ctx: WalkContext): Webhook[] | undefined {
  const raw = ctx.doc['webhooks'];
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    report(ctx, 'warning', 'openapi/bad-webhooks', "'webhooks' must be an object of Path Items; ignored", '#/webhooks');
    return undefined;
  }
  const webhooks: Webhook[] = [];
  for (const name of Object.keys(raw).sort()) {
    const { node: item, pointer: itemAt } = deref(ctx, raw[name], joinPointer('#/webhooks', name));
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method.toLowerCase()];
      if (isObject(op)) webhooks.push(walkWebhook(ctx, name, method, op, joinPointer(itemAt, method.toLowerCase())));
    }
  }
  return webhooks;
}

function walkWebhook(ctx: WalkContext, name: string, method: HttpMethod, op: JsonObject, at: string): Webhook {
  const operationId = typeof op['operationId'] === 'string' ? op['operationId'] : undefined;
  const webhook: Webhook = { name, method, variant: isBeta(operationId) ? 'beta' : 'stable', payload: { kind: 'unknown' }, loc: { file: ctx.file, pointer: locPointer(at) } };
  if (operationId) webhook.operationId = operationId;
  if (typeof op['summary'] === 'string') webhook.summary = op['summary'];
  if (typeof op['description'] === 'string') webhook.description = op['description'];
  const body = deref(ctx, op['requestBody'], joinPointer(at, 'requestBody'));
  const content = isObject(body.node) && isObject(body.node['content']) ? body.node['content'] : undefined;
  if (!content) return webhook;
  // The payload is JSON wherever the document offers it; else whatever media type it gives first.
  const types = Object.keys(content);
  const media = types.find((t) => /^application\/(.+\+)?json\b/.test(t)) ?? types[0];
  const entry = media === undefined ? undefined : content[media];
  if (media !== undefined && isObject(entry) && entry['schema'] !== undefined) {
    webhook.payload = schemaToType(ctx, entry['schema'], joinPointer(body.pointer, 'content', media, 'schema'));
  }
  return webhook;
}

/**
 * Webhooks have no path to carry `?beta=true`; a document marks beta ones the way it names its
 * beta operations: an operationId whose first word is `beta` (`BetaSessionCreatedWebhook`, as
 * `BetaGetSession` is `GET /v1/sessions/{session_id}?beta=true`).
 */
const isBeta = (operationId: string | undefined) => operationId !== undefined && words(operationId)[0]?.toLowerCase() === 'beta';
