// Every one of the 47 endpoints, called through the generated client against a real server:
// the exact method, path, query, headers and body on the wire, and the parsed result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic, toFile } from '../helpers/client-under-test.js';
import { formParts, json, startServer, type RecordedRequest, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: Anthropic;

const PAGE = { data: [{ id: 'a' }], has_more: false, first_id: 'a', last_id: 'a' };
const TOKEN_PAGE = { data: [{ id: 'a' }], has_more: false, next_page: null };
const MSG = { role: 'user' as const, content: 'Hi' };

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.path.endsWith('/results')) {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      res.end('{"custom_id":"1"}\n{"custom_id":"2"}\n');
    } else if (req.path.endsWith('/content')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from([1, 2, 3]));
    } else if (req.method === 'GET' && /\/(models|batches|files)$/.test(req.path)) json(res, 200, PAGE);
    else if (req.method === 'GET' && /\/(skills|versions)$/.test(req.path)) json(res, 200, TOKEN_PAGE);
    else json(res, 200, { id: 'x', echo: req.path });
  });
  client = new Anthropic({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

interface Want {
  method: string;
  url: string;
  beta?: string;
  json?: unknown;
  parts?: { name: string; value: string; filename?: string; type?: string }[];
  accept?: string;
}

async function lastRequest(call: () => Promise<unknown>): Promise<{ req: RecordedRequest; result: unknown }> {
  const before = server.requests.length;
  const result = await call();
  expect(server.requests.length).toBe(before + 1);
  return { req: server.requests[server.requests.length - 1]!, result };
}

async function check(req: RecordedRequest, want: Want): Promise<void> {
  expect(req.method).toBe(want.method);
  expect(req.url).toBe(want.url);
  expect(req.headers['x-api-key']).toBe('test-key');
  expect(req.headers['anthropic-version']).toBe('2023-06-01');
  expect(req.headers['anthropic-beta']).toBe(want.beta);
  expect(req.headers['accept']).toBe(want.accept ?? 'application/json');
  if (want.json !== undefined) {
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body.toString('utf8'))).toEqual(want.json);
  } else if (want.parts) {
    expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    // A file part without a type of its own goes out as application/octet-stream.
    expect(await formParts(req)).toEqual(want.parts.map((p) => (p.filename ? { type: 'application/octet-stream', ...p } : p)));
  } else {
    expect(req.headers['content-type']).toBeUndefined();
    expect(req.body.length).toBe(0);
  }
}

type Case = [string, () => Promise<unknown>, Want];

const create = { model: 'claude-x', max_tokens: 16, messages: [MSG] };
const FILES = 'files-api-2025-04-14';
const SKILLS = 'skills-2025-10-02';
const BATCHES = 'message-batches-2024-09-24';

