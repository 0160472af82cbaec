// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html) as an async
// iterable of parsed events: `ping` is skipped, `event: error` throws, leaving the loop aborts.
import { APIError } from './errors.js';
import { readLines } from './lines.js';
import { ReadOnceStream } from './read-once.js';

export interface ServerSentEvent {
  event: string | null;
  data: string;
  id: string | null;
}

export async function* decodeSSE(lines: AsyncIterable<string>): AsyncGenerator<ServerSentEvent> {
  let event: string | null = null;
  let id: string | null = null;
  let data: string[] = [];
  for await (const line of lines) {
    if (line === '') {
      if (data.length || event) yield { event, data: data.join('\n'), id };
      event = null;
      data = [];
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }
  if (data.length) yield { event, data: data.join('\n'), id };
}

export class Stream<T> extends ReadOnceStream<T> {
  constructor(
    private readonly events: () => AsyncIterable<ServerSentEvent>,
    controller: AbortController,
    private readonly response?: Response,
  ) {
    super(controller);
  }

  static fromSSEResponse<T>(response: Response, controller: AbortController): Stream<T> {
    return new Stream<T>(() => decodeSSE(readLines(response.body)), controller, response);
  }

  protected async *items(): AsyncIterable<T> {
    for await (const sse of this.events()) {
      if (sse.event === 'ping') continue;
      if (sse.event === 'error') {
        let body: object | undefined;
        try {
          body = JSON.parse(sse.data) as object;
        } catch {
          body = undefined;
        }
        throw new APIError(undefined, body, body ? undefined : sse.data, this.response?.headers);
      }
      if (sse.data === '[DONE]') return;
      yield JSON.parse(sse.data) as T;
    }
  }
}
