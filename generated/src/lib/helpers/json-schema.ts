// `jsonSchemaOutputFormat`: an output format for `messages.parse()` from a JSON Schema literal
// (subpath `<pkg>/helpers/json-schema`); the parsed type is inferred from the schema.
import { AnthropicError } from '../../core/index.js';
import type { FromSchema, JSONSchemaObject } from '../from-schema.js';
import type { AutoParseableOutputFormat } from '../parse.js';
import { strictSchema } from '../strict-json-schema.js';

// Stops TypeScript inferring `Schema` from the parsed type instead of from the schema.
type NoInfer<T> = [T][T extends unknown ? 0 : never];

/**
 * An output format from a JSON Schema. By default the schema is rewritten to the strict subset the
 * API takes (on a copy; the argument is left as it is); `{ transform: false }` sends it unchanged.
 */
export function jsonSchemaOutputFormat<const Schema extends JSONSchemaObject & { type: 'object' }>(
  jsonSchema: Schema,
  options?: { transform?: boolean },
): AutoParseableOutputFormat<NoInfer<FromSchema<Schema>>> {
  if (jsonSchema.type !== 'object') {
    throw new Error(`JSON schema must be an object, but got ${String(jsonSchema.type)}`);
  }
  const schema = (options?.transform ?? true) ? strictSchema(jsonSchema) : jsonSchema;
  return {
    type: 'json_schema',
    schema: { ...schema },
    parse: (content) => parseJSON(content) as FromSchema<Schema>,
  };
}

function parseJSON(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new AnthropicError(
      `Failed to parse structured output: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
