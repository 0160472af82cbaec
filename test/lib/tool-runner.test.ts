// beta.messages.toolRunner() side by side with the official SDK's on one scripted local server: the
// same sequence of requests, the same iterations, the same final message, the same tool results.
import Official from '@anthropic-ai/sdk';
import { betaTool as officialBetaTool } from '@anthropic-ai/sdk/helpers/beta/json-schema';
import { betaZodTool as officialBetaZodTool } from '@anthropic-ai/sdk/helpers/beta/zod';
import { ToolError as OfficialToolError } from '@anthropic-ai/sdk/lib/tools/ToolError';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type Anthropic from '../../generated/src/index.js';
import { InternalServerError } from '../../generated/src/index.js';
import type { BetaMessageStream } from '../../generated/src/lib/beta-message-stream.js';
import { betaTool } from '../../generated/src/lib/helpers/beta/json-schema.js';
import { betaZodTool } from '../../generated/src/lib/helpers/beta/zod.js';
import { ToolError } from '../../generated/src/lib/tools/runnable-tool.js';
import type { BetaToolRunnerParams } from '../../generated/src/lib/tools/tool-runner.js';
import type { BetaMessage } from '../../generated/src/resources/shared.js';
import { json } from '../helpers/server.js';
import { eventsOf, message, startRig, streamed, type Reply, type Rig } from './side-by-side.js';

// The method as the overlay wires it in from src/lib: `client.beta.messages.toolRunner`.
const betaMessages = (client: Anthropic) => client.beta.messages;

let rig: Rig;
beforeAll(async () => (rig = await startRig()));
afterAll(() => rig.server.close());

const BASE = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'Weather in Paris and London?' }] };
const toolUse = (id: string, name: string, input: Record<string, unknown>) => ({ type: 'tool_use', id, name, input });
const ASKS = [{ type: 'text', text: 'Let me check.', citations: null }, toolUse('toolu_1', 'get_weather', { location: 'Paris' }), toolUse('toolu_2', 'get_time', { city: 'London' })];
const ANSWER = [{ type: 'text', text: 'Paris is sunny; it is noon in London.', citations: null }];

/** The tools, built with each SDK's own helpers; `calls` records what each run received. */
function tools(kind: 'ours' | 'official', calls: unknown[]) {
  // Typed as ours: the official tools go to the official runner through `as never` below.
  const zodTool = kind === 'ours' ? betaZodTool : (officialBetaZodTool as unknown as typeof betaZodTool);
  const jsonTool = kind === 'ours' ? betaTool : (officialBetaTool as unknown as typeof betaTool);
  const weather = zodTool({
    name: 'get_weather',
    description: 'Get current weather for a location',
    inputSchema: z.object({ location: z.string().describe('City and state') }),
    run: async ({ location }) => (calls.push(['get_weather', location]), `72°F and sunny in ${location}`),
  });
  const time = jsonTool({
    name: 'get_time',
    description: 'Local time',
    inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } as const,
    run: (input) => (calls.push(['get_time', input.city]), [{ type: 'text' as const, text: `12:00 in ${input.city}` }]),
  });
  return [weather, time];
}

interface Run {
  iterations: unknown[];
  final: unknown;
  sent: ReturnType<Rig['sent']>;
  calls: unknown[];
}

/** Scripts `replies`, then drives each client's runner with `drive` and collects what happened. */
async function sideBySide(
  replies: Reply[],
  params: Record<string, unknown>,
  drive: (runner: AsyncIterable<unknown> & PromiseLike<unknown>) => Promise<{ iterations: unknown[]; final: unknown }>,
): Promise<{ ours: Run; official: Run }> {
  const runs: Run[] = [];
  for (const kind of ['ours', 'official'] as const) {
    rig.script(replies);
    const calls: unknown[] = [];
    const body = { ...BASE, tools: tools(kind, calls), ...params };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const runner: any = kind === 'ours' ? betaMessages(rig.ours).toolRunner(body as BetaToolRunnerParams) : (rig.official as Official).beta.messages.toolRunner(body as never);
    const { iterations, final } = await drive(runner);
    runs.push({ iterations, final, sent: rig.sent(), calls });
  }
  return { ours: runs[0]!, official: runs[1]! };
}

const iterate = async (runner: AsyncIterable<unknown> & PromiseLike<unknown>) => {
  const iterations: unknown[] = [];
  for await (const m of runner) iterations.push(m);
  return { iterations, final: await (runner as unknown as { done(): Promise<unknown> }).done() };
};

