// The drop-in claim: the same calls through the generated client and through the official
// @anthropic-ai/sdk@0.118.0 send the same requests and give the same results, for every endpoint
// the two share. The official SDK adds telemetry headers (user-agent, x-stainless-*) that carry no
// API meaning; those are left out of the comparison.
import Official from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic } from '../helpers/client-under-test.js';
import { formParts, json, startServer, type RecordedRequest, type TestServer } from '../helpers/server.js';

let server: TestServer;
let ours: Anthropic;
let official: Official;

const TELEMETRY = /^(user-agent|x-stainless-.*|host|connection|content-length|accept-encoding|accept-language|sec-fetch-mode)$/;

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.path.endsWith('/results')) {
      res.writeHead(200, { 'content-type': 'application/x-jsonl', 'request-id': 'req_1' });
      return res.end('{"custom_id":"a","result":{"type":"succeeded"}}\n{"custom_id":"b","result":{"type":"errored"}}\n');
    }
    if (req.path.endsWith('/content')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(Buffer.from('bytes!'));
    }
    if (req.headers['accept'] === 'text/event-stream' || (req.method === 'POST' && req.body.includes('"stream":true'))) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      return res.end('event: message_start\ndata: {"type":"message_start"}\n\nevent: ping\ndata: {}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n');
    }
    if (req.method === 'GET' && /\/(models|batches|files)$/.test(req.path)) {
      const after = req.query['after_id']?.[0];
      return json(res, 200, after ? { data: [{ id: 'i3' }], has_more: false, first_id: 'i3', last_id: 'i3' } : { data: [{ id: 'i1' }, { id: 'i2' }], has_more: true, first_id: 'i1', last_id: 'i2' }, { 'request-id': 'req_1' });
    }
    if (req.method === 'GET' && /\/(skills|versions)$/.test(req.path)) {
      const page = req.query['page']?.[0];
      return json(res, 200, page ? { data: [{ id: 's2' }], has_more: false, next_page: null } : { data: [{ id: 's1' }], has_more: true, next_page: 'p2' }, { 'request-id': 'req_1' });
    }
    // A batch, with the results URL the official SDK follows.
    json(res, 200, { id: 'x', type: 'thing', path: req.path, results_url: `${server.url}/v1/messages/batches/mb_1/results${req.url.includes('beta=true') ? '?beta=true' : ''}` }, { 'request-id': 'req_1' });
  });
  ours = new Anthropic({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
  official = new Official({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

async function normalise(req: RecordedRequest) {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !TELEMETRY.test(k)));
  const type = String(req.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) {
    delete headers['content-type'];
    return { method: req.method, url: req.url, headers, multipart: await formParts(req) };
  }
  return { method: req.method, url: req.url, headers, body: type.includes('json') ? JSON.parse(req.body.toString()) : req.body.toString() };
}

/** Turns whatever a method returned into plain data both clients can be compared on. */
async function settle(result: unknown): Promise<unknown> {
  if (result instanceof Response) return { status: result.status, bytes: await result.text() };
  if (result && typeof result === 'object' && Symbol.asyncIterator in result && !('data' in result)) {
    const items: unknown[] = [];
    for await (const item of result as AsyncIterable<unknown>) items.push(item);
    return { items };
  }
  if (result && typeof result === 'object' && 'data' in result && 'hasNextPage' in result) {
    const items: unknown[] = [];
    for await (const item of result as unknown as AsyncIterable<unknown>) items.push(item);
    return { firstPage: (result as { data: unknown }).data, items };
  }
  return { value: result, request_id: (result as { _request_id?: unknown } | undefined)?._request_id };
}

type Call = (c: Anthropic | Official) => Promise<unknown>;
// `any` here lets one call body serve both clients; each client's own types are checked elsewhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const both = (fn: (c: any) => Promise<unknown>): Call => fn;

const MSG = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] };
const calls: [string, Call][] = [
  ['completions.create', both((c) => c.completions.create({ model: 'claude-2.1', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 8 }))],
  ['completions.create (stream)', both((c) => c.completions.create({ model: 'claude-2.1', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 8, stream: true }))],
  ['messages.create', both((c) => c.messages.create({ ...MSG, system: 'Be brief.', temperature: 0, metadata: { user_id: 'u1' } }))],
  ['messages.create (stream)', both((c) => c.messages.create({ ...MSG, stream: true }))],
  ['messages.countTokens', both((c) => c.messages.countTokens({ model: MSG.model, messages: MSG.messages }))],
  ['messages.batches.create', both((c) => c.messages.batches.create({ requests: [{ custom_id: 'r1', params: MSG }] }))],
  ['messages.batches.list', both((c) => c.messages.batches.list({ limit: 2 }))],
  ['messages.batches.retrieve', both((c) => c.messages.batches.retrieve('mb_1'))],
  ['messages.batches.delete', both((c) => c.messages.batches.delete('mb_1'))],
  ['messages.batches.cancel', both((c) => c.messages.batches.cancel('mb_1'))],
  ['messages.batches.results', both((c) => c.messages.batches.results('mb_1'))],
  ['models.list', both((c) => c.models.list({ limit: 2, betas: ['b1'] }))],
  ['models.retrieve', both((c) => c.models.retrieve('claude-sonnet-4-5', { betas: [] }))],
  ['beta.messages.create', both((c) => c.beta.messages.create({ ...MSG, betas: ['context-1m-2025-08-07'] }))],
  ['beta.messages.countTokens', both((c) => c.beta.messages.countTokens({ model: MSG.model, messages: MSG.messages, betas: ['x'] }))],
  ['beta.messages.batches.create', both((c) => c.beta.messages.batches.create({ requests: [{ custom_id: 'r1', params: MSG }] }))],
  ['beta.messages.batches.list', both((c) => c.beta.messages.batches.list({ before_id: null }))],
  ['beta.messages.batches.retrieve', both((c) => c.beta.messages.batches.retrieve('mb_1'))],
  ['beta.messages.batches.delete', both((c) => c.beta.messages.batches.delete('mb_1'))],
  ['beta.messages.batches.cancel', both((c) => c.beta.messages.batches.cancel('mb_1'))],
  ['beta.messages.batches.results', both((c) => c.beta.messages.batches.results('mb_1'))],
  ['beta.models.list', both((c) => c.beta.models.list())],
  ['beta.models.retrieve', both((c) => c.beta.models.retrieve('claude-sonnet-4-5'))],
  ['beta.files.upload', both(async (c) => c.beta.files.upload({ file: new File(['hello'], 'docs/report.txt', { type: 'text/plain' }) }))],
  ['beta.files.list', both((c) => c.beta.files.list({ limit: 2 }))],
  ['beta.files.retrieveMetadata', both((c) => c.beta.files.retrieveMetadata('file_1'))],
  ['beta.files.delete', both((c) => c.beta.files.delete('file_1'))],
  ['beta.files.download', both((c) => c.beta.files.download('file_1'))],
  ['beta.skills.create', both((c) => c.beta.skills.create({ display_title: 'S', files: [new File(['# S'], 'my-skill/SKILL.md')] }))],
  ['beta.skills.list', both((c) => c.beta.skills.list({ limit: 1 }))],
  ['beta.skills.retrieve', both((c) => c.beta.skills.retrieve('sk_1'))],
  ['beta.skills.delete', both((c) => c.beta.skills.delete('sk_1'))],
  ['beta.skills.versions.create', both((c) => c.beta.skills.versions.create('sk_1', { files: [new File(['# S'], 'my-skill/SKILL.md')] }))],
  ['beta.skills.versions.list', both((c) => c.beta.skills.versions.list('sk_1'))],
  ['beta.skills.versions.retrieve', both((c) => c.beta.skills.versions.retrieve('1759178010641129', { skill_id: 'sk_1' }))],
  ['beta.skills.versions.delete', both((c) => c.beta.skills.versions.delete('1759178010641129', { skill_id: 'sk_1' }))],
];

describe('same calls, same requests, same results as @anthropic-ai/sdk@0.118.0', () => {
  it.each(calls)('%s', async (name, call) => {
    let start = server.requests.length;
    const ourResult = await settle(await call(ours));
    const ourRequests = await Promise.all(server.requests.slice(start).map(normalise));
    start = server.requests.length;
    const officialResult = await settle(await call(official));
    let officialRequests = await Promise.all(server.requests.slice(start).map(normalise));
    // The official results() first retrieves the batch to find its results URL; the spec's
    // endpoint is the second request, which is the one to compare.
    if (name.endsWith('batches.results')) officialRequests = officialRequests.slice(1);
    expect(ourRequests).toEqual(officialRequests);
    expect(ourResult).toEqual(officialResult);
  });
});
