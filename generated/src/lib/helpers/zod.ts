// `zodOutputFormat`: an output format for `messages.parse()` built from a zod schema (subpath
// `<pkg>/helpers/zod`). zod is an optional peer dependency, loaded only through this module.
import type * as z from 'zod/v4';
import type { AutoParseableOutputFormat } from '../parse.js';
import { strictSchema } from '../strict-json-schema.js';
import { parseWithZod, zodJSONSchema } from './zod-schema.js';

/**
 * An output format whose schema is the zod schema's JSON Schema. Given to `messages.parse()`, the
 * message's `parsed_output` is the validated value; `messages.create()` accepts it too, unparsed.
 */
export function zodOutputFormat<ZodInput extends z.ZodType>(
  zodObject: ZodInput,
): AutoParseableOutputFormat<z.infer<ZodInput>> {
  return {
    type: 'json_schema',
    schema: strictSchema(zodJSONSchema(zodObject)),
    parse: (content) => parseWithZod(zodObject, content),
  };
}
