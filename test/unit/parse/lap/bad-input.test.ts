// Hand-made bad LAP input: each is refused at the line and column that is wrong, or (extension
// directives) warned about and skipped, as LAP v0.3 §10 asks.
import { describe, expect, it } from 'vitest';
import { MAX_TYPE_NESTING } from '../../../../src/parse/lap/type-expr.js';
import { errorsOf, parse } from '../../../helpers/lap.js';

/** Line 4 is the first body line. */
const doc = (...body: string[]) => ['@lap v0.3', '@api Probe API', '@endpoints 1', ...body, '@end', ''].join('\n');
const endpoint = (...lines: string[]) => ['@endpoint POST /v1/records', ...lines, '@returns(200) {id: str}'];

describe('LAP types that are never declared', () => {
  const table: [string, { given: string; want: { line: number; col: number; message: string }[] }][] = [
    ['a field naming an undeclared type', { given: doc(...endpoint('@required {x: Undeclared}')), want: [{ line: 5, col: 12, message: "type 'Undeclared' is not declared by any '@type Undeclared {…}'" }] }],
    ['a primitive written capitalised', { given: doc(...endpoint('@optional {name: str, price: Str}')), want: [{ line: 5, col: 23, message: "type 'Str' is not declared by any '@type Str {…}' (did you mean 'str'?)" }] }],
    ['a response field naming a global', { given: doc('@endpoint GET /v1/records', '@returns(200) {messages: Promise}'), want: [{ line: 5, col: 16, message: "type 'Promise' is not declared by any '@type Promise {…}'" }] }],
    ['a @type member, nested in map and list', { given: doc('@type Box {items: [map{inner: Missing}]}', ...endpoint()), want: [{ line: 4, col: 24, message: "type 'Missing' is not declared by any '@type Missing {…}'" }] }],
    ['an undeclared @body type, at the @body line', { given: doc(...endpoint('@body → Nowhere')), want: [{ line: 5, col: 9, message: "type 'Nowhere' is not declared by any '@type Nowhere {…}'" }] }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(errorsOf(given)).toEqual(want);
  });

  it('a type declared after its use is declared', () => {
    expect(errorsOf(doc(...endpoint('@required {box: Box}'), '@type Box {a: str}'))).toEqual([]);
  });
});

describe('LAP directives the parser does not know', () => {
  it.each(['@x-owner platform-team', '@x-internal', '@x_rate-limit 10/s'])('%s: a warning at its line, and parsing goes on', (line) => {
    const { api, diagnostics } = parse(doc(line, ...endpoint()));
    expect(diagnostics.map((d) => [d.severity, 'line' in d.loc ? d.loc.line : 0])).toEqual([['warning', 4]]);
    expect(api.operations).toHaveLength(1);
  });
});

describe('LAP nesting', () => {
  const nested = (depth: number) => `${'map{a: '.repeat(depth)}str${'}'.repeat(depth)}`;
  it(`map{…} ${MAX_TYPE_NESTING} deep is read`, () => {
    expect(errorsOf(doc(...endpoint(`@required {x: ${nested(MAX_TYPE_NESTING - 1)}}`)))).toEqual([]);
  });
  it('map{…} 500 deep is refused at its line, before anything recursive reaches it', () => {
    const errors = errorsOf(doc(...endpoint(`@required {x: ${nested(500)}}`)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5, message: `types nest deeper than ${MAX_TYPE_NESTING} levels of [] and map{}` });
  });
  it('[…] 500 deep too', () => {
    expect(errorsOf(doc(...endpoint(`@required {x: ${'['.repeat(500)}str${']'.repeat(500)}}`)))[0]).toMatchObject({ line: 5 });
  });
});

describe('LAP common fields', () => {
  it('a common field listed twice is kept once, with a warning', () => {
    const { api, diagnostics } = parse(doc('@common_fields {v-a: str=1, v-a: str=2}', ...endpoint()));
    expect(api.commonParams.map((p) => p.default)).toEqual(['1']);
    expect(diagnostics.map((d) => d.code)).toEqual(['lap/duplicate-param']);
  });
});
