// One resource method: signature, optional `stream: true` overloads, and a body that hands the
// endpoint description to the runtime. Param names only ever appear as string literals.
import type { MethodPlan } from '../plan/types.js';
import { propertyAccess, toDocText, toPropertyKey, toStringLiteral, toTemplatePart } from './escape.js';
import { type Doc, hardline, join } from './layout/doc.js';
import { arrayLiteral, block, callArguments, jsDoc, objectLiteral, property, signature, type ValueKind } from './layout/syntax.js';
import { printTyped, typeArguments, unionOf, type PrintedType, type TypeUses } from './types/index.js';

const OPTIONS_PARAM = 'options?: RequestOptions';

/** Members every object has (TypeScript's `Object` interface): `{}` has them too, with Object's types. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

export function emitMethod(method: MethodPlan, uses: TypeUses): Doc {
  uses.runtime.add('RequestOptions');
  const lead: Doc[] = [];
  if (method.positional) lead.push([method.positional.identifier, ': ', printTyped(method.positional.type, uses, 'annotation').doc]);
  let paramsParam: Doc | undefined;
  if (method.paramsTypeName) {
    uses.refs.add(method.paramsTypeName);
    const optional = unionOf([{ doc: method.paramsTypeName, shape: 'reference' }, { doc: 'null', shape: 'keyword' }, { doc: 'undefined', shape: 'keyword' }], 'annotation');
    // A param named `constructor` makes `{}` unassignable to the params type (its `constructor` is
    // Object's): such a method leaves `params` optional instead of defaulting it; the runtime reads
    // `params ?? {}` either way.
    const shadowsObject = method.params.some((p) => OBJECT_MEMBERS.has(p.name));
    if (method.paramsRequired) paramsParam = `params: ${method.paramsTypeName}`;
    else if (shadowsObject) paramsParam = ['params?: ', unionOf([{ doc: method.paramsTypeName, shape: 'reference' }, { doc: 'null', shape: 'keyword' }], 'annotation').doc];
    else paramsParam = ['params: ', optional.doc, ' = {}'];
  }

  const result = returnType(method, uses);
  const endpoint = endpointLiteral(method, uses);
  const paramsArg = method.paramsTypeName ? 'params' : 'undefined';
  const call = method.pagination
    ? ['this._client.requestPage', callArguments([[pageClass(method), typeArguments([result.item!])], endpoint, paramsArg, 'options'])]
    : ['this._client.request', callArguments([endpoint, paramsArg, 'options'])];
  const body = block([['return ', call, ';']]);
  const docs = jsDoc(toDocText(method.summary ?? method.fullName));

  if (method.stream && method.paramsTypeName) {
    const streamClass = method.stream.kind === 'jsonl' ? 'JSONLStream' : 'Stream';
    uses.runtime.add(streamClass);
    uses.refs.add(method.stream.paramsNonStreaming).add(method.stream.paramsStreaming).add(method.stream.paramsBase);
    const stream: PrintedType = { doc: [streamClass, typeArguments([printTyped(method.stream.eventType, uses, 'argument')])], shape: 'generic' };
    const either = unionOf([result.value, stream], 'argument');
    const promise = (value: PrintedType) => ['APIPromise', typeArguments([value])];
    const overload = (paramsType: string, value: PrintedType): Doc => [docs, signature(method.name, [...lead, `params: ${paramsType}`, OPTIONS_PARAM], promise(value)), ';'];
    return join(hardline, [
      overload(method.stream.paramsNonStreaming, result.value),
      overload(method.stream.paramsStreaming, stream),
      overload(method.stream.paramsBase, either),
      [docs, signature(method.name, [...lead, `params: ${method.stream.paramsBase}`, OPTIONS_PARAM], promise(either)), ' ', body],
    ]);
  }
  const params = paramsParam === undefined ? [...lead, OPTIONS_PARAM] : [...lead, paramsParam, OPTIONS_PARAM];
  return [docs, signature(method.name, params, result.doc), ' ', body];
}

const PAGE_CLASSES = { 'id-cursor': 'CursorPage', 'page-token': 'TokenPage', 'item-cursor': 'ItemCursorPage', offset: 'OffsetPage', 'page-number': 'PageNumberPage' } as const;

export function pageClass(method: MethodPlan): string {
  return method.pagination ? PAGE_CLASSES[method.pagination.kind] : 'CursorPage';
}

/** The declared return type (`doc`), the promised value, and for pages the item type. */
function returnType(method: MethodPlan, uses: TypeUses): { doc: Doc; value: PrintedType; item?: PrintedType } {
  const generic = (name: string, arg: PrintedType): PrintedType => ({ doc: [name, typeArguments([arg])], shape: 'generic' });
  if (method.pagination) {
    const item = printTyped(method.itemType ?? { kind: 'unknown' }, uses, 'argument');
    const page = pageClass(method);
    uses.runtime.add('PagePromise').add(page);
    const value = generic(page, item);
    return { doc: ['PagePromise', typeArguments([value, item])], value, item };
  }
  uses.runtime.add('APIPromise');
  let value: PrintedType;
  switch (method.response.kind) {
    case 'binary':
      value = { doc: 'Response', shape: 'reference' };
      break;
    case 'empty':
      value = { doc: 'void', shape: 'keyword' };
      break;
    case 'jsonl':
      uses.runtime.add('JSONLStream');
      value = generic('JSONLStream', printTyped(method.response.type, uses, 'argument'));
      break;
    case 'sse':
      uses.runtime.add('Stream');
      value = generic('Stream', printTyped(method.response.type, uses, 'argument'));
      break;
    default:
      value = printTyped(method.response.type, uses, 'argument');
  }
  return { doc: ['APIPromise', typeArguments([value])], value };
}

