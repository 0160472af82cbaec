// The raw Stream's tee(), toReadableStream() and Stream.fromReadableStream(), on SSE from a real
// server, beside the official SDK's Stream for the NDJSON format both read and write.
import { Stream as OfficialStream } from '@anthropic-ai/sdk/streaming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stream } from '../../src/runtime/streaming.js';
import Anthropic from '../../generated/src/index.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: Anthropic;
let closed = 0;
beforeAll(async () => {
  server = await startServer();
  client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

const EVENTS = Array.from({ length: 5 }, (_, i) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: `t${i} é` } }));
const frames = EVENTS.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('');

/** Serves the five events; with `hold`, keeps the connection open until the client closes it. */
function serve(hold = false) {
  server.handle((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.on('close', () => closed++);
    res.write(frames);
    if (!hold) res.end();
  });
}

const open = () => client.messages.create({ model: 'm', max_tokens: 8, messages: [], stream: true });
const flush = () => new Promise((resolve) => setImmediate(resolve));
const collect = async <T>(items: AsyncIterable<T>, limit = Infinity) => {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
};

describe('Stream.tee()', () => {
  it('gives both branches every item, read at different paces', async () => {
    serve();
    const [left, right] = (await open()).tee();
    const leftItems = await collect(left);
    const rightItems = await collect(right);
    expect(leftItems).toEqual(EVENTS);
    expect(rightItems).toEqual(EVENTS);
  });

  it('reads side by side, interleaved', async () => {
    serve();
    const [left, right] = (await open()).tee();
    const [a, b] = [left[Symbol.asyncIterator](), right[Symbol.asyncIterator]()];
    const order = [await a.next(), await a.next(), await b.next(), await a.next(), await b.next()];
    expect(order.map((r) => (r.value as (typeof EVENTS)[0]).delta.text)).toEqual(['t0 é', 't1 é', 't0 é', 't2 é', 't1 é']);
  });

  it('leaving one branch early keeps the request; leaving both aborts it', async () => {
    serve(true);
    const before = closed;
    const [left, right] = (await open()).tee();
    expect(await collect(left, 1)).toEqual(EVENTS.slice(0, 1));
    expect(await collect(right, 3)).toEqual(EVENTS.slice(0, 3));
    while (closed === before) await flush();
    expect(closed).toBe(before + 1);
  });

  it('the stream itself cannot be read after tee()', async () => {
    serve();
    const stream = await open();
    stream.tee();
    await expect(collect(stream)).rejects.toThrow('consumed');
  });

  it('a failure reaches both branches, and is not unhandled when one never reads', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`${frames}event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n`);
    });
    const [left, right] = (await open()).tee();
    await expect(collect(left)).rejects.toMatchObject({ error: { error: { type: 'overloaded_error' } } });
    void right;
    await flush();
  });
});

describe('toReadableStream() / Stream.fromReadableStream()', () => {
  it('round-trips as NDJSON that the official Stream reads back the same', async () => {
    serve();
    const bytes = new Uint8Array(await new Response((await open()).toReadableStream()).arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toBe(EVENTS.map((e) => JSON.stringify(e) + '\n').join(''));
    const ours = await collect(Stream.fromReadableStream(new Response(bytes).body!));
    const theirs = await collect(OfficialStream.fromReadableStream(new Response(bytes).body!, new AbortController()));
    expect(ours).toEqual(theirs);
    expect(ours).toEqual(EVENTS);
  });

  it('reads what the official Stream writes, split at any byte, and string chunks', async () => {
    const official = OfficialStream.fromReadableStream(new Response(EVENTS.map((e) => JSON.stringify(e)).join('\n')).body!, new AbortController());
    const bytes = new Uint8Array(await new Response(official.toReadableStream() as ReadableStream<Uint8Array>).arrayBuffer());
    const oneByteAtATime = new ReadableStream<Uint8Array>({
      start(c) {
        for (const byte of bytes) c.enqueue(new Uint8Array([byte]));
        c.close();
      },
    });
    expect(await collect(Stream.fromReadableStream(oneByteAtATime))).toEqual(EVENTS);
    const strings = new ReadableStream<string>({
      start(c) {
        c.enqueue('{"a":1}\n{"a"');
        c.enqueue(':2}\n');
        c.close();
      },
    });
    expect(await collect(Stream.fromReadableStream(strings))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('aborting the controller cancels the read and ends the iteration', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new TextEncoder().encode('{"n":1}\n')),
      cancel: () => void (cancelled = true),
    });
    const controller = new AbortController();
    let count = 0;
    for await (const _ of Stream.fromReadableStream(endless, controller)) if (++count === 3) controller.abort();
    expect(cancelled).toBe(true);
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('cancelling the readable side aborts the request', async () => {
    serve(true);
    const before = closed;
    const reader = (await open()).toReadableStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(JSON.stringify(EVENTS[0]) + '\n');
    await reader.cancel();
    while (closed === before) await flush();
  });
});
