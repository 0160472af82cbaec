// The types the JSON Schema helpers infer from a schema literal (checked by tsc; the run only
// confirms the values flow through unchanged).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { betaTool } from '../../generated/src/lib/helpers/beta/json-schema.js';
import { jsonSchemaOutputFormat } from '../../generated/src/lib/helpers/json-schema.js';
import type { FromSchema } from '../../generated/src/lib/from-schema.js';

describe('FromSchema', () => {
  it('objects: required keys required, the rest optional; closed objects have no index signature', () => {
    type T = FromSchema<{
      type: 'object';
      properties: { a: { type: 'string' }; b: { type: 'integer' }; c: { type: 'array'; items: { type: 'boolean' } } };
      required: readonly ['a'];
      additionalProperties: false;
    }>;
    expectTypeOf<T>().toEqualTypeOf<{ a: string; b?: number; c?: boolean[] }>();
  });

  it('enum, const, anyOf/oneOf, type lists, nullable, allOf', () => {
    expectTypeOf<FromSchema<{ enum: readonly ['x', 'y'] }>>().toEqualTypeOf<'x' | 'y'>();
    expectTypeOf<FromSchema<{ const: 3 }>>().toEqualTypeOf<3>();
    expectTypeOf<FromSchema<{ anyOf: readonly [{ type: 'string' }, { type: 'null' }] }>>().toEqualTypeOf<string | null>();
    expectTypeOf<FromSchema<{ oneOf: readonly [{ type: 'number' }, { const: 'n/a' }] }>>().toEqualTypeOf<number | 'n/a'>();
    expectTypeOf<FromSchema<{ type: readonly ['string', 'null'] }>>().toEqualTypeOf<string | null>();
    expectTypeOf<FromSchema<{ type: 'string'; nullable: true }>>().toEqualTypeOf<string | null>();
    expectTypeOf<FromSchema<true>>().toEqualTypeOf<unknown>();
    type All = FromSchema<{
      allOf: readonly [
        { type: 'object'; properties: { a: { type: 'string' } }; required: readonly ['a']; additionalProperties: false },
        { type: 'object'; properties: { b: { type: 'number' } }; required: readonly ['b']; additionalProperties: false },
      ];
    }>;
    expectTypeOf<All>().toEqualTypeOf<{ a: string } & { b: number }>();
  });

  it('open objects keep an index signature of unknown, as json-schema-to-ts gives', () => {
    type T = FromSchema<{ type: 'object'; properties: { a: { type: 'string' } }; required: readonly ['a'] }>;
    expectTypeOf<T['a']>().toEqualTypeOf<string>();
    expectTypeOf<T['other']>().toEqualTypeOf<unknown>();
  });

  it('the helpers infer from a literal without `as const`', () => {
    const format = jsonSchemaOutputFormat({ type: 'object', properties: { n: { type: 'number' } }, required: ['n'], additionalProperties: false });
    expectTypeOf(format.parse('{"n":1}')).toEqualTypeOf<{ n: number }>();
    expect(format.parse('{"n":1}')).toEqual({ n: 1 });
    const tool = betaTool({
      name: 't',
      description: 'd',
      inputSchema: { type: 'object', properties: { q: { type: 'string', enum: ['a', 'b'] } }, required: ['q'] },
      run: (input) => {
        expectTypeOf(input.q).toEqualTypeOf<'a' | 'b'>();
        return input.q;
      },
    });
    expect((tool as { input_schema?: unknown }).input_schema).toEqual({ type: 'object', properties: { q: { type: 'string', enum: ['a', 'b'] } }, required: ['q'] });
  });
});
