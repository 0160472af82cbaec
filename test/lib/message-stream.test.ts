// MessageStream side by side with the official SDK's: the same scripted SSE responses from a real
// server on 127.0.0.1, read through both, must give the same listener events in the same order with
// the same arguments, the same raw events when iterated, the same final message and the same error
// classes, and never an unhandled rejection from ours.
import Official from '@anthropic-ai/sdk';
import type http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Anthropic from '../../generated/src/index.js';
import { MessageStream } from '../../generated/src/lib/message-stream.js';
import { MessageStream as OfficialMessageStream } from '@anthropic-ai/sdk/lib/MessageStream';
import { startServer, type TestServer } from '../helpers/server.js';
import { scripts, sse, type Frame } from './sse-scripts.js';

type Client = Anthropic | Official;
// One call shape for both clients; each client's own types are checked where it is used alone.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStream = any;

/** Both clients' `messages.stream` / `beta.messages.stream` (ours wired in from src/lib by the overlay). */
const openStream = (client: Client, params: object, beta = false): AnyStream => {
  if (client instanceof Official) return beta ? client.beta.messages.stream(params as never) : client.messages.stream(params as never);
  return beta ? client.beta.messages.stream(params as never) : client.messages.stream(params as never);
};

interface Script {
  frames: Frame[];
  /** Bytes per write (default: one write). */
  chunk?: number;
  /** After the frames: keep the connection open until the client closes it, or drop it. */
  then?: 'end' | 'hold' | 'drop';
  /** An HTTP error instead of a stream. */
  status?: number;
}

let server: TestServer;
let ours: Anthropic;
let official: Official;
let closedConnections = 0;
/** The response being written, for a test that drops it. */
let live: http.ServerResponse | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  server = await startServer();
  ours = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
  official = new Official({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
});
afterEach(async () => {
  await flush();
  expect(unhandled).toEqual([]);
});

/** Lets pending rejections surface: Node reports unhandled ones after the microtask queue drains. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

function serve(script: Script): void {
  server.handle((_req, res: http.ServerResponse) => {
    if (script.status) {
      res.writeHead(script.status, { 'content-type': 'application/json', 'request-id': 'req_err' });
      return res.end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: too large' } }));
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_stream', 'anthropic-workspace-id': 'wrk_1' });
    live = res;
    res.on('close', () => closedConnections++);
    const bytes = Buffer.from(sse(script.frames));
    const size = script.chunk ?? bytes.length;
    for (let i = 0; i < bytes.length; i += size) res.write(bytes.subarray(i, i + size));
    if (script.then === 'drop') res.socket?.destroy();
    else if (script.then !== 'hold') res.end();
  });
}

/** Error classes compared by name (the generated base class is AnthropicError, as the official). */
function errorClass(err: unknown): string {
  return (err as Error)?.constructor?.name ?? typeof err;
}

/** How a promise failed: the class, and the message where it is this library's own text (not the API's error body). */
const rejection = (err: unknown) => {
  const name = errorClass(err);
  return name === 'AnthropicError' ? { rejected: name, message: (err as Error).message } : { rejected: name };
};

const plain = (value: unknown): unknown => (value instanceof Error ? { error: errorClass(value) } : value === undefined ? '(undefined)' : JSON.parse(JSON.stringify(value)));

const EVENTS = ['connect', 'streamEvent', 'text', 'citation', 'inputJson', 'thinking', 'signature', 'compaction', 'contentBlock', 'message', 'finalMessage', 'error', 'abort', 'end'];

interface Drive {
  listen?: boolean;
  iterate?: boolean;
  /** Called on each raw event while iterating; true breaks out of the loop. */
  breakWhen?: (event: { type: string }) => boolean;
  /** Called once, on the first text delta. */
  onFirstText?: (s: AnyStream) => void;
  beta?: boolean;
}

/** Reads one stream as the options say and records everything observable about it. */
async function drive(client: Client, options: Drive) {
  const s = openStream(client, { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }, options.beta);
  const listened: unknown[] = [];
  if (options.listen) for (const name of EVENTS) s.on(name, (...args: unknown[]) => listened.push([name, ...args.map(plain)]));
  if (options.onFirstText) s.once('text', () => options.onFirstText!(s));
  const iterated: unknown[] = [];
  let loopError: string | undefined;
  if (options.iterate) {
    try {
      for await (const event of s) {
        iterated.push(plain(event));
        if (options.breakWhen?.(event)) break;
      }
    } catch (err) {
      loopError = errorClass(err);
    }
  }
  const final = await s.finalMessage().then(plain, rejection);
  return { listened, iterated, loopError, final, state: { ended: s.ended, errored: s.errored, aborted: s.aborted } };
}

