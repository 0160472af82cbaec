// JSON Schema (OpenAPI 2.0 / 3.0 / 3.1 dialects) → the IR type algebra. Named component schemas stay
// `ref`s, so circular schemas become recursive named types instead of expanding forever.
// https://spec.openapis.org/oas/v3.1.0#schema-object
import type { Property, TypeRef } from '../../ir/types.js';
import { isObject, joinPointer, locPointer, report, type Json, type JsonObject, type WalkContext } from './document.js';
import { refTypeName } from './ref-types.js';

const PRIMITIVES: Record<string, TypeRef> = {
  string: { kind: 'primitive', name: 'string' },
  integer: { kind: 'primitive', name: 'integer' },
  number: { kind: 'primitive', name: 'number' },
  boolean: { kind: 'primitive', name: 'boolean' },
  null: { kind: 'null' },
};

const UNION_KEYS = ['oneOf', 'anyOf'] as const;

const nullable = (type: TypeRef): TypeRef => (type.kind === 'union' ? { ...type, variants: [...type.variants.filter((v) => v.kind !== 'null'), { kind: 'null' }] } : { kind: 'union', variants: [type, { kind: 'null' }] });

/** `pointer` is where the schema is, as a `#/…` reference writes it. */
export function schemaToType(ctx: WalkContext, schema: Json | undefined, pointer: string, depth = 0): TypeRef {
  return typeAt(ctx, schema, locPointer(pointer), depth);
}

// Below, `pointer` is written as IR locations have it (`/components/…`, no `#`): each property's
// location is then its parent's and two segments, not a fresh copy of the whole pointer.
function typeAt(ctx: WalkContext, schema: Json | undefined, pointer: string, depth: number): TypeRef {
  if (schema === true || schema === undefined) return { kind: 'unknown' };
  if (schema === false) return { kind: 'primitive', name: 'string', format: 'never' };
  if (!isObject(schema)) {
    report(ctx, 'warning', 'openapi/bad-schema', 'a schema must be an object', pointer);
    return { kind: 'unknown' };
  }
  if (depth > 64) {
    report(ctx, 'warning', 'openapi/deep-schema', 'schema nesting deeper than 64 levels; typed as unknown', pointer);
    return { kind: 'unknown' };
  }
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ctx.schemaNames.get(ref) ?? refTypeName(ctx, ref, pointer);
    const base: TypeRef = name ? { kind: 'ref', name } : { kind: 'unknown' };
    // 3.1 allows siblings next to $ref; `nullable` beside a $ref is a common 3.0 habit.
    return schema['nullable'] === true ? nullable(base) : base;
  }
  let type = shape(ctx, schema, pointer, depth);
  if (schema['nullable'] === true || (Array.isArray(schema['enum']) && schema['enum'].includes(null) && type.kind !== 'union')) type = nullable(type);
  return type;
}

