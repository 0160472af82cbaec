// The message a stream hands out when it completes: the accumulated one plus `parsed_output`, read
// from the text by the request's output format when that format can parse (e.g. `zodOutputFormat`),
// else null. Text blocks carry their own `parsed_output`, not enumerable, as in the official SDK.
import { AnthropicError } from '../../core/index.js';
import type { Block, Data, Snapshot } from './accumulate.js';

interface OutputFormat {
  type?: unknown;
  parse?: (content: string) => unknown;
}

/** The output format of a request: beta requests may still use the deprecated top-level `output_format`. */
function outputFormatOf(params: Data | null, beta: boolean): OutputFormat | undefined {
  const config = params?.['output_config'] as { format?: OutputFormat | null } | null | undefined;
  const legacy = beta ? (params?.['output_format'] as OutputFormat | null | undefined) : undefined;
  return legacy ?? config?.format ?? undefined;
}

export function toParsedMessage(message: Snapshot, params: Data | null, beta: boolean): Snapshot {
  const format = outputFormatOf(params, beta);
  const parse = typeof format?.parse === 'function' ? format : undefined;
  let first: unknown = null;
  const content = message.content.map((block): Block => {
    if (block.type !== 'text') return block;
    const parsed = parse ? parseText(parse, block['text'] as string) : null;
    if (first === null) first = parsed;
    return Object.defineProperty({ ...block }, 'parsed_output', { value: parsed, enumerable: false });
  });
  return { ...message, content, parsed_output: first };
}

function parseText(format: OutputFormat, text: string): unknown {
  if (format.type !== 'json_schema') return null;
  try {
    return format.parse!(text);
  } catch (error) {
    throw new AnthropicError(`Failed to parse structured output: ${String(error)}`);
  }
}
