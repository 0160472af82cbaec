// Splits a byte stream into text lines as it arrives: only the unfinished tail is held in memory.

export async function* readLines(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let tail = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      tail += decoder.decode(value, { stream: true });
      let start = 0;
      for (let i = 0; i < tail.length; i++) {
        const ch = tail.charCodeAt(i);
        if (ch !== 10 && ch !== 13) continue;
        // A CR at the very end may be half of a CRLF split across chunks; wait for the next chunk.
        if (ch === 13 && i === tail.length - 1) break;
        yield tail.slice(start, i);
        // A CRLF pair is one line break.
        if (ch === 13 && tail.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
      tail = tail.slice(start);
    }
    tail += decoder.decode();
    if (tail.endsWith('\r')) tail = tail.slice(0, -1);
    if (tail) yield tail;
  } finally {
    reader.releaseLock();
  }
}
