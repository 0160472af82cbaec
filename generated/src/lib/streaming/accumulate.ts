// Builds the message a stream of Messages API events describes, one event at a time. What each delta
// kind does is data (DELTA_RULES): a new delta kind is one line there. Event, block and delta kinds
// this file does not know are left alone, so a newer API never breaks an older client.
import { AnthropicError } from '../../core/index.js';
import { parsePartialJson } from './partial-json.js';

/** A content block or message as plain data; the typed views live in the stream classes. */
export type Data = Record<string, unknown>;
export interface Block extends Data {
  type: string;
}
export interface Snapshot extends Data {
  content: Block[];
  usage: Data;
}

/** How a delta field changes a block field. */
type Update =
  | 'append' // string concatenation
  | 'set' // replaced by the delta's value
  | 'push' // appended to a list
  | 'json'; // partial JSON text, appended; the field reads as the value parsed so far

export interface DeltaRule {
  /** Block types the delta applies to; aimed at any other block, it changes nothing. */
  blocks: readonly string[];
  /** block field → [how, delta field] */
  update: Readonly<Record<string, readonly [Update, string]>>;
  /** The listener event the delta raises, and its arguments (none when `args` returns null). */
  emit: readonly [event: string, args: (delta: Data, block: Block) => unknown[] | null];
}

export interface Rules {
  deltas: Readonly<Record<string, DeltaRule>>;
  /** Changes a starting block of this type makes to the message. */
  blockStart: Readonly<Record<string, (message: Snapshot, block: Block) => void>>;
}

const TEXT = ['text'];
const THINKING = ['thinking'];

export const DELTA_RULES: Readonly<Record<string, DeltaRule>> = {
  text_delta: {
    blocks: TEXT,
    update: { text: ['append', 'text'] },
    emit: ['text', (d, b) => [d['text'], b['text']]],
  },
  citations_delta: {
    blocks: TEXT,
    update: { citations: ['push', 'citation'] },
    emit: ['citation', (d, b) => [d['citation'], b['citations'] ?? []]],
  },
  input_json_delta: {
    blocks: ['tool_use', 'server_tool_use'],
    update: { input: ['json', 'partial_json'] },
    emit: ['inputJson', (d, b) => [d['partial_json'], b['input']]],
  },
  thinking_delta: {
    blocks: THINKING,
    update: { thinking: ['append', 'thinking'] },
    emit: ['thinking', (d, b) => [d['thinking'], b['thinking']]],
  },
  signature_delta: {
    blocks: THINKING,
    update: { signature: ['set', 'signature'] },
    emit: ['signature', (_d, b) => [b['signature']]],
  },
};

export const STABLE_RULES: Rules = { deltas: DELTA_RULES, blockStart: {} };

/** The beta API adds MCP tool calls (streamed like tool input), compaction and model fallback. */
export const BETA_RULES: Rules = {
  deltas: {
    ...DELTA_RULES,
    input_json_delta: {
      ...DELTA_RULES['input_json_delta']!,
      blocks: ['tool_use', 'server_tool_use', 'mcp_tool_use'],
    },
    compaction_delta: {
      blocks: ['compaction'],
      update: { content: ['append', 'content'], encrypted_content: ['set', 'encrypted_content'] },
      emit: ['compaction', (_d, b) => (b['content'] ? [b['content']] : null)],
    },
  },
  blockStart: {
    // The last hop's fallback block names the model that answered, as the non-streaming message does.
    fallback: (message, block) => {
      const to = block['to'] as Data | undefined;
      if (to?.['model'] !== undefined) message['model'] = to['model'];
    },
  },
};

/**
 * message_delta: these fields are copied even when absent (the official SDK does so); every other
 * field of `delta`, of `usage` and of the event itself is copied when it is not null, so a field the
 * API adds later reaches the message without a change here. Usage counts are totals: never added up.
 */
const DELTA_ALWAYS = ['stop_reason', 'stop_sequence', 'stop_details'];
const USAGE_ALWAYS = ['output_tokens'];
const MESSAGE_DELTA_STRUCTURE = new Set(['type', 'delta', 'usage']);

function copyDeltaFields(target: Data, from: Data, always: readonly string[]): void {
  for (const key of always) target[key] = from[key];
  for (const key in from) {
    const value = from[key];
    if (value !== null && value !== undefined) target[key] = value;
  }
}

