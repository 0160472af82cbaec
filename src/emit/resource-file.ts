// One resource module: the class with its methods and sub-resources, then the types it owns.
import { type ImportDeclarationStructure, type SourceFileStructure, StructureKind, type StatementStructures } from 'ts-morph';
import type { ResourcePlan, TypeDecl } from '../plan/types.js';
import { emitMethod } from './method.js';
import { CORE_MODULE, importPath } from './modules.js';
import { emitTypeDecl } from './type-decl.js';
import { newTypeUses, type TypeUses } from './types/index.js';

export interface TypeIndex {
  /** Type name → module that declares it. */
  moduleOf: Map<string, string>;
  /** Module → the declarations it owns, in plan order. */
  declsIn: Map<string, TypeDecl[]>;
}

export function emitResourceFile(resource: ResourcePlan, types: TypeIndex, header: string): SourceFileStructure {
  const uses = newTypeUses();
  uses.runtime.add('APIResource');
  const classMembers = {
    properties: resource.children.map((child) => ({ name: child.property, type: child.className, initializer: `new ${child.className}(this._client)` })),
    methods: resource.methods.map((m) => emitMethod(m, uses)),
  };
  const declarations = emitTypes(types.declsIn.get(resource.module) ?? [], uses);
  const statements: StatementStructures[] = [
    { kind: StructureKind.Class, name: resource.className, isExported: true, extends: 'APIResource', ...classMembers },
    ...declarations,
  ];
  return { kind: StructureKind.SourceFile, leadingTrivia: header, statements: [...importsFor(resource.module, uses, types, resource.children), ...statements] };
}

/** A module holding only types (spec-level named types). */
export function emitTypesFile(module: string, types: TypeIndex, header: string): SourceFileStructure {
  const uses = newTypeUses();
  const declarations = emitTypes(types.declsIn.get(module) ?? [], uses);
  return { kind: StructureKind.SourceFile, leadingTrivia: header, statements: [...importsFor(module, uses, types, []), ...declarations] };
}

function emitTypes(decls: readonly TypeDecl[], uses: TypeUses): StatementStructures[] {
  return decls.map((d) => emitTypeDecl(d, uses));
}

function importsFor(module: string, uses: TypeUses, types: TypeIndex, children: readonly ResourcePlan[]): ImportDeclarationStructure[] {
  const imports: ImportDeclarationStructure[] = [];
  const runtimeValues = ['APIResource', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'encodePath'];
  const runtime = [...uses.runtime].sort();
  if (runtime.length) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: importPath(module, CORE_MODULE),
      namedImports: runtime.map((name) => (runtimeValues.includes(name) ? name : { name, isTypeOnly: true })),
    });
  }
  for (const child of children) {
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: importPath(module, child.module), namedImports: [child.className] });
  }
  const byModule = new Map<string, string[]>();
  for (const name of [...uses.refs].sort()) {
    const owner = types.moduleOf.get(name);
    if (!owner || owner === module) continue;
    byModule.set(owner, [...(byModule.get(owner) ?? []), name]);
  }
  for (const [owner, names] of [...byModule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: importPath(module, owner), isTypeOnly: true, namedImports: names });
  }
  return imports;
}
