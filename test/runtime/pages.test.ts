// The page classes the generator picks for common list shapes, against a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaseClient } from '../../src/runtime/client.js';
import { ItemCursorPage, OffsetPage, PageNumberPage } from '../../src/runtime/pagination.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: BaseClient;
const items = Array.from({ length: 7 }, (_, i) => ({ id: `it_${i + 1}` }));

beforeAll(async () => {
  server = await startServer((req, res) => {
    const q = (k: string) => req.query[k]?.[0];
    const limit = Number(q('limit') ?? q('per_page') ?? 3);
    if (req.path === '/stripe') {
      // `starting_after` walks forward; `ending_before` walks back.
      if (q('ending_before')) {
        const end = items.findIndex((i) => i.id === q('ending_before'));
        const page = items.slice(Math.max(0, end - limit), end);
        return json(res, 200, { object: 'list', data: page, has_more: end - limit > 0 });
      }
      const start = q('starting_after') ? items.findIndex((i) => i.id === q('starting_after')) + 1 : 0;
      return json(res, 200, { object: 'list', data: items.slice(start, start + limit), has_more: start + limit < items.length });
    }
    if (req.path === '/offset') {
      const offset = Number(q('offset') ?? 0);
      return json(res, 200, { results: items.slice(offset, offset + limit) });
    }
    if (req.path === '/github') {
      const page = Number(q('page') ?? 1);
      return json(res, 200, items.slice((page - 1) * limit, page * limit));
    }
    json(res, 404, {});
  });
  client = new BaseClient({ baseURL: server.url }, { maxRetries: 0 });
});
afterAll(() => server.close());

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}
const ids = (list: { id: string }[]) => list.map((i) => i.id);
const urls = (since: number) => server.requests.slice(since).map((r) => r.url);

describe('page classes', () => {
  it('ItemCursorPage: starting_after = last id until has_more is false', async () => {
    const start = server.requests.length;
    const list = await all(client.requestPage<ItemCursorPage<{ id: string }>, { id: string }>(ItemCursorPage, { method: 'GET', path: '/stripe', query: ['limit', 'starting_after', 'ending_before'], response: 'json' }, { limit: 3 }));
    expect(ids(list)).toEqual(ids(items));
    expect(urls(start)).toEqual(['/stripe?limit=3', '/stripe?limit=3&starting_after=it_3', '/stripe?limit=3&starting_after=it_6']);
  });

  it('ItemCursorPage: ending_before = first id when paging back', async () => {
    const list = await all(client.requestPage<ItemCursorPage<{ id: string }>, { id: string }>(ItemCursorPage, { method: 'GET', path: '/stripe', query: ['limit', 'ending_before'], response: 'json' }, { ending_before: 'it_7', limit: 3 }));
    expect(ids(list)).toEqual(['it_4', 'it_5', 'it_6', 'it_1', 'it_2', 'it_3']);
  });

  it('OffsetPage: offset += page length, items in another field, until a page is empty', async () => {
    const start = server.requests.length;
    const list = await all(client.requestPage<OffsetPage<{ id: string }>, { id: string }>(OffsetPage, { method: 'GET', path: '/offset', query: ['offset', 'limit'], items: 'results', response: 'json' }, { limit: 3 }));
    expect(ids(list)).toEqual(ids(items));
    expect(urls(start)).toEqual(['/offset?limit=3', '/offset?limit=3&offset=3', '/offset?limit=3&offset=6', '/offset?limit=3&offset=7']);
  });

  it('PageNumberPage: page + 1 over a top-level array body, until a page is empty', async () => {
    const start = server.requests.length;
    const first = await client.requestPage<PageNumberPage<{ id: string }>, { id: string }>(PageNumberPage, { method: 'GET', path: '/github', query: ['per_page', 'page'], items: '', response: 'json' }, { per_page: 3 });
    expect(ids(first.data)).toEqual(['it_1', 'it_2', 'it_3']);
    expect(ids(await all(first))).toEqual(ids(items));
    expect(urls(start)).toEqual(['/github?per_page=3', '/github?per_page=3&page=2', '/github?per_page=3&page=3', '/github?per_page=3&page=4']);
  });
});
