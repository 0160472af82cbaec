// OpenAPI 2.0 / 3.0 / 3.1 (JSON or YAML) → IR. The document is read here (read.ts), bundled by
// swagger-parser when it has external references, and validated against the OpenAPI schema; our
// walkers then type it by JSON pointer, keeping `$ref` names.
import fs from 'node:fs';
import { dropSelfIntersections, findAliasCycles } from '../../ir/alias-cycles.js';
import type { Api, AuthScheme, Diagnostic, NamedType } from '../../ir/types.js';
import { detectVersion, isObject, joinPointer, report, type Json, type JsonObject, type OpenApiVersion, type WalkContext } from './document.js';
import { walkOperations } from './operations.js';
import { mayHaveExternalRefs, parseText, versionProblem } from './read.js';
import { schemaWarnings } from './schema-check.js';
import { schemaToType } from './schema.js';
import { toTypeName } from './type-names.js';
import { walkWebhooks } from './webhooks.js';

export interface ParseResult {
  api: Api;
  diagnostics: Diagnostic[];
}

/** `text` is the file's content, when the caller has read it already. */
export async function parseOpenApi(file: string, text?: string): Promise<ParseResult> {
  const diagnostics: Diagnostic[] = [];
  const api: Api = { title: '', auth: [], commonParams: [], types: [], operations: [], loc: { file, pointer: '/' } };
  const fail = (message: string, pointer = '/') => {
    diagnostics.push({ severity: 'error', code: 'openapi/invalid', message, loc: { file, pointer } });
    return { api, diagnostics };
  };

  let source: string;
  try {
    source = text ?? fs.readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`cannot read: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  // A YAML parser would read an empty file as null and call it 'not an object'.
  if (source.trim() === '') return fail('the file is empty: expected an OpenAPI document');
  const parsed = parseText(source);
  if ('error' in parsed) return fail(parsed.error);
  if (!isObject(parsed.value)) return fail('not an OpenAPI document: expected an object at the top level');
  let doc: JsonObject = parsed.value;
  const problem = versionProblem(doc);
  if (problem) return fail(problem);
  const version = detectVersion(doc);
  if (!version) return fail("not an OpenAPI document: expected 'openapi: 3.x' or 'swagger: \"2.0\"'", isObject(doc) && 'openapi' in doc ? '/openapi' : '/');

  // Bundling pulls external files into one document; a self-contained one needs none of it.
  const bundled = mayHaveExternalRefs(source) && hasExternalRefs(doc);
  if (bundled) {
    try {
      const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
      doc = (await SwaggerParser.bundle(file, withoutExtensions(doc) as never)) as unknown as JsonObject;
    } catch (err) {
      return fail(firstLine(err));
    }
  }
  const { api: walked } = walkDocument(doc, version, file, diagnostics);
  // Real documents often break the letter of the schema (the Anthropic one has no info.version);
  // what we can still generate from is reported as a warning, not refused, and first.
  const warnings = await schemaWarnings(doc, version, file);
  return { api: walked, diagnostics: [...warnings, ...diagnostics] };
}

/** The document, read and bundled, → the IR. */
function walkDocument(doc: JsonObject, version: OpenApiVersion, file: string, diagnostics: Diagnostic[]): ParseResult {
  const api: Api = { title: '', auth: [], commonParams: [], types: [], operations: [], loc: { file, pointer: '/' } };

  const ctx: WalkContext = { doc, file, version, diagnostics, schemaNames: new Map(), schemaPointers: new Map() };
  const schemasAt = version === '2.0' ? '#/definitions' : '#/components/schemas';
  const schemas = version === '2.0' ? doc['definitions'] : isObject(doc['components']) ? doc['components']['schemas'] : undefined;
  const taken = new Set<string>();
  ctx.takenNames = taken;
  const names = isObject(schemas) ? Object.keys(schemas).sort() : [];
  for (const key of names) {
    const name = toTypeName(key, taken);
    const pointer = joinPointer(schemasAt, key);
    ctx.schemaNames.set(pointer, name);
    ctx.schemaPointers.set(name, pointer);
  }
  ctx.namedTypes = new Map();
  for (const key of names) {
    const pointer = joinPointer(schemasAt, key);
    const schema = (schemas as JsonObject)[key];
    const named: NamedType = { name: ctx.schemaNames.get(pointer)!, type: schemaToType(ctx, schema, pointer), loc: { file, pointer: pointer.slice(1) } };
    if (isObject(schema) && typeof schema['description'] === 'string') named.description = schema['description'];
    api.types.push(named);
    ctx.namedTypes.set(named.name, named.type);
  }

  const info = isObject(doc['info']) ? doc['info'] : {};
  api.title = typeof info['title'] === 'string' ? info['title'] : 'API';
  if (typeof info['version'] === 'string') api.version = info['version'];
  const baseUrl = serverUrl(doc, version);
  if (baseUrl) api.baseUrl = baseUrl;
  api.auth = securitySchemes(doc, version);
  api.operations = walkOperations(ctx);
  const webhooks = walkWebhooks(ctx);
  if (webhooks) api.webhooks = webhooks;
  // Types for refs into schemas are found while walking; sorted, so the document's key order does not show.
  api.types.push(...(ctx.refTypes ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  api.types = dropSelfIntersections(api.types);
  reportAliasCycles(api.types, file, diagnostics);
  if (api.operations.length === 0 && !diagnostics.some((d) => d.severity === 'error')) report(ctx, 'warning', 'openapi/no-operations', 'the document has no operations', '#/paths');
  return { api, diagnostics };
}

/** Schemas that are only themselves (through `$ref`, `oneOf`, `anyOf`, `allOf`) have no finite meaning: refused where the loop starts. */
function reportAliasCycles(types: readonly NamedType[], file: string, diagnostics: Diagnostic[]): void {
  const pointers = new Map(types.map((t) => [t.name, 'pointer' in t.loc ? t.loc.pointer : '/']));
  for (const cycle of findAliasCycles(types)) {
    const via = cycle.length === 2 ? 'refers to itself' : `loops back to itself (${cycle.join(' → ')})`;
    diagnostics.push({ severity: 'error', code: 'openapi/alias-cycle', message: `schema '${cycle[0]}' ${via} through $ref, oneOf, anyOf or allOf alone, so it has no finite shape; give it properties or items`, loc: { file, pointer: pointers.get(cycle[0]!)! } });
  }
}

/** External `$ref`s outside `x-` extensions (which hold code samples and the like, not the API). */
function hasExternalRefs(node: Json): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (!isObject(node)) return false;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
    if (typeof value === 'object' && value !== null && hasExternalRefs(value)) return true;
  }
  return false;
}

function withoutExtensions(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (!isObject(node)) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('x-')).map(([key, value]) => [key, withoutExtensions(value)]));
}

function serverUrl(doc: JsonObject, version: WalkContext['version']): string | undefined {
  if (version === '2.0') {
    if (typeof doc['host'] !== 'string') return typeof doc['basePath'] === 'string' ? doc['basePath'] : undefined;
    const scheme = Array.isArray(doc['schemes']) && typeof doc['schemes'][0] === 'string' ? doc['schemes'][0] : 'https';
    return `${scheme}://${doc['host']}${typeof doc['basePath'] === 'string' && doc['basePath'] !== '/' ? doc['basePath'] : ''}`;
  }
  const server = Array.isArray(doc['servers']) ? doc['servers'][0] : undefined;
  if (!isObject(server) || typeof server['url'] !== 'string') return undefined;
  const variables = isObject(server['variables']) ? server['variables'] : {};
  // `https://{region}.api.test` → the variables' defaults.
  return server['url'].replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = variables[name];
    return isObject(v) && typeof v['default'] === 'string' ? v['default'] : whole;
  }).replace(/\/$/, '');
}

