import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorsOf, lapDoc, parse, stripLocs } from '../../../helpers/lap.js';

const SEED = fs.readFileSync(new URL('../../../../spec/anthropic.lap', import.meta.url), 'utf8');

describe('LAP directives', () => {
  it('reads the preamble: @lap @api @base @version @auth @common_fields @endpoints @hint @toc', () => {
    const { api, diagnostics } = parse(
      [
        '@lap v0.3',
        '# comment lines are ignored',
        '@api Kv Store',
        '@base https://kv.test/v1',
        '@version 7',
        '@auth ApiKey header:X-Api-Key',
        '@common_fields {X-Trace-Id: str # Trace., region: str}',
        '@endpoints 1',
        '@hint download_for_search',
        '@toc keys(1)',
        '@endpoint GET /keys',
        '@end',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(api.title).toBe('Kv Store');
    expect(api.baseUrl).toBe('https://kv.test/v1');
    expect(api.version).toBe('7');
    expect(api.auth).toEqual([{ kind: 'apiKey', name: 'X-Api-Key', in: 'header', raw: 'ApiKey header:X-Api-Key' }]);
    expect(stripLocs(api.commonParams)).toEqual([
      { name: 'X-Trace-Id', location: 'header', required: false, type: { kind: 'primitive', name: 'string' }, description: 'Trace.' },
      { name: 'region', location: 'query', required: false, type: { kind: 'primitive', name: 'string' } },
    ]);
  });

  it('@auth alternatives', () => {
    const { api } = parse(lapDoc('@auth Bearer bearer | OAuth2 | ApiKey api_key in query', 0));
    expect(api.auth.map((a) => [a.kind, a.name, a.in])).toEqual([['bearer', undefined, undefined], ['oauth2', undefined, undefined], ['apiKey', 'api_key', 'query']]);
  });

  it('@type, @body, @required, @optional, @returns, @errors, @example_request, @desc', () => {
    const { api, diagnostics } = parse(
      lapDoc(`
@type Point {x!: num, y!: num}
@endpoint POST /v1/points/{id}
@desc Move a point
@body → Point
@required {id: str # Point id., label: str}
@optional {X-Request-Id: str, dry_run: bool=False}
@returns(200) {id: str, moved: bool} # Moved.
@returns(204) No content.
@errors {404: Not found, 4XX: Other, with a comma., 500}
@example_request {"x": 1, "y": 2}`),
    );
    expect(diagnostics).toEqual([]);
    expect(api.types.map((t) => t.name)).toEqual(['Point']);
    const [op] = api.operations;
    expect(op!.summary).toBe('Move a point');
    expect(op!.body).toEqual({ mediaType: 'json', typeName: 'Point' });
    expect(op!.params.map((p) => [p.name, p.location, p.required, p.default])).toEqual([
      ['id', 'path', true, undefined],
      ['label', 'body', true, undefined],
      ['X-Request-Id', 'header', false, undefined],
      ['dry_run', 'body', false, false],
    ]);
    expect(op!.responses.map((r) => [r.status, r.kind, r.description])).toEqual([
      ['200', 'json', 'Moved.'],
      ['204', 'empty', 'No content.'],
      ['404', 'json', 'Not found'],
      ['4XX', 'json', 'Other, with a comma.'],
      ['500', 'json', undefined],
    ]);
    // Response fields are all present on the wire: LAP marks none required.
    const success = op!.responses[0]!.type as { kind: 'object'; properties: { required: boolean }[] };
    expect(success.properties.every((p) => p.required)).toBe(true);
  });

  it('GET and DELETE params default to the query; POST params to the body', () => {
    const { api } = parse(lapDoc(`@endpoint GET /a\n@optional {q: str}\n@endpoint DELETE /a/{id}\n@required {id: str, force: bool}\n@endpoint POST /a\n@optional {name: str}`, 3));
    expect(api.operations.map((o) => o.params.map((p) => `${p.name}:${p.location}`))).toEqual([['q:query'], ['id:path', 'force:query'], ['name:body']]);
  });

  it('@group/@endgroup, groups that reopen, and `?beta=true` / `#name` path suffixes', () => {
    const { api, diagnostics } = parse(
      lapDoc(`@group a\n@endpoint GET /v1/a\n@endgroup\n@group b\n@endpoint GET /v1/b\n@endgroup\n@group a\n@endpoint GET /v1/a?beta=true\n@endpoint POST /v1/a#stream\n@endgroup`, 4),
    );
    expect(diagnostics).toEqual([]);
    expect(api.operations.map((o) => [o.group, o.path, o.variant, o.fixedQuery, o.fragment])).toEqual([
      ['a', '/v1/a', 'stable', undefined, undefined],
      ['b', '/v1/b', 'stable', undefined, undefined],
      ['a', '/v1/a', 'beta', 'beta=true', undefined],
      ['a', '/v1/a', 'stable', undefined, 'stream'],
    ]);
  });

  it('pagination is recognised from params and response fields', () => {
    const { api } = parse(
      lapDoc(
        `@endpoint GET /v1/things\n@optional {before_id: str, after_id: str, limit: int}\n@returns(200) {data: [map], first_id: str?, last_id: str?, has_more: bool}\n@endpoint GET /v1/pages\n@optional {page: str}\n@returns(200) {data: [map], next_page: str?}\n@endpoint GET /v1/plain\n@returns(200) {data: [map]}`,
        3,
      ),
    );
    expect(api.operations.map((o) => o.pagination?.kind)).toEqual(['id-cursor', 'page-token', undefined]);
  });

  it('an unknown directive is a warning, not an error (§10)', () => {
    const { diagnostics } = parse(lapDoc('@endpoint GET /a\n@deprecated yes'));
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([['warning', "unknown directive '@deprecated' ignored"]]);
  });
});

describe('the seed spec', () => {
  const { api, diagnostics } = parse(SEED);

  it('parses with no diagnostics, 47 endpoints, 23 of them beta', () => {
    expect(diagnostics).toEqual([]);
    expect(api.operations).toHaveLength(47);
    expect(api.operations.filter((o) => o.variant === 'beta')).toHaveLength(23);
  });

  it("POST /v1/messages' @required line yields model, messages, max_tokens", () => {
    const op = api.operations.find((o) => o.method === 'POST' && o.path === '/v1/messages' && o.variant === 'stable')!;
    expect(op.params.filter((p) => p.required).map((p) => p.name)).toEqual(['model', 'messages', 'max_tokens']);
    // Its description is full of JSON examples with commas and braces; it must stay in one field.
    expect(op.params.find((p) => p.name === 'messages')!.description).toContain('[{"role": "user", "content": "Hello, Claude"}]');
  });

  it('every node keeps its line and column', () => {
    const op = api.operations.find((o) => o.path === '/v1/skills/{skill_id}/versions/{version}' && o.method === 'GET' && o.variant === 'stable')!;
    expect(op.loc).toEqual({ file: 'test.lap', line: 174, col: 1 });
    const version = op.params.find((p) => p.name === 'version')!;
    expect(version.loc).toMatchObject({ file: 'test.lap', line: 176 });
    expect(SEED.split('\n')[175]!.slice((version.loc as { col: number }).col - 1)).toMatch(/^version: str/);
  });
});

describe('errors name the line and column', () => {
  const table: [string, { given: string; want: { line: number; col: number; message: string }[] }][] = [
    ['empty file', { given: '', want: [{ line: 1, col: 1, message: "empty file: expected '@lap v0.3' on the first line" }] }],
    [
      'truncated file (no @end)',
      { given: '@lap v0.3\n@api A\n@endpoints 1\n@endpoint GET /a\n@required {a: str', want: [
        { line: 5, col: 11, message: "unbalanced '{': the line ended inside a field list" },
        { line: 5, col: 1, message: 'missing @end: the file is truncated or incomplete' },
      ] },
    ],
    ['missing @end', { given: '@lap v0.3\n@api A\n@endpoints 1\n@endpoint GET /a\n', want: [{ line: 4, col: 1, message: 'missing @end: the file is truncated or incomplete' }] }],
    ['count mismatch', { given: lapDoc('@endpoint GET /a', 2), want: [{ line: 3, col: 1, message: '@endpoints declares 2 endpoints but the file has 1' }] }],
    ['unbalanced braces', { given: lapDoc('@endpoint GET /a\n@optional {a: map{b: str}'), want: [{ line: 5, col: 11, message: "unbalanced '{': the line ended inside a field list" }] }],
    ['unknown type', { given: lapDoc('@endpoint GET /a\n@optional {a: str, b: string}'), want: [{ line: 5, col: 23, message: "unknown type 'string'" }] }],
    ['duplicate endpoint', { given: lapDoc('@endpoint GET /a\n@endpoint GET /a', 2), want: [{ line: 5, col: 1, message: "duplicate endpoint 'GET /a' (first defined on line 4)" }, { line: 3, col: 1, message: '@endpoints declares 2 endpoints but the file has 1' }] }],
    ['toc total mismatch', { given: '@lap v0.3\n@api A\n@endpoints 1\n@toc a(2)\n@endpoint GET /a\n@end\n', want: [{ line: 4, col: 1, message: '@toc counts add up to 2 endpoints but the file has 1' }] }],
    ['not LAP', { given: 'openapi: 3.0.0\n', want: [{ line: 1, col: 1, message: "not a directive or comment: 'openapi: 3.0.0'" }, { line: 1, col: 1, message: "empty file: expected '@lap v0.3' on the first line" }] }],
    ['bad endpoint line', { given: lapDoc('@endpoint FETCH /a', 0), want: [{ line: 4, col: 11, message: "expected '@endpoint METHOD /path' but found 'FETCH /a'" }] }],
    ['directive outside an endpoint', { given: lapDoc('@required {a: str}', 0), want: [{ line: 4, col: 1, message: "'@required' outside an @endpoint block" }] }],
    ['unclosed group', { given: lapDoc('@group a\n@endpoint GET /a'), want: [{ line: 6, col: 1, message: "@group 'a' (line 4) is never closed" }] }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(errorsOf(given)).toEqual(want);
  });
});
