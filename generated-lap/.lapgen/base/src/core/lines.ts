// Splits a byte stream into text lines as it arrives: only the unfinished tail is held in memory.
// Lines come in batches, one per chunk read, so a consumer pays one await per chunk, not per line.

export async function* readLineBatches(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string[]> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let tail = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      tail += decoder.decode(value, { stream: true });
      const lines: string[] = [];
      tail = splitLines(tail, lines);
      if (lines.length) yield lines;
    }
    tail += decoder.decode();
    if (tail.endsWith('\r')) tail = tail.slice(0, -1);
    const lines: string[] = [];
    tail = splitLines(tail, lines);
    if (tail) lines.push(tail);
    if (lines.length) yield lines;
  } finally {
    reader.releaseLock();
  }
}

/** Every line `text` completes goes into `out`; returns the unfinished rest. */
function splitLines(text: string, out: string[]): string {
  let start = 0;
  if (!text.includes('\r')) {
    // The common case (LF only): let indexOf do the scanning.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      out.push(text.slice(start, nl));
      start = nl + 1;
    }
    return text.slice(start);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    // A CR at the very end may be half of a CRLF split across chunks; wait for the next chunk.
    if (ch === 13 && i === text.length - 1) break;
    out.push(text.slice(start, i));
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return text.slice(start);
}

export async function* readLines(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  for await (const batch of readLineBatches(body)) yield* batch;
}
