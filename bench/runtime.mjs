// Runtime benchmark: the generated client (generated/) beside @anthropic-ai/sdk@0.118.0, in one run,
// on the same inputs: per-call overhead, SSE and JSONL decoding throughput, and bundle size.
// Both clients are bundled the same way (esbuild, ESM) and driven through the same in-process fetch stub.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CALLS = Number(process.env.BENCH_CALLS ?? 3000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-rt-bench-'));

const clients = {
  generated: path.join(root, 'generated/src/index.ts'),
  official: '@anthropic-ai/sdk',
};
// Until the overlay wires `messages.stream` into the generated client, the bench calls the lib function itself.
const messageStreamModule = path.join(root, 'generated/src/lib/message-stream.ts');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function bundle(name, entry, { minify }) {
  const file = path.join(work, `${name}-${minify ? 'min' : 'run'}.mjs`);
  // The size bundle is the client alone; the run bundle may add the MessageStream entry point.
  const extra = !minify && name === 'generated' && fs.existsSync(messageStreamModule) ? `export { stream } from ${JSON.stringify(messageStreamModule)};\n` : '';
  const result = await build({
    stdin: { contents: `import Client from ${JSON.stringify(entry)};\nexport default Client;\nexport const client = new Client({ apiKey: 'k' });\n${extra}`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: minify ? 'browser' : 'node',
    minify,
    // The official SDK lazily imports Node built-ins for credential files; they are not part of any bundle.
    external: ['node:*'],
    write: false,
    logLevel: 'error',
  });
  fs.writeFileSync(file, result.outputFiles[0].contents);
  return file;
}

const encoder = new TextEncoder();
const MESSAGE = JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-x', content: [{ type: 'text', text: 'Hello!' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 3 } });

function streamOf(payload, chunk = 64 * 1024) {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= payload.length) return controller.close();
      controller.enqueue(payload.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
}

function ssePayload(targetBytes) {
  const delta = `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'The quick brown fox jumps over the lazy dog. '.repeat(3) } })}\n\n`;
  const head = `event: message_start\ndata: ${JSON.stringify({ type: 'message_start', message: JSON.parse(MESSAGE) })}\n\nevent: ping\ndata: {"type":"ping"}\n\n`;
  const tail = `event: message_stop\ndata: {"type":"message_stop"}\n\n`;
  const count = Math.ceil(targetBytes / delta.length);
  const textLength = 'Hello!'.length + count * 'The quick brown fox jumps over the lazy dog. '.repeat(3).length;
  return { bytes: encoder.encode(head + delta.repeat(count) + tail), events: count + 2, textLength };
}

function jsonlPayload(targetBytes) {
  const line = JSON.stringify({ custom_id: 'req_000001', result: { type: 'succeeded', message: JSON.parse(MESSAGE) } }) + '\n';
  const count = Math.ceil(targetBytes / line.length);
  return { bytes: encoder.encode(line.repeat(count)), lines: count };
}

function stubFetch(routes) {
  return async (input) => {
    const url = String(input);
    for (const [match, respond] of routes) if (url.includes(match)) return respond(url);
    return new Response(MESSAGE, { status: 200, headers: { 'content-type': 'application/json', 'request-id': 'req_1' } });
  };
}

async function perCallMicros(Client) {
  const client = new Client({ apiKey: 'k', baseURL: 'http://stub.local', maxRetries: 0, fetch: stubFetch([]) });
  const params = { model: 'claude-x', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] };
  for (let i = 0; i < 300; i++) await client.messages.create(params); // warm-up
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await client.messages.create(params);
    rounds.push(((performance.now() - start) * 1000) / CALLS);
  }
  return median(rounds);
}

async function sseMBps(Client, payload) {
  const client = new Client({ apiKey: 'k', baseURL: 'http://stub.local', maxRetries: 0, fetch: stubFetch([['/v1/messages', () => new Response(streamOf(payload.bytes), { headers: { 'content-type': 'text/event-stream' } })]]) });
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    let events = 0;
    for await (const _event of await client.messages.create({ model: 'claude-x', max_tokens: 16, messages: [], stream: true })) events++;
    const seconds = (performance.now() - start) / 1000;
    if (events !== payload.events) throw new Error(`SSE: expected ${payload.events} events, got ${events}`);
    rounds.push(payload.bytes.length / 1e6 / seconds);
  }
  return median(rounds);
}

/**
 * MessageStream over the same SSE payload: `for await` over its events, or `.on('text')`, then
 * `finalMessage()`, as the SDK guide uses it. The accumulated text is checked, so both did the work.
 */
