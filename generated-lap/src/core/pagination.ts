// List results. `await client.x.list()` gives the first page; `for await (const item of
// client.x.list())` walks every item across pages, fetching each page as it is needed.
import { APIPromise } from './api-promise.js';
import type { BaseClient, Endpoint, RequestOptions } from './client.js';

export interface PageRequest {
  client: BaseClient;
  endpoint: Endpoint;
  params: Record<string, unknown>;
  options: RequestOptions;
}

export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  data: Item[];
  protected readonly request: PageRequest;

  constructor(request: PageRequest, body: unknown) {
    Object.defineProperty(this, 'request', { value: request, enumerable: false });
    this.request = request;
    // Items sit in a field of the body (`data` unless the endpoint says otherwise), or are the body.
    const field = request.endpoint.items ?? 'data';
    const items = field === '' ? body : (body as Record<string, unknown> | null)?.[field];
    this.data = Array.isArray(items) ? (items as Item[]) : [];
  }

  protected field(body: unknown, name: string): unknown {
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)[name]
      : undefined;
  }

  /** The params that fetch the next page, or null on the last page. */
  abstract nextPageParams(): Record<string, unknown> | null;

  hasNextPage(): boolean {
    return this.data.length > 0 && this.nextPageParams() !== null;
  }

  async getNextPage(): Promise<this> {
    const next = this.nextPageParams();
    if (!next || this.data.length === 0) throw new Error('No next page; check hasNextPage() first.');
    const { client, endpoint, params, options } = this.request;
    const Page = this.constructor as new (request: PageRequest, body: unknown) => this;
    const nextParams = { ...params, ...next };
    const body = await client.request<unknown>(endpoint, nextParams, options);
    return new Page({ client, endpoint, params: nextParams, options }, body);
  }

  async *iterPages(): AsyncGenerator<this> {
    let page: this = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/** Id cursors: `after_id = last_id` forward; `before_id = first_id` when paging backwards. */
export class CursorPage<Item> extends AbstractPage<Item> {
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;

  constructor(request: PageRequest, body: unknown) {
    super(request, body);
    this.has_more = this.field(body, 'has_more') === true;
    this.first_id = (this.field(body, 'first_id') as string | null | undefined) ?? null;
    this.last_id = (this.field(body, 'last_id') as string | null | undefined) ?? null;
  }

  nextPageParams(): Record<string, unknown> | null {
    if (!this.has_more) return null;
    const backwards =
      this.request.params['before_id'] !== undefined && this.request.params['before_id'] !== null;
    if (backwards) return this.first_id ? { before_id: this.first_id } : null;
    return this.last_id ? { after_id: this.last_id } : null;
  }
}

/** Page tokens: `page = next_page` until `next_page` is null. */
export class TokenPage<Item> extends AbstractPage<Item> {
  has_more: boolean;
  next_page: string | null;

  constructor(request: PageRequest, body: unknown) {
    super(request, body);
    this.has_more = this.field(body, 'has_more') === true;
    this.next_page = (this.field(body, 'next_page') as string | null | undefined) ?? null;
  }

  nextPageParams(): Record<string, unknown> | null {
    return this.next_page ? { page: this.next_page } : null;
  }
}

const idOf = (item: unknown): string | undefined => {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/** Item cursors: `starting_after` = the last item's id; `ending_before` = the first's when paging back. */
export class ItemCursorPage<Item> extends AbstractPage<Item> {
  has_more: boolean;

  constructor(request: PageRequest, body: unknown) {
    super(request, body);
    this.has_more = this.field(body, 'has_more') === true;
  }

  nextPageParams(): Record<string, unknown> | null {
    if (!this.has_more) return null;
    const before = this.request.params['ending_before'];
    if (before !== undefined && before !== null) {
      const first = idOf(this.data[0]);
      return first ? { ending_before: first } : null;
    }
    const last = idOf(this.data[this.data.length - 1]);
    return last ? { starting_after: last } : null;
  }
}

/** Offsets: the next page starts where this one ended; an empty page (or `has_more: false`) ends the list. */
export class OffsetPage<Item> extends AbstractPage<Item> {
  has_more: boolean | undefined;

  constructor(request: PageRequest, body: unknown) {
    super(request, body);
    const more = this.field(body, 'has_more');
    this.has_more = typeof more === 'boolean' ? more : undefined;
  }

  nextPageParams(): Record<string, unknown> | null {
    if (this.has_more === false) return null;
    const offset = Number(this.request.params['offset'] ?? 0) || 0;
    return { offset: offset + this.data.length };
  }
}

/** Page numbers: `page + 1` until a page comes back empty. */
export class PageNumberPage<Item> extends AbstractPage<Item> {
  nextPageParams(): Record<string, unknown> | null {
    const page = Number(this.request.params['page'] ?? 1) || 1;
    return { page: page + 1 };
  }
}

/** The first page, awaited; or every item, iterated. */
export class PagePromise<PageT extends AbstractPage<Item>, Item>
  extends APIPromise<PageT>
  implements AsyncIterable<Item>
{
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }
}
