// `client.beta.messages.stream(params)`: the beta Messages API read as a BetaMessageStream. It is
// MessageStream with the beta types, plus the beta's compaction event and MCP tool input.
import type { RequestOptions } from '../core/index.js';
import type {
  BetaMessageCreateParamsBase,
  BetaMessageCreateParamsStreaming,
  BetaMessages,
} from '../resources/beta/messages/index.js';
import type {
  BetaCitationsDelta,
  BetaContentBlock,
  BetaInputMessage,
  BetaMessage,
  BetaMessageStreamEvent,
} from '../resources/shared.js';
import type { Data } from './streaming/accumulate.js';
import { BETA_RULES } from './streaming/accumulate.js';
import { MessageStreamCore, type MessageStreamEventsOf } from './streaming/message-stream-core.js';

export type BetaMessageStreamParams = BetaMessageCreateParamsBase;
export type BetaTextCitation = BetaCitationsDelta['citation'];
/** The blocks whose `input` streams as partial JSON. */
export type TracksToolInput = Extract<
  BetaContentBlock,
  { type: 'tool_use' | 'server_tool_use' | 'mcp_tool_use' }
>;
type BetaTextBlock = Extract<BetaContentBlock, { type: 'text' }>;

/** What the request's output format parses the text into: `output_format` (deprecated) first. */
export type ExtractParsedContentFromBetaParams<Params> = Params extends {
  output_format?: unknown;
  output_config?: unknown;
}
  ? Params['output_format'] extends { parse(content: string): infer P }
    ? P
    : Params['output_config'] extends { format: { parse(content: string): infer P } }
      ? P
      : null
  : null;

export type ParsedBetaContentBlock<ParsedT> =
  (BetaTextBlock & { parsed_output: ParsedT | null }) | Exclude<BetaContentBlock, BetaTextBlock>;
export type ParsedBetaMessage<ParsedT> = BetaMessage & {
  content: Array<ParsedBetaContentBlock<ParsedT>>;
  parsed_output: ParsedT | null;
};

export interface BetaMessageStreamEvents<ParsedT = null> extends MessageStreamEventsOf<
  BetaMessageStreamEvent,
  BetaMessage,
  BetaContentBlock,
  BetaTextCitation,
  ParsedBetaMessage<ParsedT>
> {
  compaction: (compactedContent: string) => void;
}

const FLAVOR = { rules: BETA_RULES, beta: true };

export class BetaMessageStream<ParsedT = null> extends MessageStreamCore<
  BetaMessageStreamEvents<ParsedT>,
  BetaMessageStreamEvent,
  BetaMessage,
  ParsedBetaMessage<ParsedT>,
  BetaInputMessage
> {
  /** `options` is accepted as the official constructor's is; there is no logger to pass it to. */
  constructor(params: BetaMessageCreateParamsBase | null, options?: { logger?: unknown }) {
    super(FLAVOR, params);
    void options;
  }

  static createMessage<ParsedT>(
    messages: BetaMessages,
    params: BetaMessageCreateParamsBase,
    options?: RequestOptions,
  ): BetaMessageStream<ParsedT> {
    const runner = new BetaMessageStream<ParsedT>(params);
    runner._start(
      (body, opts) => messages.create(body as unknown as BetaMessageCreateParamsStreaming, opts),
      params as unknown as Data,
      options,
    );
    return runner;
  }

  /** A stream read from the output of `toReadableStream()`; it has no `Response`. */
  static fromReadableStream(stream: ReadableStream): BetaMessageStream {
    const runner = new BetaMessageStream(null);
    runner._startFromReadable(stream);
    return runner;
  }
}

/** Creates a beta Message and reads it as it is generated; wired in as `client.beta.messages.stream`. */
export function stream<Params extends BetaMessageStreamParams>(
  this: BetaMessages,
  params: Params,
  options?: RequestOptions,
): BetaMessageStream<ExtractParsedContentFromBetaParams<Params>> {
  return BetaMessageStream.createMessage(this, params, options);
}
