// The check against the OpenAPI 2.0/3.0/3.1 JSON Schema (swagger-parser's schema and settings), run
// on the document as read (bundled, when it has external refs). Its faults are warnings: real
// documents often break the letter of the schema and still generate.
import type { Diagnostic } from '../../ir/types.js';
import type { JsonObject, OpenApiVersion } from './document.js';
import { loadValidator } from './schema-validator.js';

/**
 * `SwaggerParser.validate` would first dereference a copy of the whole document (half the cost of
 * parsing GitHub's), and then report a fault in a shared component once per place that uses it;
 * `$ref` objects are valid where the schema allows references, so nothing is lost.
 *
 * (Checking on a worker thread while this one walks the document was tried: on 2 cores it paid
 * nothing on GitHub's 13 MB document and cost Stripe's about 0.1 s, for 100 MB more memory.)
 */
export async function schemaWarnings(doc: JsonObject, version: OpenApiVersion, file: string): Promise<Diagnostic[]> {
  const validate = await loadValidator(version);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((d) => ({ severity: 'warning' as const, code: 'openapi/schema', message: d.message ?? 'invalid', loc: { file, pointer: d.instancePath || '/' } }));
}
