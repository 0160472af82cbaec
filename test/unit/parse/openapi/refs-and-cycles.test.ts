// `$ref`s into schema internals become named types, once each; schemas that are only themselves are
// refused at their pointer; `allOf[itself, …]` keeps the rest; an empty file says so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyOverlay } from '../../../../src/config/types.js';
import { emitPackage } from '../../../../src/emit/index.js';
import { readRuntimeFiles } from '../../../../src/emit/runtime-files.js';
import { parseOpenApi } from '../../../../src/parse/openapi/index.js';
import { planSdk } from '../../../../src/plan/index.js';
import { nestedRefsDocument } from '../../../fixtures/hostile/nested-refs.mjs';
import { tempDir } from '../../../helpers/cli.js';
import { typeCheckOutputs } from '../../../helpers/typecheck.js';

async function parseDoc(doc: unknown, name = 'api.json') {
  const file = path.join(tempDir('oas'), name);
  fs.writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return parseOpenApi(file);
}

async function emitDoc(doc: unknown) {
  const { api, diagnostics } = await parseDoc(doc);
  const { plan } = planSdk(api, emptyOverlay(), { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
  return { api, diagnostics, files: emitPackage(plan, readRuntimeFiles()) };
}

const sizeOf = (files: Map<string, string>) => [...files].filter(([f]) => f.startsWith('src/resources/')).reduce((n, [, t]) => n + t.length, 0);

describe('$refs into schema internals', () => {
  it('name their targets after the pointer, declared once each', async () => {
    const { api, diagnostics } = await parseDoc(nestedRefsDocument(3));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const names = api.types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['C0S0', 'C0S0D', 'C0S0DX', 'C0S1DX', 'C0S1DXP', 'C0S2DX']));
    expect(new Set(names).size).toBe(names.length);
    expect(api.types.find((t) => t.name === 'C0S1DX')?.loc).toEqual({ file: expect.any(String), pointer: '/components/schemas/C0S1/definitions/d/properties/x' });
    expect(api.types.find((t) => t.name === 'C0S2DX')?.type).toMatchObject({ kind: 'object', properties: [{ name: 'p', type: { kind: 'ref', name: 'C0S1DX' } }, { name: 'q', type: { kind: 'ref', name: 'C0S1DX' } }, { name: 'r' }] });
  });

  it('nested 40 levels: output linear in the levels, every type printed once, and it type-checks', async () => {
    const small = await emitDoc(nestedRefsDocument(20));
    const large = await emitDoc(nestedRefsDocument(40));
    // Typed in place, each level doubled the one below it (2^40 expansions); named, it adds a constant.
    expect(sizeOf(large.files) / sizeOf(small.files)).toBeLessThan(2.2);
    const text = [...large.files.values()].join('\n');
    expect(text.match(/export interface C0S39DX \{/g)).toHaveLength(1);
    expect(typeCheckOutputs([large.files])).toEqual([[]]);
  });

  it('a $ref to nothing is an error at the pointer that holds it', async () => {
    const { diagnostics } = await parseDoc({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {}, components: { schemas: { A: { type: 'object', properties: { b: { $ref: '#/components/schemas/A/definitions/none' } } } } } });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.message, d.loc])).toEqual([["$ref '#/components/schemas/A/definitions/none' points at nothing", { file: expect.any(String), pointer: '/components/schemas/A/properties/b' }]]);
  });
});

const docWith = (schemas: Record<string, unknown>) => ({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {}, components: { schemas } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('schemas that loop back on themselves', () => {
  const table: [string, { given: Record<string, unknown>; want: [string, string][] }][] = [
    ['{$ref: itself}', { given: { ApiResponse: ref('ApiResponse') }, want: [['/components/schemas/ApiResponse', "schema 'ApiResponse' refers to itself through $ref, oneOf, anyOf or allOf alone, so it has no finite shape; give it properties or items"]] }],
    ['oneOf[Pets] and anyOf[Pet]', { given: { Pet: { oneOf: [ref('Pets')] }, Pets: { anyOf: [ref('Pet'), { type: 'null' }] } }, want: [['/components/schemas/Pet', "schema 'Pet' loops back to itself (Pet → Pets → Pet) through $ref, oneOf, anyOf or allOf alone, so it has no finite shape; give it properties or items"]] }],
    ['a plain $ref cycle Ping → Pong → Ping', { given: { Ping: ref('Pong'), Pong: ref('Ping') }, want: [['/components/schemas/Ping', "schema 'Ping' loops back to itself (Ping → Pong → Ping) through $ref, oneOf, anyOf or allOf alone, so it has no finite shape; give it properties or items"]] }],
    ['a ref into itself', { given: { Deep: { type: 'object', definitions: { a: { $ref: '#/components/schemas/Deep/definitions/a' } } , properties: { a: { $ref: '#/components/schemas/Deep/definitions/a' } } } }, want: [['/components/schemas/Deep/definitions/a', "schema 'DeepA' refers to itself through $ref, oneOf, anyOf or allOf alone, so it has no finite shape; give it properties or items"]] }],
  ];
  it.each(table)('%s: refused at the pointer', async (_name, { given, want }) => {
    const { diagnostics } = await parseDoc(docWith(given));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => ['pointer' in d.loc ? d.loc.pointer : '', d.message])).toEqual(want);
  });

  it('recursion through a property or an array is a recursive type, not a loop', async () => {
    const { diagnostics, files } = await emitDoc(docWith({ Node: { oneOf: [{ type: 'array', items: ref('Node') }, { type: 'object', properties: { next: ref('Node') } }] } }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(typeCheckOutputs([files])).toEqual([[]]);
  });

  it('Order: allOf[itself, {…}] drops the self member', async () => {
    const { api, files } = await emitDoc(docWith({ Order: { allOf: [ref('Order'), { type: 'object', properties: { id: { type: 'string' } } }] } }));
    expect(api.types.find((t) => t.name === 'Order')?.type).toMatchObject({ kind: 'object', properties: [{ name: 'id' }] });
    expect(typeCheckOutputs([files])).toEqual([[]]);
  });
});

describe('an empty OpenAPI file', () => {
  it.each(['api.json', 'api.yaml'])('%s: says the file is empty', async (name) => {
    const { diagnostics } = await parseDoc(' \n', name);
    expect(diagnostics.map((d) => [d.message, d.loc])).toEqual([['the file is empty: expected an OpenAPI document', { file: expect.stringContaining(name), pointer: '/' }]]);
  });
});
