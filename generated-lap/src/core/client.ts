// The HTTP core of a generated client: builds each request from a method's endpoint description,
// sends it with the global (or given) `fetch`, retries by the documented policy, and parses the
// result by the endpoint's response kind. Web-standard APIs only, so it runs beyond Node.
import { APIPromise } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BaseError,
  exposeErrorHeaders,
} from './errors.js';
import { buildHeaders, type HeadersLike } from './headers.js';
import { encodeQuery } from './query.js';
import { parseResponse, type ResponseKind } from './response.js';
import { sleep } from './sleep.js';
import { isUploadable, multipartBody, toFile } from './uploads.js';
import { PagePromise, type AbstractPage, type PageRequest } from './pagination.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** What a generated method knows about its endpoint; params are sorted into place from this. */
export interface Endpoint {
  method: HttpMethod;
  /** Encoded path, possibly with a fixed query (`/v1/messages?beta=true`). */
  path: string;
  /** Param keys that are path params, so they are not sent again elsewhere. */
  pathKeys?: readonly string[];
  /** Param keys sent in the query string. */
  query?: readonly string[];
  /** Param key → header name. */
  headers?: Readonly<Record<string, string>>;
  /** Param key holding a list of betas for the betas header. */
  betas?: string;
  defaultBetas?: readonly string[];
  /** How the remaining params are sent; absent means they are not sent. */
  body?: 'json' | 'multipart' | 'form' | 'binary';
  /** When the body is not an object of fields, the one param that holds all of it. */
  bodyParam?: string;
  response: ResponseKind;
  /** Multipart file parts keep their directory names (`my-skill/SKILL.md`). */
  keepPaths?: boolean;
  /** For lists: the body field holding the items (`data` by default; `''` when the body is the array). */
  items?: string;
  /** Response kind when the request has `stream: true`. */
  stream?: ResponseKind;
}

export interface RequestOptions {
  headers?: HeadersLike;
  query?: Record<string, unknown>;
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal | null;
}

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface ClientOptions {
  apiKey?: string | null;
  baseURL?: string | null;
  /** Milliseconds per attempt; default 10 minutes. */
  timeout?: number;
  maxRetries?: number;
  fetch?: Fetch;
  defaultHeaders?: HeadersLike;
  defaultQuery?: Record<string, string | undefined>;
  /** Secret that `webhooks.unwrap` verifies deliveries with; defaults to the environment variable the API names. */
  webhookKey?: string | null | undefined;
}

/** Facts about the API the generator bakes into the client class. */
export interface ClientConfig {
  baseURL: string;
  baseURLEnv?: string;
  apiKeyEnv?: string;
  auth?: { in: 'header'; name: string; scheme?: 'Bearer' | 'Basic' } | { in: 'query'; name: string };
  defaultHeaders?: Readonly<Record<string, string>>;
  betasHeader?: string;
  /** Response headers every `APIError` carries as properties, besides `requestID` (property → header). */
  errorHeaders?: Readonly<Record<string, string>>;
  /** Environment variable holding the webhook signing key (APIs with webhooks only). */
  webhookKeyEnv?: string;
}

const DEFAULT_TIMEOUT = 10 * 60 * 1000;
const DEFAULT_MAX_RETRIES = 2;

function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

export class BaseClient {
  apiKey: string | null;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  webhookKey: string | null;
  protected readonly fetch: Fetch;
  private readonly config: ClientConfig;
  private readonly options: ClientOptions;

  constructor(config: ClientConfig, options: ClientOptions = {}) {
    this.config = config;
    this.options = options;
    if (config.errorHeaders) exposeErrorHeaders(config.errorHeaders);
    this.apiKey = options.apiKey ?? readEnv(config.apiKeyEnv) ?? null;
    this.baseURL = options.baseURL ?? readEnv(config.baseURLEnv) ?? config.baseURL;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    // As in the official SDK: only an absent option falls back to the environment; `null` means none.
    this.webhookKey =
      options.webhookKey === undefined ? (readEnv(config.webhookKeyEnv) ?? null) : options.webhookKey;
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (!fetchImpl) throw new BaseError('No global fetch: pass `fetch` in the client options.');
    this.fetch = fetchImpl;
  }