describe('toolRunner (plain)', () => {
  it('one iteration per assistant message; both tools run; the same requests and final message', async () => {
    const { ours, official } = await sideBySide([message(ASKS, { stop_reason: 'tool_use' }), message(ANSWER)], {}, iterate);
    expect(ours.sent).toEqual(official.sent);
    expect(ours.sent).toHaveLength(2);
    expect((ours.sent[1]!.body as { messages: unknown[] }).messages).toEqual([
      BASE.messages[0],
      { role: 'assistant', content: ASKS },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: '72°F and sunny in Paris' },
          { type: 'tool_result', tool_use_id: 'toolu_2', content: [{ type: 'text', text: '12:00 in London' }] },
        ],
      },
    ]);
    expect(ours.iterations).toEqual(official.iterations);
    expect(ours.final).toEqual(official.final);
    expect(ours.calls).toEqual([['get_weather', 'Paris'], ['get_time', 'London']]);
  });

  it('awaiting the runner, runUntilDone() and done() give the final message', async () => {
    const replies = [message(ASKS, { stop_reason: 'tool_use' }), message(ANSWER)];
    const { ours, official } = await sideBySide(replies, {}, async (runner) => ({ iterations: [], final: await runner }));
    expect(ours.final).toEqual(official.final);
    expect((ours.final as BetaMessage).content).toEqual(ANSWER);
    rig.script(replies);
    const runner = betaMessages(rig.ours).toolRunner({ ...BASE, tools: tools('ours', []) });
    const [done, untilDone] = await Promise.all([runner.done(), runner.runUntilDone()]);
    expect(done).toEqual(untilDone);
    expectTypeOf(untilDone).toEqualTypeOf<BetaMessage>();
  });

  it('errors become error results: a throw, a ToolError, an unknown tool, input the schema rejects', async () => {
    const failing = (kind: 'ours' | 'official') => [
      ...tools(kind, []),
      (kind === 'ours' ? betaTool : (officialBetaTool as unknown as typeof betaTool))({
        name: 'explode',
        description: 'fails',
        inputSchema: { type: 'object', properties: {} } as const,
        run: () => {
          throw kind === 'ours' ? new ToolError([{ type: 'text', text: 'no' }]) : new OfficialToolError([{ type: 'text', text: 'no' }]);
        },
      }),
      (kind === 'ours' ? betaTool : (officialBetaTool as unknown as typeof betaTool))({
        name: 'throws',
        description: 'fails',
        inputSchema: { type: 'object', properties: {} } as const,
        run: () => {
          throw new Error('broken');
        },
      }),
    ];
    const asks = [toolUse('t1', 'explode', {}), toolUse('t2', 'throws', {}), toolUse('t3', 'nope', {}), toolUse('t4', 'get_weather', { location: 7 })];
    const sent: unknown[][] = [];
    for (const kind of ['ours', 'official'] as const) {
      rig.script([message(asks, { stop_reason: 'tool_use' }), message(ANSWER)]);
      const body = { ...BASE, tools: failing(kind) };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const runner: any = kind === 'ours' ? betaMessages(rig.ours).toolRunner(body) : rig.official.beta.messages.toolRunner(body as never);
      await runner;
      sent.push(rig.sent());
    }
    expect(sent[0]).toEqual(sent[1]);
    const results = (sent[0]![1] as { body: { messages: { content: { content: unknown; is_error?: boolean }[] }[] } }).body.messages[2]!.content;
    expect(results.map((r) => r.is_error)).toEqual([true, true, true, true]);
    expect(results.slice(0, 3).map((r) => r.content)).toEqual([[{ type: 'text', text: 'no' }], 'Error: broken', "Error: Tool 'nope' not found"]);
    expect(String(results[3]!.content)).toMatch(/^Error: .*expected string/s);
  });

  it('max_iterations stops the loop even while the model still asks for tools', async () => {
    const { ours, official } = await sideBySide([message(ASKS, { stop_reason: 'tool_use' })], { max_iterations: 2 }, iterate);
    expect(ours.sent).toEqual(official.sent);
    expect(ours.sent).toHaveLength(2);
    expect(ours.final).toEqual(official.final);
  });

  it('a refusal ends the loop without running the tools it asked for', async () => {
    const { ours, official } = await sideBySide([message(ASKS, { stop_reason: 'refusal' })], {}, iterate);
    expect(ours.sent).toHaveLength(1);
    expect(ours.calls).toEqual([]);
    expect(ours.final).toEqual(official.final);
  });

  it('the container the model ran in is sent on the next request', async () => {
    const container = { id: 'cont_1', expires_at: '2026-12-02T00:00:00Z', skills: null };
    const { ours, official } = await sideBySide([message(ASKS, { stop_reason: 'tool_use', container }), message(ANSWER)], {}, iterate);
    expect(ours.sent).toEqual(official.sent);
    expect(ours.sent[1]!.body).toHaveProperty('container', 'cont_1');
  });

  it('inside the loop: generateToolResponse() is computed once and reused; pushMessages() adds a turn', async () => {
    const drive = async (runner: AsyncIterable<unknown> & PromiseLike<unknown>) => {
      const r = runner as unknown as { generateToolResponse(): Promise<unknown>; pushMessages(...m: unknown[]): void; done(): Promise<unknown> };
      const iterations: unknown[] = [];
      let first = true;
      for await (const m of runner) {
        iterations.push(m, await r.generateToolResponse());
        if (first) r.pushMessages({ role: 'user', content: 'And Rome?' });
        first = false;
      }
      return { iterations, final: await r.done() };
    };
    const { ours, official } = await sideBySide([message(ASKS, { stop_reason: 'tool_use' }), message(ANSWER)], {}, drive);
    expect(ours.sent).toEqual(official.sent);
    expect(ours.iterations).toEqual(official.iterations);
    expect(ours.calls).toEqual(official.calls);
    expect(ours.calls).toHaveLength(2);
  });

  it('an API error rejects iteration, the awaited runner and done() with the same class; nothing unhandled', async () => {
    const failure: Reply = (res) => json(res, 500, { type: 'error', error: { type: 'api_error', message: 'boom' } });
    rig.script([message(ASKS, { stop_reason: 'tool_use' }), failure]);
    const runner = betaMessages(rig.ours).toolRunner({ ...BASE, tools: tools('ours', []) });
    const done = runner.done();
    const error = await runner.runUntilDone().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    await expect(done).rejects.toBe(error);
    rig.script([message(ASKS, { stop_reason: 'tool_use' }), failure]);
    const theirs = await rig.official.beta.messages.toolRunner({ ...BASE, tools: tools('official', []) } as never).runUntilDone().catch((e: unknown) => e);
    expect((theirs as Error).constructor.name).toBe((error as Error).constructor.name);
    expect((theirs as { status: number }).status).toBe(500);
  });

  it('iterating twice is an error', async () => {
    rig.script([message(ANSWER)]);
    const runner = betaMessages(rig.ours).toolRunner({ ...BASE, tools: tools('ours', []) });
    await runner;
    await expect(runner.runUntilDone()).resolves.toMatchObject({ content: ANSWER });
    const again = async () => {
      for await (const _ of runner) break;
    };
    await expect(again()).rejects.toThrow('Cannot iterate over a consumed stream');
  });
});

