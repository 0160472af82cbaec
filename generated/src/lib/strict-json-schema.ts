// Rewrites a JSON Schema into the subset structured outputs accept, as the official helpers do before
// sending it: objects closed (`additionalProperties: false`), `oneOf` read as `anyOf`, and every keyword
// the API does not take moved into the description as `{key: value, …}` so the model still sees it.
// The input is never modified.

type Schema = Record<string, unknown>;

const STRING_FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'uri',
  'ipv4',
  'ipv6',
  'uuid',
]);

/** Keywords kept only for some values; others move to the description, after the rest. */
const KEPT_IF: Record<string, { type: string; keep: (value: unknown) => boolean }> = {
  format: { type: 'string', keep: (value) => typeof value === 'string' && STRING_FORMATS.has(value) },
  minItems: { type: 'array', keep: (value) => value === 0 || value === 1 },
};

/** Keywords handled by `strictSchema` itself; everything else in a schema is described. */
const HANDLED = new Set(['$ref', '$defs', 'type', 'anyOf', 'oneOf', 'allOf', 'description', 'title']);

export function strictSchema(input: Schema): Schema {
  const source = JSON.parse(JSON.stringify(input)) as Schema;
  return strict(source);
}

function strict(schema: Schema): Schema {
  if (schema['$ref'] !== undefined) return { $ref: schema['$ref'] };
  const out: Schema = {};
  const defs = schema['$defs'] as Record<string, Schema> | undefined;
  if (defs !== undefined) out['$defs'] = mapValues(defs, strict);

  const type = schema['type'];
  const variants = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (Array.isArray(variants)) out['anyOf'] = variants.map(strict);
  else if (Array.isArray(schema['allOf'])) out['allOf'] = (schema['allOf'] as Schema[]).map(strict);
  else if (type === undefined)
    throw new Error('JSON schema must have a type defined if anyOf/oneOf/allOf are not used');
  else out['type'] = type;

  if (schema['description'] !== undefined) out['description'] = schema['description'];
  if (schema['title'] !== undefined) out['title'] = schema['title'];

  const consumed = new Set(HANDLED);
  const described: [string, unknown][] = [];
  if (type === 'object') {
    out['properties'] = mapValues((schema['properties'] ?? {}) as Record<string, Schema>, strict);
    out['additionalProperties'] = false;
    if (schema['required'] !== undefined) out['required'] = schema['required'];
    for (const key of ['properties', 'additionalProperties', 'required']) consumed.add(key);
  }
  if (type === 'array') {
    if (schema['items'] !== undefined) out['items'] = strict(schema['items'] as Schema);
    consumed.add('items');
  }
  for (const [key, rule] of Object.entries(KEPT_IF)) {
    if (rule.type !== type || schema[key] === undefined) continue;
    consumed.add(key);
    if (rule.keep(schema[key])) out[key] = schema[key];
    else described.push([key, schema[key]]);
  }

  const rest = Object.entries(schema).filter(([key]) => !consumed.has(key));
  const extra = [...rest, ...described];
  if (extra.length > 0) {
    const note = `{${extra.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')}}`;
    out['description'] = out['description'] ? `${String(out['description'])}\n\n${note}` : note;
  }
  return out;
}

function mapValues(record: Record<string, Schema>, fn: (schema: Schema) => Schema): Schema {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
