// One resource method: signature, optional `stream: true` overloads, and a body that hands the
// endpoint description to the runtime. Param names only ever appear as string literals.
import { type MethodDeclarationOverloadStructure, type MethodDeclarationStructure, type OptionalKind, StructureKind } from 'ts-morph';
import type { MethodPlan } from '../plan/types.js';
import { propertyAccess, toDocText, toStringLiteral, toTemplatePart } from './escape.js';
import { printType, type TypeUses } from './types/index.js';

export function emitMethod(method: MethodPlan, uses: TypeUses): MethodDeclarationStructure {
  uses.runtime.add('RequestOptions');
  const parameters: { name: string; type: string; initializer?: string; hasQuestionToken?: boolean }[] = [];
  if (method.positional) parameters.push({ name: method.positional.identifier, type: printType(method.positional.type, uses) });
  if (method.paramsTypeName) {
    uses.refs.add(method.paramsTypeName);
    if (method.paramsRequired) parameters.push({ name: 'params', type: method.paramsTypeName });
    else parameters.push({ name: 'params', type: `${method.paramsTypeName} | null | undefined`, initializer: '{}' });
  }
  parameters.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });

  const result = returnType(method, uses);
  const endpoint = endpointLiteral(method, uses);
  const paramsArg = method.paramsTypeName ? 'params' : 'undefined';
  const body = method.pagination
    ? `return this._client.requestPage(${pageClass(method)}<${result.item}>, ${endpoint}, ${paramsArg}, options);`
    : `return this._client.request(${endpoint}, ${paramsArg}, options);`;

  const docs = [toDocText(method.summary ?? method.fullName)];
  const structure: MethodDeclarationStructure = {
    kind: StructureKind.Method,
    name: method.name,
    docs,
    parameters,
    returnType: result.text,
    statements: [body],
  };
  if (method.stream && method.paramsTypeName) {
    uses.runtime.add(method.stream.kind === 'jsonl' ? 'JSONLStream' : 'Stream');
    const streamType = `${method.stream.kind === 'jsonl' ? 'JSONLStream' : 'Stream'}<${printType(method.stream.eventType, uses)}>`;
    const lead = parameters.slice(0, -2);
    const overload = (paramsType: string, ret: string): OptionalKind<MethodDeclarationOverloadStructure> => ({
      docs,
      parameters: [...lead, { name: 'params', type: paramsType }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }],
      returnType: `APIPromise<${ret}>`,
    });
    structure.overloads = [
      overload(method.stream.paramsNonStreaming, result.value),
      overload(method.stream.paramsStreaming, streamType),
      overload(method.stream.paramsBase, `${result.value} | ${streamType}`),
    ];
    uses.refs.add(method.stream.paramsNonStreaming).add(method.stream.paramsStreaming).add(method.stream.paramsBase);
    structure.returnType = `APIPromise<${result.value} | ${streamType}>`;
    structure.parameters = [...lead, { name: 'params', type: method.stream.paramsBase }, { name: 'options', type: 'RequestOptions', hasQuestionToken: true }];
  }
  return structure;
}

const PAGE_CLASSES = { 'id-cursor': 'CursorPage', 'page-token': 'TokenPage', 'item-cursor': 'ItemCursorPage', offset: 'OffsetPage', 'page-number': 'PageNumberPage' } as const;

export function pageClass(method: MethodPlan): string {
  return method.pagination ? PAGE_CLASSES[method.pagination.kind] : 'CursorPage';
}

function returnType(method: MethodPlan, uses: TypeUses): { text: string; value: string; item?: string } {
  if (method.pagination) {
    const item = printType(method.itemType ?? { kind: 'unknown' }, uses);
    const page = pageClass(method);
    uses.runtime.add('PagePromise').add(page);
    return { text: `PagePromise<${page}<${item}>, ${item}>`, value: `${page}<${item}>`, item };
  }
  uses.runtime.add('APIPromise');
  let value: string;
  switch (method.response.kind) {
    case 'binary':
      value = 'Response';
      break;
    case 'empty':
      value = 'void';
      break;
    case 'jsonl':
      uses.runtime.add('JSONLStream');
      value = `JSONLStream<${printType(method.response.type, uses)}>`;
      break;
    case 'sse':
      uses.runtime.add('Stream');
      value = `Stream<${printType(method.response.type, uses)}>`;
      break;
    default:
      value = printType(method.response.type, uses);
  }
  return { text: `APIPromise<${value}>`, value };
}

/** The runtime's `Endpoint` object, written out as a literal. */
function endpointLiteral(method: MethodPlan, uses: TypeUses): string {
  const fields: string[] = [`method: ${toStringLiteral(method.httpMethod)}`, `path: ${pathExpression(method, uses)}`];
  const pathKeys = method.params.filter((p) => p.location === 'path').map((p) => toStringLiteral(p.name));
  const query = method.params.filter((p) => p.location === 'query').map((p) => toStringLiteral(p.name));
  const headers = method.params.filter((p) => p.location === 'header').map((p) => `${toStringLiteral(p.name)}: ${toStringLiteral(p.wireName)}`);
  const betas = method.params.find((p) => p.location === 'betas');
  if (pathKeys.length) fields.push(`pathKeys: [${pathKeys.join(', ')}]`);
  if (query.length) fields.push(`query: [${query.join(', ')}]`);
  if (headers.length) fields.push(`headers: { ${headers.join(', ')} }`);
  if (betas) fields.push(`betas: ${toStringLiteral(betas.name)}`);
  if (method.defaultBetas.length) fields.push(`defaultBetas: [${method.defaultBetas.map(toStringLiteral).join(', ')}]`);
  if (method.bodyKind !== 'none') fields.push(`body: ${toStringLiteral(method.bodyKind)}`);
  if (method.bodyParam) fields.push(`bodyParam: ${toStringLiteral(method.bodyParam)}`);
  if (method.keepFilePaths) fields.push('keepPaths: true');
  fields.push(`response: ${toStringLiteral(method.response.kind)}`);
  if (method.stream) fields.push(`stream: ${toStringLiteral(method.stream.kind)}`);
  if (method.pagination && method.pagination.itemsField !== 'data') fields.push(`items: ${toStringLiteral(method.pagination.itemsField)}`);
  return `{ ${fields.join(', ')} }`;
}

/** `'/v1/models'`, or ``encodePath`/v1/skills/${params.skill_id}/versions/${version}` `` when it has params. */
function pathExpression(method: MethodPlan, uses: TypeUses): string {
  const full = method.path + (method.fixedQuery ? `?${method.fixedQuery}` : '');
  const pieces = full.split(/\{([^}]+)\}/);
  if (pieces.length === 1) return toStringLiteral(full);
  uses.runtime.add('encodePath');
  let out = '';
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) out += toTemplatePart(piece);
    else out += '${' + (method.positional?.name === piece ? method.positional.identifier : propertyAccess('params', piece)) + '}';
  });
  return `encodePath\`${out}\``;
}
