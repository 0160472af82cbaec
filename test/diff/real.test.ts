// Real spec histories (the three Anthropic documents, in date order) and one API in two formats.
// Lines asserted here were checked by hand against the documents.
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff-specs.js';
import { rootPath } from '../helpers/pipeline.js';

const CORPUS = 'test/fixtures/openapi-corpus';
const run = (old: string, next: string, typecheck = false, config?: string) => diffSpecs({ old: rootPath(old), new: rootPath(next), typecheck, ...(config ? { config: rootPath(config) } : {}) });
const lines = (r: Awaited<ReturnType<typeof run>>) => r.report!.changes.map((c) => `${c.level} ${c.kind} ${c.where.sdk}: ${c.message}`);

describe('Anthropic OpenAPI, 2024-11-04 → 2026-04-07 → 2026-08-22', () => {
  it('2024-11-04 → 2026-04-07: methods added, none renamed', async () => {
    const r = await run(`${CORPUS}/anthropic-openapi.2024-11-04.yaml`, `${CORPUS}/anthropic-openapi.2026-04-07.json`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.report!.bump).toBe('major');
    expect(r.report!.counts.byKind['method-added']).toBeGreaterThan(10);
    expect(lines(r)).toContain('feature method-added skills.create: added (POST /v1/skills)');
  });

  it('2026-04-07 → 2026-08-22, with the checker: the hand-checked breaks and additions', async () => {
    const r = await run(`${CORPUS}/anthropic-openapi.2026-04-07.json`, `${CORPUS}/anthropic-openapi.2026-08-22.json`, true);
    const found = lines(r);
    // files.list moved from before_id/after_id cursors to a `page` token (next_page in FileListResponse).
    expect(found).toContain('breaking pagination-changed files.list result: paging id-cursor → page-token');
    expect(found).toContain('breaking request-field-removed files.list params.after_id: field removed');
    expect(found).toContain('breaking response-field-removed FileListResponse.has_more: field removed');
    // POST /v1/skills: `files` is required in the new document.
    expect(found).toContain('breaking request-field-made-required skills.create params.files: now required');
    // StopReason gained a value: a switch over it in app code is no longer exhaustive.
    expect(found.some((l) => l.startsWith('breaking response-type-widened StopReason: type widened'))).toBe(true);
    expect(r.report!.bump).toBe('major');
    expect(r.report!.checks!.checked).toBeGreaterThan(400);
    expect(r.report!.changes.filter((c) => c.kind === 'checker-incompatible')).toEqual([]);
  });
});

describe('LAP against OpenAPI of the same API', () => {
  it('reports the richer types, and no method added, removed or renamed', async () => {
    const r = await run('spec/anthropic.lap', 'spec/anthropic.openapi.json', false, 'spec/anthropic.config.yaml');
    const kinds = r.report!.counts.byKind;
    expect(kinds['method-added'] ?? 0).toBe(0);
    expect(kinds['method-removed'] ?? 0).toBe(0);
    expect(kinds['method-renamed'] ?? 0).toBe(0);
    expect(kinds['endpoint-moved'] ?? 0).toBe(0);
    expect(kinds['positional-changed'] ?? 0).toBe(0);
    // LAP says `any` where OpenAPI names the union: narrower to send, narrower (so safe) to receive.
    expect((kinds['request-type-narrowed'] ?? 0) + (kinds['response-type-narrowed'] ?? 0)).toBeGreaterThan(20);
  });
});
