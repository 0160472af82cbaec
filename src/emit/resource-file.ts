// One resource module: the class with its methods and sub-resources, then the types it owns.
import type { ExtensionMethodPlan, ResourcePlan, TypeDecl } from '../plan/types.js';
import { type Doc, hardline, join } from './layout/doc.js';
import { callArguments, classDeclaration, classProperty, importDeclaration, jsDoc, sourceFile } from './layout/syntax.js';
import { emitMethod } from './method.js';
import { CORE_MODULE, importPath } from './modules.js';
import { childAssignments, emitNamespace, namespaceMembers, subtreeTypes } from './namespace.js';
import { emitTypeDecl } from './type-decl.js';
import { emitWebhookMethods } from './webhooks.js';
import { newTypeUses, type TypeUses } from './types/index.js';

export interface TypeIndex {
  /** Type name → module that declares it. */
  moduleOf: Map<string, string>;
  /** Module → the declarations it owns, in plan order. */
  declsIn: Map<string, TypeDecl[]>;
  /** Type name → its declaration. */
  declOf: Map<string, TypeDecl>;
  /** `[name, target]` of each declaration that only names another type, in declOf's order. */
  aliases: readonly (readonly [name: string, target: string])[];
  /** Filled as files are emitted: the types each resource's own declarations and methods reach (see namespace.ts). */
  ownTypes: Map<ResourcePlan, string[]>;
}

export function emitResourceFile(resource: ResourcePlan, types: TypeIndex, header: string): Doc {
  const uses = newTypeUses();
  uses.runtime.add('APIResource');
  const children = resource.children.map((child) => classProperty(`${child.property}: ${child.className}`, [`new ${child.className}`, callArguments(['this._client'])]));
  const methods = [...resource.methods.map((m) => emitMethod(m, uses)), ...(resource.webhooks ? emitWebhookMethods(resource.webhooks, uses) : [])];
  const declared = types.declsIn.get(resource.module) ?? [];
  const typeDocs = emitTypes(declared, uses);
  const wired = extensionImports(resource, uses, declared);
  const extensionMembers = wired.map(({ ext, local }) => [jsDoc(`Hand-written: \`${ext.exportName}\` from \`src/${ext.module}.ts\`.`), classProperty(`${ext.name}: typeof ${local}`, local)]);
  const sections = [...(children.length ? [join(hardline, children)] : []), ...methods, ...extensionMembers];
  const declarations = [classDeclaration(resource.className, 'APIResource', sections), ...typeDocs];
  const members = namespaceMembers({ types: subtreeTypes(resource, types), children: resource.children });
  for (const name of members.types) uses.refs.add(name);
  const assignments = childAssignments(resource.className, members);
  if (assignments.length) declarations.splice(1, 0, join(hardline, assignments));
  declarations.push(...emitNamespace(resource.className, members, (to) => importPath(resource.module, to)));
  const libImports = wired.map(({ ext, local }) => importDeclaration([local === ext.exportName ? local : `${ext.exportName} as ${local}`], importPath(resource.module, ext.module)));
  return sourceFile(header, [...importsFor(resource.module, uses, types, resource.children), ...libImports], declarations);
}

/**
 * The local name of each wired function: its own name, unless the file already uses that name for
 * something it imports or declares (then `<name>Extension`, or with a number).
 */
function extensionImports(resource: ResourcePlan, uses: TypeUses, declared: readonly TypeDecl[]): { ext: ExtensionMethodPlan; local: string }[] {
  if (resource.extensions.length === 0) return [];
  const taken = new Set([...uses.runtime, ...uses.refs, ...declared.map((d) => d.name), ...resource.children.map((c) => c.className), resource.className]);
  return resource.extensions.map((ext) => {
    let local = ext.exportName;
    for (let n = 1; taken.has(local); n++) local = `${ext.exportName}Extension${n === 1 ? '' : n}`;
    taken.add(local);
    return { ext, local };
  });
}


/** A module holding only types (spec-level named types). */
export function emitTypesFile(module: string, types: TypeIndex, header: string): Doc {
  const uses = newTypeUses();
  const declarations = emitTypes(types.declsIn.get(module) ?? [], uses);
  return sourceFile(header, importsFor(module, uses, types, []), declarations);
}

function emitTypes(decls: readonly TypeDecl[], uses: TypeUses): Doc[] {
  return decls.map((d) => emitTypeDecl(d, uses));
}

const RUNTIME_VALUES = new Set(['APIResource', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'encodePath', 'unwrapWebhook', 'parseWebhook']);

function importsFor(module: string, uses: TypeUses, types: TypeIndex, children: readonly ResourcePlan[]): Doc[] {
  const imports: Doc[] = [];
  const runtime = [...uses.runtime].sort();
  if (runtime.length) {
    imports.push(importDeclaration(runtime.map((name) => (RUNTIME_VALUES.has(name) ? name : `type ${name}`)), importPath(module, CORE_MODULE)));
  }
  for (const child of children) imports.push(importDeclaration([child.className], importPath(module, child.module)));
  const byModule = new Map<string, string[]>();
  for (const name of [...uses.refs].sort()) {
    const owner = types.moduleOf.get(name);
    if (!owner || owner === module) continue;
    const names = byModule.get(owner);
    if (names) names.push(name);
    else byModule.set(owner, [name]);
  }
  for (const [owner, names] of [...byModule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    imports.push(importDeclaration(names, importPath(module, owner), true));
  }
  return imports;
}
