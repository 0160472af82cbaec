import { describe, expect, it } from 'vitest';
import { LapSyntaxError, TypeExprParser } from '../../../../src/parse/lap/type-expr.js';
import { stripLocs, typeOf } from '../../../helpers/lap.js';

const str = { kind: 'primitive', name: 'string' };
const nullable = (t: object) => ({ kind: 'union', variants: [t, { kind: 'null' }] });

describe('LAP type expressions (LAP v0.3 §4)', () => {
  const table: [string, { given: string; want: unknown }][] = [
    ['str', { given: 'str', want: str }],
    ['int', { given: 'int', want: { kind: 'primitive', name: 'integer' } }],
    ['num', { given: 'num', want: { kind: 'primitive', name: 'number' } }],
    ['float', { given: 'float', want: { kind: 'primitive', name: 'number' } }],
    ['bool', { given: 'bool', want: { kind: 'primitive', name: 'boolean' } }],
    ['any', { given: 'any', want: { kind: 'unknown' } }],
    ['untyped map', { given: 'map', want: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } } }],
    ['array', { given: '[str]', want: { kind: 'array', items: str } }],
    ['nested array', { given: '[[int]]', want: { kind: 'array', items: { kind: 'array', items: { kind: 'primitive', name: 'integer' } } } }],
    ['nullable', { given: 'str?', want: nullable(str) }],
    ['nullable array', { given: '[str]?', want: nullable({ kind: 'array', items: str }) }],
    ['format', { given: 'str(date-time)', want: { ...str, format: 'date-time' } }],
    ['int format', { given: 'int(unix-time)', want: { kind: 'primitive', name: 'integer', format: 'unix-time' } }],
    ['nullable format', { given: 'str(uri)?', want: nullable({ ...str, format: 'uri' }) }],
    ['enum()', { given: 'enum(a/b/c)', want: { kind: 'enum', values: ['a', 'b', 'c'] } }],
    ['str(a/b) inline enum', { given: 'str(asc/desc)', want: { kind: 'enum', values: ['asc', 'desc'] } }],
    ['int(1/2) numeric enum', { given: 'int(1/2)', want: { kind: 'enum', values: [1, 2] } }],
    ['named type', { given: 'Dimensions', want: { kind: 'ref', name: 'Dimensions' } }],
    [
      'typed map with required and optional fields',
      {
        given: 'map{a!: str, b: int}',
        want: { kind: 'object', properties: [{ name: 'a', type: str, required: true }, { name: 'b', type: { kind: 'primitive', name: 'integer' }, required: false }] },
      },
    ],
    ['nullable typed map (map?{…})', { given: 'map?{a: str}', want: nullable({ kind: 'object', properties: [{ name: 'a', type: str, required: false }] }) }],
    ['array of typed maps', { given: '[map{id!: str}]', want: { kind: 'array', items: { kind: 'object', properties: [{ name: 'id', type: str, required: true }] } } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(typeOf(given)).toEqual(want);
  });

  const errors: [string, { given: string; message: string; offset: number }][] = [
    ['unknown type', { given: 'string', message: "unknown type 'string'", offset: 0 }],
    ['unclosed array', { given: '[str', message: "expected ']' but the line ended", offset: 4 }],
    ['unclosed format', { given: 'str(uri', message: "unbalanced '(' in type", offset: 3 }],
    ['unclosed map', { given: 'map{a: str', message: "unbalanced '{': the line ended inside a field list", offset: 3 }],
    ['missing type', { given: '', message: 'expected a type but the line ended', offset: 0 }],
  ];
  it.each(errors)('error: %s', (_name, { given, message, offset }) => {
    const parser = new TypeExprParser(given);
    let caught: unknown;
    try {
      parser.parseType();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(LapSyntaxError);
    expect((caught as LapSyntaxError).message).toBe(message);
    expect((caught as LapSyntaxError).offset).toBe(offset);
  });
});

describe('LAP field lists', () => {
  const fields = (text: string, topLevel = true) => {
    const parser = new TypeExprParser(text);
    const list = parser.parseFieldList(topLevel);
    return { list: stripLocs(list.map((f) => ({ name: f.name, description: f.description, default: f.defaultText }))), rest: text.slice(parser.pos), warnings: parser.warnings };
  };

  it('a description containing ", x: y" stays one field', () => {
    const { list } = fields('{limit: int # Buckets. - `1d`: default: 7, max: 31 - `1h`: default: 24, other: int}');
    expect(list).toEqual([
      { name: 'limit', description: 'Buckets. - `1d`: default: 7, max: 31 - `1h`: default: 24' },
      { name: 'other' },
    ]);
  });

  it('descriptions hold commas, braces, backticks and unbalanced brackets', () => {
    const { list } = fields('{a: str # Use {"role": "user"}] or `x, y` (see [docs, b: int # Plain., c: bool}');
    expect(list.map((f) => f.name)).toEqual(['a', 'b', 'c']);
    expect(list[0]!.description).toBe('Use {"role": "user"}] or `x, y` (see [docs');
  });

  it('defaults: plain, empty, with commas, and bracketed', () => {
    const { list } = fields('{a: int=20, b: str=, c: str=owner,collaborator, d: [str]=[], e: str(asc/desc)=desc}');
    expect(list.map((f) => [f.name, f.default])).toEqual([['a', '20'], ['b', ''], ['c', 'owner,collaborator'], ['d', '[]'], ['e', 'desc']]);
  });

  it('names real files use: header names, +1, brackets', () => {
    const { list } = fields('{anthropic-beta: str, +1: int, include[]: [str]}');
    expect(list.map((f) => f.name)).toEqual(['anthropic-beta', '+1', 'include[]']);
  });

  it('a repeated type (`name: [str]: any`) keeps the first and warns', () => {
    const { list, warnings } = fields('{include[]: [str]: any # Extra fields.}');
    expect(list).toEqual([{ name: 'include[]', description: 'Extra fields.' }]);
    expect(warnings[0]!.message).toBe("field 'include[]' has a second type 'any'; it is ignored");
  });

  it('a top-level list may be followed by a comment (@returns)', () => {
    expect(fields('{id: str} # Successful Response').rest).toBe(' # Successful Response');
  });
});
