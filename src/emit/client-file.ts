// `src/client.ts`: the client class, its options baked from the plan, and its top-level resources.
import { RUNTIME_ERROR_CLASSES } from '../plan/names.js';
import type { SdkPlan } from '../plan/types.js';
import { toPropertyKey, toStringLiteral } from './escape.js';
import { type Doc, hardline, join } from './layout/doc.js';
import { block, callArguments, classDeclaration, classProperty, importDeclaration, jsDoc, objectLiteral, property, signature, sourceFile } from './layout/syntax.js';
import { CORE_MODULE, importPath } from './modules.js';

export function emitClientFile(plan: SdkPlan, header: string): Doc {
  const module = 'client';
  const str = (key: string, value: string) => property(key, toStringLiteral(value), 'string');
  const config: Doc[] = [str('baseURL', plan.baseUrl), str('baseURLEnv', plan.baseUrlEnv)];
  if (plan.auth.kind !== 'none') config.push(str('apiKeyEnv', plan.apiKeyEnv));
  if (plan.auth.kind === 'header') {
    const auth = [str('in', 'header'), str('name', plan.auth.header), ...(plan.auth.scheme ? [str('scheme', plan.auth.scheme)] : [])];
    config.push(property('auth', objectLiteral(auth), 'other'));
  } else if (plan.auth.kind === 'query') {
    config.push(property('auth', objectLiteral([str('in', 'query'), str('name', plan.auth.name)]), 'other'));
  }
  if (plan.defaultHeaders.length) config.push(property('defaultHeaders', objectLiteral(plan.defaultHeaders.map((h) => str(toPropertyKey(h.name), h.value))), 'other'));
  if (plan.betas) config.push(str('betasHeader', plan.betas.header));
  if (plan.webhookKeyEnv) config.push(str('webhookKeyEnv', plan.webhookKeyEnv));

  const statics = [...RUNTIME_ERROR_CLASSES, 'toFile'].map((name) => classProperty(`static readonly ${name}`, name));
  const resources = plan.resources.map((r) => classProperty(`${r.property}: ${r.className}`, [`new ${r.className}`, callArguments(['this'])]));
  const constructor = [signature('constructor', ['options: ClientOptions = {}']), ' ', block([['super', callArguments([objectLiteral(config), 'options']), ';']])];
  const imports = [
    importDeclaration(['BaseClient', 'type ClientOptions', ...RUNTIME_ERROR_CLASSES, 'toFile'], importPath(module, CORE_MODULE)),
    ...plan.resources.map((r) => importDeclaration([r.className], importPath(module, r.module))),
  ];
  const docs = jsDoc(`Client for ${plan.title.replace(/\*\//g, '*\\/')}.`);
  return sourceFile(header, imports, [classDeclaration(plan.clientName, 'BaseClient', [join(hardline, [...statics, ...resources]), constructor], docs)]);
}
