// The promise every method returns: `await` gives the parsed result, `.withResponse()` adds the raw
// `Response` and request id, `.asResponse()` gives the raw `Response` alone (body unread).

export interface ResponseWithData<T> {
  data: T;
  response: Response;
  request_id: string | null;
}

export class APIPromise<T> extends Promise<T> {
  private parsed: Promise<T> | undefined;

  constructor(
    private readonly responsePromise: Promise<Response>,
    private readonly parse: (response: Response) => Promise<T>,
  ) {
    // The executor is unused: `then` below delegates to the parsed promise, so parsing happens once, on demand.
    super((resolve) => resolve(null as T));
  }

  // Derived promises (`.then()` results) are plain Promises, not APIPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  private result(): Promise<T> {
    this.parsed ??= this.responsePromise.then(this.parse);
    return this.parsed;
  }

  asResponse(): Promise<Response> {
    return this.responsePromise;
  }

  async withResponse(): Promise<ResponseWithData<T>> {
    const [data, response] = await Promise.all([this.result(), this.responsePromise]);
    return { data, response, request_id: response.headers.get('request-id') };
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.result().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.result().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.result().finally(onfinally);
  }
}
