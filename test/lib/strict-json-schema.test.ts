// The strict-schema rewrite the output-format helpers apply, against the official SDK's on the same
// schemas: the same result, the input left untouched.
import { transformJSONSchema } from '@anthropic-ai/sdk/lib/transform-json-schema';
import { describe, expect, it } from 'vitest';
import { strictSchema } from '../../generated/src/lib/strict-json-schema.js';

const cases: [string, Record<string, unknown>][] = [
  ['a closed object', { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: true }],
  ['an object without properties', { type: 'object' }],
  ['supported and unsupported string formats', { type: 'object', properties: { d: { type: 'string', format: 'date' }, p: { type: 'string', format: 'password', minLength: 2 } } }],
  ['array minItems 0/1 kept, others described', { type: 'array', items: { type: 'integer', minimum: 3 }, minItems: 2, maxItems: 5 }],
  ['array minItems 1', { type: 'array', items: { type: 'number' }, minItems: 1, description: 'numbers' }],
  ['oneOf read as anyOf', { oneOf: [{ type: 'string' }, { type: 'null' }], description: 'maybe' }],
  ['allOf', { allOf: [{ type: 'object', properties: {} }], title: 'T' }],
  ['$ref alone', { $ref: '#/$defs/x', description: 'dropped' }],
  ['$defs', { type: 'object', $defs: { x: { type: 'object', properties: { y: { type: 'boolean' } } } }, properties: { x: { $ref: '#/$defs/x' } } }],
  ['keywords on the wrong type are described', { type: 'string', items: { type: 'string' }, required: ['x'], default: 'a', $schema: 'https://json-schema.org/draft/2020-12/schema' }],
  ['a type list', { type: ['string', 'null'], enum: ['a', null] }],
];

describe('strictSchema', () => {
  it.each(cases)('%s: the same as the official rewrite', (_name, schema) => {
    const before = JSON.stringify(schema);
    expect(JSON.stringify(strictSchema(schema))).toBe(JSON.stringify(transformJSONSchema(schema)));
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('a schema without type or composition is an error, as in the official', () => {
    expect(() => strictSchema({ description: 'x' })).toThrow('JSON schema must have a type defined if anyOf/oneOf/allOf are not used');
    expect(() => transformJSONSchema({ description: 'x' })).toThrow('JSON schema must have a type defined if anyOf/oneOf/allOf are not used');
  });
});
