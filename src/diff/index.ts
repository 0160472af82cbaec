// diff: two SDK plans (and, for locations, their IRs) → the changes, each levelled by the rule
// table, and the bump. Reads plans only; never parses a spec. The TypeScript checker's second
// opinion is `checkVerdicts` in ./checker.ts, loaded only by the `diff` command.
import type { Api } from '../ir/types.js';
import type { SdkPlan } from '../plan/types.js';
import { bumpOf, nextVersion } from './bump.js';
import { compareDecls, type DeclSide, findRenames } from './compare-decls.js';
import { compareMethods } from './compare-methods.js';
import { DiffContext } from './context.js';
import { formatLoc } from './locate.js';
import { allMethods, directionsOf } from './reach.js';
import type { Change, DiffReport, Level } from './types.js';

export interface DiffOptions {
  beforeApi?: Api;
  afterApi?: Api;
  /** The version the old plan was released as (default: the old plan's package version). */
  currentVersion?: string;
}

export function diffPlans(before: SdkPlan, after: SdkPlan, options: DiffOptions = {}): DiffReport {
  const ctx = new DiffContext(new Map(before.types.map((d) => [d.name, d.type])), new Map(after.types.map((d) => [d.name, d.type])));
  const bodyTypes = bodyTypesOf([options.beforeApi, options.afterApi]);
  const oldSide = declSide(before, options.beforeApi, bodyTypes);
  const newSide = declSide(after, options.afterApi, bodyTypes);
  findRenames(oldSide, newSide, ctx);
  compareClient(before, after, ctx);
  compareMethods(allMethods(before), allMethods(after), ctx);
  compareDecls(oldSide, newSide, ctx);
  return reportOf(ctx.changes, options.currentVersion ?? before.packageVersion);
}

/** Spec types the IRs name as request bodies (the plan flattens them into params). */
export function bodyTypesOf(apis: readonly (Api | undefined)[]): Set<string> {
  return new Set(apis.flatMap((api) => (api?.operations ?? []).flatMap((op) => (op.body?.typeName ? [op.body.typeName] : []))));
}

export function reportOf(changes: Change[], currentVersion: string): DiffReport {
  const sorted = [...changes].sort((a, b) => cmp(a.subject, b.subject) || cmp(a.where.sdk, b.where.sdk) || cmp(a.kind, b.kind) || cmp(a.message, b.message));
  const bump = bumpOf(sorted);
  const byLevel: Record<Level, number> = { breaking: 0, feature: 0, fix: 0 };
  const byKind: DiffReport['counts']['byKind'] = {};
  for (const c of sorted) {
    byLevel[c.level]++;
    byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  }
  return { bump, currentVersion, nextVersion: nextVersion(currentVersion, bump), changes: sorted, counts: { byLevel, byKind } };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function declSide(plan: SdkPlan, api: Api | undefined, bodyTypes: ReadonlySet<string>): DeclSide {
  const locs = new Map((api?.types ?? []).map((t) => [t.name, formatLoc(t.loc)]));
  return { decls: plan.types, directions: directionsOf(plan, bodyTypes), locOf: (name) => locs.get(name) };
}

function compareClient(o: SdkPlan, n: SdkPlan, ctx: DiffContext): void {
  const at = { sdk: 'client', spec: 'client', subject: n.clientName };
  if (o.clientName !== n.clientName) ctx.add('client-renamed', at, `client class renamed from ${o.clientName} to ${n.clientName}`);
  if (JSON.stringify(o.auth) !== JSON.stringify(n.auth)) ctx.add('auth-changed', at, `auth ${JSON.stringify(o.auth)} → ${JSON.stringify(n.auth)}`);
  if (o.apiKeyEnv !== n.apiKeyEnv) ctx.add('auth-changed', at, `API key variable ${o.apiKeyEnv} → ${n.apiKeyEnv}`);
  if (o.baseUrl !== n.baseUrl) ctx.add('client-default-changed', at, `base URL ${o.baseUrl || '(none)'} → ${n.baseUrl || '(none)'}`);
  const headers = (p: SdkPlan) => p.defaultHeaders.map((h) => `${h.name}: ${h.value}`).join(', ');
  if (headers(o) !== headers(n)) ctx.add('client-default-changed', at, `default headers [${headers(o)}] → [${headers(n)}]`);
}
