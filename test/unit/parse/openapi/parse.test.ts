import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpenApi } from '../../../../src/parse/openapi/index.js';
import { tempDir } from '../../../helpers/cli.js';

async function parseDoc(doc: unknown, name = 'api.json') {
  const file = path.join(tempDir('oas'), name);
  fs.writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return parseOpenApi(file);
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

describe('OpenAPI 3.x operations', async () => {
  const { api, diagnostics } = await parseDoc({
    openapi: '3.1.0',
    info: { title: 'Things API', version: '1' },
    servers: [{ url: 'https://{region}.things.test/', variables: { region: { default: 'eu' } } }],
    components: {
      securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'x-key' } },
      schemas: {
        Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, parent: { $ref: '#/components/schemas/Thing' } } },
        ThingList: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } }, has_more: { type: 'boolean' }, first_id: { type: 'string' }, last_id: { type: 'string' } } },
      },
      parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
    },
    paths: {
      '/v1/things': {
        get: { parameters: [{ $ref: '#/components/parameters/Limit' }, { name: 'after_id', in: 'query', schema: { type: 'string' } }, { name: 'before_id', in: 'query', schema: { type: 'string' } }], responses: { 200: { description: 'ok', ...json({ $ref: '#/components/schemas/ThingList' }) } } },
        post: { requestBody: { required: true, ...json({ $ref: '#/components/schemas/Thing' }) }, responses: { 201: json({ $ref: '#/components/schemas/Thing' }) } },
      },
      '/v1/things?beta=true': { post: { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } }, responses: { 200: json({}) } } },
      '/v1/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { parameters: [{ name: 'x-trace', in: 'header', schema: { type: 'string' } }, { name: 'c', in: 'cookie', schema: { type: 'string' } }], responses: { 200: { content: { 'text/event-stream': { schema: { type: 'object' } } } } } },
        delete: { responses: { 204: { description: 'gone' } } },
      },
      '/v1/things/{id}/content': { get: { responses: { 200: { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } } },
      '/v1/things/{id}/results': { get: { responses: { 200: { content: { 'application/x-jsonl': { schema: { $ref: '#/components/schemas/Thing' } } } } } } },
      '/v1/tags': { put: { requestBody: json({ type: 'array', items: { type: 'string' } }), responses: { 200: json({ type: 'string' }) } } },
    },
  });

  it('reads title, servers with variables, and security schemes', () => {
    expect(api.title).toBe('Things API');
    expect(api.baseUrl).toBe('https://eu.things.test');
    expect(api.auth).toEqual([{ kind: 'apiKey', name: 'x-key', in: 'header', raw: 'key: apiKey' }]);
  });

  it('keeps $ref names: a self-referencing schema is a recursive named type', () => {
    const thing = api.types.find((t) => t.name === 'Thing')!;
    expect(thing.type).toMatchObject({ kind: 'object', properties: [{ name: 'id' }, { name: 'parent', type: { kind: 'ref', name: 'Thing' } }] });
  });

  it('params with their location; path-level params inherited; cookies left out with a warning', () => {
    const get = api.operations.find((o) => o.method === 'GET' && o.path === '/v1/things/{id}')!;
    expect(get.params.map((p) => `${p.name}:${p.location}:${p.required}`)).toEqual(['x-trace:header:false', 'id:path:true']);
    expect(diagnostics.filter((d) => d.code === 'openapi/cookie-param').map((d) => d.loc)).toEqual([{ file: expect.stringMatching(/api\.json$/), pointer: '/paths/~1v1~1things~1{id}/get/parameters/1' }]);
  });

  it('request bodies: JSON object fields become body params; multipart; a non-object body is one param', () => {
    const post = api.operations.find((o) => o.method === 'POST' && o.variant === 'stable')!;
    expect(post.body).toEqual({ mediaType: 'json' });
    expect(post.params.map((p) => `${p.name}:${p.location}:${p.required}`)).toEqual(['id:body:true', 'parent:body:false']);
    const beta = api.operations.find((o) => o.method === 'POST' && o.variant === 'beta')!;
    expect([beta.path, beta.fixedQuery, beta.body?.mediaType]).toEqual(['/v1/things', 'beta=true', 'multipart']);
    const put = api.operations.find((o) => o.method === 'PUT')!;
    expect(put.body).toEqual({ mediaType: 'json', wholeBodyParam: 'body' });
  });

  it('response kinds: json, sse, binary, jsonl, empty', () => {
    const kind = (method: string, p: string) => api.operations.find((o) => o.method === method && o.path === p)!.responses.map((r) => `${r.status}:${r.kind}`);
    expect(kind('POST', '/v1/things')).toEqual(['201:json']);
    expect(kind('GET', '/v1/things/{id}')).toEqual(['200:sse']);
    expect(kind('GET', '/v1/things/{id}/content')).toEqual(['200:binary']);
    expect(kind('GET', '/v1/things/{id}/results')).toEqual(['200:jsonl']);
    expect(kind('DELETE', '/v1/things/{id}')).toEqual(['204:empty']);
  });

  it('recognises id-cursor pagination through a named response type', () => {
    expect(api.operations.find((o) => o.method === 'GET' && o.path === '/v1/things')!.pagination?.kind).toBe('id-cursor');
  });
});

