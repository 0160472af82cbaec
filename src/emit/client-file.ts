// `src/client.ts`: the client class, its options baked from the plan, its top-level resources, and
// the type namespace merged with it (`Client.Message`, `Client.Beta.…`).
import type { SdkPlan } from '../plan/types.js';
import { toPropertyKey, toStringLiteral } from './escape.js';
import { type Doc, hardline, indent, join } from './layout/doc.js';
import { block, callArguments, classDeclaration, classProperty, importDeclaration, jsDoc, objectLiteral, property, signature, sourceFile } from './layout/syntax.js';
import { CORE_MODULE, importPath, RUNTIME_CLASSES, RUNTIME_FUNCTIONS, RUNTIME_TYPES } from './modules.js';
import { childAssignments, emitNamespace, namespaceMembers } from './namespace.js';
import type { TypeIndex } from './resource-file.js';

export function emitClientFile(plan: SdkPlan, types: TypeIndex, header: string): Doc {
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
  if (plan.errorHeaders.length) config.push(property('errorHeaders', objectLiteral(plan.errorHeaders.map((h) => str(toPropertyKey(h.property), h.header))), 'other'));
  if (plan.webhookKeyEnv) config.push(str('webhookKeyEnv', plan.webhookKeyEnv));

  const staticNames = [...plan.errorClasses, ...RUNTIME_FUNCTIONS];
  const statics = staticNames.map((name) => classProperty(`static readonly ${name}`, name));
  const resources = plan.resources.map((r) => classProperty(`${r.property}: ${r.className}`, [`new ${r.className}`, callArguments(['this'])]));
  const constructor = [signature('constructor', ['options: ClientOptions = {}']), ' ', block([['super', callArguments([objectLiteral(config), 'options']), ';']])];
  // `Client.<Type>` for every type of the package and the runtime; the error classes are statics
  // (values), so their types are aliases (see namespace.ts).
  const members = namespaceMembers({
    statics: staticNames,
    staticTypes: plan.errorClasses.map((name) => ({ name, module: CORE_MODULE })),
    types: [...RUNTIME_CLASSES, ...RUNTIME_TYPES, ...[...types.declsIn.values()].flat().map((d) => d.name)],
    children: plan.resources,
  });
  const exported = new Set(members.types);
  const typeImports = [...types.declsIn]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([owner, decls]) => [owner, decls.map((d) => d.name).filter((n) => exported.has(n))] as const)
    .filter(([, names]) => names.length)
    .map(([owner, names]) => importDeclaration(names, importPath(module, owner), true));
  const runtimeTypes = [...RUNTIME_CLASSES, ...RUNTIME_TYPES].filter((n) => exported.has(n) || n === 'ClientOptions');
  const imports = [
    importDeclaration(['BaseClient', ...staticNames, ...runtimeTypes.map((n) => `type ${n}`)], importPath(module, CORE_MODULE)),
    ...plan.resources.map((r) => importDeclaration([r.className], importPath(module, r.module))),
    ...typeImports,
  ];
  const docs = jsDoc(`Client for ${plan.title.replace(/\*\//g, '*\\/')}.`);
  const client = classDeclaration(plan.clientName, 'BaseClient', [join(hardline, [...statics, ...resources]), constructor], docs);
  const assignments = childAssignments(plan.clientName, members);
  const augmentation = plan.errorHeaders.length ? [errorHeadersAugmentation(plan)] : [];
  return sourceFile(header, imports, [client, ...(assignments.length ? [join(hardline, assignments)] : []), ...emitNamespace(plan.clientName, members, (to) => importPath(module, to)), ...augmentation]);
}

/**
 * The runtime sets the overlay's error headers on every APIError; this declares them on its type.
 * An interface merges with the class only with the class's exact type parameters.
 */
function errorHeadersAugmentation(plan: SdkPlan): Doc {
  const members = plan.errorHeaders.map((h) => [jsDoc(`The \`${h.header}\` response header.`), `readonly ${toPropertyKey(h.property)}: string | null | undefined;`]);
  const typeParams = [
    'TStatus extends number | undefined = number | undefined,',
    'THeaders extends Headers | undefined = Headers | undefined,',
    'TError extends object | undefined = object | undefined,',
  ];
  const iface = ['interface APIError<', indent([hardline, join(hardline, typeParams)]), hardline, '> ', block([join(hardline, members)])];
  return [`declare module ${toStringLiteral(importPath('client', 'core/errors'))} `, block([iface])];
}