const cases = (): Case[] => [
  ['completions.create', () => client.completions.create({ model: 'claude-2', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 5 }), { method: 'POST', url: '/v1/complete', json: { model: 'claude-2', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 5 } }],
  ['messages.create', () => client.messages.create({ ...create, metadata: { user_id: null }, top_k: undefined }), { method: 'POST', url: '/v1/messages', json: { ...create, metadata: { user_id: null } } }],
  ['messages.countTokens', () => client.messages.countTokens({ model: 'claude-x', messages: [MSG] }), { method: 'POST', url: '/v1/messages/count_tokens', json: { model: 'claude-x', messages: [MSG] } }],
  ['messages.batches.create', () => client.messages.batches.create({ requests: [{ custom_id: 'r1', params: create }] }), { method: 'POST', url: '/v1/messages/batches', json: { requests: [{ custom_id: 'r1', params: create }] } }],
  ['messages.batches.list', () => client.messages.batches.list({ limit: 2, before_id: null as unknown as string }), { method: 'GET', url: '/v1/messages/batches?limit=2&before_id=' }],
  ['messages.batches.retrieve', () => client.messages.batches.retrieve('mb_1'), { method: 'GET', url: '/v1/messages/batches/mb_1' }],
  ['messages.batches.delete', () => client.messages.batches.delete('mb_1'), { method: 'DELETE', url: '/v1/messages/batches/mb_1' }],
  ['messages.batches.cancel', () => client.messages.batches.cancel('mb_1'), { method: 'POST', url: '/v1/messages/batches/mb_1/cancel' }],
  ['messages.batches.results', () => client.messages.batches.results('mb_1'), { method: 'GET', url: '/v1/messages/batches/mb_1/results', accept: 'application/binary' }],
  ['models.list', () => client.models.list({ after_id: 'm0', limit: 5, betas: ['b1'] }), { method: 'GET', url: '/v1/models?after_id=m0&limit=5', beta: 'b1' }],
  ['models.retrieve', () => client.models.retrieve('claude-x'), { method: 'GET', url: '/v1/models/claude-x' }],
  ['files.upload', async () => client.files.upload({ file: await toFile(Buffer.from('hello'), 'dir/a.txt') }), { method: 'POST', url: '/v1/files', parts: [{ name: 'file', value: 'hello', filename: 'a.txt' }] }],
  ['files.list', () => client.files.list(), { method: 'GET', url: '/v1/files' }],
  ['files.retrieveMetadata', () => client.files.retrieveMetadata('file_1', { betas: ['x', 'y'] }), { method: 'GET', url: '/v1/files/file_1', beta: 'x,y' }],
  ['files.delete', () => client.files.delete('file_1'), { method: 'DELETE', url: '/v1/files/file_1' }],
  ['files.download', () => client.files.download('file_1'), { method: 'GET', url: '/v1/files/file_1/content', accept: 'application/binary' }],
  ['skills.create', () => client.skills.create({ display_title: 'Hi', files: [new File(['# s'], 'my-skill/SKILL.md')] }), { method: 'POST', url: '/v1/skills', parts: [{ name: 'display_title', value: 'Hi' }, { name: 'files[]', value: '# s', filename: 'my-skill/SKILL.md' }] }],
  ['skills.list', () => client.skills.list({ page: 'tok', limit: 3, source: 'custom' }), { method: 'GET', url: '/v1/skills?page=tok&limit=3&source=custom' }],
  ['skills.retrieve', () => client.skills.retrieve('sk_1'), { method: 'GET', url: '/v1/skills/sk_1' }],
  ['skills.delete', () => client.skills.delete('sk_1'), { method: 'DELETE', url: '/v1/skills/sk_1' }],
  ['skills.versions.create', () => client.skills.versions.create('sk_1', { files: [new File(['# v'], 'my-skill/SKILL.md')] }), { method: 'POST', url: '/v1/skills/sk_1/versions', parts: [{ name: 'files[]', value: '# v', filename: 'my-skill/SKILL.md' }] }],
  ['skills.versions.list', () => client.skills.versions.list('sk_1', { limit: 1 }), { method: 'GET', url: '/v1/skills/sk_1/versions?limit=1' }],
  ['skills.versions.retrieve', () => client.skills.versions.retrieve('1759178010641129', { skill_id: 'sk_1' }), { method: 'GET', url: '/v1/skills/sk_1/versions/1759178010641129' }],
  ['skills.versions.delete', () => client.skills.versions.delete('1759178010641129', { skill_id: 'sk_1' }), { method: 'DELETE', url: '/v1/skills/sk_1/versions/1759178010641129' }],
  ['beta.messages.create', () => client.beta.messages.create({ ...create, betas: ['context-1m-2025-08-07'] }), { method: 'POST', url: '/v1/messages?beta=true', beta: 'context-1m-2025-08-07', json: create }],
  ['beta.messages.countTokens', () => client.beta.messages.countTokens({ model: 'claude-x', messages: [MSG] }), { method: 'POST', url: '/v1/messages/count_tokens?beta=true', beta: 'token-counting-2024-11-01', json: { model: 'claude-x', messages: [MSG] } }],
  ['beta.messages.batches.create', () => client.beta.messages.batches.create({ requests: [] }), { method: 'POST', url: '/v1/messages/batches?beta=true', beta: BATCHES, json: { requests: [] } }],
  ['beta.messages.batches.list', () => client.beta.messages.batches.list(), { method: 'GET', url: '/v1/messages/batches?beta=true', beta: BATCHES }],
  ['beta.messages.batches.retrieve', () => client.beta.messages.batches.retrieve('mb_1'), { method: 'GET', url: '/v1/messages/batches/mb_1?beta=true', beta: BATCHES }],
  ['beta.messages.batches.delete', () => client.beta.messages.batches.delete('mb_1'), { method: 'DELETE', url: '/v1/messages/batches/mb_1?beta=true', beta: BATCHES }],
  ['beta.messages.batches.cancel', () => client.beta.messages.batches.cancel('mb_1', { betas: ['mine'] }), { method: 'POST', url: '/v1/messages/batches/mb_1/cancel?beta=true', beta: `mine,${BATCHES}` }],
  ['beta.messages.batches.results', () => client.beta.messages.batches.results('mb_1'), { method: 'GET', url: '/v1/messages/batches/mb_1/results?beta=true', beta: BATCHES, accept: 'application/binary' }],
  ['beta.models.list', () => client.beta.models.list({ limit: 1 }), { method: 'GET', url: '/v1/models?beta=true&limit=1' }],
  ['beta.models.retrieve', () => client.beta.models.retrieve('claude-x'), { method: 'GET', url: '/v1/models/claude-x?beta=true' }],
  ['beta.files.upload', async () => client.beta.files.upload({ file: new File(['data'], 'report.csv', { type: 'text/csv' }) }), { method: 'POST', url: '/v1/files?beta=true', beta: FILES, parts: [{ name: 'file', value: 'data', filename: 'report.csv', type: 'text/csv' }] }],
  ['beta.files.list', () => client.beta.files.list({ before_id: 'f9' }), { method: 'GET', url: '/v1/files?beta=true&before_id=f9', beta: FILES }],
  ['beta.files.retrieveMetadata', () => client.beta.files.retrieveMetadata('file_1'), { method: 'GET', url: '/v1/files/file_1?beta=true', beta: FILES }],
  ['beta.files.delete', () => client.beta.files.delete('file_1'), { method: 'DELETE', url: '/v1/files/file_1?beta=true', beta: FILES }],
  ['beta.files.download', () => client.beta.files.download('file_1'), { method: 'GET', url: '/v1/files/file_1/content?beta=true', beta: FILES, accept: 'application/binary' }],
  ['beta.skills.create', () => client.beta.skills.create({ files: [new File(['x'], 'my-skill/SKILL.md')] }), { method: 'POST', url: '/v1/skills?beta=true', beta: SKILLS, parts: [{ name: 'files[]', value: 'x', filename: 'my-skill/SKILL.md' }] }],
  ['beta.skills.list', () => client.beta.skills.list(), { method: 'GET', url: '/v1/skills?beta=true', beta: SKILLS }],
  ['beta.skills.retrieve', () => client.beta.skills.retrieve('sk_1'), { method: 'GET', url: '/v1/skills/sk_1?beta=true', beta: SKILLS }],
  ['beta.skills.delete', () => client.beta.skills.delete('sk_1'), { method: 'DELETE', url: '/v1/skills/sk_1?beta=true', beta: SKILLS }],
  ['beta.skills.versions.create', () => client.beta.skills.versions.create('sk_1'), { method: 'POST', url: '/v1/skills/sk_1/versions?beta=true', beta: SKILLS, parts: [] }],
  ['beta.skills.versions.list', () => client.beta.skills.versions.list('sk_1'), { method: 'GET', url: '/v1/skills/sk_1/versions?beta=true', beta: SKILLS }],
  ['beta.skills.versions.retrieve', () => client.beta.skills.versions.retrieve('v1', { skill_id: 'sk_1' }), { method: 'GET', url: '/v1/skills/sk_1/versions/v1?beta=true', beta: SKILLS }],
  ['beta.skills.versions.delete', () => client.beta.skills.versions.delete('v1', { skill_id: 'sk_1' }), { method: 'DELETE', url: '/v1/skills/sk_1/versions/v1?beta=true', beta: SKILLS }],
];