/** The runtime's `Endpoint` object, written out as a literal. */
function endpointLiteral(method: MethodPlan, uses: TypeUses): Doc {
  const fields: Doc[] = [];
  const add = (key: string, value: Doc, kind: ValueKind) => fields.push(property(key, value, kind));
  const strings = (values: readonly string[]) => arrayLiteral(values.map(toStringLiteral));
  add('method', toStringLiteral(method.httpMethod), 'string');
  const path = pathExpression(method, uses);
  add('path', path, path.startsWith('encodePath') ? 'unbreakable' : 'string');
  const pathKeys = method.params.filter((p) => p.location === 'path').map((p) => p.name);
  const query = method.params.filter((p) => p.location === 'query').map((p) => p.name);
  const headers = method.params.filter((p) => p.location === 'header');
  const betas = method.params.find((p) => p.location === 'betas');
  if (pathKeys.length) add('pathKeys', strings(pathKeys), 'other');
  if (query.length) add('query', strings(query), 'other');
  // A quoted `'__proto__'` key in an object literal sets the prototype; the computed form is a plain key.
  const literalKey = (name: string) => (name === '__proto__' ? `['__proto__']` : toPropertyKey(name));
  if (headers.length) add('headers', objectLiteral(headers.map((h) => property(literalKey(h.name), toStringLiteral(h.wireName), 'string'))), 'other');
  if (betas) add('betas', toStringLiteral(betas.name), 'string');
  if (method.defaultBetas.length) add('defaultBetas', strings(method.defaultBetas), 'other');
  if (method.bodyKind !== 'none') add('body', toStringLiteral(method.bodyKind), 'string');
  if (method.bodyParam) add('bodyParam', toStringLiteral(method.bodyParam), 'string');
  if (method.keepFilePaths) add('keepPaths', 'true', 'unbreakable');
  add('response', toStringLiteral(method.response.kind), 'string');
  if (method.stream) add('stream', toStringLiteral(method.stream.kind), 'string');
  if (method.pagination && method.pagination.itemsField !== 'data') add('items', toStringLiteral(method.pagination.itemsField), 'string');
  return objectLiteral(fields);
}

/**
 * `'/v1/models'`, or ``encodePath`/v1/skills/${params.skill_id}/versions/${version}` `` when it has
 * params. Only the path interpolates: a fixed query is sent as written (its templated pairs are
 * params already, see ir/path-key.ts).
 */
function pathExpression(method: MethodPlan, uses: TypeUses): string {
  const query = method.fixedQuery ? `?${method.fixedQuery}` : '';
  const pieces = method.path.split(/\{([^}]+)\}/);
  if (pieces.length === 1) return toStringLiteral(method.path + query);
  uses.runtime.add('encodePath');
  let out = '';
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) out += toTemplatePart(piece);
    else out += '${' + (method.positional?.name === piece ? method.positional.identifier : propertyAccess('params', piece)) + '}';
  });
  return `encodePath\`${out}${toTemplatePart(query)}\``;
}