export class Accumulator {
  snapshot: Snapshot | undefined;
  /** Partial JSON of tool blocks still streaming, with the last parse of it. */
  private readonly json = new WeakMap<
    Block,
    { text: string; parsedFrom: string | undefined; value: unknown }
  >();

  constructor(readonly rules: Rules) {}

  /**
   * Applies one event to the message and returns it, or undefined for an event kind that is not
   * part of a message. Throws on events out of order and on tool input that is not JSON.
   */
  apply(event: Data): Snapshot | undefined {
    const type = event['type'];
    if (type === 'message_start') {
      if (this.snapshot)
        throw new AnthropicError(`Unexpected event order, got ${type} before receiving "message_stop"`);
      return (this.snapshot = event['message'] as Snapshot);
    }
    if (!KNOWN_EVENTS.has(type as string)) return undefined;
    const snapshot = this.snapshot;
    if (!snapshot)
      throw new AnthropicError(`Unexpected event order, got ${String(type)} before "message_start"`);
    if (type === 'message_delta') this.applyMessageDelta(snapshot, event);
    else if (type === 'content_block_start') {
      const block = { ...(event['content_block'] as Block) };
      snapshot.content.push(block);
      this.rules.blockStart[block.type]?.(snapshot, block);
    } else if (type === 'content_block_delta') this.applyDelta(snapshot, event);
    else if (type === 'content_block_stop') this.settleInput(snapshot.content[event['index'] as number]);
    return snapshot;
  }

  /** The rule of a delta event, when it applies to the block it targets. */
  ruleFor(event: Data, block: Block | undefined): DeltaRule | undefined {
    const rule = this.rules.deltas[(event['delta'] as Data | undefined)?.['type'] as string];
    return rule && block && rule.blocks.includes(block.type) ? rule : undefined;
  }

  private applyMessageDelta(snapshot: Snapshot, event: Data): void {
    const delta = (event['delta'] ?? {}) as Data;
    const usage = (event['usage'] ?? {}) as Data;
    copyDeltaFields(snapshot, delta, DELTA_ALWAYS);
    copyDeltaFields(snapshot.usage, usage, USAGE_ALWAYS);
    for (const key in event) {
      if (!MESSAGE_DELTA_STRUCTURE.has(key) && event[key] !== null && event[key] !== undefined)
        snapshot[key] = event[key];
    }
  }

  private applyDelta(snapshot: Snapshot, event: Data): void {
    const block = snapshot.content[event['index'] as number];
    const rule = this.ruleFor(event, block);
    if (!rule || !block) return;
    const delta = event['delta'] as Data;
    for (const [field, [how, from]] of Object.entries(rule.update)) {
      const value = delta[from];
      if (how === 'append') block[field] = ((block[field] as string | undefined) ?? '') + (value as string);
      else if (how === 'set') block[field] = value;
      // A new list each time: listeners given the previous one keep what they were given.
      else if (how === 'push') block[field] = [...((block[field] as unknown[] | undefined) ?? []), value];
      else this.appendJson(block, field, value as string);
    }
  }

  private appendJson(block: Block, field: string, text: string): void {
    const state = this.json.get(block);
    if (state) {
      state.text += text;
      return;
    }
    const fresh = { text, parsedFrom: undefined as string | undefined, value: undefined as unknown };
    this.json.set(block, fresh);
    // Parsed when read, at most once per new text: most consumers never look before the block ends.
    Object.defineProperty(block, field, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (fresh.parsedFrom !== fresh.text) {
          fresh.value = parseToolInput(fresh.text);
          fresh.parsedFrom = fresh.text;
        }
        return fresh.value;
      },
    });
  }

  /** A finished tool block keeps its input as a plain value. */
  private settleInput(block: Block | undefined): void {
    if (!block || !this.json.has(block)) return;
    const input = block['input'];
    this.json.delete(block);
    Object.defineProperty(block, 'input', {
      value: input,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }

  /** Ends the message: the next one may start. */
  reset(): Snapshot | undefined {
    const snapshot = this.snapshot;
    this.snapshot = undefined;
    return snapshot;
  }
}

const KNOWN_EVENTS = new Set([
  'message_delta',
  'message_stop',
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
]);

function parseToolInput(text: string): unknown {
  try {
    return parsePartialJson(text);
  } catch (err) {
    throw new AnthropicError(
      `Unable to parse tool parameter JSON from model. Please retry your request or adjust your prompt. Error: ${String(err)}. JSON: ${text}`,
    );
  }
}
