// messages.parse() and beta.messages.parse() with the output-format helpers, side by side with the
// official SDK on one local server: the same request on the wire, the same parsed_output.
import { jsonSchemaOutputFormat as officialJSONFormat } from '@anthropic-ai/sdk/helpers/json-schema';
import { zodOutputFormat as officialZodFormat } from '@anthropic-ai/sdk/helpers/zod';
import { betaJSONSchemaOutputFormat as officialBetaJSONFormat } from '@anthropic-ai/sdk/helpers/beta/json-schema';
import { betaZodOutputFormat as officialBetaZodFormat } from '@anthropic-ai/sdk/helpers/beta/zod';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type Anthropic from '../../generated/src/index.js';
import { betaJSONSchemaOutputFormat } from '../../generated/src/lib/helpers/beta/json-schema.js';
import { betaZodOutputFormat } from '../../generated/src/lib/helpers/beta/zod.js';
import { jsonSchemaOutputFormat } from '../../generated/src/lib/helpers/json-schema.js';
import { zodOutputFormat } from '../../generated/src/lib/helpers/zod.js';
import { message, startRig, type Rig } from './side-by-side.js';

// The methods as the overlay wires them in from src/lib: `client.messages.parse`, `client.beta.messages.parse`.
const resources = (client: Anthropic) => client;

let rig: Rig;
beforeAll(async () => (rig = await startRig()));
afterAll(() => rig.server.close());

const Answer = z.object({ name: z.string(), tags: z.array(z.string()).describe('a few'), score: z.number().int().min(0) });
const answerSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, score: { type: 'integer', minimum: 0 } },
  required: ['name', 'tags', 'score'],
  additionalProperties: false,
} as const;
const ANSWER = { name: 'Ada', tags: ['a', 'b'], score: 3 };
const REPLY = message([{ type: 'thinking', thinking: 'hm', signature: 's' }, { type: 'text', text: JSON.stringify(ANSWER), citations: null }]);
const BASE = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Describe Ada' }] };

/** Runs one call through each client and returns what each sent and got. */
async function both<T>(ours: () => Promise<T>, official: () => Promise<unknown>) {
  rig.script([REPLY]);
  const mine = await ours();
  const sentByUs = rig.sent();
  rig.script([REPLY]);
  const theirs = (await official()) as T;
  return { mine, theirs, sentByUs, sentByThem: rig.sent() };
}

const textBlock = (m: { content: unknown[] }) => m.content.find((b) => (b as { type: string }).type === 'text') as { parsed_output: unknown };

