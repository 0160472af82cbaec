// The two pieces of plumbing a MessageStream runs on: promises settled from outside that never count
// as unhandled rejections by themselves, and the async iterator fed by the stream's own events.

export interface Settler<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** A promise settled from outside, which never counts as an unhandled rejection by itself. */
export function settler<T>(): Settler<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * The raw events of a stream as an iterator. Events are queued while the loop is busy; a failure
 * is thrown once the queued events are read, whenever it happened; leaving the loop aborts.
 */
export function iterate<Event>(
  stream: { abort(): void; readonly ended: boolean },
  listen: (event: string, listener: (...args: never[]) => void) => void,
): AsyncIterator<Event> {
  const queue: Event[] = [];
  const waiting: { resolve(result: IteratorResult<Event>): void; reject(error: unknown): void }[] = [];
  let finished = stream.ended;
  let failure: { error: unknown } | undefined;
  listen('streamEvent', (event: Event) => {
    const reader = waiting.shift();
    if (reader) reader.resolve({ value: event, done: false });
    else queue.push(event);
  });
  listen('end', () => {
    finished = true;
    for (const reader of waiting.splice(0)) reader.resolve({ value: undefined, done: true });
  });
  const fail = (error: unknown) => {
    const readers = waiting.splice(0);
    if (!readers.length) failure = { error };
    for (const reader of readers) reader.reject(error);
  };
  listen('error', fail);
  listen('abort', fail);
  return {
    next(): Promise<IteratorResult<Event>> {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (failure) {
        const { error } = failure;
        failure = undefined;
        finished = true;
        return Promise.reject(error);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async return(): Promise<IteratorResult<Event>> {
      stream.abort();
      finished = true;
      return { value: undefined, done: true };
    },
  };
}
