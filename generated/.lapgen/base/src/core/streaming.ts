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
  private done = false;

  constructor(
    private readonly batches: () => AsyncIterable<string[]>,
    controller: AbortController,
    private readonly response?: Response,
  ) {
    super(controller);
  }

  static fromSSEResponse<T>(response: Response, controller: AbortController): Stream<T> {
    return new Stream<T>(() => readLineBatches(response.body), controller, response);
  }

  protected async *items(): AsyncGenerator<T> {
    // Lines are decoded inline rather than through a second generator: one await per event.
    const decoder = new SSEDecoder();
    for await (const batch of this.batches()) {
      for (const line of batch) {
        const sse = decoder.push(line);
        if (sse && this.handle(sse)) yield JSON.parse(sse.data) as T;
        if (this.done) return;
      }
    }
    const last = decoder.flush();
    if (last && this.handle(last)) yield JSON.parse(last.data) as T;
  }

  /** True when the event carries data to yield; throws on `error`; marks `[DONE]`. */
  private handle(sse: ServerSentEvent): boolean {
    if (sse.event === 'ping') return false;
    if (sse.event === 'error') {
      let body: object | undefined;
      try {
        body = JSON.parse(sse.data) as object;
      } catch {
        body = undefined;
      }
      throw new APIError(undefined, body, body ? undefined : sse.data, this.response?.headers);
    }
    if (sse.data === '[DONE]') {
      this.done = true;
      return false;
    }
    return true;
  }
}
