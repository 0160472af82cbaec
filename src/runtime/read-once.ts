import { ClientError } from './errors.js';

/**
 * A response body read as an async iterable, once. Leaving the loop early (break, return, throw)
 * aborts the request, so the rest of the body is never downloaded.
 */
export abstract class ReadOnceStream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(readonly controller: AbortController) {}

  protected abstract items(): AsyncIterable<T>;

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed) throw new ClientError('Cannot iterate over a consumed stream; a response body can be read once.');
    this.consumed = true;
    let finished = false;
    try {
      yield* this.items();
      finished = true;
    } finally {
      if (!finished) this.controller.abort();
    }
  }
}
