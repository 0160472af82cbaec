// A client generated from the Anthropic 2026-08-22 document with the project's overlay runs the
// guide's webhook handler (managed-agents-webhooks.md, in TypeScript): `client.beta.webhooks.unwrap`
// on a delivery signed here with node:crypto, then `client.beta.sessions.retrieve` against a real
// server on 127.0.0.1. The same deliveries go through the official SDK's unwrap, side by side.
import Official from '@anthropic-ai/sdk';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { rootPath } from '../helpers/pipeline.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

const OUT = rootPath('test/.builds/webhooks-anthropic');
const ENV = 'ANTHROPIC_WEBHOOK_SIGNING_KEY';
const secret = crypto.randomBytes(32);
const key = `whsec_${secret.toString('base64')}`;

// The guide's handler, as an app developer writes it against the generated package.
const GUIDE_EXAMPLE = `import Anthropic from './index.js';

const seenEventIds = new Set<string>();

export async function webhook(
  client: Anthropic,
  raw: string,
  headers: Record<string, string | string[] | undefined>,
): Promise<{ status: number; session?: string }> {
  let event;
  try {
    event = client.beta.webhooks.unwrap(raw, { headers });
  } catch {
    return { status: 400 };
  }
  if (seenEventIds.has(event.id)) return { status: 204 }; // dedupe retries
  seenEventIds.add(event.id);
  switch (event.data.type) {
    case 'session.status_idled': {
      const session = await client.beta.sessions.retrieve(event.data.id);
      return { status: 204, session: session.id };
    }
    case 'vault_credential.refresh_failed':
      return { status: 204 };
  }
  return { status: 204 };
}
`;

interface WebhooksApi {
  unwrap(body: unknown, options: { headers: unknown; key?: string | null }): unknown;
  unsafeUnwrap(body: string): unknown;
}
type Client = { beta: { webhooks: WebhooksApi } };
type ClientClass = new (options?: Record<string, unknown>) => Client;
type Guide = { webhook(client: Client, raw: string, headers: http.IncomingHttpHeaders): Promise<{ status: number; session?: string }> };

let Anthropic: ClientClass;
let guide: Guide;
let WebhookVerificationError: new (...args: never[]) => Error;
let api: TestServer;
let app: http.Server;
let appUrl: string;

const nowSeconds = () => Math.floor(Date.now() / 1000);
const eventBody = (id: string, type = 'session.status_idled', dataId = 'sesn_011CZkZAtmR3yMPDzynEDxu7') =>
  JSON.stringify({ type: 'event', id, created_at: '2026-08-22T10:00:00Z', data: { type, id: dataId, organization_id: 'org_1', workspace_id: 'wrkspc_1' } });
