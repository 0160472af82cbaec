import fs from 'node:fs';
import { loadOverlay } from '../../src/config/load.js';
import { emptyOverlay } from '../../src/config/types.js';
import { parseLap } from '../../src/parse/lap/parser.js';
import { planSdk } from '../../src/plan/index.js';
import type { MethodPlan, ResourcePlan } from '../../src/plan/types.js';

export const ROOT = new URL('../../', import.meta.url);
export const rootPath = (rel: string) => new URL(rel, ROOT).pathname;

export function planFrom(specText: string, overlayText?: string) {
  const { api, diagnostics: parseDiagnostics } = parseLap(specText, 'spec.lap');
  const loaded = overlayText === undefined ? { overlay: emptyOverlay(), diagnostics: [] } : loadOverlay(overlayText, 'spec.config.yaml');
  const { plan, diagnostics } = planSdk(api, loaded.overlay, { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
  return { plan, diagnostics: [...parseDiagnostics, ...loaded.diagnostics, ...diagnostics] };
}

export function seedPlan() {
  return planFrom(fs.readFileSync(rootPath('spec/anthropic.lap'), 'utf8'), fs.readFileSync(rootPath('spec/anthropic.config.yaml'), 'utf8'));
}

export function allMethods(resources: readonly ResourcePlan[]): MethodPlan[] {
  return resources.flatMap((r) => [...r.methods, ...allMethods(r.children)]);
}

/** `skills.versions.retrieve(version, params)`: the call shape a user writes. */
export function signatureOf(m: MethodPlan): string {
  const args = [m.positional?.name, m.paramsTypeName ? (m.paramsRequired ? 'params' : 'params?') : undefined].filter(Boolean);
  return `${m.fullName}(${args.join(', ')})`;
}