async function messageStreamMBps(Client, openStream, payload, mode) {
  const client = new Client({ apiKey: 'k', baseURL: 'http://stub.local', maxRetries: 0, fetch: stubFetch([['/v1/messages', () => new Response(streamOf(payload.bytes), { headers: { 'content-type': 'text/event-stream' } })]]) });
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    const stream = openStream(client, { model: 'claude-x', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] });
    let count = 0;
    if (mode === 'iterate') for await (const _event of stream) count++;
    else stream.on('text', () => count++);
    const message = await stream.finalMessage();
    const seconds = (performance.now() - start) / 1000;
    const expected = mode === 'iterate' ? payload.events : payload.events - 2;
    if (count !== expected || message.content[0].text.length !== payload.textLength) throw new Error(`MessageStream (${mode}): expected ${expected}, got ${count}`);
    rounds.push(payload.bytes.length / 1e6 / seconds);
  }
  return median(rounds);
}

async function jsonlMBps(Client, payload) {
  const results = () => new Response(streamOf(payload.bytes), { headers: { 'content-type': 'application/x-jsonl' } });
  // The official SDK first retrieves the batch to learn its results URL; that small call is part of its cost.
  const batch = () => new Response(JSON.stringify({ id: 'mb_1', results_url: 'http://stub.local/v1/messages/batches/mb_1/results' }), { headers: { 'content-type': 'application/json' } });
  const client = new Client({ apiKey: 'k', baseURL: 'http://stub.local', maxRetries: 0, fetch: stubFetch([['/results', results], ['/batches/mb_1', batch]]) });
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    let lines = 0;
    for await (const _line of await client.messages.batches.results('mb_1')) lines++;
    const seconds = (performance.now() - start) / 1000;
    if (lines !== payload.lines) throw new Error(`JSONL: expected ${payload.lines} lines, got ${lines}`);
    rounds.push(payload.bytes.length / 1e6 / seconds);
  }
  return median(rounds);
}

const sse = ssePayload(16 * 1024 * 1024);
const jsonl = jsonlPayload(32 * 1024 * 1024);
const rows = {};
for (const [name, entry] of Object.entries(clients)) {
  const min = await bundle(name, entry, { minify: true });
  const gz = zlib.gzipSync(fs.readFileSync(min), { level: 9 }).length;
  const mod = await import(pathToFileURL(await bundle(name, entry, { minify: false })).href);
  const Client = mod.default;
  const openStream = (client, params) => (client.messages.stream ? client.messages.stream(params) : mod.stream.call(client.messages, params));
  rows[name] = {
    perCall: await perCallMicros(Client),
    sse: await sseMBps(Client, sse),
    jsonl: await jsonlMBps(Client, jsonl),
    streamIterate: await messageStreamMBps(Client, openStream, sse, 'iterate'),
    streamText: await messageStreamMBps(Client, openStream, sse, 'text'),
    min: fs.statSync(min).size,
    gz,
  };
}
fs.rmSync(work, { recursive: true, force: true });

const g = rows.generated;
const o = rows.official;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`runtime benchmark: generated client vs @anthropic-ai/sdk@0.118.0, node ${process.version}, medians of ${ROUNDS} rounds\n`);
console.log('| measure | generated | official | generated / official |');
console.log('|---|---|---|---|');
console.log(`| messages.create overhead (µs per call, ${CALLS} calls, in-process fetch stub) | ${g.perCall.toFixed(1)} | ${o.perCall.toFixed(1)} | ${(g.perCall / o.perCall).toFixed(2)} |`);
console.log(`| SSE decode (MB/s, ${(sse.bytes.length / 1e6).toFixed(0)} MB, ${sse.events} events) | ${g.sse.toFixed(1)} | ${o.sse.toFixed(1)} | ${(g.sse / o.sse).toFixed(2)} |`);
console.log(`| MessageStream, for await + finalMessage() (MB/s, same SSE) | ${g.streamIterate.toFixed(1)} | ${o.streamIterate.toFixed(1)} | ${(g.streamIterate / o.streamIterate).toFixed(2)} |`);
console.log(`| MessageStream, on('text') + finalMessage() (MB/s, same SSE) | ${g.streamText.toFixed(1)} | ${o.streamText.toFixed(1)} | ${(g.streamText / o.streamText).toFixed(2)} |`);
console.log(`| JSONL decode (MB/s, ${(jsonl.bytes.length / 1e6).toFixed(0)} MB, ${jsonl.lines} lines) | ${g.jsonl.toFixed(1)} | ${o.jsonl.toFixed(1)} | ${(g.jsonl / o.jsonl).toFixed(2)} |`);
console.log(`| bundle of import + new, minified | ${kb(g.min)} | ${kb(o.min)} | ${(g.min / o.min).toFixed(2)} |`);
console.log(`| same, minified + gzipped | ${kb(g.gz)} | ${kb(o.gz)} | ${(g.gz / o.gz).toFixed(2)} |`);