describe('messages.parse', () => {
  it('with zodOutputFormat: same request, same parsed_output on the message and its text block', async () => {
    const r = await both(
      () => resources(rig.ours).messages.parse({ ...BASE, output_config: { format: zodOutputFormat(Answer) } }),
      () => rig.official.messages.parse({ ...BASE, output_config: { format: officialZodFormat(Answer) } }),
    );
    expect(r.sentByUs).toEqual(r.sentByThem);
    expect(r.mine.parsed_output).toEqual(ANSWER);
    expect(r.mine).toEqual(r.theirs);
    expect(textBlock(r.mine).parsed_output).toEqual(textBlock(r.theirs).parsed_output);
    expect(Object.keys(textBlock(r.mine))).toEqual(Object.keys(textBlock(r.theirs)));
    expectTypeOf(r.mine.parsed_output).toEqualTypeOf<{ name: string; tags: string[]; score: number } | null>();
  });

  it('with jsonSchemaOutputFormat: the strict schema on the wire, the parsed type from the literal', async () => {
    const r = await both(
      () => resources(rig.ours).messages.parse({ ...BASE, output_config: { format: jsonSchemaOutputFormat(answerSchema) } }),
      () => rig.official.messages.parse({ ...BASE, output_config: { format: officialJSONFormat(answerSchema) } }),
    );
    expect(r.sentByUs).toEqual(r.sentByThem);
    expect((r.sentByUs[0]!.body as { output_config: { format: { schema: { properties: { score: unknown } } } } }).output_config.format.schema.properties.score).toEqual({
      type: 'integer',
      description: '{minimum: 0}',
    });
    expect(r.mine).toEqual(r.theirs);
    expectTypeOf(r.mine.parsed_output).toEqualTypeOf<{ name: string; tags: string[]; score: number } | null>();
  });

  it('with a plain JSON format the text is JSON-parsed; without a format parsed_output is null', async () => {
    const plain = { type: 'json_schema' as const, schema: { type: 'object' } };
    const r = await both(
      () => resources(rig.ours).messages.parse({ ...BASE, output_config: { format: plain } }),
      () => rig.official.messages.parse({ ...BASE, output_config: { format: plain } }),
    );
    expect(r.mine.parsed_output).toEqual(ANSWER);
    expect(r.mine).toEqual(r.theirs);
    const none = await both(
      () => resources(rig.ours).messages.parse(BASE),
      () => rig.official.messages.parse(BASE),
    );
    expect(none.mine.parsed_output).toBeNull();
    expect(textBlock(none.mine).parsed_output).toBeNull();
    expect(none.mine).toEqual(none.theirs);
  });

  it('output that fails the schema rejects with a client error naming the path, in both clients', async () => {
    const Strict = z.object({ name: z.number() });
    rig.script([REPLY]);
    const ours = await resources(rig.ours).messages.parse({ ...BASE, output_config: { format: zodOutputFormat(Strict) } }).catch((e: unknown) => e);
    const theirs = await rig.official.messages.parse({ ...BASE, output_config: { format: officialZodFormat(Strict) } }).catch((e: unknown) => e);
    expect(ours).toBeInstanceOf(Error);
    expect(theirs).toBeInstanceOf(Error);
    expect((ours as Error).message).toBe((theirs as Error).message.replace(/^Failed to parse structured output: Error: /, 'Failed to parse structured output: AnthropicError: '));
    expect((ours as Error).message).toContain('  - name: ');
  });

  it('keeps the promise an APIPromise: withResponse() gives the parsed message and the response', async () => {
    rig.script([REPLY]);
    const { data, response, request_id } = await resources(rig.ours).messages.parse({ ...BASE, output_config: { format: zodOutputFormat(Answer) } }).withResponse();
    expect(data.parsed_output).toEqual(ANSWER);
    expect(response.status).toBe(200);
    expect(request_id).toBe('req_test');
  });
});

describe('beta.messages.parse', () => {
  it('with betaZodOutputFormat: the structured-outputs beta after the caller’s, same parsed message', async () => {
    const r = await both(
      () => resources(rig.ours).beta.messages.parse({ ...BASE, betas: ['files-api-2025-04-14'], output_config: { format: betaZodOutputFormat(Answer) } }),
      () => rig.official.beta.messages.parse({ ...BASE, betas: ['files-api-2025-04-14'], output_config: { format: officialBetaZodFormat(Answer) } }),
    );
    expect(r.sentByUs).toEqual(r.sentByThem);
    expect(r.sentByUs[0]!.headers['anthropic-beta']).toBe('files-api-2025-04-14,structured-outputs-2025-12-15');
    expect(r.mine).toEqual(r.theirs);
    expect(textBlock(r.mine).parsed_output).toEqual(ANSWER);
    expectTypeOf(r.mine.parsed_output).toEqualTypeOf<{ name: string; tags: string[]; score: number } | null>();
  });

  it('with betaJSONSchemaOutputFormat in the deprecated output_format: moved into output_config on the wire', async () => {
    const r = await both(
      () => resources(rig.ours).beta.messages.parse({ ...BASE, output_format: betaJSONSchemaOutputFormat(answerSchema) }),
      () => rig.official.beta.messages.parse({ ...BASE, output_format: officialBetaJSONFormat(answerSchema) }),
    );
    expect(r.sentByUs).toEqual(r.sentByThem);
    expect(r.sentByUs[0]!.body).toHaveProperty('output_config.format.type', 'json_schema');
    expect(r.sentByUs[0]!.body).not.toHaveProperty('output_format');
    expect(r.mine).toEqual(r.theirs);
    expectTypeOf(r.mine.parsed_output).toEqualTypeOf<{ name: string; tags: string[]; score: number } | null>();
  });

  it('output_format and output_config.format together is an error before anything is sent', async () => {
    rig.script([REPLY]);
    expect(() => resources(rig.ours).beta.messages.parse({ ...BASE, output_format: betaZodOutputFormat(Answer), output_config: { format: betaZodOutputFormat(Answer) } })).toThrow(
      'Both output_format and output_config.format were provided',
    );
    expect(rig.sent()).toEqual([]);
  });
});
