// Turns a successful `Response` into what the method promises, by the endpoint's response kind.
import { JSONLStream } from './jsonl.js';
import { Stream } from './streaming.js';

export type ResponseKind = 'json' | 'sse' | 'jsonl' | 'binary' | 'empty';

export async function parseResponse<T>(
  response: Response,
  kind: ResponseKind,
  controller: AbortController,
): Promise<T> {
  switch (kind) {
    case 'binary':
      return response as T;
    case 'sse':
      return Stream.fromSSEResponse(response, controller) as T;
    case 'jsonl':
      return JSONLStream.fromResponse(response, controller) as T;
    case 'empty':
      await response.body?.cancel().catch(() => undefined);
      return undefined as T;
    case 'json': {
      const text = await response.text();
      if (!text) return undefined as T;
      const data: unknown = JSON.parse(text);
      // The request id rides along on the result without showing up in JSON.stringify or spreads.
      if (data && typeof data === 'object') {
        Object.defineProperty(data, '_request_id', {
          value: response.headers.get('request-id'),
          enumerable: false,
          configurable: true,
          writable: true,
        });
      }
      return data as T;
    }
  }
}
