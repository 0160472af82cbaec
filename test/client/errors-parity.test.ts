// Errors exactly as the official SDK reports them: the same failing responses through the generated
// client and through @anthropic-ai/sdk@0.118.0, compared field by field. `name` is left out (the
// official leaves every class's `name` as the plain `Error`; ours names the class).
import Official from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../helpers/client-under-test.js';
import { Anthropic } from '../helpers/client-under-test.js';
import { json, startServer, type Handler, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const clients = (options: { timeout?: number } = {}) => ({
  ours: new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0, ...options }),
  official: new Official({ apiKey: 'k', baseURL: server.url, maxRetries: 0, ...options }),
});

/** The constructor names from the error's class up to `Error`. */
function classChain(err: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(err) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    names.push((proto as { constructor: { name: string } }).constructor.name);
  }
  return names;
}

/** Everything app code reads off an error, as plain data. */
function observed(err: unknown) {
  const e = err as Record<string, unknown> & { headers?: Headers };
  return {
    chain: classChain(e),
    message: e['message'],
    status: e['status'],
    type: e['type'],
    requestID: e['requestID'],
    workspaceID: e['workspaceID'],
    error: e['error'],
    headers: e.headers ? Object.fromEntries([...e.headers].filter(([k]) => k !== 'date')) : e.headers,
  };
}

/** Runs `call` through both clients against the same handler and returns what each threw. */
async function bothThrow(handler: Handler, call: (client: Anthropic | Official) => Promise<unknown>, options: { timeout?: number } = {}) {
  server.handle(handler);
  const { ours, official } = clients(options);
  const failure = (p: Promise<unknown>) => p.then(() => new Error('no error was thrown'), (e: unknown) => e);
  return { ours: await failure(call(ours)), official: await failure(call(official)) };
}

const retrieve = (client: Anthropic | Official) => client.models.retrieve('claude-x');
const ids = { 'request-id': 'req_parity', 'anthropic-workspace-id': 'wrkspc_1' };

/** Our class chain, with the official names: each ancestor is also checked with `instanceof`. */
function expectOurAncestors(err: unknown, chain: string[]) {
  for (const name of chain) {
    if (name === 'Error') continue;
    const cls = (generated as unknown as Record<string, new (...args: never[]) => unknown>)[name];
    expect(cls, `${name} is exported`).toBeTypeOf('function');
    expect(err).toBeInstanceOf(cls);
    expect(err).toBeInstanceOf((Anthropic as unknown as Record<string, new (...args: never[]) => unknown>)[name]);
  }
  expect(err).toBeInstanceOf(Error);
}

describe('HTTP errors match the official SDK', () => {
  it.each([400, 401, 403, 404, 409, 413, 418, 422, 429, 500, 503, 529])('status %i', async (status) => {
    const body = { type: 'error', error: { type: 'some_error', message: `failed with ${status}` } };
    const { ours, official } = await bothThrow((_req, res) => json(res, status, body, ids), retrieve);
    expect(observed(ours)).toEqual(observed(official));
    expect(observed(ours).message).toBe(`${status} ${JSON.stringify(body)}`);
    expect(observed(ours).chain).toContain('AnthropicError');
    expectOurAncestors(ours, observed(official).chain);
  });

  it.each([
    ['a body with its own message', (res: Parameters<Handler>[1]) => json(res, 400, { message: 'plain message' }, ids)],
    ['a body whose message is not a string', (res: Parameters<Handler>[1]) => json(res, 400, { message: { detail: 'x' } }, ids)],
    ['a text body', (res: Parameters<Handler>[1]) => (res.writeHead(502, { 'content-type': 'text/plain', ...ids }), res.end('bad gateway'))],
    ['an empty body', (res: Parameters<Handler>[1]) => (res.writeHead(500, ids), res.end())],
    ['no id headers', (res: Parameters<Handler>[1]) => (res.writeHead(429, { 'content-type': 'application/json' }), res.end('{"error":{"type":"rate_limit_error"}}'))],
  ] as const)('%s', async (_what, respond) => {
    const { ours, official } = await bothThrow((_req, res) => respond(res), retrieve);
    expect(observed(ours)).toEqual(observed(official));
  });
});

describe('the error types declare what app code reads', () => {
  // `npm test` type-checks this file: these reads compile only if the generated types declare them.
  function typedReads(err: unknown) {
    if (!(err instanceof Anthropic.AnthropicError)) return 'not an AnthropicError';
    if (!(err instanceof Anthropic.APIError)) return 'not an APIError';
    const { requestID, workspaceID, type, status, error } = err;
    return { requestID, workspaceID, type, status, error };
  }

  it('requestID, workspaceID, type, status and error, through the class statics', async () => {
    const body = { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } };
    const { ours } = await bothThrow((_req, res) => json(res, 429, body, ids), retrieve);
    expect(typedReads(ours)).toEqual({ requestID: 'req_parity', workspaceID: 'wrkspc_1', type: 'rate_limit_error', status: 429, error: body });
    expect(ours).toBeInstanceOf(generated.RateLimitError);
  });
});

describe('transport failures match the official SDK', () => {
  it('a connection reset', async () => {
    const { ours, official } = await bothThrow((_req, _res, raw) => raw.socket.destroy(), retrieve);
    expect(observed(ours)).toEqual(observed(official));
    expect(observed(ours).chain).toEqual(['APIConnectionError', 'APIError', 'AnthropicError', 'Error']);
    expectOurAncestors(ours, observed(official).chain);
  });

  it('a timeout', async () => {
    const { ours, official } = await bothThrow(() => undefined, retrieve, { timeout: 100 });
    expect(observed(ours)).toEqual(observed(official));
    expect(observed(ours).chain[0]).toBe('APIConnectionTimeoutError');
    expectOurAncestors(ours, observed(official).chain);
  });

  it('an abort by the caller', async () => {
    const abortWhenSeen = (client: Anthropic | Official) => {
      const controller = new AbortController();
      const seen = server.requests.length;
      const poll = setInterval(() => server.requests.length > seen && (clearInterval(poll), controller.abort()), 5);
      return client.models.retrieve('claude-x', {}, { signal: controller.signal }).finally(() => clearInterval(poll));
    };
    const { ours, official } = await bothThrow(() => undefined, abortWhenSeen);
    expect(observed(ours)).toEqual(observed(official));
    expect(observed(ours).chain[0]).toBe('APIUserAbortError');
    expectOurAncestors(ours, observed(official).chain);
  });
});

describe('an `event: error` inside an SSE stream matches the official SDK', () => {
  const sse = (event: string, data: string) => `event: ${event}\ndata: ${data}\n\n`;
  const params = { model: 'claude-x', max_tokens: 8, messages: [{ role: 'user' as const, content: 'hi' }], stream: true as const };
  const consume = async (client: Anthropic | Official) => {
    const stream = client instanceof Official ? await client.messages.create(params) : await client.messages.create(params);
    for await (const event of stream as AsyncIterable<unknown>) void event;
  };

  it.each([
    ['a JSON error event', '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'],
    ['an error event that is not JSON', 'the server gave up'],
  ])('%s', async (_what, data) => {
    const handler: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', ...ids });
      res.end(sse('message_start', '{"type":"message_start","message":{}}') + sse('error', data));
    };
    const { ours, official } = await bothThrow(handler, consume);
    expect(observed(ours)).toEqual(observed(official));
    expect(observed(ours).status).toBeUndefined();
    expectOurAncestors(ours, observed(official).chain);
  });
});