  /** Sends one endpoint call and returns its result promise. */
  request<T>(
    endpoint: Endpoint,
    params: object | null | undefined,
    options: RequestOptions = {},
  ): APIPromise<T> {
    const values = (params ?? {}) as Record<string, unknown>;
    const kind = endpoint.stream && own(values, 'stream') === true ? endpoint.stream : endpoint.response;
    const controller = new AbortController();
    const responsePromise = this.send(endpoint, values, options, controller);
    return new APIPromise<T>(responsePromise, (response) => parseResponse<T>(response, kind, controller));
  }

  /** A list call: the promise resolves to the first page and iterates every item. */
  requestPage<PageT extends AbstractPage<Item>, Item>(
    Page: new (request: PageRequest, body: unknown) => PageT,
    endpoint: Endpoint,
    params: object | null | undefined,
    options: RequestOptions = {},
  ): PagePromise<PageT, Item> {
    const values = (params ?? {}) as Record<string, unknown>;
    const controller = new AbortController();
    const request: PageRequest = { client: this, endpoint, params: values, options };
    return new PagePromise<PageT, Item>(
      this.send(endpoint, values, options, controller),
      async (response) => new Page(request, await parseResponse<unknown>(response, 'json', controller)),
    );
  }

  /** Builds the URL and `RequestInit` for a call. */
  async buildRequest(
    endpoint: Endpoint,
    values: Record<string, unknown>,
    options: RequestOptions,
  ): Promise<{ url: string; init: RequestInit & { headers: Headers } }> {
    const consumed = new Set<string>([
      ...(endpoint.pathKeys ?? []),
      ...(endpoint.query ?? []),
      ...Object.keys(endpoint.headers ?? {}),
    ]);
    if (endpoint.betas) consumed.add(endpoint.betas);
    const query: Record<string, unknown> = { ...this.options.defaultQuery };
    // Query params go out in the caller's key order, as they would from a plain object.
    const queryKeys = new Set(endpoint.query ?? []);
    for (const [key, value] of Object.entries(values)) if (queryKeys.has(key)) query[key] = value;
    if (this.config.auth?.in === 'query' && this.apiKey) query[this.config.auth.name] = this.apiKey;
    Object.assign(query, options.query);
    const url = this.buildURL(endpoint.path, query);

    const paramHeaders: Record<string, string | undefined> = {};
    for (const [key, header] of Object.entries(endpoint.headers ?? {})) {
      const value = own(values, key);
      if (value !== undefined && value !== null) paramHeaders[header] = String(value);
    }
    if (this.config.betasHeader && (endpoint.betas || endpoint.defaultBetas?.length)) {
      // The caller's betas first, then the resource's defaults; a list given empty still sends the header.
      const given = endpoint.betas ? own(values, endpoint.betas) : undefined;
      const betas = [...(Array.isArray(given) ? given.map(String) : []), ...(endpoint.defaultBetas ?? [])];
      if (betas.length || Array.isArray(given)) paramHeaders[this.config.betasHeader] = betas.join(',');
    }

    let body: BodyInit | undefined;
    let contentType: string | undefined;
    if (endpoint.body) {
      const rest: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(values)) if (!consumed.has(key)) rest[key] = value;
      const whole: unknown = endpoint.bodyParam ? own(values, endpoint.bodyParam) : rest;
      if (endpoint.body === 'binary') {
        body = isUploadable(whole) ? await toFile(whole) : (whole as BodyInit);
        contentType = 'application/octet-stream';
      } else if (endpoint.body === 'multipart')
        body = await multipartBody(whole as Record<string, unknown>, endpoint.keepPaths === true);
      else if (endpoint.body === 'form') {
        body = encodeQuery(whole as Record<string, unknown>);
        contentType = 'application/x-www-form-urlencoded';
      } else if (whole !== undefined) {
        body = JSON.stringify(whole);
        contentType = 'application/json';
      }
    }
    const headers = buildHeaders([
      // Raw downloads and JSONL results ask for bytes, not a JSON document.
      {
        accept:
          endpoint.response === 'binary' || endpoint.response === 'jsonl'
            ? 'application/binary'
            : 'application/json',
        'content-type': contentType,
      },
      this.authHeaders(),
      this.config.defaultHeaders,
      this.options.defaultHeaders,
      paramHeaders,
      options.headers,
    ]);
    return { url, init: { method: endpoint.method, headers, ...(body !== undefined ? { body } : {}) } };
  }

  private authHeaders(): Record<string, string> | undefined {
    const auth = this.config.auth;
    if (!auth || auth.in !== 'header' || !this.apiKey) return undefined;
    return { [auth.name]: auth.scheme ? `${auth.scheme} ${this.apiKey}` : this.apiKey };
  }

  private buildURL(path: string, query: Record<string, unknown>): string {
    const base = this.baseURL.endsWith('/') ? this.baseURL.slice(0, -1) : this.baseURL;
    const url = /^https?:\/\//i.test(path) ? path : base + (path.startsWith('/') ? path : `/${path}`);
    const encoded = encodeQuery(query);
    if (!encoded) return url;
    return url + (url.includes('?') ? '&' : '?') + encoded;
  }

  private async send(
    endpoint: Endpoint,
    values: Record<string, unknown>,
    options: RequestOptions,
    call: AbortController,
  ): Promise<Response> {
    const { url, init } = await this.buildRequest(endpoint, values, options);
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const userSignal = options.signal ?? undefined;
    if (userSignal?.aborted) call.abort();
    else userSignal?.addEventListener('abort', () => call.abort(), { once: true });
    for (let attempt = 0; ; attempt++) {
      if (call.signal.aborted) throw new APIUserAbortError();
      const retriesLeft = maxRetries - attempt;
      // Each attempt has its own controller: a timeout ends that attempt only, while aborting the
      // call (user signal, or leaving a stream early) reaches whichever attempt is live.
      const attemptController = new AbortController();
      const relay = () => attemptController.abort();
      call.signal.addEventListener('abort', relay, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attemptController.abort();
      }, timeout);
      let response: Response;
      try {
        response = await this.fetch(url, { ...init, signal: attemptController.signal });
      } catch (err) {
        call.signal.removeEventListener('abort', relay);
        if (call.signal.aborted) throw new APIUserAbortError();
        if (retriesLeft > 0) {
          await sleep(retryDelay(attempt, undefined), call.signal);
          continue;
        }
        throw timedOut
          ? new APIConnectionTimeoutError()
          : new APIConnectionError({ cause: err instanceof Error ? err : undefined });
      } finally {
        clearTimeout(timer);
      }
      if (response.ok) return response;
      call.signal.removeEventListener('abort', relay);
      if (retriesLeft > 0 && shouldRetry(response)) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(retryDelay(attempt, response.headers), call.signal);
        continue;
      }
      const text = await response.text().catch(() => '');
      let parsed: object | undefined;
      try {
        parsed = text ? (JSON.parse(text) as object) : undefined;
      } catch {
        parsed = undefined;
      }
      throw APIError.generate(
        response.status,
        parsed,
        parsed ? undefined : text || undefined,
        response.headers,
      );
    }
  }
}

function shouldRetry(response: Response): boolean {
  const explicit = response.headers.get('x-should-retry');
  if (explicit === 'true') return true;
  if (explicit === 'false') return false;
  const status = response.status;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Server-given delay (`retry-after-ms`, `retry-after` seconds or date) if sane, else backoff with jitter. */
export function retryDelay(retriesDone: number, headers: Headers | undefined): number {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  let delay = Number.isNaN(ms) ? undefined : ms;
  const after = headers?.get('retry-after');
  if (delay === undefined && after) {
    const seconds = Number.parseFloat(after);
    delay = Number.isNaN(seconds) ? Date.parse(after) - Date.now() : seconds * 1000;
  }
  if (delay !== undefined && !Number.isNaN(delay) && delay >= 0 && delay < 60_000) return delay;
  const base = Math.min(0.5 * 2 ** retriesDone, 8);
  return base * (1 - Math.random() * 0.25) * 1000;
}

/**
 * A param the caller set. Params may be named `constructor` or `toString`: a plain read of `{}`
 * would find Object's own members and send them.
 */
function own(values: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
}