describe('every endpoint sends exactly what the spec says', () => {
  it('covers all 47 endpoints', () => {
    expect(new Set(cases().map((c) => c[0])).size).toBe(47);
  });

  it.each(cases())('%s', async (_name, call, want) => {
    const { req } = await lastRequest(call);
    await check(req, want);
  });
});

describe('results', () => {
  it('JSON results carry a non-enumerable _request_id', async () => {
    const message = await client.messages.create(create);
    expect(message).toEqual({ id: 'x', echo: '/v1/messages' });
    expect((message as unknown as { _request_id: string })._request_id).toBe('req_test');
    expect(Object.keys(message)).not.toContain('_request_id');
  });

  it('.withResponse() and .asResponse()', async () => {
    const { data, response, request_id } = await client.models.retrieve('m').withResponse();
    expect(data).toEqual({ id: 'x', echo: '/v1/models/m' });
    expect(response.status).toBe(200);
    expect(request_id).toBe('req_test');
    const raw = await client.models.retrieve('m').asResponse();
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual({ id: 'x', echo: '/v1/models/m' });
  });

  it('downloads return the unread Response', async () => {
    const response = await client.files.download('f');
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('batch results are an async iterable of parsed lines', async () => {
    const lines: unknown[] = [];
    for await (const line of await client.messages.batches.results('mb')) lines.push(line);
    expect(lines).toEqual([{ custom_id: '1' }, { custom_id: '2' }]);
  });

  it('empty params default to {} and null params are accepted', async () => {
    const { req } = await lastRequest(() => client.models.list(null));
    expect(req.url).toBe('/v1/models');
  });
});
