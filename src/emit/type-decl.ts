// A declared type: an interface when it is a plain object, a type alias otherwise.
import type { TypeDecl } from '../plan/types.js';
import { toDocText } from './escape.js';
import { type Doc, group, indent, join, line } from './layout/doc.js';
import { fluidAssignment, jsDoc } from './layout/syntax.js';
import { objectBody, printTyped, propertySignature, type TypeUses } from './types/index.js';

export function emitTypeDecl(decl: TypeDecl, uses: TypeUses): Doc {
  const docs = jsDoc(decl.description ? toDocText(decl.description) : '');
  const type = decl.type;
  if (type.kind === 'object' && !type.additionalProperties) {
    const bases = decl.extends ?? [];
    for (const name of bases) uses.refs.add(name);
    const members = type.properties.map((p) => propertySignature(p, uses, propertyDoc(p.description, p.default)));
    // prettier: one base never breaks; several move `extends` and then the list onto lines of their own.
    const head =
      bases.length < 2
        ? `export interface ${decl.name}${bases.length ? ` extends ${bases[0]}` : ''}`
        : ['export interface', group([' ', decl.name, indent([line, 'extends', group(indent([line, join([',', line], bases)]))])])];
    return [docs, head, ' ', objectBody(members)];
  }
  const rhs = printTyped(type, uses, 'alias');
  // prettier moves an unhugged union below `=` as a whole; anything else stays beside it if it can.
  if (rhs.shape === 'union' && !rhs.hugged) return [docs, group([`export type ${decl.name} =`, group(indent([line, rhs.doc]))]), ';'];
  return [docs, fluidAssignment(`export type ${decl.name}`, ' =', rhs.doc), ';'];
}

function propertyDoc(description: string | undefined, defaultValue: unknown): string {
  const text = toDocText(description ?? '');
  if (defaultValue === undefined) return text;
  // JSON.stringify of a default cannot contain a line break; toDocText still guards `*/`.
  const dflt = `@default ${toDocText(JSON.stringify(defaultValue))}`;
  return text ? `${text}\n\n${dflt}` : dflt;
}
