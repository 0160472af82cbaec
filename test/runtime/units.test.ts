// The runtime's pure pieces, tested in place (src/runtime), with tables.
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../src/runtime/client.js';
import { buildHeaders } from '../../src/runtime/headers.js';
import { readLineBatches, readLines } from '../../src/runtime/lines.js';
import { encodePath } from '../../src/runtime/path.js';
import { encodeQuery } from '../../src/runtime/query.js';
import { decodeSSE } from '../../src/runtime/streaming.js';

const bodyOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
      c.close();
    },
  });
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('encodeQuery', () => {
  it.each([
    ['drops undefined, sends null empty', { a: undefined, b: null, c: 1 }, 'b=&c=1'],
    ['arrays with brackets', { tag: ['x', 'y'] }, 'tag%5B%5D=x&tag%5B%5D=y'],
    ['nested objects', { f: { a: 1 } }, 'f%5Ba%5D=1'],
    ['encodes values', { q: 'a b&c' }, 'q=a%20b%26c'],
    ['dates as ISO', { d: new Date(0) }, 'd=1970-01-01T00%3A00%3A00.000Z'],
  ])('%s', (_n, given, want) => {
    expect(encodeQuery(given)).toBe(want);
  });
});

describe('buildHeaders', () => {
  it('later wins, case-insensitively; null removes; undefined skips', () => {
    const h = buildHeaders([{ 'X-A': '1', 'x-b': '1' }, new Headers({ 'x-a': '2' }), { 'x-b': null, 'x-c': undefined }, [['x-d', '4']]]);
    expect([...h.entries()]).toEqual([['x-a', '2'], ['x-d', '4']]);
  });
});

describe('encodePath', () => {
  it('encodes each value as one segment', () => {
    expect(encodePath`/a/${'x/y'}/b/${'é'}`).toBe('/a/x%2Fy/b/%C3%A9');
  });
  it.each(['', '.', '..', null, undefined])('rejects %j', (value) => {
    expect(() => encodePath`/a/${value}`).toThrow(/non-empty value other than/);
  });
});

describe('retryDelay', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('retry-after-ms wins, then retry-after seconds, then an HTTP date', () => {
    expect(retryDelay(0, h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(retryDelay(0, h({ 'retry-after': '1.5' }))).toBe(1500);
    const d = retryDelay(0, h({ 'retry-after': new Date(Date.now() + 3000).toUTCString() }));
    expect(d).toBeGreaterThan(1000);
    expect(d).toBeLessThanOrEqual(3000);
  });
  it('falls back to 0.5 s·2^n with up to 25 % jitter, capped at 8 s', () => {
    for (const [n, base] of [[0, 500], [1, 1000], [2, 2000], [4, 8000], [9, 8000]] as const) {
      for (let i = 0; i < 50; i++) {
        const d = retryDelay(n, undefined);
        expect(d).toBeLessThanOrEqual(base);
        expect(d).toBeGreaterThanOrEqual(base * 0.75);
      }
    }
  });
  it('ignores negative or absurd server delays', () => {
    expect(retryDelay(0, h({ 'retry-after-ms': '-5' }))).toBeLessThanOrEqual(500);
    expect(retryDelay(0, h({ 'retry-after': '3600' }))).toBeLessThanOrEqual(500);
  });
});

describe('readLines', () => {
  it('splits on LF, CRLF and CR, across chunk boundaries, including a CRLF split in two', async () => {
    expect(await collect(readLines(bodyOf(['a\nb\r', '\nc\rd', 'e\n\nf'])))).toEqual(['a', 'b', 'c', 'de', '', 'f']);
  });
  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('é\n');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 1));
        c.enqueue(bytes.slice(1));
        c.close();
      },
    });
    expect(await collect(readLines(body))).toEqual(['é']);
  });
});

describe('decodeSSE', () => {
  const decode = (text: string) => collect(decodeSSE(readLineBatches(bodyOf([text]))));
  it('events, multi-line data, comments, ids and a last event without a blank line', async () => {
    expect(await decode(': comment\nevent: a\ndata: 1\ndata: 2\nid: 7\n\ndata:x\n\nevent: b\ndata: last')).toEqual([
      { event: 'a', data: '1\n2', id: '7' },
      { event: null, data: 'x', id: '7' },
      { event: 'b', data: 'last', id: '7' },
    ]);
  });
});
