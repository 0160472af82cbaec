// The TypeScript checker's second opinion. Both plans are emitted into one in-memory project and
// one file asks, per method and type, what app code compiles against: is each old params type
// assignable to the new one (with no key the new one lacks), each new result and model type to the
// old one. Where the checker finds a break the rules did not, a `checker-incompatible` change is
// added (so the bump follows the compiler); where the rules call a break the checker accepts, the
// rules stand and the disagreement is listed. Loaded only by the `diff` command: ts-morph is big.
import type { TypeRef } from '../ir/types.js';
import type { MethodPlan, SdkPlan } from '../plan/types.js';
import { emitPackage } from '../emit/index.js';
import { reportOf } from './index.js';
import { allMethods, closure, directionsOf } from './reach.js';
import { RULES } from './rules.js';
import type { Change, CheckResult, DiffReport } from './types.js';

interface Check {
  subject: string;
  /** One line of TypeScript; an error on it means the old surface does not fit the new. */
  line: string;
  /** Is a change the rules made part of this verdict? */
  covers: (c: Change) => boolean;
  at: Change['where'];
  owner: string;
}

// Names are the rules' alone: the checker compares shapes, which a rename keeps.
const NAME_KINDS = new Set(['method-renamed', 'params-type-renamed', 'type-renamed', 'type-removed', 'client-renamed', 'checker-incompatible']);
const breaksShape = (c: Change) => c.level === 'breaking' && !NAME_KINDS.has(c.kind);

/** `bodyTypes`: as for `diffPlans` (`bodyTypesOf` the two IRs), so types are checked in the direction they travel. */
export async function checkVerdicts(before: SdkPlan, after: SdkPlan, report: DiffReport, runtime: ReadonlyMap<string, string>, bodyTypes: ReadonlySet<string> = new Set()): Promise<DiffReport> {
  const { Project, ts } = await import('ts-morph');
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [], noEmit: true, skipLibCheck: true },
  });
  for (const [side, plan] of [['old', before], ['new', after]] as const) {
    for (const [file, text] of emitPackage(plan, runtime)) if (file.startsWith('src/') && file.endsWith('.ts')) project.createSourceFile(`/${side}/${file}`, text);
  }
  const checks = planChecks(before, after, report, bodyTypes);
  const header = [`import type * as O from '/old/src/index.js';`, `import type * as N from '/new/src/index.js';`, 'type AllKeys<T> = T extends unknown ? keyof T : never;'];
  const text = [...header, ...checks.map((c) => c.line)].join('\n');
  const file = project.createSourceFile('/check.ts', text);
  const failed = new Map<number, string>();
  for (const d of project.getProgram().compilerObject.getSemanticDiagnostics(file.compilerNode)) {
    if (d.start === undefined) continue;
    const line = file.compilerNode.getLineAndCharacterOfPosition(d.start).line - header.length;
    if (!failed.has(line)) failed.set(line, ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300));
  }
  return verdicts(checks, failed, report);
}

function verdicts(checks: readonly Check[], failed: ReadonlyMap<number, string>, report: DiffReport): DiffReport {
  const added: Change[] = [];
  const results: CheckResult[] = [];
  checks.forEach((check, i) => {
    const rules = report.changes.some((c) => breaksShape(c) && check.covers(c)) ? 'breaking' : 'compatible';
    const detail = failed.get(i);
    const checker = detail === undefined ? 'compatible' : 'breaking';
    results.push({ subject: check.subject, rules, checker, ...(detail ? { detail } : {}) });
    if (checker === 'breaking' && rules === 'compatible') {
      const rule = RULES['checker-incompatible'];
      added.push({ kind: 'checker-incompatible', level: rule.level, surface: rule.surface, where: check.at, subject: check.owner, message: `the TypeScript checker rejects the old type against the new: ${detail}` });
    }
  });
  const disagreements = results.filter((r) => r.rules !== r.checker);
  const next = reportOf([...report.changes, ...added], report.currentVersion);
  return { ...next, checks: { checked: results.length, agreed: results.length - disagreements.length, disagreements } };
}

/** A declared type's name; inline result types (and runtime ones, `Response`) are left to the rules. */
const declared = (t: TypeRef | undefined, types: ReadonlyMap<string, unknown>) => (t?.kind === 'ref' && types.has(t.name) ? t.name : undefined);

/**
 * One check line: `from` assignable to `to`, and no key lost. Sent (`keys-accepted`): a key app
 * code passes must still exist (an object literal's excess-property check). Received
 * (`keys-kept`): a key app code reads must still exist, even an optional one.
 */
