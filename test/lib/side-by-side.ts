// One scripted server, our generated client and the official SDK pointed at it: each test answers a
// queue of responses, runs the same code through both clients, and compares what went on the wire.
import Official from '@anthropic-ai/sdk';
import type http from 'node:http';
import Anthropic from '../../generated/src/index.js';
import { json, startServer, type RecordedRequest, type TestServer } from '../helpers/server.js';

export type Reply = (res: http.ServerResponse) => void;

export interface Rig {
  server: TestServer;
  ours: Anthropic;
  official: Official;
  /** Answers the next requests, in order, with these replies (the last one repeats). */
  script(replies: Reply[]): void;
  /** The requests received since the last `script`, as comparable data. */
  sent(): WireRequest[];
}

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  body: unknown;
}

// Headers that carry no API meaning (the official SDK's telemetry, the transport's own).
const TELEMETRY = /^(user-agent|x-stainless-.*|host|connection|content-length|accept-encoding|accept-language|sec-fetch-mode)$/;

export async function startRig(): Promise<Rig> {
  let queue: Reply[] = [];
  let from = 0;
  const server = await startServer((_req, res) => {
    const reply = queue.length > 1 ? queue.shift()! : queue[0];
    if (!reply) return json(res, 500, { type: 'error', error: { type: 'api_error', message: 'unscripted' } });
    reply(res);
  });
  const options = { apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 };
  return {
    server,
    ours: new Anthropic(options),
    official: new Official(options),
    script(replies) {
      queue = [...replies];
      from = server.requests.length;
    },
    sent: () => server.requests.slice(from).map(wire),
  };
}

function wire(req: RecordedRequest): WireRequest {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([key]) => !TELEMETRY.test(key)));
  const text = req.body.toString();
  return { method: req.method, url: req.url, headers, body: text ? JSON.parse(text) : undefined };
}

export const message = (content: unknown[], extra: Record<string, unknown> = {}): Reply => (res) =>
  json(res, 200, {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5',
    content,
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 5 },
    ...extra,
  });

/** A message streamed as SSE, one event per delta, as the API sends it. */
export const streamed = (events: { type: string; [key: string]: unknown }[]): Reply => (res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_stream' });
  for (const event of events) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  res.end();
};

type Block = { type: string; [key: string]: unknown };

/** The SSE events the API sends for `content`: text in small deltas, tool input as split JSON. */
export function eventsOf(content: Block[], extra: Record<string, unknown> = {}): { type: string; [key: string]: unknown }[] {
  const start = { id: 'msg_s', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } };
  const events: { type: string; [key: string]: unknown }[] = [{ type: 'message_start', message: start }, { type: 'ping' }];
  content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '', citations: null } });
      const text = String(block['text']);
      for (let i = 0; i < text.length; i += 4) events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: text.slice(i, i + 4) } });
    } else if (block.type === 'tool_use') {
      events.push({ type: 'content_block_start', index, content_block: { ...block, input: {} } });
      const json = JSON.stringify(block['input']);
      const cut = Math.floor(json.length / 2);
      for (const part of [json.slice(0, cut), json.slice(cut)]) events.push({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: part } });
    } else {
      events.push({ type: 'content_block_start', index, content_block: block });
    }
    events.push({ type: 'content_block_stop', index });
  });
  events.push({ type: 'message_delta', delta: { stop_reason: extra['stop_reason'] ?? 'end_turn', stop_sequence: null }, usage: { output_tokens: 5 } });
  events.push({ type: 'message_stop' });
  return events;
}
