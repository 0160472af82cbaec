// Reading a document (read.ts): JSON or YAML, swagger-parser's version checks, and external
// references bundled by swagger-parser only when the document has them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpenApi } from '../../../../src/parse/openapi/index.js';
import { mayHaveExternalRefs, parseText, versionProblem } from '../../../../src/parse/openapi/read.js';
import { tempDir } from '../../../helpers/cli.js';

describe('reading an OpenAPI document', () => {
  it.each([
    ['JSON', '{"a": [1, "x"]}', { a: [1, 'x'] }],
    ['JSON after a BOM', '\uFEFF{"a": 1}', { a: 1 }],
    ['YAML', 'a:\n  - 1\n  - x\n', { a: [1, 'x'] }],
    ['YAML dates stay strings', 'd: 2024-01-01\n', { d: '2024-01-01' }],
  ])('%s', (_name, text, value) => {
    expect(parseText(text)).toEqual({ value });
  });

  it.each([
    [{ swagger: 2 }, 'Swagger version number must be a string (e.g. "2.0") not a number.'],
    [{ swagger: '1.2' }, 'Unrecognized Swagger version: 1.2. Expected 2.0'],
    [{ openapi: '3.0.3', info: { version: 1 }, paths: {} }, 'API version number must be a string (e.g. "1.0.0") not a number.'],
    [{ openapi: '3.0.3' }, 'not an OpenAPI document: no openapi or swagger version field'],
    [{ openapi: '3.1.0', webhooks: {} }, undefined],
    [{ openapi: '3.0.3', paths: {} }, undefined],
  ])('version fields of %j', (doc, problem) => {
    expect(versionProblem(doc as never)).toBe(problem);
  });

  it.each([
    ['JSON, internal', '{"$ref": "#/components/schemas/A"}', false],
    ['JSON, internal, no spaces', '{"$ref":"#/a"}', false],
    ['YAML, quoted internal', "$ref: '#/a'", false],
    ['YAML, folded internal', 'a:\n  $ref: >-\n    #/components/schemas/a_long_name\n', false],
    ['JSON, another file', '{"$ref": "pet.json#/Pet"}', true],
    ['YAML, another file', '$ref: ./pet.yaml', true],
    ['YAML, a comment then another file', '$ref: # see below\n  ./pet.yaml', true],
    ['YAML, folded, led by a blank line', '$ref: >-\n\n    #/a\n', true],
    ['YAML, flow mapping', "{ $ref: './pet.yaml' }", true],
  ])('may have external refs: %s', (_name, text, may) => {
    expect(mayHaveExternalRefs(text)).toBe(may);
  });

  it('bundles a $ref to another file', async () => {
    const dir = tempDir('oas-ext');
    const file = path.join(dir, 'api.yaml');
    fs.writeFileSync(file, "openapi: 3.0.3\ninfo: { title: Ext, version: '1' }\npaths:\n  /pets:\n    get:\n      responses:\n        '200': { description: ok, content: { application/json: { schema: { $ref: './pet.yaml' } } } }\n");
    fs.writeFileSync(path.join(dir, 'pet.yaml'), 'type: object\nproperties:\n  name: { type: string }\nrequired: [name]\n');
    const { api, diagnostics } = await parseOpenApi(file);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.stringify(api.operations[0]!.responses[0])).toContain('"name"');
  });
});