function shape(ctx: WalkContext, schema: JsonObject, pointer: string, depth: number): TypeRef {
  if ('const' in schema) return literalOf(schema['const']!);
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'].filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
    if (values.length === 1) return literalOf(values[0]!);
    if (values.length) return { kind: 'enum', values };
    if (schema['enum'].some((v) => typeof v === 'boolean')) return { kind: 'primitive', name: 'boolean' };
  }
  for (let k = 0; k < UNION_KEYS.length; k++) {
    const key = UNION_KEYS[k]!;
    const list = schema[key];
    if (Array.isArray(list) && list.length) {
      const variants = list.map((v, i) => typeAt(ctx, v, joinPointer(pointer, key, i), depth + 1));
      const discriminator = isObject(schema['discriminator']) && typeof schema['discriminator']['propertyName'] === 'string' ? schema['discriminator']['propertyName'] : undefined;
      const union: TypeRef = variants.length === 1 ? variants[0]! : { kind: 'union', variants, ...(discriminator ? { discriminator } : {}) };
      // Properties beside oneOf constrain every variant: `(A | B) & { shared }`.
      return isObject(schema['properties']) ? { kind: 'intersection', parts: [union, objectOf(ctx, schema, pointer, depth)] } : union;
    }
  }
  if (Array.isArray(schema['allOf']) && schema['allOf'].length) {
    const parts = schema['allOf'].map((v, i) => typeAt(ctx, v, joinPointer(pointer, 'allOf', i), depth + 1));
    if (isObject(schema['properties'])) parts.push(objectOf(ctx, schema, pointer, depth));
    return parts.length === 1 ? parts[0]! : { kind: 'intersection', parts };
  }
  const declared = schema['type'];
  if (Array.isArray(declared) && declared.length) {
    // 3.1: `type: [string, null]`.
    const variants = declared.map((t) => (typeof t === 'string' ? single(ctx, schema, t, pointer, depth) : ({ kind: 'unknown' } as TypeRef)));
    return variants.length === 1 ? variants[0]! : { kind: 'union', variants };
  }
  if (typeof declared === 'string') return single(ctx, schema, declared, pointer, depth);
  if (isObject(schema['properties']) || schema['additionalProperties'] !== undefined) return objectOf(ctx, schema, pointer, depth);
  if (schema['items'] !== undefined) return { kind: 'array', items: typeAt(ctx, schema['items'], joinPointer(pointer, 'items'), depth + 1) };
  return { kind: 'unknown' };
}

function single(ctx: WalkContext, schema: JsonObject, type: string, pointer: string, depth: number): TypeRef {
  if (type === 'object') return objectOf(ctx, schema, pointer, depth);
  if (type === 'array') {
    const items = schema['items'];
    return { kind: 'array', items: Array.isArray(items) ? { kind: 'unknown' } : typeAt(ctx, items, joinPointer(pointer, 'items'), depth + 1) };
  }
  if (type === 'file') return { kind: 'primitive', name: 'string', format: 'binary' };
  const base = PRIMITIVES[type];
  if (!base) {
    report(ctx, 'warning', 'openapi/unknown-type', `unknown schema type '${type}'; typed as unknown`, joinPointer(pointer, 'type'));
    return { kind: 'unknown' };
  }
  return base.kind === 'primitive' && typeof schema['format'] === 'string' ? { ...base, format: schema['format'] } : base;
}

function objectOf(ctx: WalkContext, schema: JsonObject, pointer: string, depth: number): TypeRef {
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].filter((r): r is string => typeof r === 'string') : []);
  const props = isObject(schema['properties']) ? schema['properties'] : {};
  // Sorted by name (code units, as `<` compares): the output must not depend on the key order of the input document.
  const properties: Property[] = Object.keys(props).sort().map((name) => {
    const propSchema = props[name]!;
    const at = joinPointer(pointer, 'properties', name);
    const prop: Property = { name, type: typeAt(ctx, propSchema, at, depth + 1), required: required.has(name), loc: { file: ctx.file, pointer: at } };
    if (isObject(propSchema)) {
      if (typeof propSchema['description'] === 'string') prop.description = propSchema['description'];
      if (propSchema['readOnly'] === true) prop.readOnly = true;
      if (propSchema['writeOnly'] === true) prop.writeOnly = true;
      const dflt = propSchema['default'];
      if (dflt === null || typeof dflt === 'string' || typeof dflt === 'number' || typeof dflt === 'boolean') prop.default = dflt;
    }
    return prop;
  });
  const extra = schema['additionalProperties'];
  const type: TypeRef = { kind: 'object', properties };
  if (extra === true || (isObject(extra) && Object.keys(extra).length === 0)) type.additionalProperties = { kind: 'unknown' };
  else if (isObject(extra)) type.additionalProperties = typeAt(ctx, extra, joinPointer(pointer, 'additionalProperties'), depth + 1);
  else if (extra === undefined && properties.length === 0) type.additionalProperties = { kind: 'unknown' };
  return type;
}

function literalOf(value: Json): TypeRef {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'literal', value };
  return { kind: 'unknown' };
}
