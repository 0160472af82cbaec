// `client.beta.messages.toolRunner(params)`: the tool-use loop. Each iteration sends the conversation,
// hands the assistant's turn to the caller (a BetaMessage, or a BetaMessageStream with `stream: true`),
// runs the tools it asked for and appends their results, until a turn asks for none or
// `max_iterations` is reached. Awaiting the runner (or `runUntilDone()`) gives the final message.
// Wired in as a method by the overlay (`methods: { toolRunner: lib/tools/tool-runner#toolRunner }`).
import { AnthropicError, type RequestOptions } from '../../core/index.js';
import type { BetaMessageCreateParamsBase, BetaMessages } from '../../resources/beta/messages/index.js';
import type { BetaInputMessage, BetaMessage } from '../../resources/shared.js';
import { BetaMessageStream } from '../beta-message-stream.js';
import { settler } from '../streaming/plumbing.js';
import type { BetaRunnableTool, BetaToolUnion } from './runnable-tool.js';
import { generateToolResponse } from './tool-response.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type BetaToolRunnerParams = Simplify<
  Omit<BetaMessageCreateParamsBase, 'tools'> & {
    tools: (BetaToolUnion | BetaRunnableTool<any>)[];
    /** At most this many requests; the loop stops there even if the model still asks for tools. */
    max_iterations?: number;
  }
>;

export type BetaToolRunnerRequestOptions = Pick<RequestOptions, 'headers' | 'signal'>;

type Iteration<Stream extends boolean> = Stream extends true
  ? BetaMessageStream
  : Stream extends false
    ? BetaMessage
    : BetaMessage | BetaMessageStream;

export class BetaToolRunner<Stream extends boolean> {
  readonly #messages: BetaMessages;
  #params: BetaToolRunnerParams;
  #options: BetaToolRunnerRequestOptions;
  #consumed = false;
  /** Set when the caller changed the params during an iteration: the runner then adds nothing itself. */
  #mutated = false;
  #iterations = 0;
  #message: Promise<BetaMessage> | undefined;
  /** The tool results for the current turn, computed once however often they are asked for. */
  #toolResponse: Promise<BetaInputMessage | null> | undefined;
  #completion = settler<BetaMessage>();

  constructor(messages: BetaMessages, params: BetaToolRunnerParams, options?: BetaToolRunnerRequestOptions) {
    this.#messages = messages;
    // Tools hold functions and stay shared; the history is the runner's own to append to.
    this.#params = { ...params, messages: structuredClone(params.messages) };
    this.#options = { ...options };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Iteration<Stream>> {
    if (this.#consumed) throw new AnthropicError('Cannot iterate over a consumed stream');
    this.#consumed = true;
    this.#mutated = true;
    this.#toolResponse = undefined;
    try {
      while (!this.#limitReached()) {
        let stream: BetaMessageStream | undefined;
        try {
          this.#mutated = false;
          this.#toolResponse = undefined;
          this.#iterations++;
          const { max_iterations: _limit, ...params } = this.#params;
          if (params.stream) {
            stream = BetaMessageStream.createMessage(this.#messages, params, this.#options);
            this.#message = stream.finalMessage();
            // Read below; until then a failure must not surface as an unhandled rejection.
            this.#message.catch(() => {});
            yield stream as Iteration<Stream>;
          } else {
            this.#message = this.#messages.create({ ...params, stream: false }, this.#options);
            yield (await this.#message) as Iteration<Stream>;
          }
          if (!(await this.#advance())) break;
        } finally {
          stream?.abort();
        }
      }
      if (!this.#message) throw new AnthropicError('ToolRunner concluded without a message from the server');
      this.#completion.resolve(await this.#message);
    } catch (error) {
      this.#consumed = false;
      this.#completion.reject(error);
      this.#completion = settler();
      throw error;
    }
  }

  #limitReached(): boolean {
    const limit = this.#params.max_iterations;
    return Boolean(limit) && this.#iterations >= limit!;
  }

  /** Appends the assistant turn and the tool results; false when the conversation is over. */
  async #advance(): Promise<boolean> {
    if (!this.#mutated) {
      const message = await this.#message!;
      this.#params.messages.push({
        role: message.role,
        content: message.content as BetaInputMessage['content'],
      });
      this.#carryContainer(message);
      // A refusal may cut a tool_use short: running its tools would act on input the model never finished.
      if (message.stop_reason === 'refusal') return false;
    }
    const toolMessage = await this.#respond(this.#params.messages.at(-1)!);
    if (toolMessage) this.#params.messages.push(toolMessage);
    return Boolean(toolMessage) || this.#mutated;
  }

  // Container-bound server tools reject a follow-up without the container the last turn ran in.
  #carryContainer(message: BetaMessage): void {
    const { container } = this.#params;
    if (!message.container) return;
    if (container == null) this.#params.container = message.container.id;
    else if (typeof container === 'object' && container.id == null) {
      this.#params.container = { ...container, id: message.container.id };
    }
  }

  #respond(lastMessage: BetaInputMessage, signal = this.#options.signal): Promise<BetaInputMessage | null> {
    this.#toolResponse ??= generateToolResponse(this.#params.tools, lastMessage, signal);
    return this.#toolResponse;
  }

