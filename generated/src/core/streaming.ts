// Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html) as an async
// iterable of parsed events: `ping` is skipped, `event: error` throws, leaving the loop aborts.
import { APIError, ClientError } from './errors.js';
import { readLines } from './lines.js';

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

export class Stream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(
    private readonly events: () => AsyncIterable<ServerSentEvent>,
    readonly controller: AbortController,
    private readonly response?: Response,
  ) {}

  static fromSSEResponse<T>(response: Response, controller: AbortController): Stream<T> {
    return new Stream<T>(() => decodeSSE(readLines(response.body)), controller, response);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed) throw new ClientError('Cannot iterate over a consumed stream; use a new request to read it again.');
    this.consumed = true;
    let finished = false;
    try {
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
        if (sse.data === '[DONE]') break;
        yield JSON.parse(sse.data) as T;
      }
      finished = true;
    } finally {
      if (!finished) this.controller.abort();
    }
  }
}
