// Paths → IR operations: params with their location, the request body by media type, and each
// response by kind (JSON, SSE, JSONL, binary, empty). Swagger 2.0's `body`/`formData` params and
// `consumes`/`produces` map onto the same shapes as 3.x request bodies and content.
import { inferPagination } from '../../ir/pagination.js';
import { objectProperties } from '../../ir/object-properties.js';
import { liftTemplatedQuery, splitPathKey } from '../../ir/path-key.js';
import type { BodyMediaType, HttpMethod, Operation, Param, ParamLocation, Response, ResponseKind, TypeRef } from '../../ir/types.js';
import { deref, isObject, joinPointer, locPointer, report, resolvePointer, type Json, type JsonObject, type WalkContext } from './document.js';
import { schemaToType } from './schema.js';

const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'];
const LOCATIONS: Record<string, ParamLocation> = { path: 'path', query: 'query', header: 'header' };

export function walkOperations(ctx: WalkContext): Operation[] {
  const paths = ctx.doc['paths'];
  if (!isObject(paths)) {
    // 3.1 allows a document of webhooks or components only: a client with no methods.
    report(ctx, 'warning', 'openapi/no-paths', "the document has no 'paths' object", '#');
    return [];
  }
  const operations: Operation[] = [];
  for (const [rawPath, rawItem] of Object.entries(paths)) {
    const itemPointer = joinPointer('#/paths', rawPath);
    const { node: item, pointer: itemAt } = deref(ctx, rawItem, itemPointer);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of METHODS) {
      const raw = item[method.toLowerCase()];
      if (!isObject(raw)) continue;
      operations.push(walkOperation(ctx, rawPath, method, raw, shared, joinPointer(itemAt, method.toLowerCase()), itemAt));
    }
  }
  return operations;
}