function securitySchemes(doc: JsonObject, version: WalkContext['version']): AuthScheme[] {
  const schemes = version === '2.0' ? doc['securityDefinitions'] : isObject(doc['components']) ? doc['components']['securitySchemes'] : undefined;
  if (!isObject(schemes)) return [];
  return Object.keys(schemes).sort().flatMap((key): AuthScheme[] => {
    const s = schemes[key];
    if (!isObject(s)) return [];
    const raw = `${key}: ${String(s['type'])}`;
    if (s['type'] === 'apiKey' && typeof s['name'] === 'string') return [{ kind: 'apiKey', name: s['name'], in: s['in'] === 'query' ? 'query' : s['in'] === 'cookie' ? 'cookie' : 'header', raw }];
    if (s['type'] === 'http' && String(s['scheme']).toLowerCase() === 'basic') return [{ kind: 'basic', raw }];
    if (s['type'] === 'basic') return [{ kind: 'basic', raw }];
    if (s['type'] === 'http') return [{ kind: 'bearer', raw }];
    if (s['type'] === 'oauth2' || s['type'] === 'openIdConnect') return [{ kind: 'oauth2', raw }];
    return [{ kind: 'other', raw }];
  });
}

/** swagger-parser's first line, without the path it repeats (the diagnostic names the file already). */
function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err)
    .split('\n')[0]!
    .replace(/^Error:\s*/, '')
    .replace(/^Error parsing \S+?: /, '')
    .replace(/^\S+ is not a valid (Openapi|OpenAPI|Swagger) API definition/i, 'not an OpenAPI document: no openapi or swagger version field');
}

