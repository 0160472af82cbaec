// plan: IR + overlay → SdkPlan. General rules first (resource tree from paths, verbs from HTTP
// methods, `?beta=true` → `beta.`), the overlay second (renames, response kinds, betas, fields).
import type { Overlay } from '../config/types.js';
import type { Api, Diagnostic, Operation } from '../ir/types.js';
import { operationKey } from '../ir/types.js';
import { planMethod, type MethodContext } from './method.js';
import { placeOperations } from './method-names.js';
import { claimUnique, pascalCase, RESERVED_MEMBERS, RESERVED_WORDS, RUNTIME_BASE_ERROR, RUNTIME_ERROR_CLASSES, toMemberName, toSafeIdentifier } from './names.js';
import { matchOverlay } from './overlay-match.js';
import { TypeNamer, typeIdentifier } from './type-namer.js';
import type { ClientAuth, MethodPlan, ResourcePlan, SdkPlan } from './types.js';
import { planWebhooks } from './webhooks.js';

export interface PlanMeta {
  specHash: string;
  configHash: string;
  generator: { name: string; version: string };
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export function planSdk(specApi: Api, overlay: Overlay, meta: PlanMeta): { plan: SdkPlan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const namer = new TypeNamer(diagnostics);
  let api = specApi;
  const clientName = overlay.client.name ?? defaultClientName(api.title);
  namer.reserve(clientName);
  const errorBaseName = baseErrorName(clientName, namer);
  if (errorBaseName !== RUNTIME_BASE_ERROR) namer.reserve(errorBaseName);
  api = renameReservedTypes(api, namer);
  for (const t of api.types) namer.declareShared(t.name, t.type, [], t.loc, t.description);

  const ops = [...api.operations].sort(compareOps);
  const { byOp: overlayFor, diagnostics: matchDiagnostics } = matchOverlay(ops, overlay.operations);
  diagnostics.push(...matchDiagnostics);

  const auth: ClientAuth = overlay.client.apiKeyHeader ? { kind: 'header', header: overlay.client.apiKeyHeader } : planAuth(api);
  const liftedHeaders = new Set<string>([...overlay.client.headers.map((h) => h.name.toLowerCase()), ...api.commonParams.filter((p) => p.location === 'header').map((p) => p.name.toLowerCase())]);
  if (auth.kind === 'header') liftedHeaders.add(auth.header.toLowerCase());
  const liftedOther = new Set(api.commonParams.filter((p) => p.location !== 'header').map((p) => p.name));
  if (auth.kind === 'query') liftedOther.add(auth.name);
  const namedTypes = new Map(api.types.map((t) => [t.name, t.type]));
  const ctx: MethodContext = { liftedHeaders, liftedOther, namer, namedTypes, diagnostics, ...(overlay.client.betas ? { betas: overlay.client.betas } : {}) };

  // Place each variant on its own, so stable paths decide stable names only.
  const placements: { op: Operation; resource: string[]; method: string }[] = [];
  const isList = (op: Operation) => op.pagination !== undefined || op.responses.some((r) => /^2/.test(r.status) && r.type?.kind === 'array');
  for (const variant of ['stable', 'beta'] as const) {
    const group = ops.filter((op) => op.variant === variant);
    const placed = placeOperations(group, isList);
    for (const op of group) {
      const auto = placed.get(op)!;
      const renamed = overlayFor.get(op)?.name?.split('.');
      const resource = renamed ? renamed.slice(0, -1) : auto.resource;
      const method = renamed ? renamed[renamed.length - 1]! : auto.method;
      placements.push({ op, resource: variant === 'beta' ? ['beta', ...resource] : resource, method });
    }
  }

  const root = newResource('', '', clientName);
  const nodes = new Map<string, ResourcePlan>([['', root]]);
  const nodeFor = (path: string[]): ResourcePlan => {
    const id = path.join('.');
    const existing = nodes.get(id);
    if (existing) return existing;
    const parent = nodeFor(path.slice(0, -1));
    const property = path[path.length - 1]!;
    const node = newResource(id, property, resourceClassName(namer, typeIdentifier(path.map((s) => pascalCase(s)).join(''))));
    parent.children.push(node);
    nodes.set(id, node);
    return node;
  };
  for (const p of placements) nodeFor(p.resource);
  for (const res of overlay.resources) {
    if (!nodes.has(res.path)) diagnostics.push({ severity: 'error', code: 'config/no-resource', message: `resource '${res.path}' matches no resource of the SDK`, loc: res.loc });
  }

  const takenMembers = new Map<ResourcePlan, Set<string>>();
  for (const p of placements) {
    const node = nodeFor(p.resource);
    let taken = takenMembers.get(node);
    if (!taken) {
      taken = new Set([...RESERVED_MEMBERS, ...node.children.map((c) => c.property)]);
      takenMembers.set(node, taken);
    }
    const wanted = toMemberName(p.method);
    let name = wanted;
    if (taken.has(name)) {
      const explicit = overlayFor.get(p.op)?.name;
      if (explicit) diagnostics.push({ severity: 'error', code: 'plan/name-clash', message: `'${explicit}' (${operationKey(p.op)}) clashes with another method or resource of that name`, loc: overlayFor.get(p.op)!.loc });
      // Two endpoints want one name: the later one (by path, then method) takes the spec's own
      // operationId if it has one and it is free, else a suffix that says why.
      const hinted = p.op.operationId ? toMemberName(p.op.operationId.split(/[/.:]/).pop()!) : undefined;
      name = hinted && !taken.has(hinted) ? hinted : claimUnique(wanted + pascalCase(p.op.fragment ?? p.op.method.toLowerCase()), taken);
      diagnostics.push({ severity: 'warning', code: 'plan/renamed', message: `${operationKey(p.op)}: '${[...p.resource, wanted].join('.')}' is taken; named '${name}'`, loc: p.op.loc });
    }
    taken.add(name);
    const betas = overlay.resources.find((r) => r.path === node.id)?.betas ?? [];
    node.methods.push(planMethod(p.op, p.resource, name, overlayFor.get(p.op), betas, ctx));
  }
  const hasWebhooks = planWebhooks(api.webhooks ?? [], nodeFor, namer, diagnostics);
  namer.checkPending();
  for (const a of overlay.types) namer.alias(a.name, a.target, a.loc);
  for (const res of overlay.resources) {
    const node = nodes.get(res.path);
    if (!node) continue;
    const taken = takenMembers.get(node) ?? new Set([...RESERVED_MEMBERS, ...node.children.map((c) => c.property)]);
    for (const m of res.methods) {
      if (taken.has(m.name)) diagnostics.push({ severity: 'error', code: 'plan/name-clash', message: `extension method '${res.path}.${m.name}' clashes with a generated method or resource of that name`, loc: m.loc });
      taken.add(m.name);
      node.extensions.push({ name: m.name, module: m.module, exportName: m.exportName });
    }
  }
  finishTree(root);

  const plan: SdkPlan = {
    title: api.title,
    clientName,
    packageName: overlay.client.packageName ?? toPackageName(clientName),
    packageVersion: '0.1.0',
    description: `TypeScript client for ${api.title}, generated from its spec.`,
    baseUrl: api.baseUrl ?? '',
    generator: meta.generator,
    specHash: meta.specHash,
    configHash: meta.configHash,
    auth,
    apiKeyEnv: overlay.client.apiKeyEnv ?? `${envStem(clientName)}_API_KEY`,
    baseUrlEnv: overlay.client.baseUrlEnv ?? `${envStem(clientName)}_BASE_URL`,
    defaultHeaders: [
      ...overlay.client.headers.map(({ name, value }) => ({ name, value })),
      ...api.commonParams.filter((p) => p.location === 'header' && typeof p.default === 'string' && !overlay.client.headers.some((h) => h.name.toLowerCase() === p.name.toLowerCase())).map((p) => ({ name: p.name, value: String(p.default) })),
    ],
    ...(overlay.client.betas ? { betas: overlay.client.betas } : {}),
    errorBaseName,
    errorClasses: RUNTIME_ERROR_CLASSES.map((name) => (name === RUNTIME_BASE_ERROR ? errorBaseName : name)),
    errorHeaders: overlay.client.errorHeaders.map(({ property, header }) => ({ property, header })),
    ...(hasWebhooks ? { webhookKeyEnv: overlay.client.webhookKeyEnv ?? `${envStem(clientName)}_WEBHOOK_KEY` } : {}),
    resources: root.children,
    types: namer.decls,
    lib: {
      entry: overlay.lib.entry.map((e) => e.module),
      exports: overlay.lib.exports.map(({ subpath, module }) => ({ subpath, module })),
      peerDependencies: overlay.lib.peerDependencies.map(({ name, range }) => ({ name, range })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    },
  };
  return { plan, diagnostics };
}

/**
 * Spec types that cannot keep their names are renamed, and every reference follows: a reserved word
 * (`class`, `delete`) is capitalised (`Class`), and a name the package or the platform uses
 * (`APIError`, `Response`, `Promise`, the client's name) gets a `Model` suffix (`PromiseModel`), as
 * does a capitalised word that is taken.
 */
/** `AnthropicError`; `<Client>BaseError` when `<Client>Error` is already a runtime name (a client called `API`). */
function baseErrorName(clientName: string, namer: TypeNamer): string {
  const name = `${clientName}Error`;
  return name !== RUNTIME_BASE_ERROR && namer.isTaken(name) ? `${clientName}BaseError` : name;
}

function renameReservedTypes(api: Api, namer: TypeNamer): Api {
  const renames = new Map<string, string>();
  const specNames = new Set(api.types.map((t) => t.name));
  for (const t of api.types) {
    const reservedWord = RESERVED_WORDS.has(t.name);
    if (!reservedWord && !namer.isTaken(t.name)) continue;
    const capitalised = reservedWord ? pascalCase(t.name) : t.name;
    if (reservedWord && !specNames.has(capitalised) && !namer.isTaken(capitalised) && !RESERVED_WORDS.has(capitalised)) {
      renames.set(t.name, capitalised);
      specNames.add(capitalised);
      continue;
    }
    let candidate = `${capitalised}Model`;
    for (let n = 2; specNames.has(candidate) || namer.isTaken(candidate); n++) candidate = `${capitalised}Model${n}`;
    renames.set(t.name, candidate);
    specNames.add(candidate);
  }
  return renames.size === 0 ? api : (renameRefs(api, '', renames) as Api);
}

/**
 * `value` with every `ref` to a renamed type (and the renamed `types` entries) following the new
 * names. Subtrees with nothing renamed are shared, not copied: the IR of GitHub's 13 MB description
 * is 150,000 objects, and the spec's own IR stays as parsed (release and diff read it). Children
 * first, then the node, as a JSON reviver would.
 */
function renameRefs(value: unknown, key: string, renames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      let next = renameRefs(item, '', renames);
      if (key === 'types' && next && typeof next === 'object' && renames.has((next as { name: string }).name)) next = { ...next, name: renames.get((next as { name: string }).name) };
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (!value || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const k in node) {
    const child = node[k];
    // A location holds a file and a line or pointer, never a type.
    if (!child || typeof child !== 'object' || k === 'loc') continue;
    const next = renameRefs(child, k, renames);
    if (next !== child) (out ??= { ...node })[k] = next;
  }
  if (node['kind'] === 'ref' && renames.has(node['name'] as string)) (out ??= { ...node })['name'] = renames.get(node['name'] as string);
  return out ?? node;
}

/**
 * A resource class shares the package's namespace with the spec's types; the type keeps its name
 * (`Pet` stays the model) and the class says what it is: `PetResource`, as `PetsResource` reads in
 * SDKs that put both side by side. A number only if even that is taken.
 */
function resourceClassName(namer: TypeNamer, wanted: string): string {
  return namer.reserve(namer.isTaken(wanted) ? `${wanted}Resource` : wanted);
}

function newResource(id: string, property: string, className: string): ResourcePlan {
  return { id, property, className, module: '', methods: [], extensions: [], children: [] };
}

/** Sorts children and methods and assigns module paths; a resource with children becomes a folder. */
function finishTree(node: ResourcePlan): void {
  node.children.sort((a, b) => (a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
  for (const child of node.children) {
    const dir = child.id.split('.').join('/');
    child.module = `resources/${dir}${child.children.length ? '/index' : ''}`;
    finishTree(child);
  }
}

function compareOps(a: Operation, b: Operation): number {
  for (const key of ['path', 'fixedQuery', 'fragment'] as const) {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);
}

function planAuth(api: Api): ClientAuth {
  const scheme = api.auth.find((a) => a.kind === 'apiKey') ?? api.auth[0];
  if (!scheme) return { kind: 'none' };
  if (scheme.kind === 'apiKey' && scheme.name) return scheme.in === 'query' ? { kind: 'query', name: scheme.name } : { kind: 'header', header: scheme.name };
  if (scheme.kind === 'bearer' || scheme.kind === 'oauth2') return { kind: 'header', header: 'Authorization', scheme: 'Bearer' };
  if (scheme.kind === 'basic') return { kind: 'header', header: 'Authorization', scheme: 'Basic' };
  return { kind: 'none' };
}

function defaultClientName(title: string): string {
  const words = title.split(/\s+/);
  const cut = words.findIndex((w) => /^api$/i.test(w));
  const name = pascalCase((cut > 0 ? words.slice(0, cut) : words.slice(0, 2)).join(' '));
  return toSafeIdentifier(name || 'Api', 'pascal');
}

const envStem = (clientName: string) => clientName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const toPackageName = (clientName: string) => `${clientName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}-client`;

export type { MethodPlan };
