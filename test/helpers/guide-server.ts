// A scripted Anthropic API on 127.0.0.1 for the seed guide's examples: just enough of each endpoint
// they call (batches, files, messages as JSON and as SSE, a tool-use turn and the turn after it)
// for both clients to run them to the end.
import type http from 'node:http';
import { json, startServer, type RecordedRequest, type TestServer } from './server.js';

const MESSAGE = { id: 'msg_guide', type: 'message', role: 'assistant', model: 'claude-opus-4-7', stop_reason: 'end_turn', stop_sequence: null };
const usage = (output: number) => ({ input_tokens: 12, output_tokens: output, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
const FILE = { id: 'file_guide', type: 'file', filename: 'report.pdf', mime_type: 'application/pdf', size_bytes: 10, created_at: '2026-01-01T00:00:00Z', downloadable: true };

function batch(url: string, processing_status: string) {
  return {
    id: 'msgbatch_guide',
    type: 'message_batch',
    processing_status,
    request_counts: { processing: processing_status === 'ended' ? 0 : 2, succeeded: processing_status === 'ended' ? 2 : 0, errored: 0, canceled: 0, expired: 0 },
    created_at: '2026-01-01T00:00:00Z',
    expires_at: '2026-01-02T00:00:00Z',
    ended_at: processing_status === 'ended' ? '2026-01-01T01:00:00Z' : null,
    archived_at: null,
    cancel_initiated_at: processing_status === 'canceling' ? '2026-01-01T00:30:00Z' : null,
    results_url: `${url}/v1/messages/batches/msgbatch_guide/results`,
  };
}

const RESULTS = [
  { custom_id: 'request-1', result: { type: 'succeeded', message: { ...MESSAGE, content: [{ type: 'text', text: 'Climate change raises temperatures, shifts rainfall and lifts sea levels.' }], usage: usage(14) } } },
  { custom_id: 'request-2', result: { type: 'errored', error: { type: 'error', error: { type: 'invalid_request_error', message: 'bad request' } } } },
  { custom_id: 'request-3', result: { type: 'expired' } },
];

type Event = { event: string; data: object };
const sseText = (events: Event[]) => events.map((e) => `event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`).join('');

/** A streamed message: each block as start, its deltas, stop; then the stop reason and usage. */
function streamedMessage(blocks: { start: object; deltas: object[] }[], stopReason: string): Event[] {
  const events: Event[] = [{ event: 'message_start', data: { type: 'message_start', message: { ...MESSAGE, content: [], stop_reason: null, usage: usage(1) } } }];
  blocks.forEach((block, index) => {
    events.push({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block: block.start } });
    if (index === 0) events.push({ event: 'ping', data: { type: 'ping' } });
    for (const delta of block.deltas) events.push({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta } });
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  events.push({ event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 42 } } });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}

const textBlock = (...parts: string[]) => ({ start: { type: 'text', text: '' }, deltas: parts.map((text) => ({ type: 'text_delta', text })) });
const thinkingBlock = (...parts: string[]) => ({
  start: { type: 'thinking', thinking: '', signature: '' },
  deltas: [...parts.map((thinking) => ({ type: 'thinking_delta', thinking })), { type: 'signature_delta', signature: 'sig_guide' }],
});
const toolUseBlock = (id: string, name: string, jsonParts: string[]) => ({
  start: { type: 'tool_use', id, name, input: {} },
  deltas: jsonParts.map((partial_json) => ({ type: 'input_json_delta', partial_json })),
});

interface MessagesBody {
  stream?: boolean;
  thinking?: unknown;
  tools?: { name: string }[];
  messages?: { role: string; content: unknown }[];
}

/** Whether the conversation already carries tool results (the turn after a tool call). */
const hasToolResults = (body: MessagesBody) => JSON.stringify(body.messages ?? []).includes('"tool_result"');

function answerMessages(body: MessagesBody, res: http.ServerResponse): void {
  const wantsTool = (body.tools?.length ?? 0) > 0 && !hasToolResults(body);
  if (!body.stream) {
    const content = wantsTool
      ? [{ type: 'text', text: 'Let me check.' }, { type: 'tool_use', id: 'toolu_1', name: body.tools![0]!.name, input: { location: 'Paris' } }]
      : [{ type: 'text', text: 'Hello from the guide server.' }];
    return json(res, 200, { ...MESSAGE, content, stop_reason: wantsTool ? 'tool_use' : 'end_turn', usage: usage(9) });
  }
  let events: Event[];
  if (wantsTool) {
    events = streamedMessage([textBlock('Checking ', 'both cities.'), toolUseBlock('toolu_1', body.tools![0]!.name, ['{"loc', 'ation": "Par', 'is, France"}']), toolUseBlock('toolu_2', body.tools![0]!.name, ['{"location":', ' "London, UK"}'])], 'tool_use');
  } else if (body.thinking) {
    events = streamedMessage([thinkingBlock('Let me ', 'think.'), textBlock('The answer ', 'is 42.')], 'end_turn');
  } else {
    events = streamedMessage([textBlock('Once upon', ' a time', ', the end.')], 'end_turn');
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_guide' });
  res.end(sseText(events));
}

function answer(req: RecordedRequest, res: http.ServerResponse, url: string): void {
  const { method, path } = req;
  if (path === '/v1/messages' && method === 'POST') return answerMessages(JSON.parse(req.body.toString() || '{}') as MessagesBody, res);
  if (path === '/v1/messages/batches' && method === 'POST') return json(res, 200, batch(url, 'in_progress'));
  if (path.endsWith('/results')) {
    res.writeHead(200, { 'content-type': 'application/x-jsonl', 'request-id': 'req_guide' });
    return void res.end(RESULTS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  if (path.endsWith('/cancel')) return json(res, 200, batch(url, 'canceling'));
  if (path.startsWith('/v1/messages/batches/')) return json(res, 200, batch(url, 'ended'));
  if (path === '/v1/files' && method === 'POST') return json(res, 200, FILE);
  if (path === '/v1/files') return json(res, 200, { data: [FILE], has_more: false, first_id: FILE.id, last_id: FILE.id });
  if (path.endsWith('/content')) {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    return void res.end('downloaded bytes');
  }
  if (path.startsWith('/v1/files/') && method === 'DELETE') return json(res, 200, { id: FILE.id, type: 'file_deleted' });
  if (path.startsWith('/v1/files/')) return json(res, 200, FILE);
  json(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route for ${method} ${path}` } });
}

export async function startGuideServer(): Promise<TestServer> {
  const server: TestServer = await startServer((req, res) => answer(req, res, server.url));
  return server;
}
