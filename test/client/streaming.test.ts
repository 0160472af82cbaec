// SSE and JSONL against a real server: events as they arrive, ping skipped, errors mid-stream,
// early exit aborting the download, one read only, and flat memory over 100,000 result lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic, APIError } from '../helpers/client-under-test.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: Anthropic;
beforeAll(async () => {
  server = await startServer();
  client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const create = { model: 'm', max_tokens: 5, messages: [{ role: 'user' as const, content: 'hi' }], stream: true as const };

describe('SSE', () => {
  it('yields parsed events, skips ping, and sends stream: true', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // Split a frame across writes and use CRLF on one, as proxies do.
      res.write(sse('message_start', { type: 'message_start' }) + 'event: ping\ndata: {"type": "ping"}\n\n' + 'event: content_block_delta\r\ndata: {"type":"content_');
      setTimeout(() => res.end('block_delta","delta":{"text":"Hi"}}\r\n\r\n' + sse('message_stop', { type: 'message_stop' })), 10);
    });
    const stream = await client.messages.create(create);
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toEqual([{ type: 'message_start' }, { type: 'content_block_delta', delta: { text: 'Hi' } }, { type: 'message_stop' }]);
    expect(JSON.parse(server.requests.at(-1)!.body.toString())).toMatchObject({ stream: true });
  });

  it('an `event: error` mid-stream throws an APIError after the events before it', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_sse' });
      res.end(sse('message_start', { type: 'message_start' }) + sse('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }));
    });
    const events: unknown[] = [];
    const consume = async () => {
      for await (const event of await client.messages.create(create)) events.push(event);
    };
    const err = await consume().catch((e: unknown) => e);
    expect(events).toEqual([{ type: 'message_start' }]);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).error).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    expect((err as APIError).message).toContain('Overloaded');
    expect((err as APIError).requestID).toBe('req_sse');
  });

  it('breaking out of the loop aborts the request', async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse('message_start', { type: 'message_start' }));
      const timer = setInterval(() => res.write(sse('ping', {})), 20);
      res.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    for await (const _event of await client.messages.create(create)) break;
    await connectionClosed;
  });

  it('a stream can be read once', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sse('message_stop', { type: 'message_stop' }));
    });
    const stream = await client.messages.create(create);
    for await (const _ of stream) void _;
    const again = async () => {
      for await (const _ of stream) void _;
    };
    await expect(again()).rejects.toThrow('consumed');
  });

  it('without stream: true the same method returns the parsed message', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"msg_1","type":"message"}');
    });
    const message = await client.messages.create({ ...create, stream: false });
    expect(message).toEqual({ id: 'msg_1', type: 'message' });
  });
});

describe('JSONL batch results', () => {
  it('decodes 100,000 lines as they arrive, with flat memory', async () => {
    const LINES = 100_000;
    const payload = 'x'.repeat(2_000);
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-jsonl' });
      let i = 0;
      const pump = () => {
        while (i < LINES) {
          const ok = res.write(`{"custom_id":"r${i}","result":{"type":"succeeded","text":"${payload}"}}\n`);
          i++;
          if (!ok) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    let lastId = '';
    for await (const line of await client.messages.batches.results('mb_big')) {
      count++;
      lastId = (line as { custom_id: string }).custom_id;
      if (count % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }
    expect(count).toBe(LINES);
    expect(lastId).toBe(`r${LINES - 1}`);
    // ~200 MB went through; a buffering decoder would hold all of it.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);
});
