// The type namespace merged with a class, as the official SDKs have it: `Client.Message`,
// `Client.Messages.Batches`, `Client.Beta.Messages.BetaMessage`. A `declare namespace` beside the
// class re-exports names and emits no code; sub-resource classes are re-exported under their short
// names (so their own namespaces nest) and assigned to the class after it, so they are values at
// run time too. A resource's namespace holds the types of its resource and of every resource below
// it, with the spec-level types they reach (`Client.Messages.Message`, as the official lists them).
import type { TypeRef } from '../ir/types.js';
import type { ResourcePlan } from '../plan/types.js';
import { toStringLiteral } from './escape.js';
import { type Doc, hardline, join } from './layout/doc.js';
import { block, exportSpecifiers } from './layout/syntax.js';
import type { TypeIndex } from './resource-file.js';

export interface NamespaceMembers {
  /** Re-exported as types: `export { type Message }`. */
  types: string[];
  /**
   * `export type APIError = import('…').APIError`: a type under a name the class already uses for
   * a static value. Re-exporting it by name would resolve to that static and be circular, so it is
   * an alias of the declaration in its module.
   */
  aliases: { name: string; module: string }[];
  /** Sub-resources by short name (`Batches`), with the class they name (`MessagesBatches`). */
  children: { name: string; className: string }[];
}

export interface NamespaceInput {
  /** Static members of the class: their names are taken for values. */
  statics?: readonly string[];
  /** Statics that also name a type (the runtime's classes), each aliased from its module. */
  staticTypes?: readonly { name: string; module: string }[];
  types: readonly string[];
  children: readonly ResourcePlan[];
}

/**
 * Picks the namespace's members so that no name means two things: a type or child whose name a
 * static value or an earlier member already took is left out (the static stays, as it is the one
 * the official surface has), which keeps the declaration merge valid for any spec.
 */
export function namespaceMembers(input: NamespaceInput): NamespaceMembers {
  const values = new Set(input.statics ?? []);
  const typeNames = new Set<string>();
  const aliases = (input.staticTypes ?? []).filter((t) => !typeNames.has(t.name) && typeNames.add(t.name));
  const types = [...input.types].sort().filter((name) => !values.has(name) && !typeNames.has(name) && typeNames.add(name));
  const children: NamespaceMembers['children'] = [];
  for (const child of input.children) {
    const name = child.property.charAt(0).toUpperCase() + child.property.slice(1);
    if (values.has(name) || typeNames.has(name)) continue;
    values.add(name);
    typeNames.add(name);
    children.push({ name, className: child.className });
  }
  return { types, aliases, children };
}

export const isEmptyNamespace = (m: NamespaceMembers) => m.types.length + m.aliases.length + m.children.length === 0;

/** `Owner.Short = ChildClass;` for each child: the value side of the re-exported sub-resources. */
export function childAssignments(owner: string, members: NamespaceMembers): Doc[] {
  return members.children.map((c) => `${owner}.${c.name} = ${c.className};`);
}

/** `export declare namespace Owner { … }`, or nothing when it would be empty. */
export function emitNamespace(owner: string, members: NamespaceMembers, from: (module: string) => string): Doc[] {
  if (isEmptyNamespace(members)) return [];
  const body: Doc[] = [];
  const specifiers = [...members.types.map((t) => `type ${t}`), ...members.children.map((c) => (c.className === c.name ? c.name : `${c.className} as ${c.name}`))];
  if (specifiers.length) body.push(['export ', exportSpecifiers(specifiers), ';']);
  for (const a of members.aliases) body.push(`export type ${a.name} = import(${toStringLiteral(from(a.module))}).${a.name};`);
  return [[`export declare namespace ${owner} `, block([join(hardline, body)])]];
}

/**
 * The types a resource and the resources below it own, and the declared types their methods and
 * those own types name directly (`MessageParam` in `MessageCreateParams`). Named types are not
 * followed further: a closure per resource would cost resources × types, quadratic on a large spec;
 * every type is at the top of the client's namespace anyway.
 */
export function subtreeTypes(resource: ResourcePlan, types: TypeIndex): string[] {
  const seen = new Set<string>();
  // Each resource's own names are worked out once, however many resources above it ask.
  const walk = (r: ResourcePlan): void => {
    for (const name of ownTypes(r, types)) seen.add(name);
    r.children.forEach(walk);
  };
  walk(resource);
  // Another name for a type the resource reaches (`MessageParam` for `InputMessage`) belongs with it.
  for (const [name, target] of types.aliases) if (seen.has(target)) seen.add(name);
  return [...seen];
}

/** The types a resource (not its children) declares, and the declared types they and its methods name. */
function ownTypes(resource: ResourcePlan, types: TypeIndex): string[] {
  const cached = types.ownTypes.get(resource);
  if (cached) return cached;
  const seen = new Set<string>();
  const visit = (t: TypeRef | undefined): void => {
    if (!t) return;
    switch (t.kind) {
      case 'ref': {
        if (types.declOf.has(t.name)) seen.add(t.name);
        return;
      }
      case 'array':
        return visit(t.items);
      case 'object':
        t.properties.forEach((p) => visit(p.type));
        return visit(t.additionalProperties);
      case 'union':
        return t.variants.forEach(visit);
      case 'intersection':
        return t.parts.forEach(visit);
      default:
        return;
    }
  };
  for (const d of types.declsIn.get(resource.module) ?? []) {
    seen.add(d.name);
    visit(d.type);
    for (const base of d.extends ?? []) visit({ kind: 'ref', name: base });
  }
  for (const m of resource.methods) [m.positional?.type, ...m.params.map((p) => p.type), m.response.type, m.itemType, m.stream?.eventType].forEach(visit);
  const names = [...seen];
  types.ownTypes.set(resource, names);
  return names;
}
