// The beta zod helpers (subpath `<pkg>/helpers/beta/zod`): `betaZodOutputFormat` for
// `beta.messages.parse()` and `betaZodTool` for `beta.messages.toolRunner()`.
import type * as z from 'zod/v4';
import type { BetaInputSchema } from '../../../resources/shared.js';
import type { AutoParseableBetaOutputFormat } from '../../parse.js';
import type {
  BetaRunnableTool,
  BetaToolRunContext,
  BetaToolRunResult,
  Promisable,
} from '../../tools/runnable-tool.js';
import { zodJSONSchema } from '../zod-schema.js';
import { zodOutputFormat } from '../zod.js';

/** `zodOutputFormat` for `beta.messages.parse()`: the beta format has the same shape. */
export function betaZodOutputFormat<ZodInput extends z.ZodType>(
  zodObject: ZodInput,
): AutoParseableBetaOutputFormat<z.infer<ZodInput>> {
  return zodOutputFormat(zodObject);
}

/**
 * A tool for the tool runner whose input schema is the zod schema's JSON Schema (sent as zod gives
 * it, not rewritten); the model's input is validated with the schema before `run` sees it.
 */
export function betaZodTool<InputSchema extends z.ZodType>(options: {
  name: string;
  inputSchema: InputSchema;
  description: string;
  run: (args: z.infer<InputSchema>, context?: BetaToolRunContext) => Promisable<BetaToolRunResult>;
  close?: () => void | Promise<void>;
}): BetaRunnableTool<z.infer<InputSchema>> {
  const inputSchema = zodJSONSchema(options.inputSchema);
  if (inputSchema['type'] !== 'object') {
    throw new Error(
      `Zod schema for tool "${options.name}" must be an object, but got ${String(inputSchema['type'])}`,
    );
  }
  return {
    type: 'custom',
    name: options.name,
    input_schema: inputSchema as BetaInputSchema,
    description: options.description,
    run: options.run,
    parse: (args: unknown) => options.inputSchema.parse(args) as z.infer<InputSchema>,
    ...(options.close ? { close: options.close } : {}),
  };
}
