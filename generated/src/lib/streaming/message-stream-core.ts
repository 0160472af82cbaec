// What MessageStream and BetaMessageStream share: listeners, the run of one request, the promises
// (`done`, `finalMessage`, ...), async iteration and the ReadableStream bridge. The two classes only
// name their types and their accumulation rules.
//
// Failure policy: an abort (`abort()`, the caller's signal, leaving a loop early) is never an
// unhandled rejection; it reaches whoever waits (promises reject with APIUserAbortError, a loop
// throws it). An error reaches every waiter too, and is raised as an unhandled rejection only when
// nothing at all observes the stream (no 'error' listener, no loop, no promise method called), so
// that it is not lost silently.
import { APIUserAbortError, AnthropicError, Stream, type RequestOptions } from '../../core/index.js';
import { Accumulator, type Block, type Data, type Rules, type Snapshot } from './accumulate.js';
import { toParsedMessage } from './parsed-message.js';
import { iterate, settler, type Settler } from './plumbing.js';

type Listener = (...args: never[]) => void;
export type ListenerMap<T> = { [K in keyof T]: Listener };

/** The listener events of a message stream and their arguments; the two streams fill in their types. */
export interface MessageStreamEventsOf<Event, Message, Block, Citation, Final> {
  connect: () => void;
  streamEvent: (event: Event, snapshot: Message) => void;
  text: (textDelta: string, textSnapshot: string) => void;
  citation: (citation: Citation, citationsSnapshot: Citation[]) => void;
  inputJson: (partialJson: string, jsonSnapshot: unknown) => void;
  thinking: (thinkingDelta: string, thinkingSnapshot: string) => void;
  signature: (signature: string) => void;
  message: (message: Final) => void;
  contentBlock: (content: Block) => void;
  finalMessage: (message: Final) => void;
  error: (error: AnthropicError) => void;
  abort: (error: APIUserAbortError) => void;
  end: () => void;
}

/** What `emitted(event)` resolves to: the one argument, nothing, or the arguments as a tuple. */
export type EmittedValue<F> = F extends (...args: infer A) => void
  ? A extends [infer Only]
    ? Only
    : A extends []
      ? void
      : A
  : never;

interface Entry {
  listener: (...args: unknown[]) => void;
  once: boolean;
}

/** Sends the request with `stream: true`: what `resource.create(params, options)` returns. */
export type SendStreaming = (
  params: Data,
  options: RequestOptions,
) => { withResponse(): Promise<{ response: Response; data: AsyncIterable<unknown> }> };

export interface StreamWithResponse<S> {
  data: S;
  response: Response;
  request_id: string | null | undefined;
  workspace_id: string | null | undefined;
}

export interface Flavor {
  rules: Rules;
  beta: boolean;
}

export abstract class MessageStreamCore<
  Events extends ListenerMap<Events>,
  Event,
  Message,
  Final,
  Param,