function fits(from: string, to: string, keys: 'keys-accepted' | 'keys-kept' = 'keys-accepted'): string {
  const [wider, narrower] = keys === 'keys-accepted' ? [from, to] : [to, from];
  // Keys of every member of a union (plain `keyof` of a union is only the keys all members share).
  return `{ const v: ${to} = null as unknown as ${from}; const k: [Exclude<AllKeys<${wider}>, AllKeys<${narrower}>>] extends [never] ? true : false = true; }`;
}

function planChecks(before: SdkPlan, after: SdkPlan, report: DiffReport, bodyTypes: ReadonlySet<string>): Check[] {
  const oldTypes = new Map(before.types.map((d) => [d.name, d]));
  const newTypes = new Map(after.types.map((d) => [d.name, d]));
  const renamed = new Map(report.changes.filter((c) => c.kind === 'type-renamed').map((c) => [/renamed from (\S+)/.exec(c.message)?.[1] ?? '', c.subject]));
  const inTypes = (roots: TypeRef[]) => {
    const reach = closure(roots, newTypes);
    for (const r of closure(roots.map((t) => (t.kind === 'ref' ? { kind: 'ref', name: [...renamed].find(([, b]) => b === t.name)?.[0] ?? t.name } : t)), oldTypes)) reach.add(renamed.get(r) ?? r);
    return reach;
  };
  const checks: Check[] = [];
  const byKey = new Map(allMethods(after).map((m) => [m.operationKey, m]));
  for (const o of allMethods(before)) {
    const n = byKey.get(o.operationKey);
    if (n) checks.push(...methodChecks(o, n, inTypes, oldTypes, newTypes));
  }
  const oldDirs = directionsOf(before, bodyTypes);
  const newDirs = directionsOf(after, bodyTypes);
  for (const d of before.types) {
    const name = renamed.get(d.name) ?? d.name;
    if (d.role === 'params' || !newTypes.has(name)) continue;
    const reach = inTypes([{ kind: 'ref', name }]);
    const at = { sdk: name, spec: name };
    const dirs = new Set([...(oldDirs.get(d.name) ?? []), ...(newDirs.get(name) ?? [])]);
    if (dirs.has('request')) checks.push({ subject: `type ${name} (sent)`, owner: name, at, line: fits(`O.${d.name}`, `N.${name}`), covers: (c) => reach.has(c.subject) && !c.kind.startsWith('response-') });
    if (dirs.has('response')) checks.push({ subject: `type ${name} (received)`, owner: name, at, line: fits(`N.${name}`, `O.${d.name}`, 'keys-kept'), covers: (c) => reach.has(c.subject) && !c.kind.startsWith('request-') });
  }
  return checks;
}

function methodChecks(o: MethodPlan, n: MethodPlan, inTypes: (roots: TypeRef[]) => Set<string>, oldTypes: ReadonlyMap<string, unknown>, newTypes: ReadonlyMap<string, unknown>): Check[] {
  const checks: Check[] = [];
  const at = { sdk: n.fullName, spec: `${n.httpMethod} ${n.path}` };
  const mine = (c: Change, part: 'params' | 'result') => c.subject === n.fullName && (c.where.sdk.startsWith(`${n.fullName} ${part}`) || (part === 'params' && c.kind === 'positional-changed'));
  if (o.paramsTypeName && n.paramsTypeName) {
    const reach = inTypes(n.params.map((p) => p.type));
    checks.push({
      subject: `params ${n.fullName}`,
      owner: n.fullName,
      at: { ...at, sdk: `${n.fullName} params` },
      line: fits(`O.${o.paramsTypeName}`, `N.${n.paramsTypeName}`),
      covers: (c) => mine(c, 'params') || (reach.has(c.subject) && !c.kind.startsWith('response-')),
    });
  }
  const paged = o.pagination !== undefined && n.pagination !== undefined;
  const [ro, rn] = paged ? [declared(o.itemType, oldTypes), declared(n.itemType, newTypes)] : [declared(o.response.type, oldTypes), declared(n.response.type, newTypes)];
  if (ro && rn && o.response.kind === n.response.kind) {
    const reach = inTypes([{ kind: 'ref', name: rn }]);
    checks.push({
      subject: `result ${n.fullName}`,
      owner: n.fullName,
      at: { ...at, sdk: `${n.fullName} result` },
      line: fits(`N.${rn}`, `O.${ro}`, 'keys-kept'),
      // For a list, the items are checked; the page class is the rules' (pagination-changed).
      covers: (c) => (paged ? c.subject === n.fullName && c.where.sdk.startsWith(`${n.fullName} result[]`) : mine(c, 'result')) || (reach.has(c.subject) && !c.kind.startsWith('request-')),
    });
  }
  return checks;
}
