// The zod side of the helpers: JSON Schema from a zod schema, and validation with readable errors.
// Only the helpers/*zod modules import this, so the package root never loads zod (an optional peer).
// `zod/v4` is zod 4's API in both zod ^3.25 and zod 4, the range the official helpers support.
import * as z from 'zod/v4';
import { AnthropicError } from '../../core/index.js';

/** The JSON Schema of a zod schema, with repeated sub-schemas as `$ref`s as the official helpers send them. */
export function zodJSONSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { reused: 'ref' }) as Record<string, unknown>;
}

/** Parses the model's text as JSON and validates it, naming the first few failing paths. */
export function parseWithZod<T extends z.ZodType>(schema: T, content: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new AnthropicError(
      `Failed to parse structured output as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const listed = issues
    .slice(0, 5)
    .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    .join('\n');
  const more = issues.length > 5 ? `\n  ... and ${issues.length - 5} more issue(s)` : '';
  throw new AnthropicError(
    `Failed to parse structured output: ${result.error.message}\nValidation issues:\n${listed}${more}`,
  );
}