describe('toolRunner (stream: true)', () => {
  const replies = [streamed(eventsOf(ASKS, { stop_reason: 'tool_use' })), streamed(eventsOf(ANSWER))];

  it('yields a BetaMessageStream per iteration; the same events, requests and final message as the official', async () => {
    const drive = async (runner: AsyncIterable<unknown> & PromiseLike<unknown>) => {
      const iterations: unknown[] = [];
      for await (const stream of runner) {
        const events: unknown[] = [];
        for await (const event of stream as AsyncIterable<unknown>) events.push(event);
        iterations.push({ events, final: await (stream as { finalMessage(): Promise<unknown> }).finalMessage() });
      }
      return { iterations, final: await (runner as unknown as { done(): Promise<unknown> }).done() };
    };
    const { ours, official } = await sideBySide(replies, { stream: true }, drive);
    expect(ours.sent).toEqual(official.sent);
    expect(ours.sent).toHaveLength(2);
    expect(ours.sent[0]!.body).toHaveProperty('stream', true);
    expect(ours.iterations).toEqual(official.iterations);
    expect(ours.final).toEqual(official.final);
    expect(ours.calls).toEqual(official.calls);
  });

  it('awaiting a streaming runner without reading the streams still runs the loop', async () => {
    const { ours, official } = await sideBySide(replies, { stream: true }, async (runner) => ({ iterations: [], final: await runner }));
    expect(ours.sent).toEqual(official.sent);
    expect(ours.final).toEqual(official.final);
  });

  it('the seed guide example runs unchanged, import line aside', async () => {
    rig.script(replies);
    const client = rig.ours;
    const written: string[] = [];
    const process = { stdout: { write: (text: string) => written.push(text) } };
    // ---- from the seed guide (typescript/claude-api/streaming.md), with `toolRunner` reached as above ----
    const getWeather = betaZodTool({
      name: 'get_weather',
      description: 'Get current weather for a location',
      inputSchema: z.object({
        location: z.string().describe('City and state, e.g., San Francisco, CA'),
      }),
      run: async ({ location }) => `72°F and sunny in ${location}`,
    });
    const runner = betaMessages(client).toolRunner({
      model: 'claude-opus-4-7',
      max_tokens: 64000,
      tools: [getWeather],
      messages: [{ role: 'user', content: "What's the weather in Paris and London?" }],
      stream: true,
    });
    // Outer loop: each tool runner iteration
    for await (const messageStream of runner) {
      // Inner loop: stream events for this iteration
      for await (const event of messageStream) {
        switch (event.type) {
          case 'content_block_delta':
            switch (event.delta.type) {
              case 'text_delta':
                process.stdout.write(event.delta.text);
                break;
              case 'input_json_delta':
                // Tool input being streamed
                break;
            }
            break;
        }
      }
    }
    // ---- end of the example ----
    expectTypeOf<Parameters<typeof runner.then>[0]>().toMatchTypeOf<((m: BetaMessage) => unknown) | null | undefined>();
    expect(written.join('')).toBe('Let me check.Paris is sunny; it is noon in London.');
    expect(rig.sent()).toHaveLength(2);
    expectTypeOf<typeof runner extends AsyncIterable<infer S> ? S : never>().toEqualTypeOf<BetaMessageStream>();
  });
});
