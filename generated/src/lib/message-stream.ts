// `client.messages.stream(params)`: a Messages API request read as a MessageStream, which accumulates
// the message as its events arrive and reports them as listener events and as an async iterable.
import type { RequestOptions } from '../core/index.js';
import type {
  MessageCreateParamsBase,
  MessageCreateParamsStreaming,
  Messages,
} from '../resources/messages/index.js';
import type {
  CitationsDelta,
  ContentBlock,
  InputMessage,
  Message,
  MessageStreamEvent,
} from '../resources/shared.js';
import type { Data } from './streaming/accumulate.js';
import { STABLE_RULES } from './streaming/accumulate.js';
import { MessageStreamCore, type MessageStreamEventsOf } from './streaming/message-stream-core.js';

export type MessageStreamParams = MessageCreateParamsBase;
export type TextCitation = CitationsDelta['citation'];
/** The blocks whose `input` streams as partial JSON. */
export type TracksToolInput = Extract<ContentBlock, { type: 'tool_use' | 'server_tool_use' }>;
type TextBlock = Extract<ContentBlock, { type: 'text' }>;

/** What a request's `output_config.format` parses the text into, when it can parse (`zodOutputFormat`). */
export type ExtractParsedContentFromParams<Params> = Params extends {
  output_config?: unknown;
}
  ? Params['output_config'] extends { format: { parse(content: string): infer P } }
    ? P
    : null
  : null;

export type ParsedContentBlock<ParsedT> =
  (TextBlock & { parsed_output: ParsedT | null }) | Exclude<ContentBlock, TextBlock>;
export type ParsedMessage<ParsedT> = Message & {
  content: Array<ParsedContentBlock<ParsedT>>;
  parsed_output: ParsedT | null;
};

export interface MessageStreamEvents<ParsedT = null> extends MessageStreamEventsOf<
  MessageStreamEvent,
  Message,
  ContentBlock,
  TextCitation,
  ParsedMessage<ParsedT>
> {}

const FLAVOR = { rules: STABLE_RULES, beta: false };

export class MessageStream<ParsedT = null> extends MessageStreamCore<
  MessageStreamEvents<ParsedT>,
  MessageStreamEvent,
  Message,
  ParsedMessage<ParsedT>,
  InputMessage
> {
  /** `options` is accepted as the official constructor's is; there is no logger to pass it to. */
  constructor(params: MessageCreateParamsBase | null, options?: { logger?: unknown }) {
    super(FLAVOR, params);
    void options;
  }

  static createMessage<ParsedT>(
    messages: Messages,
    params: MessageCreateParamsBase,
    options?: RequestOptions,
  ): MessageStream<ParsedT> {
    const runner = new MessageStream<ParsedT>(params);
    runner._start(
      (body, opts) => messages.create(body as unknown as MessageCreateParamsStreaming, opts),
      params as unknown as Data,
      options,
    );
    return runner;
  }

  /**
   * A stream read from the output of `toReadableStream()` (e.g. in a browser, from a server that
   * proxied the request). It has no `Response`, and the request's messages are not in `messages`.
   */
  static fromReadableStream(stream: ReadableStream): MessageStream {
    const runner = new MessageStream(null);
    runner._startFromReadable(stream);
    return runner;
  }
}

/** Creates a Message and reads it as it is generated; wired in as `client.messages.stream`. */
export function stream<Params extends MessageStreamParams>(
  this: Messages,
  params: Params,
  options?: RequestOptions,
): MessageStream<ExtractParsedContentFromParams<Params>> {
  return MessageStream.createMessage(this, params, options);
}
