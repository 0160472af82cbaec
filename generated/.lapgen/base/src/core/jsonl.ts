// Newline-delimited JSON results (`application/x-jsonl`), decoded line by line as they arrive.
import { readLineBatches } from './lines.js';
import { ReadOnceStream } from './read-once.js';

export class JSONLStream<T> extends ReadOnceStream<T> {
  constructor(
    private readonly batches: () => AsyncIterable<string[]>,
    controller: AbortController,
  ) {
    super(controller);
  }

  static fromResponse<T>(response: Response, controller: AbortController): JSONLStream<T> {
    return new JSONLStream<T>(() => readLineBatches(response.body), controller);
  }

  protected async *items(): AsyncGenerator<T> {
    for await (const batch of this.batches()) {
      for (const line of batch) if (line.trim()) yield JSON.parse(line) as T;
    }
  }
}
