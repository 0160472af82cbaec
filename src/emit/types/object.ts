import type { Property, TypeRef } from '../../ir/types.js';
import { toJsDoc, toPropertyKey } from '../escape.js';
import type { TypeUses } from './index.js';

type Print = (type: TypeRef, uses: TypeUses) => string;

/** An inline object type; each member keeps its description as JSDoc. */
export function printObject(type: Extract<TypeRef, { kind: 'object' }>, uses: TypeUses, print: Print): string {
  if (type.properties.length === 0) {
    return type.additionalProperties ? `{ [key: string]: ${print(type.additionalProperties, uses)} }` : 'Record<string, never>';
  }
  const members = type.properties.map((p) => printMember(p, uses, print));
  if (type.additionalProperties) members.push(`[key: string]: unknown;`);
  return `{\n${members.join('\n')}\n}`;
}

export function printMember(p: Property, uses: TypeUses, print: Print): string {
  const doc = p.description ? `${toJsDoc(p.description)}\n` : '';
  return `${doc}${p.readOnly ? 'readonly ' : ''}${toPropertyKey(p.name)}${p.required ? '' : '?'}: ${print(p.type, uses)};`;
}