describe('Swagger 2.0', async () => {
  const { api, diagnostics } = await parseDoc(
    `swagger: "2.0"
info: { title: Pets, version: "1" }
host: pets.test
basePath: /api
schemes: [https]
securityDefinitions: { basic: { type: basic } }
definitions:
  Pet: { type: object, properties: { name: { type: string } } }
paths:
  /pets:
    post:
      parameters: [{ in: body, name: pet, required: true, schema: { $ref: '#/definitions/Pet' } }, { in: query, name: dry, type: boolean }]
      responses: { "200": { description: ok, schema: { $ref: '#/definitions/Pet' } } }
  /pets/{id}/photo:
    post:
      consumes: [multipart/form-data]
      parameters: [{ in: path, name: id, type: string, required: true }, { in: formData, name: photo, type: file }, { in: formData, name: caption, type: string }]
      responses: { "204": { description: done } }
`,
    'pets.yaml',
  );
  it('body and formData params, consumes, host and basePath', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(api.baseUrl).toBe('https://pets.test/api');
    expect(api.auth.map((a) => a.kind)).toEqual(['basic']);
    const [create, photo] = api.operations;
    expect(create!.params.map((p) => `${p.name}:${p.location}`)).toEqual(['dry:query', 'name:body']);
    expect(create!.responses[0]).toMatchObject({ status: '200', kind: 'json', type: { kind: 'ref', name: 'Pet' } });
    expect(photo!.body).toEqual({ mediaType: 'multipart' });
    expect(photo!.params.map((p) => `${p.name}:${p.location}:${p.type.kind === 'primitive' ? p.type.format ?? p.type.name : p.type.kind}`)).toEqual(['id:path:string', 'photo:body:binary', 'caption:body:string']);
  });
});

describe('bad OpenAPI names the file and JSON pointer', () => {
  it.each([
    ['not JSON', '{"openapi": ', /^unexpected end of the stream/],
    ['not OpenAPI', { hello: 'world' }, /^not an OpenAPI document: no openapi or swagger version field$/],
    ['unknown version', { openapi: '4.0.0', info: {}, paths: {} }, /^Unsupported OpenAPI version: 4\.0\.0/],
  ])('%s', async (_name, doc, message) => {
    const { diagnostics } = await parseDoc(doc);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.loc).toHaveProperty('pointer');
  });

  it('a dangling $ref is an error at the pointer that holds it', async () => {
    const { diagnostics } = await parseDoc({ openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: { 200: json({ $ref: '#/components/schemas/Nope' }) } } } } });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.message, (d.loc as { pointer: string }).pointer])).toContainEqual(["$ref '#/components/schemas/Nope' points at nothing", '/paths/~1a/get/responses/200/content/application~1json/schema']);
  });

  it('schema violations are warnings with their pointer', async () => {
    const { diagnostics } = await parseDoc({ openapi: '3.0.3', info: { title: 'x' }, paths: {} });
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', loc: expect.objectContaining({ pointer: '/info' }) }));
  });

  it('a fault in a shared component is one warning at the component, however often it is used', async () => {
    const bad = { $ref: '#/components/schemas/Bad' };
    const { diagnostics } = await parseDoc({
      openapi: '3.0.3',
      info: { title: 'x', version: '1' },
      components: { schemas: { Bad: { type: 'object', required: 'id', properties: { id: { type: 'string' } } } } },
      paths: { '/a': { get: { responses: { 200: { description: 'ok', ...json(bad) } } } }, '/b': { get: { responses: { 200: { description: 'ok', ...json(bad) } } } } },
    });
    const pointers = diagnostics.filter((d) => d.code === 'openapi/schema').map((d) => (d.loc as { pointer: string }).pointer);
    expect(pointers).toContain('/components/schemas/Bad/required');
    expect(pointers.filter((p) => !p.startsWith('/components/schemas/Bad'))).toEqual([]);
  });
});