const signature = (msgId: string, ts: number, body: string, with_ = secret) => `v1,${crypto.createHmac('sha256', with_).update(`${msgId}.${ts}.${body}`).digest('base64')}`;
const signed = (body: string, ts = nowSeconds(), sig?: string): Record<string, string> => ({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': sig ?? signature('msg_1', ts, body) });

beforeAll(async () => {
  const result = await generate({ spec: rootPath('test/fixtures/openapi-corpus/anthropic-openapi.2026-08-22.json'), config: rootPath('spec/anthropic.config.yaml'), out: OUT });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  fs.writeFileSync(path.join(OUT, 'src/guide-webhook.ts'), GUIDE_EXAMPLE);
  // api.md's webhook example type-checks with the package too.
  const apiExample = fs.readFileSync(path.join(OUT, 'api.md'), 'utf8').split('```ts\n').map((block) => block.split('\n```')[0]!).find((block) => block.includes('.unwrap(body'));
  expect(apiExample).toMatch(/client\.beta\.webhooks\.unwrap\(body, \{ headers \}\)/);
  const declarations = "import Anthropic from './index.js';\nconst client = new Anthropic();\ndeclare const body: string;\ndeclare const headers: Record<string, string>;\n";
  fs.writeFileSync(path.join(OUT, 'src/api-md-webhooks.ts'), `${declarations}${apiExample!}\nexport { event, unverified };\n`);
  const mod = (await import(path.join(OUT, 'src/index.ts'))) as { default: ClientClass; WebhookVerificationError: typeof WebhookVerificationError };
  Anthropic = mod.default;
  WebhookVerificationError = mod.WebhookVerificationError;
  guide = (await import(path.join(OUT, 'src/guide-webhook.ts'))) as Guide;

  api = await startServer((req, res) => json(res, 200, { id: req.path.split('/').pop(), type: 'session', status: 'idle' }));
  process.env[ENV] = key;
  const client = new Anthropic({ apiKey: 'sk-test', baseURL: api.url, maxRetries: 0 });
  app = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      void guide.webhook(client, raw, req.headers).then((outcome) => {
        // The handler's answer travels in the body too: a real 204 would carry none.
        res.writeHead(outcome.status === 204 ? 200 : outcome.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(outcome));
      });
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/webhook`;
}, 180_000);

afterAll(async () => {
  delete process.env[ENV];
  await api?.close();
  await new Promise<void>((resolve) => (app ? (app.closeAllConnections(), app.close(() => resolve())) : resolve()));
});

const deliver = (body: string, headers: Record<string, string>) => fetch(appUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.json() as Promise<{ status: number; session?: string }>);

describe('the guide example against the generated client', () => {
  it("type-checks under tsc --strict with the package (no @types/node), as does api.md's webhook example", async () => {
    const tsc = rootPath('node_modules/typescript/bin/tsc');
    const output = await promisify(execFile)(process.execPath, [tsc, '-p', path.join(OUT, 'tsconfig.json')]).then(
      () => '',
      (err: { stdout: string }) => err.stdout,
    );
    expect(output).toBe('');
  });

  it('a signed delivery is unwrapped (key from ANTHROPIC_WEBHOOK_SIGNING_KEY) and the session fetched', async () => {
    const body = eventBody('whe_1');
    expect(await deliver(body, signed(body))).toEqual({ status: 204, session: 'sesn_011CZkZAtmR3yMPDzynEDxu7' });
    const sent = api.requests.at(-1)!;
    expect(sent.method).toBe('GET');
    expect(sent.url).toBe('/v1/sessions/sesn_011CZkZAtmR3yMPDzynEDxu7?beta=true');
    expect(sent.headers['x-api-key']).toBe('sk-test');
    expect(sent.headers['anthropic-version']).toBe('2023-06-01');
    // A retry of the same event is acknowledged without fetching again.
    const before = api.requests.length;
    expect(await deliver(body, signed(body))).toEqual({ status: 204 });
    expect(api.requests.length).toBe(before);
  });

  it.each([
    ['a wrong signature', (b: string) => signed(b, nowSeconds(), signature('msg_1', nowSeconds(), b, crypto.randomBytes(32)))],
    ['an hour-old timestamp', (b: string) => signed(b, nowSeconds() - 3600)],
    ['a timestamp an hour ahead', (b: string) => signed(b, nowSeconds() + 3600)],
    ['no signature headers', () => ({})],
  ])('%s is refused with 400 and nothing is fetched', async (_name, headersFor) => {
    const body = eventBody(`whe_${crypto.randomUUID()}`);
    const before = api.requests.length;
    expect(await deliver(body, headersFor(body))).toEqual({ status: 400 });
    expect(api.requests.length).toBe(before);
  });

  it('several signatures in one header: one valid one is enough', async () => {
    const body = eventBody('whe_multi');
    const ts = nowSeconds();
    const many = `${signature('msg_1', ts, body, crypto.randomBytes(32))} ${signature('msg_1', ts, body)} v2,abc`;
    expect(await deliver(body, signed(body, ts, many))).toEqual({ status: 204, session: 'sesn_011CZkZAtmR3yMPDzynEDxu7' });
  });
});

describe('unwrap beside the official SDK', () => {
  const ours = () => new Anthropic({ apiKey: 'k', webhookKey: key }).beta.webhooks;
  const theirs = () => new Official({ apiKey: 'k', webhookKey: key }).beta.webhooks;
  const outcome = (fn: () => unknown) => {
    try {
      return { ok: fn() };
    } catch (err) {
      return { threw: (err as Error).constructor.name };
    }
  };

  it.each([
    ['a valid delivery', (b: string) => signed(b)],
    ['several signatures, one valid', (b: string) => signed(b, nowSeconds(), `v1,AAAA ${signature('msg_1', nowSeconds(), b)}`)],
    ['a wrong signature', (b: string) => signed(b, nowSeconds(), signature('msg_1', nowSeconds(), b, crypto.randomBytes(32)))],
    ['an expired timestamp', (b: string) => signed(b, nowSeconds() - 600)],
    ['a future timestamp', (b: string) => signed(b, nowSeconds() + 600)],
    ['missing headers', (b: string) => ({ 'webhook-id': 'msg_1', 'webhook-signature': signature('msg_1', nowSeconds(), b) })],
  ])('%s: the same result, or both refuse', (_name, headersFor) => {
    const body = eventBody('whe_side');
    const headers = headersFor(body);
    const a = outcome(() => ours().unwrap(body, { headers }));
    const b = outcome(() => theirs().unwrap(body, { headers }));
    if ('ok' in b) expect(a).toEqual(b);
    else {
      expect(a).toEqual({ threw: 'WebhookVerificationError' });
      expect(b).toEqual({ threw: 'WebhookVerificationError' });
    }
  });

  it('a parsed object instead of the raw body: both refuse, ours says what to pass', () => {
    const body = eventBody('whe_parsed');
    expect(() => theirs().unwrap(JSON.parse(body) as string, { headers: signed(body) })).toThrow();
    expect(() => ours().unwrap(JSON.parse(body), { headers: signed(body) })).toThrow(/raw request body as a string.*already-parsed object/);
  });

  it('unsafeUnwrap parses without any headers or key', () => {
    const body = eventBody('whe_unsafe');
    expect(new Anthropic({ apiKey: 'k', webhookKey: null }).beta.webhooks.unsafeUnwrap(body)).toEqual(JSON.parse(body));
  });
});

describe('where the key comes from', () => {
  const body = eventBody('whe_key');
  it('the webhookKey option wins over the environment variable; key in the call wins over both', () => {
    const wrong = `whsec_${crypto.randomBytes(32).toString('base64')}`;
    process.env[ENV] = wrong;
    try {
      expect(new Anthropic({ apiKey: 'k', webhookKey: key }).beta.webhooks.unwrap(body, { headers: signed(body) })).toEqual(JSON.parse(body));
      expect(() => new Anthropic({ apiKey: 'k' }).beta.webhooks.unwrap(body, { headers: signed(body) })).toThrow(WebhookVerificationError);
      expect(new Anthropic({ apiKey: 'k' }).beta.webhooks.unwrap(body, { headers: signed(body), key })).toEqual(JSON.parse(body));
    } finally {
      process.env[ENV] = key;
    }
  });

  it('the environment variable alone is enough; webhookKey: null means no key', () => {
    expect(new Anthropic({ apiKey: 'k' }).beta.webhooks.unwrap(body, { headers: signed(body) })).toEqual(JSON.parse(body));
    expect(() => new Anthropic({ apiKey: 'k', webhookKey: null }).beta.webhooks.unwrap(body, { headers: signed(body) })).toThrow(/No webhook signing key/);
  });
});

describe('the OAI 3.1 webhook example (webhooks only, no paths)', () => {
  it('client.webhooks.unwrap verifies a newPet delivery with the key from WEBHOOK_EXAMPLE_WEBHOOK_KEY', async () => {
    const out = rootPath('test/.builds/webhooks-oai');
    const result = await generate({ spec: rootPath('test/fixtures/openapi-corpus/v3.1-webhook-example.yaml'), out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { default: Client } = (await import(path.join(out, 'src/index.ts'))) as { default: new (options?: Record<string, unknown>) => { webhooks: WebhooksApi } };
    const pet = JSON.stringify({ id: 7, name: 'Rex', tag: 'dog' });
    process.env['WEBHOOK_EXAMPLE_WEBHOOK_KEY'] = key;
    try {
      expect(new Client().webhooks.unwrap(pet, { headers: new Headers(signed(pet)) })).toEqual({ id: 7, name: 'Rex', tag: 'dog' });
      expect(() => new Client().webhooks.unwrap(pet, { headers: signed(pet, nowSeconds(), signature('msg_1', nowSeconds(), '{}')) })).toThrow(/No webhook signature matches/);
    } finally {
      delete process.env['WEBHOOK_EXAMPLE_WEBHOOK_KEY'];
    }
  });
});
