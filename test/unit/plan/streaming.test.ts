// A success response that offers JSON and an event stream, on an operation whose body has a
// boolean `stream`, is a streaming method without any overlay: `stream: true` overloads whose
// events are typed from the text/event-stream schema (as OpenAI's and Mistral's documents say).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyOverlay } from '../../../src/config/types.js';
import { emitPackage } from '../../../src/emit/index.js';
import { parseOpenApi } from '../../../src/parse/openapi/index.js';
import { planSdk } from '../../../src/plan/index.js';
import { tempDir } from '../../helpers/cli.js';
import { allMethods } from '../../helpers/pipeline.js';
import { PRETTIER_OPTIONS } from '../../../scripts/prettier-check.mjs';
import * as prettier from 'prettier';

const schema = (ref: string) => ({ schema: { $ref: `#/components/schemas/${ref}` } });
const body = (streamFlag: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required: ['prompt'], properties: { prompt: { type: 'string' }, stream: streamFlag } } } },
});

describe('streaming recognised from the document', async () => {
  const file = path.join(tempDir('stream'), 'api.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Chat', version: '1' },
      components: {
        schemas: {
          Reply: { type: 'object', properties: { text: { type: 'string' } } },
          Chunk: { type: 'object', properties: { delta: { type: 'string' } } },
          LongerReplyWithAVeryLongNameIndeed: { type: 'object', properties: { text: { type: 'string' } } },
        },
      },
      paths: {
        // JSON first or the stream first: JSON is the default either way.
        '/chat': { post: { requestBody: body({ type: 'boolean', nullable: true }), responses: { 200: { description: 'ok', content: { 'text/event-stream': schema('Chunk'), 'application/json': schema('Reply') } } } } },
        // No `stream` flag in the body: nothing to switch, so no overloads.
        '/complete': { post: { requestBody: body({ type: 'string' }), responses: { 200: { description: 'ok', content: { 'application/json': schema('Reply'), 'text/event-stream': schema('Chunk') } } } } },
        // A union reply is a named type; its overloads are long enough to break.
        '/multi': { post: { requestBody: body({ type: 'boolean' }), responses: { 200: { description: 'ok', content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Reply' }, { $ref: '#/components/schemas/LongerReplyWithAVeryLongNameIndeed' }] } }, 'text/event-stream': schema('Chunk') } } } } },
        // Only a stream: the method returns it.
        '/events': { get: { responses: { 200: { description: 'ok', content: { 'text/event-stream': schema('Chunk') } } } } },
      },
    }),
  );
  const { api } = await parseOpenApi(file);
  const { plan } = planSdk(api, emptyOverlay(), { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
  const byName = new Map(allMethods(plan.resources).map((m) => [m.fullName, m]));

  it('JSON + event stream + boolean `stream` param: a streaming method with typed events', () => {
    const chat = byName.get('chat.create')!;
    expect(chat.response.kind).toBe('json');
    expect(chat.response.type).toEqual({ kind: 'ref', name: 'Reply' });
    expect(chat.stream).toMatchObject({ kind: 'sse', eventType: { kind: 'ref', name: 'Chunk' } });
  });

  it('no boolean `stream` param: a plain JSON method', () => {
    const complete = byName.get('complete.create')!;
    expect(complete.response.kind).toBe('json');
    expect(complete.stream).toBeUndefined();
  });

  it('only an event stream: the method returns it', () => {
    const events = byName.get('events.list') ?? byName.get('events.retrieve')!;
    expect(events.response.kind).toBe('sse');
    expect(events.stream).toBeUndefined();
  });

  it('the emitted overloads name the event type, and are prettier-formatted', async () => {
    const files = emitPackage(plan, new Map());
    const chat = files.get('src/resources/chat.ts')!;
    expect(chat).toContain('params: ChatCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<Chunk>>;');
    expect(chat).toContain('APIPromise<Reply | Stream<Chunk>>');
    const multi = files.get('src/resources/multi.ts')!;
    expect(multi).toContain('export type MultiCreateResponse = Reply | LongerReplyWithAVeryLongNameIndeed;');
    expect(multi).toContain('  ): APIPromise<MultiCreateResponse | Stream<Chunk>> {');
    for (const text of [chat, multi]) expect(text).toBe(await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' }));
  });
});
