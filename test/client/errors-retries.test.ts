// Errors, retries, timeouts and aborts against a real server, plus the request options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic, APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  AnthropicError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError, } from '../helpers/client-under-test.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const clientWith = (opts: ConstructorParameters<typeof Anthropic>[0] = {}) => new Anthropic({ apiKey: 'k', baseURL: server.url, ...opts });
const attempts = (since: number) => server.requests.length - since;

describe('error classes by status', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [529, InternalServerError],
    [418, APIError],
  ] as const)('%i → %s', async (status, ErrorClass) => {
    const body = { type: 'error', error: { type: 'some_error', message: `status ${status}` } };
    server.handle((_req, res) => json(res, status, body, { 'request-id': 'req_err' }));
    const err = await clientWith({ maxRetries: 0 }).models.retrieve('m').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err).toBeInstanceOf(APIError);
    expect(err).toBeInstanceOf(AnthropicError);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    const apiErr = err as APIError;
    expect(apiErr.status).toBe(status);
    expect(apiErr.error).toEqual(body);
    expect(apiErr.requestID).toBe('req_err');
    expect(apiErr.type).toBe('some_error');
    expect(apiErr.headers?.get('content-type')).toBe('application/json');
    expect(apiErr.message).toBe(`${status} ${JSON.stringify(body)}`);
  });

  it('a non-JSON error body becomes the message', async () => {
    server.handle((_req, res) => {
      res.writeHead(502);
      res.end('bad gateway');
    });
    const err = (await clientWith({ maxRetries: 0 }).models.retrieve('m').catch((e: unknown) => e)) as APIError;
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.message).toBe('502 bad gateway');
  });
});

