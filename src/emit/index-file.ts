// `src/index.ts`: the client as default and named export, the runtime's public names, every type.
import { type ExportDeclarationStructure, type SourceFileStructure, StructureKind } from 'ts-morph';
import type { ResourcePlan, SdkPlan } from '../plan/types.js';
import { RUNTIME_ERROR_CLASSES } from '../plan/names.js';
import { importPath } from './modules.js';
import type { TypeIndex } from './resource-file.js';

export function emitIndexFile(plan: SdkPlan, types: TypeIndex, header: string): SourceFileStructure {
  const module = 'index';
  const exports: ExportDeclarationStructure[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './client.js', namedExports: [plan.clientName, { name: plan.clientName, alias: 'default' }] },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './core/index.js',
      namedExports: [
        ...RUNTIME_ERROR_CLASSES,
        'toFile', 'APIPromise', 'PagePromise', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'Stream', 'JSONLStream',
        ...['RequestOptions', 'ClientOptions', 'Uploadable', 'ToFileInput', 'Fetch'].map((name) => ({ name, isTypeOnly: true })),
      ],
    },
  ];
  const resources: ResourcePlan[] = [];
  const walk = (list: readonly ResourcePlan[]) => list.forEach((r) => (resources.push(r), walk(r.children)));
  walk(plan.resources);
  for (const r of resources) exports.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: importPath(module, r.module), namedExports: [r.className] });
  for (const [owner, decls] of [...types.declsIn].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (decls.length) exports.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: importPath(module, owner), namedExports: decls.map((d) => d.name) });
  }
  return { kind: StructureKind.SourceFile, leadingTrivia: header, statements: exports };
}
