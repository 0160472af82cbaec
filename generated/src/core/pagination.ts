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

  constructor(request: PageRequest, body: Record<string, unknown>) {
    Object.defineProperty(this, 'request', { value: request, enumerable: false });
    this.request = request;
    this.data = Array.isArray(body['data']) ? (body['data'] as Item[]) : [];
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
    const Page = this.constructor as new (request: PageRequest, body: Record<string, unknown>) => this;
    const nextParams = { ...params, ...next };
    const body = await client.request<Record<string, unknown>>(endpoint, nextParams, options);
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

  constructor(request: PageRequest, body: Record<string, unknown>) {
    super(request, body);
    this.has_more = body['has_more'] === true;
    this.first_id = (body['first_id'] as string | null | undefined) ?? null;
    this.last_id = (body['last_id'] as string | null | undefined) ?? null;
  }

  nextPageParams(): Record<string, unknown> | null {
    if (!this.has_more) return null;
    const backwards = this.request.params['before_id'] !== undefined && this.request.params['before_id'] !== null;
    if (backwards) return this.first_id ? { before_id: this.first_id } : null;
    return this.last_id ? { after_id: this.last_id } : null;
  }
}

/** Page tokens: `page = next_page` until `next_page` is null. */
export class TokenPage<Item> extends AbstractPage<Item> {
  has_more: boolean;
  next_page: string | null;

  constructor(request: PageRequest, body: Record<string, unknown>) {
    super(request, body);
    this.has_more = body['has_more'] === true;
    this.next_page = (body['next_page'] as string | null | undefined) ?? null;
  }

  nextPageParams(): Record<string, unknown> | null {
    return this.next_page ? { page: this.next_page } : null;
  }
}

/** The first page, awaited; or every item, iterated. */
export class PagePromise<PageT extends AbstractPage<Item>, Item> extends APIPromise<PageT> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const page = await this;
    yield* page;
  }
}
