// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html) as an async
// iterable of parsed events: `ping` is skipped, `event: error` throws, leaving the loop aborts.
import { APIError } from './errors.js';
import { readLineBatches } from './lines.js';
import { ReadOnceStream } from './read-once.js';

export interface ServerSentEvent {
  event: string | null;
  data: string;
  id: string | null;
}

/** Line-at-a-time SSE parser: `push` returns an event when a blank line completes one. */
export class SSEDecoder {
  private event: string | null = null;
  private id: string | null = null;
  private data: string[] = [];

  push(line: string): ServerSentEvent | null {
    if (line === '') {
      const done =
        this.data.length || this.event
          ? { event: this.event, data: this.data.join('\n'), id: this.id }
          : null;
      this.event = null;
      this.data = [];
      return done;
    }
    if (line.charCodeAt(0) === 58 /* ':' comment */) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    return null;
  }

  /** An event the stream ended without a blank line after. */
  flush(): ServerSentEvent | null {
    return this.data.length ? this.push('') : null;
  }
}

export async function* decodeSSE(batches: AsyncIterable<string[]>): AsyncGenerator<ServerSentEvent> {
  const decoder = new SSEDecoder();
  for await (const batch of batches) {
    for (const line of batch) {
      const event = decoder.push(line);
      if (event) yield event;
    }
  }
  const last = decoder.flush();
  if (last) yield last;
}

export class Stream<T> extends ReadOnceStream<T> {
  /** `iterator` is called once, on the first read; the official SDK's constructor takes the same two arguments. */
  constructor(
    private readonly iterator: () => AsyncIterator<T>,
    controller: AbortController,
  ) {
    super(controller);
  }

  static fromSSEResponse<T>(response: Response, controller: AbortController): Stream<T> {
    return new Stream<T>(() => sseItems<T>(readLineBatches(response.body), response.headers), controller);
  }

  /**
   * The reverse of `toReadableStream()`: a stream of newline-delimited JSON values (bytes or strings)
   * read back as items. Aborting `controller` cancels the read and ends the iteration.
   */
  static fromReadableStream<T>(
    readable: ReadableStream<Uint8Array | string | ArrayBuffer>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    return new Stream<T>(
      () => jsonLineItems<T>(readLineBatches(abortable(readable, controller.signal))),
      controller,
    );
  }

  protected items(): AsyncIterator<T> {
    return this.iterator();
  }

  /**
   * Two streams that each see every item, read at their own pace (items one has read and the other has
   * not are held until it does). The request is aborted only when both stop early.
   */
  tee(): [Stream<T>, Stream<T>] {
    const source = this[Symbol.asyncIterator]();
    const queues: Promise<IteratorResult<T>>[][] = [[], []];
    const stopped = [false, false];
    const branch = (side: 0 | 1): AsyncIterator<T> => ({
      next() {
        if (!queues[side]!.length) {
          const result = source.next();
          // A failure reaches each branch when it reads; until then it must not count as unhandled.
          result.catch(() => undefined);
          queues.forEach((queue, i) => stopped[i] || queue.push(result));
        }
        return queues[side]!.shift()!;
      },
      async return(value?: unknown) {
        stopped[side] = true;
        queues[side]!.length = 0;
        if (stopped[1 - side]) await source.return?.(value);
        return { done: true, value: value as T };
      },
    });
    return [new Stream(() => branch(0), this.controller), new Stream(() => branch(1), this.controller)];
  }

  /**
   * The items as newline-delimited JSON bytes, e.g. to send a stream on from a server to a browser,
   * where `Stream.fromReadableStream` (or `MessageStream.fromReadableStream`) reads it back.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const encoder = new TextEncoder();
    let iterator: AsyncIterator<T> | undefined;
    return new ReadableStream<Uint8Array>({
      start: () => {
        iterator = this[Symbol.asyncIterator]();
      },
      async pull(ctrl) {
        try {
          const { value, done } = await iterator!.next();
          if (done) return ctrl.close();
          ctrl.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
        } catch (err) {
          ctrl.error(err);
        }
      },
      async cancel() {
        await iterator?.return?.();
      },
    });
  }
}

async function* sseItems<T>(batches: AsyncIterable<string[]>, headers: Headers): AsyncGenerator<T> {
  // Lines are decoded inline rather than through a second generator: one await per event.
  const decoder = new SSEDecoder();
  for await (const batch of batches) {
    for (const line of batch) {
      const sse = decoder.push(line);
      if (sse === null) continue;
      if (isItem(sse, headers)) yield JSON.parse(sse.data) as T;
      else if (sse.data === '[DONE]') return;
    }
  }
  const last = decoder.flush();
  if (last && isItem(last, headers)) yield JSON.parse(last.data) as T;
}

/** True when the event carries an item; `ping` and `[DONE]` do not; `error` throws. */
function isItem(sse: ServerSentEvent, headers: Headers): boolean {
  if (sse.event === 'ping' || sse.data === '[DONE]') return false;
  if (sse.event !== 'error') return true;
  // As the official SDK: the event's JSON (or its raw text) is the error, with no status.
  let body: object | string;
  try {
    body = JSON.parse(sse.data) as object;
  } catch {
    body = sse.data;
  }
  throw new APIError(undefined, body as object, undefined, headers, APIError.typeOf(body));
}

async function* jsonLineItems<T>(batches: AsyncIterable<string[]>): AsyncGenerator<T> {
  for await (const batch of batches) {
    for (const line of batch) if (line.trim()) yield JSON.parse(line) as T;
  }
}

/**
 * The same bytes, with strings and ArrayBuffers accepted as chunks, and a reader that stops at
 * `signal`: a plain ReadableStream knows nothing of the controller that iterates it.
 */
function abortable(
  readable: ReadableStream<Uint8Array | string | ArrayBuffer>,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const reader = readable.getReader();
  const encoder = new TextEncoder();
  const stop = () => void reader.cancel().catch(() => undefined);
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const { done, value } = await reader.read();
      if (done) {
        signal.removeEventListener('abort', stop);
        return ctrl.close();
      }
      ctrl.enqueue(
        typeof value === 'string'
          ? encoder.encode(value)
          : value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : value,
      );
    },
    cancel: (reason) => reader.cancel(reason),
  });
}
