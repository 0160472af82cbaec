// `src/index.ts`: the client as default and named export, the runtime's public names, every type.
import type { ResourcePlan, SdkPlan } from '../plan/types.js';
import { RUNTIME_ERROR_CLASSES } from '../plan/names.js';
import { toStringLiteral } from './escape.js';
import type { Doc } from './layout/doc.js';
import { exportDeclaration, sourceFile } from './layout/syntax.js';
import { importPath } from './modules.js';
import type { TypeIndex } from './resource-file.js';

const RUNTIME_EXPORTS = ['toFile', 'APIPromise', 'PagePromise', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'Stream', 'JSONLStream'];
const RUNTIME_TYPE_EXPORTS = ['RequestOptions', 'ClientOptions', 'Uploadable', 'ToFileInput', 'Fetch'];

export function emitIndexFile(plan: SdkPlan, types: TypeIndex, header: string): Doc {
  const module = 'index';
  const exports: Doc[] = [
    exportDeclaration([plan.clientName, `${plan.clientName} as default`], './client.js'),
    exportDeclaration([...RUNTIME_ERROR_CLASSES, ...RUNTIME_EXPORTS, ...RUNTIME_TYPE_EXPORTS.map((name) => `type ${name}`)], './core/index.js'),
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
