// The beta JSON Schema helpers (subpath `<pkg>/helpers/beta/json-schema`):
// `betaJSONSchemaOutputFormat` for `beta.messages.parse()` and `betaTool` for the tool runner, with
// the parsed and input types inferred from the schema literal.
import type { BetaInputSchema } from '../../../resources/shared.js';
import type { FromSchema, JSONSchemaObject } from '../../from-schema.js';
import type { AutoParseableBetaOutputFormat } from '../../parse.js';
import type {
  BetaRunnableTool,
  BetaToolRunContext,
  BetaToolRunResult,
  Promisable,
} from '../../tools/runnable-tool.js';
import { jsonSchemaOutputFormat } from '../json-schema.js';

type NoInfer<T> = [T][T extends unknown ? 0 : never];

type ObjectSchema = JSONSchemaObject & { type: 'object' };

/** A tool whose input is typed from its JSON Schema; the input reaches `run` as the model sent it. */
export function betaTool<const Schema extends ObjectSchema>(options: {
  name: string;
  inputSchema: Schema;
  description: string;
  run: (args: NoInfer<FromSchema<Schema>>, context?: BetaToolRunContext) => Promisable<BetaToolRunResult>;
  close?: () => void | Promise<void>;
}): BetaRunnableTool<NoInfer<FromSchema<Schema>>> {
  if (options.inputSchema.type !== 'object') {
    throw new Error(
      `JSON schema for tool "${options.name}" must be an object, but got ${String(options.inputSchema.type)}`,
    );
  }
  return {
    type: 'custom',
    name: options.name,
    // A `const` schema has readonly arrays; the API type's are mutable. The value is the same.
    input_schema: options.inputSchema as unknown as BetaInputSchema,
    description: options.description,
    run: options.run,
    parse: (content: unknown) => content as FromSchema<Schema>,
    ...(options.close ? { close: options.close } : {}),
  };
}

/** `jsonSchemaOutputFormat` for `beta.messages.parse()`: the beta format has the same shape. */
export function betaJSONSchemaOutputFormat<const Schema extends ObjectSchema>(
  jsonSchema: Schema,
  options?: { transform?: boolean },
): AutoParseableBetaOutputFormat<NoInfer<FromSchema<Schema>>> {
  return jsonSchemaOutputFormat(jsonSchema, options);
}
