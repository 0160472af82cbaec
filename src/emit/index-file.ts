// `src/index.ts`: the client as default and named export (its namespace merged in, see
// namespace.ts), the runtime's public names, every type.
import type { ResourcePlan, SdkPlan } from '../plan/types.js';
import { toStringLiteral } from './escape.js';
import type { Doc } from './layout/doc.js';
import { exportDeclaration, sourceFile } from './layout/syntax.js';
import { CORE_MODULE, importPath, RUNTIME_CLASSES, RUNTIME_FUNCTIONS, RUNTIME_TYPES } from './modules.js';
import type { TypeIndex } from './resource-file.js';

export function emitIndexFile(plan: SdkPlan, types: TypeIndex, header: string): Doc {
  const module = 'index';
  const exports: Doc[] = [
    exportDeclaration([plan.clientName, `${plan.clientName} as default`], './client.js'),
    exportDeclaration([...plan.errorClasses, ...RUNTIME_FUNCTIONS, ...RUNTIME_CLASSES, ...RUNTIME_TYPES.map((name) => `type ${name}`)], importPath(module, CORE_MODULE)),
  ];
  const resources: ResourcePlan[] = [];
  const walk = (list: readonly ResourcePlan[]) => list.forEach((r) => (resources.push(r), walk(r.children)));
  walk(plan.resources);
  for (const r of resources) exports.push(exportDeclaration([r.className], importPath(module, r.module)));
  for (const [owner, decls] of [...types.declsIn].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (decls.length) exports.push(exportDeclaration(decls.map((d) => d.name), importPath(module, owner), true));
  }
  // Hand-written modules the overlay exposes from the root, after every generated name.
  for (const lib of plan.lib.entry) exports.push(['export * from ', toStringLiteral(importPath(module, lib)), ';']);
  return sourceFile(header, exports, []);
}
