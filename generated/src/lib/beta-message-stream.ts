// `client.beta.messages.stream(params)`: the beta Messages API read as a BetaMessageStream. It is
// MessageStream with the beta types, plus the beta's compaction event and MCP tool input.
import type { APIUserAbortError, ClientError, RequestOptions } from '../core/index.js';
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
import { MessageStreamCore } from './streaming/message-stream-core.js';

export type BetaMessageStreamParams = BetaMessageCreateParamsBase;
export type BetaTextCitation = BetaCitationsDelta['citation'];
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

export interface BetaMessageStreamEvents<ParsedT = null> {
  connect: () => void;
  streamEvent: (event: BetaMessageStreamEvent, snapshot: BetaMessage) => void;
  text: (textDelta: string, textSnapshot: string) => void;
  citation: (citation: BetaTextCitation, citationsSnapshot: BetaTextCitation[]) => void;
  inputJson: (partialJson: string, jsonSnapshot: unknown) => void;
  thinking: (thinkingDelta: string, thinkingSnapshot: string) => void;
  signature: (signature: string) => void;
  compaction: (compactedContent: string) => void;
  message: (message: ParsedBetaMessage<ParsedT>) => void;
  contentBlock: (content: BetaContentBlock) => void;
  finalMessage: (message: ParsedBetaMessage<ParsedT>) => void;
  error: (error: ClientError) => void;
  abort: (error: APIUserAbortError) => void;
  end: () => void;
}

const FLAVOR = { rules: BETA_RULES, beta: true };

export class BetaMessageStream<ParsedT = null> extends MessageStreamCore<
  BetaMessageStreamEvents<ParsedT>,
  BetaMessageStreamEvent,
  BetaMessage,
  ParsedBetaMessage<ParsedT>,
  BetaInputMessage
> {
  constructor(params: BetaMessageCreateParamsBase | null) {
    super(FLAVOR, params);
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
