// Plans one method: its signature (last path param positional, the rest in `params`), where each
// param goes on the wire, and what it returns.
import type { OperationOverlay } from '../config/types.js';
import type { Diagnostic, Operation, Param, TypeRef } from '../ir/types.js';
import { operationKey } from '../ir/types.js';
import { toSafeIdentifier } from './names.js';
import type { MethodPlan, PlannedParam } from './types.js';
import type { TypeNamer } from './type-namer.js';

export interface MethodContext {
  /** Header names (lower case) the client sets itself: auth, version headers, common fields. */
  liftedHeaders: ReadonlySet<string>;
  /** Non-header common fields, also lifted. */
  liftedOther: ReadonlySet<string>;
  betas?: { header: string; param: string };
  namer: TypeNamer;
  /** Spec-level named types, for `@body → Name` bodies. */
  namedTypes: ReadonlyMap<string, TypeRef>;
  diagnostics: Diagnostic[];
}

/** Locals a generated method body uses; a positional param must not shadow them. */
const METHOD_LOCALS = new Set(['params', 'options', 'encodePath']);

/** The item type of a list body: the array in `field` (or the body itself when `field` is ''), through refs. */
function listElement(body: TypeRef, field: string, named: ReadonlyMap<string, TypeRef>, depth = 0): TypeRef {
  const unknown: TypeRef = { kind: 'unknown' };
  if (depth > 8) return unknown;
  if (body.kind === 'ref') return named.has(body.name) ? listElement(named.get(body.name)!, field, named, depth + 1) : unknown;
  if (body.kind === 'union') {
    const first = body.variants.find((v) => v.kind !== 'null');
    return first ? listElement(first, field, named, depth + 1) : unknown;
  }
  if (field === '') return body.kind === 'array' ? body.items : unknown;
  if (body.kind === 'intersection') {
    for (const part of body.parts) {
      const found = listElement(part, field, named, depth + 1);
      if (found.kind !== 'unknown') return found;
    }
    return unknown;
  }
  const prop = body.kind === 'object' ? body.properties.find((p) => p.name === field)?.type : undefined;
  return prop ? listElement(prop, '', named, depth + 1) : unknown;
}

const refName = (t: TypeRef): string => (t.kind === 'ref' ? t.name : '');

/** A boolean body param named `stream`: the request's switch between a JSON reply and events. */
const isStreamFlag = (p: { name: string; location: string; type: TypeRef }) => p.name === 'stream' && p.location === 'body' && isBoolean(p.type);
const isBoolean = (t: TypeRef): boolean =>
  (t.kind === 'primitive' && t.name === 'boolean') ||
  (t.kind === 'literal' && typeof t.value === 'boolean') ||
  (t.kind === 'union' && t.variants.some(isBoolean) && t.variants.every((v) => v.kind === 'null' || isBoolean(v)));

/**
 * Where the document defines events but does not link them to the operation (the Anthropic one
 * has `MessageStreamEvent` beside `Message`), a spec type named `<Response>StreamEvent` types them.
 */
function conventionalEvents(response: TypeRef, named: ReadonlyMap<string, TypeRef>): TypeRef | undefined {
  if (response.kind !== 'ref') return undefined;
  const name = `${response.name}StreamEvent`;
  return named.has(name) ? { kind: 'ref', name } : undefined;
}

const isTrivial = (t: TypeRef) => t.kind === 'unknown' || t.kind === 'primitive' || t.kind === 'null' || t.kind === 'ref' || t.kind === 'literal';

