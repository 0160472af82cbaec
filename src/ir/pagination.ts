import type { Pagination, Param, TypeRef } from './types.js';

// Recognises the list shapes most APIs use, from the request params and the response fields alone,
// so any input format gets the same answer. The overlay can override or switch it off.

function objectFields(type: TypeRef | undefined): Set<string> {
  if (!type) return new Set();
  if (type.kind === 'object') return new Set(type.properties.map((p) => p.name));
  if (type.kind === 'union') {
    const obj = type.variants.find((v) => v.kind === 'object');
    return objectFields(obj);
  }
  return new Set();
}

function arrayField(type: TypeRef | undefined, candidates: readonly string[]): string | undefined {
  if (!type || type.kind !== 'object') return undefined;
  for (const name of candidates) {
    const prop = type.properties.find((p) => p.name === name);
    if (!prop) continue;
    const t = prop.type.kind === 'union' ? prop.type.variants.find((v) => v.kind !== 'null') : prop.type;
    if (t?.kind === 'array') return name;
  }
  return undefined;
}

export function inferPagination(params: readonly Param[], response: TypeRef | undefined): Pagination | undefined {
  const query = new Set(params.filter((p) => p.location === 'query').map((p) => p.name));
  const fields = objectFields(response);
  const itemsField = arrayField(response, ['data', 'items', 'results']);
  if (!itemsField) return undefined;
  if (query.has('after_id') && query.has('before_id') && fields.has('last_id') && fields.has('first_id') && fields.has('has_more')) {
    return { kind: 'id-cursor', itemsField, beforeParam: 'before_id', afterParam: 'after_id', firstField: 'first_id', lastField: 'last_id', hasMoreField: 'has_more' };
  }
  if (query.has('page') && fields.has('next_page')) {
    return { kind: 'page-token', itemsField, pageParam: 'page', nextField: 'next_page' };
  }
  return undefined;
}