  /** Replaces the params of the next request (or maps them); the runner then appends nothing for this turn. */
  setMessagesParams(
    params: BetaToolRunnerParams | ((prev: BetaToolRunnerParams) => BetaToolRunnerParams),
  ): void {
    this.#params = typeof params === 'function' ? params(this.#params) : params;
    this.#mutated = true;
    this.#toolResponse = undefined;
  }

  /** Replaces (merges) or maps the request options of the next requests. */
  setRequestOptions(
    options:
      BetaToolRunnerRequestOptions | ((prev: BetaToolRunnerRequestOptions) => BetaToolRunnerRequestOptions),
  ): void {
    this.#options = typeof options === 'function' ? options(this.#options) : { ...this.#options, ...options };
  }

  /** The tool results for the latest assistant turn (run once, then cached), or null if it asked for none. */
  async generateToolResponse(signal: AbortSignal | null | undefined = this.#options.signal) {
    const message = (await this.#message) ?? this.#params.messages.at(-1);
    if (!message) return null;
    return this.#respond(message as BetaInputMessage, signal);
  }

  /** The final message once iteration ends; waits for an iteration someone else drives. */
  done(): Promise<BetaMessage> {
    return this.#completion.promise;
  }

  /** Drives the loop to the end if nobody iterates it yet, then gives the final message. */
  async runUntilDone(): Promise<BetaMessage> {
    if (!this.#consumed) {
      for await (const _ of this) {
        // Each iteration's own work is done by the iterator.
      }
    }
    return this.done();
  }

  get params(): Readonly<BetaToolRunnerParams> {
    return this.#params;
  }

  /** Appends messages to the conversation before the next request. */
  pushMessages(...messages: BetaInputMessage[]): void {
    this.setMessagesParams((params) => ({ ...params, messages: [...params.messages, ...messages] }));
  }

  /** `await runner` is `await runner.runUntilDone()`. */
  then<R1 = BetaMessage, R2 = never>(
    onfulfilled?: ((value: BetaMessage) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.runUntilDone().then(onfulfilled, onrejected);
  }
}

export function toolRunner(
  this: BetaMessages,
  params: BetaToolRunnerParams & { stream?: false },
  options?: BetaToolRunnerRequestOptions,
): BetaToolRunner<false>;
export function toolRunner(
  this: BetaMessages,
  params: BetaToolRunnerParams & { stream: true },
  options?: BetaToolRunnerRequestOptions,
): BetaToolRunner<true>;
export function toolRunner(
  this: BetaMessages,
  params: BetaToolRunnerParams,
  options?: BetaToolRunnerRequestOptions,
): BetaToolRunner<boolean>;
export function toolRunner(
  this: BetaMessages,
  params: BetaToolRunnerParams,
  options?: BetaToolRunnerRequestOptions,
): BetaToolRunner<boolean> {
  return new BetaToolRunner(this, params, options);
}
