import { BaseError } from './errors.js';

/**
 * A response body read as an async iterable, once. Leaving the loop early (break, return, throw)
 * aborts the request, so the rest of the body is never downloaded.
 */
export abstract class ReadOnceStream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(readonly controller: AbortController) {}

  protected abstract items(): AsyncIterator<T>;

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed)
      throw new BaseError('Cannot iterate over a consumed stream; a response body can be read once.');
    this.consumed = true;
    // A plain iterator rather than another generator layer: each item costs one hop, not two.
    const inner = this.items();
    const controller = this.controller;
    let finished = false;
    return {
      async next() {
        try {
          const result = await inner.next();
          if (result.done) finished = true;
          return result;
        } catch (err) {
          finished = true;
          controller.abort();
          throw err;
        }
      },
      async return(value?: unknown) {
        if (!finished) {
          finished = true;
          controller.abort();
          await inner.return?.(value).catch(() => undefined);
        }
        return { done: true, value: value as T };
      },
    };
  }
}