> implements AsyncIterable<Event> {
  /** The conversation so far: the request's messages, then each message received. */
  messages: Param[] = [];
  receivedMessages: Final[] = [];
  controller: AbortController = new AbortController();

  readonly #flavor: Flavor;
  readonly #params: Data | null;
  readonly #accumulator: Accumulator;
  readonly #listeners = new Map<string, Entry[]>();
  readonly #connected: Settler<Response | null>;
  readonly #end: Settler<void>;
  #ended = false;
  #errored = false;
  #aborted = false;
  /** Something will see a failure: a promise method was called. */
  #observed = false;
  #response: Response | null | undefined;

  protected constructor(flavor: Flavor, params: object | null) {
    this.#flavor = flavor;
    this.#params = params as Data | null;
    this.#accumulator = new Accumulator(flavor.rules);
    this.#connected = settler();
    this.#end = settler();
  }

  get response(): Response | null | undefined {
    return this.#response;
  }
  get request_id(): string | null | undefined {
    return this.#response?.headers.get('request-id');
  }
  get workspace_id(): string | null | undefined {
    return this.#response?.headers.get('anthropic-workspace-id');
  }
  get ended(): boolean {
    return this.#ended;
  }
  get errored(): boolean {
    return this.#errored;
  }
  get aborted(): boolean {
    return this.#aborted;
  }
  /** The message being received, as accumulated so far. */
  get currentMessage(): Message | undefined {
    return this.#accumulator.snapshot as Message | undefined;
  }

  abort(): void {
    this.controller.abort();
  }

  /** Adds a listener (again, if it is already there); returns this stream. */
  on<K extends keyof Events>(event: K, listener: Events[K]): this {
    return this.#add(event as string, listener, false);
  }

  /** Adds a listener that is removed before its first call. */
  once<K extends keyof Events>(event: K, listener: Events[K]): this {
    return this.#add(event as string, listener, true);
  }

  /** Removes one registration of the listener. */
  off<K extends keyof Events>(event: K, listener: Events[K]): this {
    const entries = this.#listeners.get(event as string);
    const index = entries?.findIndex((entry) => entry.listener === (listener as unknown)) ?? -1;
    if (index >= 0) entries!.splice(index, 1);
    return this;
  }

  /**
   * The next time `event` is emitted, as a promise; it rejects if the stream fails first (with the
   * error, or with APIUserAbortError on an abort). `emitted('error')` resolves with the error.
   */
  emitted<K extends keyof Events>(event: K): Promise<EmittedValue<Events[K]>> {
    this.#observed = true;
    return new Promise((resolve, reject) => {
      if (event !== 'error' && event !== 'end') this.#add('error', reject, true);
      if (event !== 'abort' && event !== 'end') this.#add('abort', reject, true);
      this.#add(
        event as string,
        ((...args: unknown[]) => resolve((args.length > 1 ? args : args[0]) as never)) as never,
        true,
      );
    });
  }

  /** Resolves when the stream has ended; rejects if it failed or was aborted. */
  async done(): Promise<void> {
    this.#observed = true;
    await this.#end.promise;
  }

  /** The complete message (with `parsed_output`); rejects if the stream failed or ended without one. */
  async finalMessage(): Promise<Final> {
    await this.done();
    return this.#lastMessage();
  }

  /** The text blocks of the final message, joined by a space. */
  async finalText(): Promise<string> {
    await this.done();
    const texts = (this.#lastMessage() as Snapshot).content
      .filter((block) => block.type === 'text')
      .map((block) => block['text'] as string);
    if (!texts.length)
      throw new AnthropicError('stream ended without producing a content block with type=text');
    return texts.join(' ');
  }

  /**
   * This stream with the raw `Response` and its request id, once the response has arrived. Fails for
   * a stream read with `fromReadableStream`, which has no response.
   */
  async withResponse(): Promise<StreamWithResponse<this>> {
    this.#observed = true;
    const response = await this.#connected.promise;
    if (!response) throw new AnthropicError('Could not resolve a `Response` object');
    return {
      data: this,
      response,
      request_id: response.headers.get('request-id'),
      workspace_id: response.headers.get('anthropic-workspace-id'),
    };
  }

  /** The raw events from now on; a loop started after the end finishes at once (instead of waiting forever). */
  [Symbol.asyncIterator](): AsyncIterator<Event> {
    return iterate<Event>(this, (event, listener) => this.#add(event, listener, false));
  }

  /** The raw events as newline-delimited JSON, for `fromReadableStream` on the other side. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return new Stream<Event>(() => this[Symbol.asyncIterator](), this.controller).toReadableStream();
  }

  /** Sends the request and reads its events; the caller's signal aborts this stream too. */
  protected _start(send: SendStreaming, params: Data, options: RequestOptions | undefined): void {
    for (const message of (params['messages'] as Param[] | undefined) ?? []) this.messages.push(message);
    this.#run(async () => {
      const request = send({ ...params, stream: true }, { ...options, signal: this.controller.signal });
      const { response, data } = await request.withResponse();
      this.#connect(response);
      await this.#read(data as AsyncIterable<Data>);
    }, options?.signal);
  }

  /** Reads events written by `toReadableStream()`. */
  protected _startFromReadable(readable: ReadableStream): void {
    this.#run(async () => {
      this.#connect(null);
      await this.#read(Stream.fromReadableStream<Data>(readable, this.controller));
    }, undefined);
  }

  #run(executor: () => Promise<void>, signal: AbortSignal | null | undefined): void {
    const abort = () => this.controller.abort();
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
    executor()
      .finally(() => signal?.removeEventListener('abort', abort))
      .then(
        () => {
          const last = this.receivedMessages.at(-1);
          if (last) this.#emit('finalMessage', [last]);
          this.#emit('end', []);
        },
        (error: unknown) => this.#fail(error),
      );
  }

  #connect(response: Response | null): void {
    if (this.#ended) return;
    this.#response = response;
    this.#connected.resolve(response);
    this.#emit('connect', []);
  }

  async #read(events: AsyncIterable<Data>): Promise<void> {
    this.#accumulator.reset();
    for await (const event of events) {
      if (this.#ended) break;
      this.#addEvent(event);
    }
    if (this.controller.signal.aborted) throw new APIUserAbortError();
    if (!this.#accumulator.reset()) throw new AnthropicError('request ended without sending any chunks');
  }

  #addEvent(event: Data): void {
    const snapshot = this.#accumulator.apply(event);
    if (!snapshot) return; // not an event of a message: skipped, as the official SDK does
    this.#emit('streamEvent', [event, snapshot]);
    switch (event['type']) {
      case 'content_block_delta': {
        const block = snapshot.content[event['index'] as number];
        const rule = this.#accumulator.ruleFor(event, block);
        const [name, args] = rule?.emit ?? [];
        if (name && this.#listeners.get(name)?.length) {
          const values = args!(event['delta'] as Data, block as Block);
          if (values) this.#emit(name, values);
        }
        break;
      }
      case 'content_block_stop': {
        const block = snapshot.content[event['index'] as number];
        if (block) this.#emit('contentBlock', [block]);
        break;
      }
      case 'message_stop': {
        this.messages.push(snapshot as Param);
        const message = toParsedMessage(snapshot, this.#params, this.#flavor.beta) as Final;
        this.receivedMessages.push(message);
        this.#emit('message', [message]);
        break;
      }
    }
  }

  #lastMessage(): Final {
    const last = this.receivedMessages.at(-1);
    if (last === undefined)
      throw new AnthropicError('stream ended without producing a Message with role=assistant');
    return last;
  }

  #fail(cause: unknown): void {
    this.#errored = true;
    if (this.controller.signal.aborted || cause instanceof APIUserAbortError) {
      this.#aborted = true;
      return this.#emit('abort', [cause instanceof APIUserAbortError ? cause : new APIUserAbortError()]);
    }
    let error: AnthropicError;
    if (cause instanceof AnthropicError) error = cause;
    else {
      error = new AnthropicError(cause instanceof Error ? cause.message : String(cause));
      if (cause instanceof Error) (error as { cause?: unknown }).cause = cause;
    }
    this.#emit('error', [error]);
  }

  #add(event: string, listener: unknown, once: boolean): this {
    let entries = this.#listeners.get(event);
    if (!entries) this.#listeners.set(event, (entries = []));
    entries.push({ listener: listener as Entry['listener'], once });
    return this;
  }

  /** Calls the listeners of one event; nothing is emitted after 'end'. */
  #emit(event: string, args: unknown[]): void {
    if (this.#ended) return;
    if (event === 'end') {
      this.#ended = true;
      this.#end.resolve();
    }
    const entries = this.#listeners.get(event);
    const heard = !!entries?.length;
    if (entries?.length) {
      if (entries.some((entry) => entry.once))
        this.#listeners.set(
          event,
          entries.filter((entry) => !entry.once),
        );
      for (const entry of entries.length === 1 ? entries : [...entries]) entry.listener(...args);
    }
    if (event === 'error' || event === 'abort') {
      const error = args[0];
      if (event === 'error' && !heard && !this.#observed) void Promise.reject(error);
      this.#connected.reject(error);
      this.#end.reject(error);
      this.#emit('end', []);
    }
  }
}
