// Newline-delimited JSON results (`application/x-jsonl`), decoded line by line as they arrive.
import { ClientError } from './errors.js';
import { readLines } from './lines.js';

export class JSONLStream<T> implements AsyncIterable<T> {
  private consumed = false;

  constructor(
    private readonly lines: () => AsyncGenerator<string>,
    readonly controller: AbortController,
  ) {}

  static fromResponse<T>(response: Response, controller: AbortController): JSONLStream<T> {
    return new JSONLStream<T>(() => readLines(response.body), controller);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed) throw new ClientError('Cannot iterate over a consumed stream; results can be read once.');
    this.consumed = true;
    let finished = false;
    try {
      for await (const line of this.lines()) {
        if (line.trim()) yield JSON.parse(line) as T;
      }
      finished = true;
    } finally {
      // Leaving the loop early stops the download instead of reading the rest.
      if (!finished) this.controller.abort();
    }
  }
}
