// Newline-delimited JSON results (`application/x-jsonl`), decoded line by line as they arrive.
import { readLines } from './lines.js';
import { ReadOnceStream } from './read-once.js';

export class JSONLStream<T> extends ReadOnceStream<T> {
  constructor(
    private readonly lines: () => AsyncIterable<string>,
    controller: AbortController,
  ) {
    super(controller);
  }

  static fromResponse<T>(response: Response, controller: AbortController): JSONLStream<T> {
    return new JSONLStream<T>(() => readLines(response.body), controller);
  }

  protected async *items(): AsyncIterable<T> {
    for await (const line of this.lines()) {
      if (line.trim()) yield JSON.parse(line) as T;
    }
  }
}
