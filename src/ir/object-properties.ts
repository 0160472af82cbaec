import type { Property, TypeRef } from './types.js';

/**
 * The fields of an object-like type: a plain object, a named type that is one, or an intersection
 * of them. Undefined for anything else, including a free-form map with no declared fields.
 */
export function objectProperties(type: TypeRef, resolve: (name: string) => TypeRef | undefined, seen: ReadonlySet<string> = new Set()): Property[] | undefined {
  if (type.kind === 'object') return type.additionalProperties && type.properties.length === 0 ? undefined : type.properties;
  if (type.kind === 'ref') {
    if (seen.has(type.name)) return undefined;
    const target = resolve(type.name);
    return target ? objectProperties(target, resolve, new Set([...seen, type.name])) : undefined;
  }
  if (type.kind === 'intersection') {
    const parts = type.parts.map((p) => objectProperties(p, resolve, seen));
    return parts.every((p) => p !== undefined) ? (parts.flat() as Property[]) : undefined;
  }
  return undefined;
}
