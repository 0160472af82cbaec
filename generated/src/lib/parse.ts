// `messages.parse()` and `beta.messages.parse()`: create a message, then parse its text blocks with the
// request's output format, giving each text block and the message a `parsed_output` as the official
// SDK does. Wired in as methods by the overlay (`methods: { parse: lib/parse#parse }`).
import { APIPromise, AnthropicError, type RequestOptions } from '../core/index.js';
import type { BetaMessageCreateParamsNonStreaming, BetaMessages } from '../resources/beta/messages/index.js';
import type { MessageCreateParamsNonStreaming, Messages } from '../resources/messages/index.js';
import type { BetaJsonOutputFormat, JsonOutputFormat } from '../resources/shared.js';
import type { ExtractParsedContentFromParams, ParsedMessage } from './message-stream.js';
import type { ExtractParsedContentFromBetaParams, ParsedBetaMessage } from './beta-message-stream.js';

/** An output format that also knows how to turn the model's text into a value (`zodOutputFormat`, …). */
export type AutoParseableOutputFormat<ParsedT> = JsonOutputFormat & { parse(content: string): ParsedT };
export type AutoParseableBetaOutputFormat<ParsedT> = BetaJsonOutputFormat & {
  parse(content: string): ParsedT;
};

// The parsed-message types are the streams' own, so `parse()` and `stream()` give the same types.
export type { ExtractParsedContentFromParams, ParsedContentBlock, ParsedMessage } from './message-stream.js';
export type {
  ExtractParsedContentFromBetaParams,
  ParsedBetaContentBlock,
  ParsedBetaMessage,
} from './beta-message-stream.js';

/** The beta the official `beta.messages.parse()` adds to every request. */
const STRUCTURED_OUTPUTS_BETA = 'structured-outputs-2025-12-15';

export function parse<Params extends MessageCreateParamsNonStreaming>(
  this: Messages,
  params: Params,
  options?: RequestOptions,
): APIPromise<ParsedMessage<ExtractParsedContentFromParams<Params>>> {
  const created = this.create(params, options);
  return new APIPromise(created.asResponse(), async () =>
    parseMessage(await created, params.output_config?.format, { beta: false }),
  ) as APIPromise<ParsedMessage<ExtractParsedContentFromParams<Params>>>;
}

export function betaParse<Params extends BetaMessageCreateParamsNonStreaming>(
  this: BetaMessages,
  params: Params,
  options?: RequestOptions,
): APIPromise<ParsedBetaMessage<ExtractParsedContentFromBetaParams<Params>>> {
  const format = betaOutputFormat(params);
  const created = this.create(withOutputConfig(params, format), options);
  return new APIPromise(created.asResponse(), async () =>
    parseMessage(await created, format, { beta: true }),
  ) as APIPromise<ParsedBetaMessage<ExtractParsedContentFromBetaParams<Params>>>;
}

/** Adds `parsed_output`, parsing every text block as JSON (or with the format's own parser). */
function parseMessage<M extends { content: readonly { type: string }[] }>(
  message: M,
  format: unknown,
  opts: { beta: boolean },
): M & { parsed_output: unknown } {
  return withParsedOutput(message, (text) => parseText(format, text), opts);
}

/** The format a beta request asks for: the deprecated `output_format` first, as the official reads it. */
function betaOutputFormat(params: {
  output_format?: unknown;
  output_config?: { format?: unknown } | null;
}): unknown {
  return params.output_format ?? params.output_config?.format;
}

// The official beta `create()` moves `output_format` into `output_config.format` and adds the
// structured-outputs beta; doing the same here keeps the request on the wire identical.
function withOutputConfig<Params extends BetaMessageCreateParamsNonStreaming>(
  params: Params,
  format: unknown,
): BetaMessageCreateParamsNonStreaming {
  const betas = [...(params.betas ?? []), STRUCTURED_OUTPUTS_BETA];
  if (params.output_format == null) return { ...params, betas };
  if (params.output_config?.format) {
    throw new AnthropicError(
      'Both output_format and output_config.format were provided. Please use only output_config.format (output_format is deprecated).',
    );
  }
  const { output_format: _moved, ...rest } = params;
  return {
    ...rest,
    betas,
    output_config: { ...params.output_config, format: format as BetaJsonOutputFormat },
  };
}

function hasParse(format: unknown): format is { parse(text: string): unknown } {
  return (
    typeof format === 'object' &&
    format !== null &&
    typeof (format as { parse?: unknown }).parse === 'function'
  );
}

function parseText(format: unknown, text: string): unknown {
  if ((format as { type?: unknown } | null | undefined)?.type !== 'json_schema') return null;
  try {
    return hasParse(format) ? format.parse(text) : JSON.parse(text);
  } catch (error) {
    throw new AnthropicError(`Failed to parse structured output: ${String(error)}`);
  }
}

function withParsedOutput<M extends { content: readonly { type: string }[] }>(
  message: M,
  parseBlock: (text: string) => unknown,
  { beta }: { beta: boolean },
): M & { parsed_output: unknown } {
  let first: unknown = null;
  const content = message.content.map((block) => {
    if (block.type !== 'text') return block;
    const value = parseBlock((block as unknown as { text: string }).text);
    // The first text block that parsed to something is the message's value.
    if (first === null) first = value;
    // Not enumerable, as in the official SDK: the block still serialises as the API sent it.
    const parsed = Object.defineProperty({ ...block }, 'parsed_output', { value, enumerable: false });
    return beta ? withDeprecatedParsed(parsed, value) : parsed;
  });
  return { ...message, content, parsed_output: first };
}

// Beta text blocks once carried `parsed`; the official SDK keeps it as a warning getter.
function withDeprecatedParsed<B extends object>(block: B, value: unknown): B {
  return Object.defineProperty(block, 'parsed', {
    get() {
      console.warn(
        'The `parsed` property on `text` blocks is deprecated, please use `parsed_output` instead.',
      );
      return value;
    },
    enumerable: false,
  });
}
