// Paging against a real server: id cursors forward and backward, page tokens, and the PagePromise API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic } from '../helpers/client-under-test.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: Anthropic;
const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const q = (k: string) => req.query[k]?.[0];
    const limit = Number(q('limit') ?? 2);
    if (req.path === '/v1/models') {
      // Id cursor: after_id walks forward, before_id walks backward, newest last.
      let window: string[];
      if (q('before_id')) {
        const end = ids.indexOf(q('before_id')!);
        window = ids.slice(Math.max(0, end - limit), end);
        return json(res, 200, { data: window.map((id) => ({ id })), has_more: end - limit > 0, first_id: window[0] ?? null, last_id: window.at(-1) ?? null });
      }
      const start = q('after_id') ? ids.indexOf(q('after_id')!) + 1 : 0;
      window = ids.slice(start, start + limit);
      return json(res, 200, { data: window.map((id) => ({ id })), has_more: start + limit < ids.length, first_id: window[0] ?? null, last_id: window.at(-1) ?? null });
    }
    if (req.path === '/v1/skills') {
      const page = Number(q('page') ?? 0);
      return json(res, 200, { data: ids.slice(page * limit, page * limit + limit).map((id) => ({ id })), has_more: page < 2, next_page: page < 2 ? String(page + 1) : null });
    }
    json(res, 404, { error: { message: 'no' } });
  });
  client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

const urlsSince = (n: number) => server.requests.slice(n).map((r) => r.url);

describe('id-cursor pages', () => {
  it('await gives the first page; for await walks three pages forward', async () => {
    const first = await client.models.list({ limit: 2 });
    expect(first.data.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(first.hasNextPage()).toBe(true);
    const start = server.requests.length;
    const seen: unknown[] = [];
    for await (const model of client.models.list({ limit: 2 })) seen.push(model.id);
    expect(seen).toEqual(ids);
    expect(urlsSince(start)).toEqual(['/v1/models?limit=2', '/v1/models?limit=2&after_id=m2', '/v1/models?limit=2&after_id=m4']);
  });

  it('pages backward with before_id = first_id', async () => {
    const start = server.requests.length;
    const back: string[] = [];
    for await (const model of client.models.list({ before_id: 'm6', limit: 2 })) back.push(model.id);
    expect(back).toEqual(['m4', 'm5', 'm2', 'm3', 'm1']);
    expect(urlsSince(start)).toEqual(['/v1/models?before_id=m6&limit=2', '/v1/models?before_id=m4&limit=2', '/v1/models?before_id=m2&limit=2']);
  });

  it('getNextPage and hasNextPage', async () => {
    const p1 = await client.models.list({ limit: 4 });
    expect(p1.hasNextPage()).toBe(true);
    const p2 = await p1.getNextPage();
    expect(p2.data.map((m) => m.id)).toEqual(['m5', 'm6']);
    expect(p2.has_more).toBe(false);
    expect(p2.hasNextPage()).toBe(false);
    await expect(p2.getNextPage()).rejects.toThrow('No next page');
  });
});

describe('page-token pages', () => {
  it('sends page = next_page until next_page is null', async () => {
    const start = server.requests.length;
    const seen: string[] = [];
    for await (const skill of client.skills.list({ limit: 2 })) seen.push(skill.id);
    expect(seen).toEqual(ids);
    expect(urlsSince(start)).toEqual(['/v1/skills?limit=2', '/v1/skills?limit=2&page=1', '/v1/skills?limit=2&page=2']);
  });

  it('iterPages yields each page once', async () => {
    const pages: number[] = [];
    for await (const page of (await client.skills.list({ limit: 3 })).iterPages()) pages.push(page.data.length);
    expect(pages).toEqual([3, 3, 0]);
  });
});
