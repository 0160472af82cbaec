import type { TypeRef } from '../../ir/types.js';
import { toStringLiteral } from '../escape.js';
import type { TypeUses } from './index.js';

type Of<K extends TypeRef['kind']> = Extract<TypeRef, { kind: K }>;

export function printPrimitive(type: Of<'primitive'>, uses: TypeUses): string {
  if (type.name === 'string' && type.format === 'binary') {
    uses.runtime.add('Uploadable');
    return 'Uploadable';
  }
  return type.name === 'integer' || type.name === 'number' ? 'number' : type.name;
}

export function printEnum(type: Of<'enum'>): string {
  if (type.values.length === 0) return 'never';
  return [...new Set(type.values)].map((v) => (typeof v === 'number' ? String(v) : toStringLiteral(v))).join(' | ');
}

export function printLiteral(type: Of<'literal'>): string {
  return typeof type.value === 'string' ? toStringLiteral(type.value) : String(type.value);
}
