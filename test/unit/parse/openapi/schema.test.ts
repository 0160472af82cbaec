import { describe, expect, it } from 'vitest';
import type { WalkContext } from '../../../../src/parse/openapi/document.js';
import { schemaToType } from '../../../../src/parse/openapi/schema.js';
import { stripLocs } from '../../../helpers/lap.js';

function typeOf(schema: unknown, version: WalkContext['version'] = '3.1') {
  const ctx: WalkContext = {
    doc: { components: { schemas: { Pet: { type: 'object' }, Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } } } },
    file: 'api.json',
    version,
    diagnostics: [],
    schemaNames: new Map([['#/components/schemas/Pet', 'Pet'], ['#/components/schemas/Node', 'Node']]),
    schemaPointers: new Map([['Pet', '#/components/schemas/Pet'], ['Node', '#/components/schemas/Node']]),
  };
  return { type: stripLocs(schemaToType(ctx, schema as never, '#/x')), diagnostics: ctx.diagnostics };
}

const str = { kind: 'primitive', name: 'string' };
const int = { kind: 'primitive', name: 'integer' };
const pet = { kind: 'ref', name: 'Pet' };

describe('JSON Schema → IR types', () => {
  const table: [string, { given: unknown; want: unknown }][] = [
    ['string with format', { given: { type: 'string', format: 'date-time' }, want: { ...str, format: 'date-time' } }],
    ['named $ref stays a ref', { given: { $ref: '#/components/schemas/Pet' }, want: pet }],
    ['3.0 nullable', { given: { type: 'string', nullable: true }, want: { kind: 'union', variants: [str, { kind: 'null' }] } }],
    ['3.0 nullable beside a $ref', { given: { $ref: '#/components/schemas/Pet', nullable: true }, want: { kind: 'union', variants: [pet, { kind: 'null' }] } }],
    ['3.1 type array with null', { given: { type: ['integer', 'null'] }, want: { kind: 'union', variants: [int, { kind: 'null' }] } }],
    ['3.1 anyOf with null', { given: { anyOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] }, want: { kind: 'union', variants: [pet, { kind: 'null' }] } }],
    ['enum', { given: { type: 'string', enum: ['end_turn', 'max_tokens'] }, want: { kind: 'enum', values: ['end_turn', 'max_tokens'] } }],
    ['enum with null', { given: { type: 'string', enum: ['a', 'b', null], nullable: true }, want: { kind: 'union', variants: [{ kind: 'enum', values: ['a', 'b'] }, { kind: 'null' }] } }],
    ['single-value enum is a literal', { given: { type: 'string', enum: ['message'] }, want: { kind: 'literal', value: 'message' } }],
    ['const', { given: { const: 'text' }, want: { kind: 'literal', value: 'text' } }],
    [
      'oneOf with discriminator',
      { given: { oneOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Node' }], discriminator: { propertyName: 'type' } }, want: { kind: 'union', variants: [pet, { kind: 'ref', name: 'Node' }], discriminator: 'type' } },
    ],
    ['allOf is an intersection', { given: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }] }, want: { kind: 'intersection', parts: [pet, { kind: 'object', properties: [{ name: 'id', type: str, required: true }] }] } }],
    ['single allOf is its part', { given: { allOf: [{ $ref: '#/components/schemas/Pet' }] }, want: pet }],
    [
      'object: required, readOnly, default, description, sorted by name',
      {
        given: { type: 'object', required: ['b'], properties: { b: { type: 'string', description: 'B.', default: 'x' }, a: { type: 'integer', readOnly: true } } },
        want: { kind: 'object', properties: [{ name: 'a', type: int, required: false, readOnly: true }, { name: 'b', type: str, required: true, description: 'B.', default: 'x' }] },
      },
    ],
    [
      'object: writeOnly',
      {
        given: { type: 'object', required: ['password'], properties: { password: { type: 'string', writeOnly: true } } },
        want: { kind: 'object', properties: [{ name: 'password', type: str, required: true, writeOnly: true }] },
      },
    ],
    ['additionalProperties schema', { given: { type: 'object', additionalProperties: { type: 'integer' } }, want: { kind: 'object', properties: [], additionalProperties: int } }],
    ['free-form object', { given: { type: 'object' }, want: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } } }],
    ['array without items', { given: { type: 'array' }, want: { kind: 'array', items: { kind: 'unknown' } } }],
    ['binary string', { given: { type: 'string', format: 'binary' }, want: { ...str, format: 'binary' } }],
    ['empty schema', { given: {}, want: { kind: 'unknown' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(typeOf(given).type).toEqual(want);
  });

  it('2.0 file type is an upload', () => {
    expect(typeOf({ type: 'file' }, '2.0').type).toEqual({ ...str, format: 'binary' });
  });

  it('a $ref to nowhere is an error with its pointer', () => {
    const { type, diagnostics } = typeOf({ $ref: '#/components/schemas/Missing' });
    expect(type).toEqual({ kind: 'unknown' });
    expect(diagnostics.map((d) => [d.severity, d.message, d.loc])).toEqual([['error', "$ref '#/components/schemas/Missing' points at nothing", { file: 'api.json', pointer: '/x' }]]);
  });
});
