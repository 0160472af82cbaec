// A declared type: an interface when it is a plain object, a type alias otherwise.
import { type InterfaceDeclarationStructure, StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { TypeDecl } from '../plan/types.js';
import { toDocText, toPropertyKey } from './escape.js';
import { printType, type TypeUses } from './types/index.js';

export function emitTypeDecl(decl: TypeDecl, uses: TypeUses): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const docs = decl.description ? [toDocText(decl.description)] : [];
  const type = decl.type;
  if (type.kind === 'object' && !type.additionalProperties) {
    return {
      kind: StructureKind.Interface,
      name: decl.name,
      isExported: true,
      docs,
      extends: (decl.extends ?? []).map((name) => (uses.refs.add(name), name)),
      properties: type.properties.map((p) => ({
        name: toPropertyKey(p.name),
        type: printType(p.type, uses),
        hasQuestionToken: !p.required,
        isReadonly: p.readOnly === true,
        docs: p.description || p.default !== undefined ? [propertyDoc(p.description, p.default)] : [],
      })),
    };
  }
  return { kind: StructureKind.TypeAlias, name: decl.name, isExported: true, docs, type: printType(type, uses) };
}

function propertyDoc(description: string | undefined, defaultValue: unknown): string {
  const text = toDocText(description ?? '');
  if (defaultValue === undefined) return text;
  // JSON.stringify of a default cannot contain a line break; toDocText still guards `*/`.
  const dflt = `@default ${toDocText(JSON.stringify(defaultValue))}`;
  return text ? `${text}\n\n${dflt}` : dflt;
}