describe('retries', () => {
  it('retries 5xx twice by default, honouring retry-after-ms, then succeeds', async () => {
    let n = 0;
    const times: number[] = [];
    server.handle((_req, res) => {
      times.push(performance.now());
      if (++n < 3) json(res, 503, { error: { message: 'busy' } }, { 'retry-after-ms': '40' });
      else json(res, 200, { id: 'ok' });
    });
    const start = server.requests.length;
    await expect(clientWith().models.retrieve('m')).resolves.toEqual({ id: 'ok' });
    expect(attempts(start)).toBe(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(38);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(38);
  });

  it('retry-after in seconds is honoured', async () => {
    let n = 0;
    const times: number[] = [];
    server.handle((_req, res) => {
      times.push(performance.now());
      if (++n < 2) json(res, 429, {}, { 'retry-after': '0.15' });
      else json(res, 200, { id: 'ok' });
    });
    await clientWith().models.retrieve('m');
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(145);
  });

  it.each([408, 409, 429, 500])('retries %i, then gives up with the error', async (status) => {
    server.handle((_req, res) => json(res, status, {}, { 'retry-after-ms': '1' }));
    const start = server.requests.length;
    const err = (await clientWith({ maxRetries: 3 }).models.retrieve('m').catch((e: unknown) => e)) as APIError;
    expect(err.status).toBe(status);
    expect(attempts(start)).toBe(4);
  });

  it('does not retry other 4xx', async () => {
    server.handle((_req, res) => json(res, 400, {}, { 'retry-after-ms': '1' }));
    const start = server.requests.length;
    await expect(clientWith().models.retrieve('m')).rejects.toBeInstanceOf(BadRequestError);
    expect(attempts(start)).toBe(1);
  });

  it('x-should-retry: false stops a retry; x-should-retry: true forces one', async () => {
    server.handle((_req, res) => json(res, 500, {}, { 'x-should-retry': 'false' }));
    let start = server.requests.length;
    await expect(clientWith().models.retrieve('m')).rejects.toBeInstanceOf(InternalServerError);
    expect(attempts(start)).toBe(1);
    server.handle((_req, res) => json(res, 400, {}, { 'x-should-retry': 'true', 'retry-after-ms': '1' }));
    start = server.requests.length;
    await expect(clientWith({ maxRetries: 1 }).models.retrieve('m')).rejects.toBeInstanceOf(BadRequestError);
    expect(attempts(start)).toBe(2);
  });

  it('maxRetries per request overrides the client', async () => {
    server.handle((_req, res) => json(res, 503, {}, { 'retry-after-ms': '1' }));
    const start = server.requests.length;
    await expect(clientWith({ maxRetries: 5 }).models.retrieve('m', {}, { maxRetries: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(attempts(start)).toBe(2);
  });

  it('a connection reset is retried, then surfaces as APIConnectionError', async () => {
    server.handle((_req, _res, raw) => raw.socket.destroy());
    const start = server.requests.length;
    const err = await clientWith({ maxRetries: 1 }).models.retrieve('m').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(err).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(attempts(start)).toBe(2);
  });
});

describe('timeouts and aborts', () => {
  const hang = () => server.handle(() => undefined);

  it('a timeout per attempt raises APIConnectionTimeoutError', async () => {
    hang();
    const start = server.requests.length;
    const t0 = performance.now();
    const err = await clientWith({ maxRetries: 0, timeout: 100 }).models.retrieve('m').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(attempts(start)).toBe(1);
  });

  it('a timed-out attempt is retried', async () => {
    let n = 0;
    server.handle((_req, res) => {
      if (++n > 1) json(res, 200, { id: 'second' });
    });
    await expect(clientWith({ maxRetries: 1 }).models.retrieve('m', {}, { timeout: 100 })).resolves.toEqual({ id: 'second' });
  });

  it('an abort during the request raises APIUserAbortError and is not retried', async () => {
    hang();
    const start = server.requests.length;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(clientWith().models.retrieve('m', {}, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(attempts(start)).toBe(1);
  });

  it('an abort during a backoff sleep ends it at once', async () => {
    server.handle((_req, res) => json(res, 503, {}, { 'retry-after-ms': '30000' }));
    const start = server.requests.length;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const t0 = performance.now();
    await expect(clientWith().models.retrieve('m', {}, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(attempts(start)).toBe(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const start = server.requests.length;
    await expect(clientWith().models.retrieve('m', {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(attempts(start)).toBe(0);
  });
});

describe('paths', () => {
  beforeAll(() => {
    server.handle((_req, res) => json(res, 200, {}));
  });

  it('path params are percent-encoded: a slash or a space stays inside its segment', async () => {
    const start = server.requests.length;
    await clientWith().models.retrieve('a/b c');
    await clientWith().skills.versions.retrieve('v?1', { skill_id: 'x#y' });
    expect(server.requests.slice(start).map((r) => r.url)).toEqual(['/v1/models/a%2Fb%20c', '/v1/skills/x%23y/versions/v%3F1']);
  });

  it.each(['..', '.', ''])('a path param of %j is rejected before any request', async (value) => {
    const start = server.requests.length;
    expect(() => clientWith().models.retrieve(value)).toThrow(AnthropicError);
    expect(attempts(start)).toBe(0);
  });
});

describe('headers, query and client options', () => {
  beforeAll(() => {
    server.handle((_req, res) => json(res, 200, {}));
  });
  const last = () => server.requests.at(-1)!;

  it('options.headers win over everything; null removes a header', async () => {
    const client = clientWith({ defaultHeaders: { 'x-team': 'a', 'anthropic-version': '2020-01-01' } });
    await client.models.retrieve('m', { betas: ['b1'] }, { headers: { 'x-team': 'b', 'anthropic-beta': 'override' } });
    expect(last().headers['x-team']).toBe('b');
    expect(last().headers['anthropic-version']).toBe('2020-01-01');
    expect(last().headers['anthropic-beta']).toBe('override');
    await client.models.retrieve('m', {}, { headers: { 'anthropic-version': null, 'x-api-key': null } });
    expect(last().headers['anthropic-version']).toBeUndefined();
    expect(last().headers['x-api-key']).toBeUndefined();
  });

  it('defaultQuery and options.query are added to the URL', async () => {
    await clientWith({ defaultQuery: { trace: '1' } }).models.list({ limit: 1 }, { query: { extra: 'x' } });
    expect(last().url).toBe('/v1/models?trace=1&limit=1&extra=x');
  });

  it('apiKey and baseURL default to the environment', async () => {
    process.env['ANTHROPIC_API_KEY'] = 'env-key';
    process.env['ANTHROPIC_BASE_URL'] = server.url;
    try {
      const client = new Anthropic();
      expect(client.baseURL).toBe(server.url);
      await client.models.retrieve('m');
      expect(last().headers['x-api-key']).toBe('env-key');
    } finally {
      delete process.env['ANTHROPIC_API_KEY'];
      delete process.env['ANTHROPIC_BASE_URL'];
    }
    expect(new Anthropic({ apiKey: 'x' }).baseURL).toBe('https://api.anthropic.com');
  });

  it('a custom fetch is used', async () => {
    const seen: string[] = [];
    const client = clientWith({ fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
    await client.models.retrieve('m');
    expect(seen).toEqual([`${server.url}/v1/models/m`]);
  });
});
