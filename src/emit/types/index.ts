// TypeRef → TypeScript type text. One dispatcher; each kind is printed by its own small function.
import type { TypeRef } from '../../ir/types.js';
import { assertNever } from '../assert-never.js';
import { printObject } from './object.js';
import { printEnum, printLiteral, printPrimitive } from './scalar.js';

/** Names a printed type refers to, so the file can import them. */
export interface TypeUses {
  refs: Set<string>;
  runtime: Set<string>;
}

export const newTypeUses = (): TypeUses => ({ refs: new Set(), runtime: new Set() });

export function printType(type: TypeRef, uses: TypeUses): string {
  switch (type.kind) {
    case 'primitive':
      return printPrimitive(type, uses);
    case 'enum':
      return printEnum(type);
    case 'literal':
      return printLiteral(type);
    case 'array': {
      const inner = printType(type.items, uses);
      return `Array<${inner}>`;
    }
    case 'object':
      return printObject(type, uses, printType);
    case 'union': {
      const parts = [...new Set(type.variants.map((v) => printType(v, uses)))];
      return parts.length === 1 ? parts[0]! : parts.map((p) => (p.includes('=>') ? `(${p})` : p)).join(' | ');
    }
    case 'intersection': {
      const parts = [...new Set(type.parts.map((v) => printType(v, uses)))];
      return parts.length === 1 ? parts[0]! : parts.map((p) => (p.includes('|') || p.includes('=>') ? `(${p})` : p)).join(' & ');
    }
    case 'ref':
      uses.refs.add(type.name);
      return type.name;
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    default:
      return assertNever(type);
  }
}