async function sideBySide(script: Script, options: Drive) {
  serve(script);
  const theirs = await drive(official, options);
  await flush();
  const mine = await drive(ours, options);
  return { theirs, mine };
}

describe('MessageStream beside the official one, same scripted stream', () => {
  const cases: [string, Script, Drive][] = [
    ['text in many deltas, with pings', { frames: scripts.text() }, { listen: true }],
    ['tool use split at awkward byte positions', { frames: scripts.toolUse(), chunk: 7 }, { listen: true }],
    ['tool use, one byte per write', { frames: scripts.toolUse(), chunk: 1 }, { listen: true, iterate: true }],
    ['thinking with signature, redacted thinking', { frames: scripts.thinking(), chunk: 13 }, { listen: true }],
    ['citations', { frames: scripts.citations() }, { listen: true }],
    ['server tool blocks, usage and container in message_delta', { frames: scripts.serverTools(), chunk: 11 }, { listen: true }],
    ['unknown event, block and delta kinds', { frames: scripts.unknownKinds() }, { listen: true, iterate: true }],
    ['a mid-stream error event', { frames: scripts.midStreamError() }, { listen: true }],
    ['a mid-stream error event, iterating', { frames: scripts.midStreamError() }, { iterate: true }],
    ['an HTTP 400 before any event', { frames: [], status: 400 }, { listen: true, iterate: true }],
    ['an HTTP 529 before any event', { frames: [], status: 529 }, { listen: true }],
    ['an ending without message_stop', { frames: scripts.noStop() }, { listen: true, iterate: true }],
    ['iterating and listening at once', { frames: scripts.text(), chunk: 5 }, { listen: true, iterate: true }],
    ['beta: compaction, MCP tool input, iterations, context management', { frames: scripts.beta(), chunk: 9 }, { listen: true, iterate: true, beta: true }],
  ];
  it.each(cases)('%s', async (_name, script, options) => {
    const { theirs, mine } = await sideBySide(script, options);
    expect(mine).toEqual(theirs);
  });

  it.each([false, true])('tool input that is not JSON fails the stream with an error of the base class (beta: %s)', async (beta) => {
    const frames = [...scripts.toolUse().slice(0, 6), ['content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: '{"a" 1}' } }] as Frame, ...scripts.toolUse().slice(-3)];
    const { theirs, mine } = await sideBySide({ frames }, { listen: true, beta });
    // The wording differs (the official stable stream passes on the JSON parser's own message).
    const classOnly = (r: typeof mine) => ({ ...r, final: { rejected: (r.final as { rejected: string }).rejected } });
    expect(classOnly(mine)).toEqual(classOnly(theirs));
    expect(mine.final).toMatchObject({ rejected: 'AnthropicError', message: expect.stringContaining('Unable to parse tool parameter JSON') });
  });

  it('a dropped connection: an error of the base class, with the events before it', async () => {
    const drop = () => live!.socket!.destroy();
    const { theirs, mine } = await sideBySide({ frames: scripts.partial(), then: 'hold' }, { listen: true, onFirstText: drop });
    expect(mine).toEqual(theirs);
    expect(mine.final).toMatchObject({ rejected: 'AnthropicError' });
  });

  it('abort after the first text: abort, then end; the request is closed', async () => {
    const before = closedConnections;
    const { theirs, mine } = await sideBySide({ frames: scripts.partial(), then: 'hold' }, { listen: true, onFirstText: (s) => s.abort() });
    expect(mine).toEqual(theirs);
    expect(mine.final).toMatchObject({ rejected: 'APIUserAbortError' });
    expect(mine.listened.slice(-2).map((e) => (e as string[])[0])).toEqual(['abort', 'end']);
    await untilClosed(before + 2);
  });

  it('breaking out of the loop early aborts the request', async () => {
    const before = closedConnections;
    const breakWhen = (event: { type: string }) => event.type === 'content_block_delta';
    const { theirs, mine } = await sideBySide({ frames: scripts.partial(), then: 'hold' }, { listen: true, iterate: true, breakWhen });
    expect(mine).toEqual(theirs);
    await untilClosed(before + 2);
  });
});

/** Waits (without a clock) until the server has seen `count` connections close. */
async function untilClosed(count: number) {
  while (closedConnections < count) await flush();
}

describe('MessageStream promises and accessors', () => {
  it('finalText, withResponse, request ids, messages and receivedMessages', async () => {
    serve({ frames: scripts.text() });
    const s = openStream(ours, { model: 'm', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] }) as MessageStream;
    const { data, response, request_id, workspace_id } = await s.withResponse();
    expect([data === s, response.status, request_id, workspace_id]).toEqual([true, 200, 'req_stream', 'wrk_1']);
    expect(await s.finalText()).toBe('Hello, world! Ünïcødé 😀 done. Second block.');
    expect([s.request_id, s.workspace_id, s.ended, s.errored, s.aborted]).toEqual(['req_stream', 'wrk_1', true, false, false]);
    expect(s.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(s.receivedMessages).toHaveLength(1);
    expect(s.receivedMessages[0]!.parsed_output).toBeNull();
    expect(s.currentMessage).toBeUndefined();
  });

  it('emitted() resolves with the one argument, or the arguments, of the next such event', async () => {
    serve({ frames: scripts.text() });
    const s = openStream(ours, { model: 'm', max_tokens: 8, messages: [] }) as MessageStream;
    const [connect, text, message, end] = await Promise.all([s.emitted('connect'), s.emitted('text'), s.emitted('message'), s.emitted('end')]);
    expect([connect, text, message.content.length, end]).toEqual([undefined, ['Hello', 'Hello'], 2, undefined]);
  });

  it('emitted() rejects when the stream fails first', async () => {
    serve({ frames: scripts.midStreamError() });
    const s = openStream(ours, { model: 'm', max_tokens: 8, messages: [] }) as MessageStream;
    await expect(s.emitted('message')).rejects.toMatchObject({ error: { error: { type: 'overloaded_error' } } });
  });

  it('off() removes one registration; once() runs once', async () => {
    serve({ frames: scripts.text() });
    const s = openStream(ours, { model: 'm', max_tokens: 8, messages: [] }) as MessageStream;
    const seen: string[] = [];
    const all = (d: string) => seen.push(`on:${d}`);
    s.on('text', all).on('text', all).off('text', all).once('text', (d) => seen.push(`once:${d}`));
    await s.done();
    expect(seen.slice(0, 3)).toEqual(['on:Hello', 'once:Hello', 'on:,']);
    expect(seen.filter((x) => x.startsWith('once'))).toHaveLength(1);
  });

  it('structured output: parsed_output from the format parse(), on the message and its text blocks', async () => {
    const frames: Frame[] = [scripts.text()[0]!, ['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }], ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: '{"answer":' } }], ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: ' 4}' } }], ['content_block_stop', { index: 0 }], ['message_stop', {}]];
    serve({ frames });
    const format = { type: 'json_schema' as const, schema: {}, parse: (text: string) => JSON.parse(text) as { answer: number } };
    const messages = ours.messages;
    const s = messages.stream({ model: 'm', max_tokens: 8, messages: [], output_config: { format } });
    const message = await s.finalMessage();
    const answer: number | undefined = message.parsed_output?.answer;
    expect(answer).toBe(4);
    expect((message.content[0] as { parsed_output?: unknown }).parsed_output).toEqual({ answer: 4 });
    expect(Object.keys(message.content[0]!)).not.toContain('parsed_output');
  });
});

describe('no unhandled rejection, however the stream is used (ours alone)', () => {
  const params = { model: 'm', max_tokens: 8, messages: [] };
  const open = (options?: { signal: AbortSignal }) => ours.messages.stream(params as never, options);
  const uses: [string, Script, (s: () => MessageStream) => Promise<unknown>][] = [
    ['only iterating, through an error', { frames: scripts.midStreamError() }, async (make) => {
      const s = make();
      const events: unknown[] = [];
      await expect((async () => { for await (const e of s) events.push(e); })()).rejects.toMatchObject({ error: { type: 'error' } });
      expect(events).toHaveLength(3);
    }],
    ['only awaiting finalMessage(), through an error', { frames: scripts.midStreamError() }, (make) => expect(make().finalMessage()).rejects.toBeInstanceOf(Error)],
    ['only aborting, nothing listening', { frames: scripts.partial(), then: 'hold' }, async (make) => {
      const s = make();
      s.abort();
      while (!s.ended) await flush();
      expect([s.aborted, s.errored]).toEqual([true, true]);
    }],
    ['aborting through the caller\'s signal', { frames: scripts.partial(), then: 'hold' }, async () => {
      const controller = new AbortController();
      const s2 = open({ signal: controller.signal });
      s2.on('text', () => controller.abort());
      await expect(s2.finalMessage()).rejects.toMatchObject({ name: 'APIUserAbortError' });
    }],
    ['breaking out early, nothing else', { frames: scripts.partial(), then: 'hold' }, async (make) => {
      const s = make();
      for await (const _ of s) break;
      while (!s.ended) await flush();
      expect(s.aborted).toBe(true);
    }],
    ['withResponse() only, then an error', { frames: scripts.midStreamError() }, async (make) => {
      const s = make();
      await s.withResponse();
      while (!s.ended) await flush();
    }],
    ['an abort while the loop body is busy: the loop throws it after the queued events', { frames: scripts.text(), then: 'hold' }, async (make) => {
      const s = make();
      const seen: string[] = [];
      await expect((async () => {
        for await (const e of s) {
          seen.push(e.type);
          if (seen.length === 1) {
            s.abort();
            while (!s.ended) await flush();
          }
        }
      })()).rejects.toMatchObject({ name: 'APIUserAbortError' });
    }],
  ];
  it.each(uses)('%s', async (_name, script, use) => {
    serve(script);
    await use(() => open());
    await flush();
    expect(unhandled).toEqual([]);
  });

  it('an error nobody observes at all is raised as an unhandled rejection, not lost', async () => {
    serve({ frames: scripts.midStreamError() });
    const s = ours.messages.stream(params as never);
    s.on('text', () => undefined);
    while (!s.ended) await flush();
    await flush();
    expect(unhandled.map(errorClass)).toEqual(['APIError']);
    unhandled.length = 0;
  });
});

describe('toReadableStream() and fromReadableStream()', () => {
  it('our stream sent on as NDJSON reads back the same through ours and through the official one', async () => {
    serve({ frames: scripts.toolUse(), chunk: 6 });
    const source = ours.messages.stream({ model: 'm', max_tokens: 8, messages: [] } as never);
    const bytes = new Uint8Array(await new Response(source.toReadableStream()).arrayBuffer());
    const readBack = async (s: AnyStream) => {
      const listened: unknown[] = [];
      for (const name of EVENTS) s.on(name, (...args: unknown[]) => listened.push([name, ...args.map(plain)]));
      return { listened, final: await s.finalMessage().then(plain, rejection), request_id: plain(s.request_id) };
    };
    const chunked = () => new Response(bytes).body!;
    const theirs = await readBack(OfficialMessageStream.fromReadableStream(chunked()));
    const mine = await readBack(MessageStream.fromReadableStream(chunked()));
    expect(mine).toEqual(theirs);
    expect(mine.final).toMatchObject({ stop_reason: 'tool_use' });
  });

  it('withResponse() on a stream read from a ReadableStream fails: there is no response', async () => {
    const s = MessageStream.fromReadableStream(new Response('').body!);
    await expect(s.withResponse()).rejects.toThrow('Could not resolve a `Response` object');
    await expect(s.done()).rejects.toThrow('request ended without sending any chunks');
  });
});

describe('the guide\'s streaming examples, typed', () => {
  it('narrows raw events, types listener arguments and the final message', async () => {
    serve({ frames: scripts.text() });
    const client = ours.messages;
    const s = client.stream({ model: 'claude-opus-4-7', max_tokens: 64000, messages: [{ role: 'user', content: 'Write a story' }] });
    let written = '';
    const deltas: string[] = [];
    s.on('text', (text, snapshot) => deltas.push(`${text}|${snapshot.length}`));
    for await (const event of s) {
      if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') written += event.delta.text;
    }
    const finalMessage = await s.finalMessage();
    const tokens: number = finalMessage.usage.output_tokens;
    expect([written, tokens, deltas[0]]).toEqual(['Hello, world! Ünïcødé 😀 done.Second block.', 42, 'Hello|5']);
  });
});

describe('a loop started after the end', () => {
  it('finishes at once', async () => {
    serve({ frames: scripts.text() });
    const s = ours.messages.stream({ model: 'm', max_tokens: 8, messages: [] } as never);
    await s.done();
    const late: unknown[] = [];
    for await (const event of s) late.push(event);
    expect(late).toEqual([]);
  });
});
