import type { Pagination, Param, Property, TypeRef } from './types.js';

// Recognises the list shapes most APIs use, from the request params and the response fields alone,
// so any input format gets the same answer. The overlay can override or switch it off.

/** Looks up a named type; formats with named schemas pass one so refs can be seen through. */
export type ResolveNamed = (name: string) => TypeRef | undefined;

/** The properties of the object a response is, through refs, nullability and allOf. */
function propertiesOf(type: TypeRef | undefined, resolve: ResolveNamed, depth = 0): Property[] {
  if (!type || depth > 8) return [];
  switch (type.kind) {
    case 'object':
      return type.properties;
    case 'ref':
      return propertiesOf(resolve(type.name), resolve, depth + 1);
    case 'union':
      return propertiesOf(type.variants.find((v) => v.kind !== 'null'), resolve, depth + 1);
    case 'intersection':
      return type.parts.flatMap((p) => propertiesOf(p, resolve, depth + 1));
    default:
      return [];
  }
}

function isArray(type: TypeRef, resolve: ResolveNamed, depth = 0): boolean {
  if (depth > 8) return false;
  if (type.kind === 'array') return true;
  if (type.kind === 'union') return type.variants.some((v) => v.kind !== 'null' && isArray(v, resolve, depth + 1));
  if (type.kind === 'ref') {
    const target = resolve(type.name);
    return target ? isArray(target, resolve, depth + 1) : false;
  }
  return false;
}

export function inferPagination(params: readonly Param[], response: TypeRef | undefined, resolve: ResolveNamed = () => undefined): Pagination | undefined {
  const query = new Set(params.filter((p) => p.location === 'query').map((p) => p.name));
  const props = propertiesOf(response, resolve);
  const fields = new Set(props.map((p) => p.name));
  // Items in a field of an object body, or the body itself when it is an array (GitHub style).
  const field = ['data', 'items', 'results'].find((name) => props.some((p) => p.name === name && isArray(p.type, resolve)));
  const itemsField = field ?? (response && isArray(response, resolve) ? '' : undefined);
  if (itemsField === undefined) return undefined;
  if (query.has('after_id') && query.has('before_id') && fields.has('last_id') && fields.has('first_id') && fields.has('has_more')) {
    return { kind: 'id-cursor', itemsField, beforeParam: 'before_id', afterParam: 'after_id', firstField: 'first_id', lastField: 'last_id', hasMoreField: 'has_more' };
  }
  if (query.has('page') && fields.has('next_page')) return { kind: 'page-token', itemsField, pageParam: 'page', nextField: 'next_page' };
  if (query.has('starting_after') && fields.has('has_more')) {
    return { kind: 'item-cursor', itemsField, afterParam: 'starting_after', ...(query.has('ending_before') ? { beforeParam: 'ending_before' } : {}) };
  }
  if (query.has('offset') && (query.has('limit') || query.has('count'))) return { kind: 'offset', itemsField, offsetParam: 'offset' };
  if (query.has('page') && ['per_page', 'page_size', 'pageSize', 'limit', 'size'].some((n) => query.has(n))) return { kind: 'page-number', itemsField, pageParam: 'page' };
  return undefined;
}
