// The `diff` command's flow: each spec through parse → IR → plan (with its own overlay), the diff
// stage on the two plans, then the TypeScript checker's look at the two emitted surfaces.
import { readRuntimeFiles } from './emit/runtime-files.js';
import type { Diagnostic } from './ir/types.js';
import { bodyTypesOf, diffPlans } from './diff/index.js';
import type { DiffReport } from './diff/types.js';
import { defaultConfigFor, planSpec } from './pipeline.js';

export interface DiffSpecsOptions {
  old: string;
  new: string;
  /** One overlay for both; else each spec's `<name>.config.yaml` beside it. */
  config?: string;
  currentVersion?: string;
  typecheck: boolean;
}

export interface DiffSpecsResult {
  diagnostics: Diagnostic[];
  report?: DiffReport;
  timings: { stage: string; ms: number }[];
}

export async function diffSpecs(options: DiffSpecsOptions): Promise<DiffSpecsResult> {
  const timings: DiffSpecsResult['timings'] = [];
  const diagnostics: Diagnostic[] = [];
  const sides = [];
  for (const [label, spec] of [['old', options.old], ['new', options.new]] as const) {
    const config = options.config ?? defaultConfigFor(spec);
    const planned = await planSpec({ spec, ...(config ? { config } : {}) });
    diagnostics.push(...planned.diagnostics);
    timings.push(...planned.timings.map((t) => ({ stage: `${t.stage} ${label}`, ms: t.ms })));
    sides.push(planned);
  }
  const [before, after] = sides;
  if (!before?.plan || !after?.plan || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, timings };
  let start = performance.now();
  let report = diffPlans(before.plan, after.plan, { ...(before.api ? { beforeApi: before.api } : {}), ...(after.api ? { afterApi: after.api } : {}), ...(options.currentVersion ? { currentVersion: options.currentVersion } : {}) });
  timings.push({ stage: 'diff', ms: performance.now() - start });
  if (options.typecheck) {
    start = performance.now();
    // ts-morph (TypeScript included) is loaded here and only here: `generate` never pays for it.
    const { checkVerdicts } = await import('./diff/checker.js');
    report = await checkVerdicts(before.plan, after.plan, report, readRuntimeFiles(), bodyTypesOf([before.api, after.api]));
    timings.push({ stage: 'typecheck', ms: performance.now() - start });
  }
  return { diagnostics, report, timings };
}
