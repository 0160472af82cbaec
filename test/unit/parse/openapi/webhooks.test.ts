// OpenAPI 3.1 webhooks: parsed into the IR with a variant and a pointer, planned as a webhooks
// resource whose unwrap() returns the union of the payloads.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOverlay } from '../../../../src/config/load.js';
import { emptyOverlay } from '../../../../src/config/types.js';
import { parseOpenApi } from '../../../../src/parse/openapi/index.js';
import { planSdk } from '../../../../src/plan/index.js';
import type { ResourcePlan } from '../../../../src/plan/types.js';
import { tempDir } from '../../../helpers/cli.js';
import { rootPath } from '../../../helpers/pipeline.js';

async function parseDoc(doc: unknown) {
  const file = path.join(tempDir('oas-webhooks'), 'api.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return parseOpenApi(file);
}
const plan = (api: Awaited<ReturnType<typeof parseOpenApi>>['api']) => planSdk(api, emptyOverlay(), { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
const find = (list: readonly ResourcePlan[], id: string): ResourcePlan | undefined => list.map((r) => (r.id === id ? r : find(r.children, id))).find(Boolean);
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

describe('the OAI 3.1 webhook example', async () => {
  const { api, diagnostics } = await parseOpenApi(rootPath('test/fixtures/openapi-corpus/v3.1-webhook-example.yaml'));

  it('gives one stable POST webhook whose payload is the Pet schema, with its pointer', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(api.webhooks).toEqual([{ name: 'newPet', method: 'POST', variant: 'stable', payload: { kind: 'ref', name: 'Pet' }, loc: { file: expect.stringMatching(/v3\.1-webhook-example\.yaml$/) as unknown as string, pointer: '/webhooks/newPet/post' } }]);
  });

  it('plans client.webhooks with UnwrapWebhookEvent = Pet and a default key variable', () => {
    const { plan: sdk, diagnostics: planned } = plan(api);
    expect(planned.filter((d) => d.severity === 'error')).toEqual([]);
    expect(find(sdk.resources, 'webhooks')?.webhooks).toEqual({ eventType: 'UnwrapWebhookEvent', events: ['newPet'] });
    expect(sdk.types.find((t) => t.name === 'UnwrapWebhookEvent')?.type).toEqual({ kind: 'ref', name: 'Pet' });
    expect(sdk.webhookKeyEnv).toBe('WEBHOOK_EXAMPLE_WEBHOOK_KEY');
  });
});

describe('the Anthropic 2026-08-22 document', async () => {
  const { api } = await parseOpenApi(rootPath('test/fixtures/openapi-corpus/anthropic-openapi.2026-08-22.json'));

  it('has 44 webhooks, all beta (BetaSessionCreatedWebhook, …), all carrying BetaWebhookEvent', () => {
    expect(api.webhooks).toHaveLength(44);
    expect(new Set(api.webhooks!.map((w) => w.variant))).toEqual(new Set(['beta']));
    expect(new Set(api.webhooks!.map((w) => JSON.stringify(w.payload)))).toEqual(new Set([JSON.stringify({ kind: 'ref', name: 'BetaWebhookEvent' })]));
    expect(api.webhooks!.map((w) => w.name)).toEqual([...api.webhooks!.map((w) => w.name)].sort());
  });

  it('plans beta.webhooks only, its UnwrapWebhookEvent an alias of BetaWebhookEvent', () => {
    const { plan: sdk } = plan(api);
    expect(find(sdk.resources, 'webhooks')).toBeUndefined();
    expect(find(sdk.resources, 'beta.webhooks')?.webhooks?.events).toHaveLength(44);
    expect(sdk.types.find((t) => t.name === 'UnwrapWebhookEvent')).toMatchObject({ owner: 'beta.webhooks', type: { kind: 'ref', name: 'BetaWebhookEvent' } });
  });
});

describe('webhook rules', async () => {
  const { api, diagnostics } = await parseDoc({
    openapi: '3.1.0',
    info: { title: 'Hooks API', version: '1' },
    paths: { '/things': { get: { responses: { 200: json({ type: 'string' }) } } } },
    components: {
      schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } } },
      pathItems: { Deleted: { post: { operationId: 'thingDeleted', requestBody: json({ $ref: '#/components/schemas/Thing' }), responses: { 200: { description: 'ok' } } } } },
    },
    webhooks: {
      'thing.created': { post: { operationId: 'ThingCreatedWebhook', summary: 'A thing was made', requestBody: json({ type: 'object', required: ['id'], properties: { id: { type: 'string' }, kind: { const: 'created' } } }), responses: { 200: { description: 'ok' } } } },
      'thing.deleted': { $ref: '#/components/pathItems/Deleted' },
      'thing.ping': { post: { operationId: 'thing_ping', responses: { 200: { description: 'ok' } } } },
      'thing.beta_moved': { post: { operationId: 'beta_thing_moved', requestBody: json({ $ref: '#/components/schemas/Thing' }), responses: { 200: { description: 'ok' } } } },
      'thing.staged': { put: { operationId: 'BetaThingStaged', requestBody: { content: { 'application/cloudevents+json': { schema: { $ref: '#/components/schemas/Thing' } } } }, responses: { 200: { description: 'ok' } } } },
    },
  });

  it.each([
    ['thing.beta_moved', { method: 'POST', variant: 'beta', payload: { kind: 'ref', name: 'Thing' } }],
    ['thing.created', { method: 'POST', variant: 'stable', summary: 'A thing was made' }],
    ['thing.deleted', { method: 'POST', variant: 'stable', payload: { kind: 'ref', name: 'Thing' }, loc: { file: expect.any(String) as unknown as string, pointer: '/components/pathItems/Deleted/post' } }],
    ['thing.ping', { method: 'POST', variant: 'stable', payload: { kind: 'unknown' } }],
    ['thing.staged', { method: 'PUT', variant: 'beta', payload: { kind: 'ref', name: 'Thing' } }],
  ])('%s', (name, want) => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(api.webhooks!.find((w) => w.name === name)).toMatchObject(want);
  });

  it('stable and beta webhooks get a resource each; inline payloads get <Name>WebhookEvent', () => {
    const { plan: sdk } = plan(api);
    expect(find(sdk.resources, 'webhooks')?.webhooks).toEqual({ eventType: 'UnwrapWebhookEvent', events: ['thing.created', 'thing.deleted', 'thing.ping'] });
    expect(find(sdk.resources, 'beta.webhooks')?.webhooks).toEqual({ eventType: 'BetaUnwrapWebhookEvent', events: ['thing.beta_moved', 'thing.staged'] });
    expect(sdk.types.find((t) => t.name === 'UnwrapWebhookEvent')?.type).toEqual({ kind: 'union', variants: [{ kind: 'ref', name: 'ThingCreatedWebhookEvent' }, { kind: 'ref', name: 'Thing' }, { kind: 'unknown' }] });
    expect(sdk.types.find((t) => t.name === 'BetaUnwrapWebhookEvent')?.type).toEqual({ kind: 'ref', name: 'Thing' });
  });

  it('an API whose own webhooks resource already has an unwrap method: a warning, no members, still plans', async () => {
    const { api: clashing } = await parseDoc({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/hooks': { post: { responses: { 200: json({ type: 'string' }) } } } },
      webhooks: { ping: { post: { requestBody: json({ type: 'string' }), responses: { 200: { description: 'ok' } } } } },
    });
    const { overlay } = loadOverlay('operations:\n  POST /hooks: { name: webhooks.unwrap }\n', 'api.config.yaml');
    const { plan: sdk, diagnostics: planned } = planSdk(clashing, overlay, { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
    expect(planned.map((d) => `${d.severity}: ${d.message}`)).toEqual(["warning: 'webhooks' has a member 'unwrap' already; the webhooks get no unwrap()"]);
    expect(find(sdk.resources, 'webhooks')?.webhooks).toBeUndefined();
    expect(sdk.webhookKeyEnv).toBeUndefined();
  });

  it('a document without webhooks has none in its IR', async () => {
    const { api: plain } = await parseDoc({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {} });
    expect('webhooks' in plain).toBe(false);
  });
});