function walkOperation(ctx: WalkContext, rawPath: string, method: HttpMethod, op: JsonObject, shared: Json[], at: string, itemAt: string): Operation {
  const operation: Operation = { method, ...splitPathKey(rawPath), params: [], responses: [], loc: { file: ctx.file, pointer: locPointer(at) } };
  if (typeof op['operationId'] === 'string') operation.operationId = op['operationId'];
  if (typeof op['summary'] === 'string') operation.summary = op['summary'];
  if (typeof op['description'] === 'string') operation.description = op['description'];
  if (Array.isArray(op['tags']) && typeof op['tags'][0] === 'string') operation.group = op['tags'][0];

  // Operation-level params override path-level ones with the same name and location.
  const own = Array.isArray(op['parameters']) ? op['parameters'].map((p, i) => [p, joinPointer(at, 'parameters', i)] as const) : [];
  const inherited = shared.map((p, i) => [p, joinPointer(itemAt, 'parameters', i)] as const);
  const seen = new Set<string>();
  const formFields: Param[] = [];
  let bodyParam: { node: JsonObject; pointer: string } | undefined;
  for (const [rawParam, pointer] of [...own, ...inherited]) {
    const { node, pointer: paramAt } = deref(ctx, rawParam, pointer);
    if (!isObject(node) || typeof node['name'] !== 'string' || typeof node['in'] !== 'string') continue;
    const key = `${node['in']}:${node['name']}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (node['in'] === 'body') {
      bodyParam = { node, pointer: paramAt };
      continue;
    }
    const param = toParam(ctx, node, paramAt);
    if (node['in'] === 'formData') formFields.push(param);
    else if (LOCATIONS[node['in']]) operation.params.push(param);
    else report(ctx, 'warning', 'openapi/cookie-param', `${node['in']} parameter '${node['name']}' is not supported; it is left out`, paramAt);
  }
  if (formFields.length) {
    const multipart = consumes(ctx, op).some((c) => c.startsWith('multipart/')) || formFields.some((f) => f.type.kind === 'primitive' && f.type.format === 'binary');
    operation.params.push(...formFields);
    operation.body = { mediaType: multipart ? 'multipart' : 'form' };
  }
  // Body fields come after path, query and header params, which win a name clash.
  if (bodyParam) addBody(ctx, operation, { 'application/json': { schema: bodyParam.node['schema'] ?? null } }, bodyParam.node['required'] === true, bodyParam.pointer);
  const body = deref(ctx, op['requestBody'], joinPointer(at, 'requestBody'));
  if (isObject(body.node) && isObject(body.node['content'])) addBody(ctx, operation, body.node['content'], body.node['required'] === true, body.pointer);

  const responses = isObject(op['responses']) ? op['responses'] : {};
  for (const [status, rawResponse] of Object.entries(responses)) {
    const { node, pointer } = deref(ctx, rawResponse, joinPointer(at, 'responses', status));
    if (!isObject(node)) continue;
    operation.responses.push(...toResponses(ctx, status.toUpperCase(), node, pointer, produces(ctx, op)));
  }
  liftTemplatedQuery(operation);
  const success = operation.responses.find((r) => r.status.startsWith('2') && r.kind === 'json');
  if (method === 'GET') {
    const pagination = inferPagination(operation.params, success?.type, (name) => resolveNamed(ctx, name));
    if (pagination) operation.pagination = pagination;
  }
  return operation;
}

function toParam(ctx: WalkContext, node: JsonObject, pointer: string): Param {
  // 3.x keeps the type in `schema`; 2.0 puts it on the parameter itself.
  const schemaNode = node['schema'] ?? (ctx.version === '2.0' ? node : undefined);
  const type = node['in'] === 'formData' && node['type'] === 'file' ? ({ kind: 'primitive', name: 'string', format: 'binary' } as TypeRef) : schemaToType(ctx, schemaNode ?? undefined, ctx.version === '2.0' ? pointer : joinPointer(pointer, 'schema'));
  const param: Param = {
    name: String(node['name']),
    location: LOCATIONS[String(node['in'])] ?? 'body',
    required: node['required'] === true || node['in'] === 'path',
    type,
    loc: { file: ctx.file, pointer: locPointer(pointer) },
  };
  const description = node['description'] ?? (isObject(schemaNode) ? schemaNode['description'] : undefined);
  if (typeof description === 'string') param.description = description;
  return param;
}

const mediaKind = (type: string): BodyMediaType | undefined => {
  if (/^application\/(.+\+)?json\b/.test(type) || type === '*/*') return 'json';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (/^(application\/octet-stream|image\/|audio\/|video\/|application\/pdf|text\/plain)/.test(type)) return 'binary';
  return undefined;
};

function addBody(ctx: WalkContext, op: Operation, content: JsonObject, required: boolean, pointer: string): void {
  const entries = Object.entries(content);
  // Prefer JSON, then multipart, then form, then raw bytes.
  const order: BodyMediaType[] = ['json', 'multipart', 'form', 'binary'];
  const chosen = entries.map(([type, media]) => ({ type, media, kind: mediaKind(type) })).filter((e) => e.kind).sort((a, b) => order.indexOf(a.kind!) - order.indexOf(b.kind!))[0];
  if (!chosen) {
    if (entries.length) report(ctx, 'warning', 'openapi/body-type', `request body media type '${entries[0]![0]}' is not supported; sent as JSON`, pointer);
    return;
  }
  const schemaAt = joinPointer(pointer, 'content', chosen.type, 'schema');
  const schema = isObject(chosen.media) ? chosen.media['schema'] : undefined;
  const type = chosen.kind === 'binary' ? ({ kind: 'primitive', name: 'string', format: 'binary' } as TypeRef) : schemaToType(ctx, schema ?? undefined, schemaAt);
  const fields = objectProperties(type, (name) => resolveNamed(ctx, name));
  op.body = { mediaType: chosen.kind! };
  if (fields) {
    for (const f of fields) {
      if (op.params.some((p) => p.name === f.name)) continue;
      if (f.readOnly) continue;
      op.params.push({ name: f.name, location: 'body', required: f.required, type: f.type, ...(f.description ? { description: f.description } : {}), ...(f.default !== undefined ? { default: f.default } : {}), loc: f.loc });
    }
  } else {
    // Not an object of fields: the whole body is one param.
    op.body.wholeBodyParam = 'body';
    op.params.push({ name: 'body', location: 'body', required, type, loc: { file: ctx.file, pointer: locPointer(schemaAt) } });
  }
}

/** A named component schema's type, converted on demand. */
export function resolveNamed(ctx: WalkContext, name: string): TypeRef | undefined {
  const cached = ctx.namedTypes?.get(name);
  if (cached) return cached;
  const pointer = ctx.schemaPointers.get(name);
  return pointer ? schemaToType(ctx, resolvePointer(ctx.doc, pointer), pointer) : undefined;
}

const RESPONSE_KINDS: [RegExp, ResponseKind][] = [
  [/^text\/event-stream/, 'sse'],
  [/^application\/(x-)?(jsonl|ndjson|json-seq|x-ndjson)/, 'jsonl'],
  [/^application\/(.+\+)?json\b/, 'json'],
  [/^(application\/octet-stream|application\/binary|image\/|audio\/|video\/|application\/pdf|application\/zip|text\/csv)/, 'binary'],
];

function toResponses(ctx: WalkContext, status: string, node: JsonObject, pointer: string, produces: string[]): Response[] {
  const loc = { file: ctx.file, pointer: locPointer(pointer) };
  const description = typeof node['description'] === 'string' ? node['description'] : undefined;
  const base = { status, loc, ...(description ? { description } : {}) };
  // 2.0: one schema, media types from `produces`.
  const content: [string, Json][] = isObject(node['content'])
    ? Object.entries(node['content']).map(([type, media]) => [type, isObject(media) ? (media['schema'] ?? null) : null])
    : node['schema'] !== undefined
      ? (produces.length ? produces : ['application/json']).map((type) => [type, node['schema']!])
      : [];
  if (content.length === 0) return [{ ...base, kind: status === '204' || status === '205' || /^2/.test(status) ? 'empty' : 'json' }];
  const out: Response[] = [];
  const kinds = new Set<ResponseKind>();
  for (const [type, schema] of content) {
    const kind = RESPONSE_KINDS.find(([re]) => re.test(type))?.[1] ?? (type.startsWith('text/') ? 'binary' : 'json');
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    const at = isObject(node['content']) ? joinPointer(pointer, 'content', type, 'schema') : joinPointer(pointer, 'schema');
    out.push({ ...base, kind, ...(kind === 'binary' ? {} : { type: schemaToType(ctx, schema ?? undefined, at) }) });
  }
  return out;
}

function consumes(ctx: WalkContext, op: JsonObject): string[] {
  const list = op['consumes'] ?? ctx.doc['consumes'];
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}

function produces(ctx: WalkContext, op: JsonObject): string[] {
  const list = op['produces'] ?? ctx.doc['produces'];
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
}
