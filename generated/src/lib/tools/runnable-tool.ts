// What a tool the runner can call looks like: a tool definition the API accepts, plus `run` (and the
// `parse` that turns the model's input into `run`'s argument). `betaZodTool` and `betaTool` build
// these; any object of this shape works too.
import type { BetaMessageCreateParamsBase } from '../../resources/beta/messages/index.js';
import type {
  BetaBashTool20241022,
  BetaBashTool20250124,
  BetaComputerUseTool20241022,
  BetaComputerUseTool20250124,
  BetaComputerUseTool20251124,
  BetaMemoryTool20250818,
  BetaRequestToolResultBlock,
  BetaResponseToolUseBlock,
  BetaTextEditor20241022,
  BetaTextEditor20250124,
  BetaTextEditor20250429,
  BetaTextEditor20250728,
  BetaTool,
} from '../../resources/shared.js';

export type Promisable<T> = T | Promise<T>;

/** Any tool a beta request may list. */
export type BetaToolUnion = NonNullable<BetaMessageCreateParamsBase['tools']>[number];

/** One block of a tool result's content. */
export type BetaToolResultContentBlockParam = Exclude<
  BetaRequestToolResultBlock['content'],
  string | undefined
>[number];

/** Tools that run on the client; server tools (web search, code execution, MCP toolsets) are not among them. */
export type BetaClientRunnableToolType =
  | BetaTool
  | BetaMemoryTool20250818
  | BetaBashTool20241022
  | BetaBashTool20250124
  | BetaComputerUseTool20241022
  | BetaComputerUseTool20250124
  | BetaComputerUseTool20251124
  | BetaTextEditor20241022
  | BetaTextEditor20250124
  | BetaTextEditor20250429
  | BetaTextEditor20250728;

export interface BetaToolRunContext {
  /** The `tool_use` block being answered. */
  toolUse: BetaResponseToolUseBlock;
  /** @deprecated Use `toolUse`. */
  toolUseBlock: BetaResponseToolUseBlock;
  /** The runner's abort signal; the runner still waits for `run` to return, so long work should watch it. */
  signal?: AbortSignal | null | undefined;
}

export type BetaToolRunResult = string | Array<BetaToolResultContentBlockParam>;

export type BetaRunnableTool<Input = any> = BetaClientRunnableToolType & {
  run: (args: Input, context?: BetaToolRunContext) => Promisable<BetaToolRunResult>;
  parse: (content: unknown) => Input;
  /** Cleanup for tools holding resources; the runner never calls it, the caller may. */
  close?: () => Promisable<void>;
};

/**
 * Thrown from a tool's `run` to answer the model with these content blocks (or this text) as an
 * error result (`is_error: true`), instead of `Error: <message>`.
 */
export class ToolError extends Error {
  readonly content: BetaToolRunResult;

  constructor(content: BetaToolRunResult) {
    super(
      typeof content === 'string'
        ? content
        : content.map((block) => (block.type === 'text' ? block.text : `[${block.type}]`)).join(' '),
    );
    this.name = 'ToolError';
    this.content = content;
  }
}