export function planMethod(op: Operation, resource: string[], name: string, overlay: OperationOverlay | undefined, resourceBetas: readonly string[], ctx: MethodContext): MethodPlan {
  const variantPrefix = op.variant === 'beta' ? 'Beta' : '';
  const params: Param[] = [...op.params];
  // A body given as a named type contributes its fields as body params.
  const bodyType = op.body?.typeName ? ctx.namedTypes.get(op.body.typeName) : undefined;
  if (op.body?.typeName && !bodyType) ctx.diagnostics.push({ severity: 'error', code: 'plan/unknown-body-type', message: `${operationKey(op)}: body type '${op.body.typeName}' is not defined`, loc: op.loc });
  for (const prop of bodyType?.kind === 'object' ? bodyType.properties : []) {
    if (!params.some((p) => p.name === prop.name)) params.push({ name: prop.name, location: 'body', required: prop.required, type: prop.type, ...(prop.description ? { description: prop.description } : {}), loc: prop.loc });
  }
  for (const extra of overlay?.params ?? []) {
    const at = params.findIndex((p) => p.name === extra.name);
    if (at >= 0) params[at] = extra;
    else params.push(extra);
  }
  const pathOrder = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const lastPathParam = pathOrder[pathOrder.length - 1];
  const planned: PlannedParam[] = [];
  let positional: MethodPlan['positional'];
  let sawBetas = false;
  for (const p of params) {
    const lower = p.name.toLowerCase();
    if (p.location === 'header' && ctx.liftedHeaders.has(lower)) continue;
    if (p.location !== 'header' && p.location !== 'path' && ctx.liftedOther.has(p.name)) continue;
    if (ctx.betas && p.location === 'header' && lower === ctx.betas.header.toLowerCase()) {
      sawBetas = true;
      continue;
    }
    if (p.location === 'path' && p.name === lastPathParam) {
      let identifier = toSafeIdentifier(p.name);
      if (METHOD_LOCALS.has(identifier)) identifier += '_';
      positional = { name: p.name, identifier, type: p.type, ...(p.description ? { description: p.description } : {}) };
      continue;
    }
    if (planned.some((q) => q.name === p.name)) {
      ctx.diagnostics.push({ severity: 'warning', code: 'plan/param-clash', message: `${operationKey(op)}: two params are named '${p.name}'; the ${p.location} one is dropped`, loc: p.loc });
      continue;
    }
    planned.push({
      name: p.name,
      location: p.location,
      wireName: p.name,
      required: p.required,
      type: p.type,
      ...(p.description ? { description: p.description } : {}),
      ...(p.default !== undefined ? { default: p.default } : {}),
    });
  }
  // Path params the spec forgot to list still need a slot, or the URL cannot be built.
  for (const name of pathOrder) {
    if (name === lastPathParam && !positional) positional = { name, identifier: toSafeIdentifier(name), type: { kind: 'primitive', name: 'string' } };
    else if (name !== lastPathParam && !planned.some((p) => p.name === name)) planned.push({ name, location: 'path', wireName: name, required: true, type: { kind: 'primitive', name: 'string' } });
  }
  if (sawBetas && ctx.betas) {
    planned.push({ name: ctx.betas.param, location: 'betas', wireName: ctx.betas.header, required: false, type: { kind: 'array', items: { kind: 'primitive', name: 'string' } }, description: 'Optional header to specify the beta version(s) you want to use.' });
  }

  // The first 2xx response; where one status offers JSON and an event stream, JSON is the
  // default and the stream is what `stream: true` switches to (OpenAI, Mistral, Cohere).
  const successes = op.responses.filter((r) => /^2/.test(r.status)).sort((a, b) => a.status.localeCompare(b.status));
  const firstStatus = successes[0]?.status;
  const sameStatus = successes.filter((r) => r.status === firstStatus);
  const success = sameStatus.find((r) => r.kind !== 'sse') ?? sameStatus[0];
  const eventStream = success?.kind === 'json' ? sameStatus.find((r) => r.kind === 'sse') : undefined;
  const kind = overlay?.response ?? success?.kind ?? 'empty';
  const pagination = overlay?.pagination === 'none' ? undefined : (overlay?.pagination ?? (kind === 'json' ? op.pagination : undefined));
  const typeStem = ctx.namer.stem(resource, name, variantPrefix);
  let responseType: TypeRef = { kind: 'unknown' };
  let itemType: TypeRef | undefined;
  const responseBody = success?.type ?? { kind: 'unknown' };
  if (kind === 'binary') responseType = { kind: 'ref', name: 'Response' };
  else if (kind === 'empty') responseType = { kind: 'null' };
  else if (pagination) {
    const element = listElement(responseBody, pagination.itemsField, ctx.namedTypes);
    if (overlay?.itemType) itemType = ctx.namer.refLater(variantPrefix + overlay.itemType, overlay.loc);
    else itemType = isTrivial(element) ? element : ctx.namer.declare(`${typeStem}Response`, element, resource, 'response');
  } else {
    const wanted = overlay?.responseType ? variantPrefix + overlay.responseType : undefined;
    if (wanted) responseType = ctx.namer.declareShared(wanted, responseBody, resource, overlay!.loc, success?.description);
    else responseType = isTrivial(responseBody) ? responseBody : ctx.namer.declare(`${typeStem}Response`, responseBody, resource, 'response', success?.description);
  }

  const hasBodyParams = planned.some((p) => p.location === 'body');
  const bodyKind = overlay?.body ?? op.body?.mediaType ?? (hasBodyParams ? 'json' : 'none');
  const paramsRequired = planned.some((p) => p.required);
  let paramsTypeName: string | undefined;
  let stream: MethodPlan['stream'];
  const streamKind = overlay?.stream ?? (eventStream && planned.some(isStreamFlag) ? 'sse' : undefined);
  if (streamKind && planned.length) {
    // `XParams = XParamsNonStreaming | XParamsStreaming`, both extending `XParamsBase`: a params
    // object written without `stream` narrows to the non-streaming variant, as in the official SDK.
    const paramsBase = ctx.namer.declareParams(`${typeStem}ParamsBase`, planned, resource);
    const streamFlag = (value: boolean, required: boolean): TypeRef => ({ kind: 'object', properties: [{ name: 'stream', type: { kind: 'literal', value }, required, loc: op.loc }] });
    const nonStreaming = ctx.namer.declare(`${typeStem}ParamsNonStreaming`, streamFlag(false, false), resource, 'params', undefined, [paramsBase]);
    const streaming = ctx.namer.declare(`${typeStem}ParamsStreaming`, streamFlag(true, true), resource, 'params', undefined, [paramsBase]);
    paramsTypeName = refName(ctx.namer.declare(`${typeStem}Params`, { kind: 'union', variants: [nonStreaming, streaming] }, resource, 'params'));
    const events = eventStream?.type ?? conventionalEvents(responseType, ctx.namedTypes) ?? { kind: 'unknown' };
    const eventType = isTrivial(events) ? events : ctx.namer.declare(`${typeStem}StreamEvent`, events, resource, 'response');
    stream = { kind: streamKind, eventType, paramsBase, paramsStreaming: refName(streaming), paramsNonStreaming: refName(nonStreaming) };
  } else if (planned.length) {
    paramsTypeName = ctx.namer.declareParams(`${typeStem}Params`, planned, resource);
  }
  const fullName = [...resource, name].join('.');
  return {
    name,
    fullName,
    httpMethod: op.method,
    path: op.path,
    ...(op.fixedQuery ? { fixedQuery: op.fixedQuery } : {}),
    operationKey: operationKey(op),
    ...(op.summary ? { summary: op.summary } : {}),
    ...(positional ? { positional } : {}),
    params: planned,
    ...(paramsTypeName ? { paramsTypeName } : {}),
    paramsRequired,
    bodyKind,
    ...(op.body?.wholeBodyParam ? { bodyParam: op.body.wholeBodyParam } : {}),
    keepFilePaths: overlay?.keepFilePaths === true,
    response: { kind, type: responseType },
    ...(pagination ? { pagination } : {}),
    ...(itemType ? { itemType } : {}),
    ...(stream ? { stream } : {}),
    defaultBetas: [...resourceBetas, ...(overlay?.betas ?? [])],
    loc: op.loc,
  };
}
