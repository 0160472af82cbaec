// `src/client.ts`: the client class, its options baked from the plan, and its top-level resources.
import { type SourceFileStructure, StructureKind } from 'ts-morph';
import { RUNTIME_ERROR_CLASSES } from '../plan/names.js';
import type { SdkPlan } from '../plan/types.js';
import { toPropertyKey, toStringLiteral } from './escape.js';
import { CORE_MODULE, importPath } from './modules.js';

export function emitClientFile(plan: SdkPlan, header: string): SourceFileStructure {
  const module = 'client';
  const config: string[] = [`baseURL: ${toStringLiteral(plan.baseUrl)}`, `baseURLEnv: ${toStringLiteral(plan.baseUrlEnv)}`];
  if (plan.auth.kind !== 'none') config.push(`apiKeyEnv: ${toStringLiteral(plan.apiKeyEnv)}`);
  if (plan.auth.kind === 'header') {
    config.push(`auth: { in: 'header', name: ${toStringLiteral(plan.auth.header)}${plan.auth.scheme ? `, scheme: ${toStringLiteral(plan.auth.scheme)}` : ''} }`);
  } else if (plan.auth.kind === 'query') {
    config.push(`auth: { in: 'query', name: ${toStringLiteral(plan.auth.name)} }`);
  }
  if (plan.defaultHeaders.length) config.push(`defaultHeaders: { ${plan.defaultHeaders.map((h) => `${toPropertyKey(h.name)}: ${toStringLiteral(h.value)}`).join(', ')} }`);
  if (plan.betas) config.push(`betasHeader: ${toStringLiteral(plan.betas.header)}`);

  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: header,
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: importPath(module, CORE_MODULE),
        namedImports: ['BaseClient', { name: 'ClientOptions', isTypeOnly: true }, ...RUNTIME_ERROR_CLASSES, 'toFile'],
      },
      ...plan.resources.map((r) => ({ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: importPath(module, r.module), namedImports: [r.className] })),
      {
        kind: StructureKind.Class,
        name: plan.clientName,
        isExported: true,
        extends: 'BaseClient',
        docs: [`Client for ${plan.title.replace(/\*\//g, '*\\/')}.`],
        properties: [
          ...RUNTIME_ERROR_CLASSES.map((name) => ({ name, isStatic: true, isReadonly: true, initializer: name })),
          { name: 'toFile', isStatic: true, isReadonly: true, initializer: 'toFile' },
          ...plan.resources.map((r) => ({ name: r.property, type: r.className, initializer: `new ${r.className}(this)` })),
        ],
        ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: [`super({ ${config.join(', ')} }, options);`] }],
      },
    ],
  };
}
