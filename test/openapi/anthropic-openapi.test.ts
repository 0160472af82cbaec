// The Anthropic OpenAPI document, with its overlay (which extends the LAP one), gives the same SDK
// surface as the LAP build, with rich types where the LAP only had `any`.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/pipeline.js';
import { allMethods, rootPath, signatureOf } from '../helpers/pipeline.js';

let lap: GenerateResult;
let openapi: GenerateResult;
// The OpenAPI build is the committed generated/ (the drift check keeps it equal to what the spec gives).
const out = rootPath('generated');
beforeAll(async () => {
  lap = await generate({ spec: rootPath('spec/anthropic.lap'), config: rootPath('spec/anthropic.config.yaml') });
  openapi = await generate({ spec: rootPath('spec/anthropic.openapi.json'), config: rootPath('spec/anthropic.openapi.config.yaml') });
});

const surface = (r: GenerateResult) => allMethods(r.plan!.resources).map((m) => `${signatureOf(m)} ${m.httpMethod} ${m.operationKey.split(' ')[1]}`).sort();
const resources = (r: GenerateResult) => {
  const ids: string[] = [];
  const walk = (list: NonNullable<GenerateResult['plan']>['resources']) => list.forEach((res) => (ids.push(`${res.id}:${res.className}`), walk(res.children)));
  walk(r.plan!.resources);
  return ids.sort();
};

describe('Anthropic: OpenAPI build vs LAP build', () => {
  it('both plan without errors', () => {
    expect(lap.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(openapi.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the same resources, method names and positional arguments', () => {
    expect(resources(openapi)).toEqual(resources(lap));
    expect(surface(openapi)).toEqual(surface(lap));
    expect(surface(openapi)).toHaveLength(47);
  });

  it('the same call shapes per method: params type names, paging, response kinds, streaming, betas', () => {
    const shape = (r: GenerateResult) =>
      allMethods(r.plan!.resources).map((m) => ({ name: m.fullName, params: m.paramsTypeName ?? null, required: m.paramsRequired, page: m.pagination?.kind ?? null, kind: m.response.kind, stream: m.stream?.kind ?? null, betas: m.defaultBetas, body: m.bodyKind }));
    expect(shape(openapi)).toEqual(shape(lap));
  });

  describe('rich types', () => {
    const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
    const block = (text: string, start: RegExp) => {
      const at = text.search(start);
      expect(at).toBeGreaterThanOrEqual(0);
      return text.slice(at, text.indexOf('\n}', at));
    };

    it('Message.content is a union of content blocks discriminated by type', () => {
      const shared = read('src/resources/shared.ts');
      expect(block(shared, /^export interface Message \{/m)).toMatch(/content: Array<ContentBlock>;/);
      const union = shared.slice(shared.search(/^export type ContentBlock =/m), shared.indexOf(';', shared.search(/^export type ContentBlock =/m)));
      expect(union).toMatch(/ResponseTextBlock/);
      expect(union).toMatch(/ResponseToolUseBlock/);
      expect(block(shared, /^export interface ResponseTextBlock \{/m)).toMatch(/type: 'text';/);
    });

    it('stop_reason is a string-literal union and nullable fields are | null', () => {
      const shared = read('src/resources/shared.ts');
      const message = block(shared, /^export interface Message \{/m);
      expect(message).toMatch(/stop_reason: StopReason \| null;/);
      expect(message).toMatch(/stop_sequence: string \| null;/);
      expect(shared).toMatch(/export type StopReason =\s*\|?\s*'end_turn'\s*\|\s*'max_tokens'/);
    });

    it('stream: true yields typed events, MessageStreamEvent a union discriminated by type', () => {
      expect(read('src/resources/messages/index.ts')).toMatch(/params: MessageCreateParamsStreaming,\s+options\?: RequestOptions,\s+\): APIPromise<Stream<MessageStreamEvent>>;/);
      expect(read('src/resources/beta/messages/index.ts')).toMatch(/APIPromise<BetaMessage \| Stream<BetaMessageStreamEvent>>/);
      const shared = read('src/resources/shared.ts');
      const union = shared.slice(shared.search(/^export type MessageStreamEvent =/m), shared.indexOf(';', shared.search(/^export type MessageStreamEvent =/m)));
      expect(union).toMatch(/MessageStartEvent[\s\S]*MessageStopEvent[\s\S]*ContentBlockDeltaEvent/);
    });

    it('MessageCreateParams.tools is a union of tool kinds', () => {
      const messages = read('src/resources/messages/index.ts');
      const tools = block(messages, /^export interface MessageCreateParamsBase \{/m);
      expect(tools).toMatch(/tools\?: Array<\s*\| Tool\b[\s\S]*?\| WebSearchTool20250305/);
    });
  });

  it('type-checks under --strict', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const result = await promisify(execFile)(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', path.join(out, 'tsconfig.json')]).then(
      () => '',
      (err: { stdout: string }) => err.stdout,
    );
    expect(result).toBe('');
  });
});
