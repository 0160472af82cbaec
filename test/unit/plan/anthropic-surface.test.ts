import { describe, expect, it } from 'vitest';
import { allMethods, seedPlan, signatureOf } from '../../helpers/pipeline.js';

// The 47 methods of shared/anthropic-surface.md, as a caller writes them.
const STABLE = [
  'completions.create(params)',
  'messages.create(params)',
  'messages.countTokens(params)',
  'messages.batches.create(params)',
  'messages.batches.list(params?)',
  'messages.batches.retrieve(message_batch_id)',
  'messages.batches.delete(message_batch_id)',
  'messages.batches.cancel(message_batch_id)',
  'messages.batches.results(message_batch_id)',
  'models.list(params?)',
  'models.retrieve(model_id, params?)',
  'files.upload(params)',
  'files.list(params?)',
  'files.retrieveMetadata(file_id, params?)',
  'files.delete(file_id, params?)',
  'files.download(file_id, params?)',
  'skills.create(params?)',
  'skills.list(params?)',
  'skills.retrieve(skill_id, params?)',
  'skills.delete(skill_id, params?)',
  'skills.versions.create(skill_id, params?)',
  'skills.versions.list(skill_id, params?)',
  'skills.versions.retrieve(version, params)',
  'skills.versions.delete(version, params)',
];
const BETA = [
  'beta.messages.create(params)',
  'beta.messages.countTokens(params)',
  'beta.messages.batches.create(params)',
  'beta.messages.batches.list(params?)',
  'beta.messages.batches.retrieve(message_batch_id, params?)',
  'beta.messages.batches.delete(message_batch_id, params?)',
  'beta.messages.batches.cancel(message_batch_id, params?)',
  'beta.messages.batches.results(message_batch_id, params?)',
  'beta.models.list(params?)',
  'beta.models.retrieve(model_id, params?)',
  'beta.files.upload(params)',
  'beta.files.list(params?)',
  'beta.files.retrieveMetadata(file_id, params?)',
  'beta.files.delete(file_id, params?)',
  'beta.files.download(file_id, params?)',
  'beta.skills.create(params?)',
  'beta.skills.list(params?)',
  'beta.skills.retrieve(skill_id, params?)',
  'beta.skills.delete(skill_id, params?)',
  'beta.skills.versions.create(skill_id, params?)',
  'beta.skills.versions.list(skill_id, params?)',
  'beta.skills.versions.retrieve(version, params)',
  'beta.skills.versions.delete(version, params)',
];

describe('the Anthropic plan', () => {
  const { plan, diagnostics } = seedPlan();
  const methods = allMethods(plan.resources);

  it('plans without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has exactly the 47 methods of the surface, with their call shapes', () => {
    expect(methods.map(signatureOf).sort()).toEqual([...STABLE, ...BETA].sort());
  });

  it('beta methods keep `?beta=true` on the wire and use Beta-prefixed types', () => {
    for (const m of methods.filter((x) => x.fullName.startsWith('beta.'))) {
      expect(m.fixedQuery).toBe('beta=true');
      if (m.paramsTypeName) expect(m.paramsTypeName).toMatch(/^Beta/);
    }
  });

  it('default betas per resource, as the surface lists them', () => {
    const betas = Object.fromEntries(methods.map((m) => [m.fullName, m.defaultBetas.join(',')]));
    expect(betas['beta.files.upload']).toBe('files-api-2025-04-14');
    expect(betas['beta.skills.list']).toBe('skills-2025-10-02');
    expect(betas['beta.skills.versions.delete']).toBe('skills-2025-10-02');
    expect(betas['beta.messages.batches.results']).toBe('message-batches-2024-09-24');
    expect(betas['beta.messages.countTokens']).toBe('token-counting-2024-11-01');
    expect(betas['beta.messages.create']).toBe('');
    expect(betas['beta.models.list']).toBe('');
    expect(methods.filter((m) => !m.fullName.startsWith('beta.')).every((m) => m.defaultBetas.length === 0)).toBe(true);
  });

  it('x-api-key and anthropic-version are client-level, never method params', () => {
    for (const m of methods) expect(m.params.map((p) => p.name)).not.toContain('x-api-key');
    for (const m of methods) expect(m.params.map((p) => p.name)).not.toContain('anthropic-version');
    expect(plan.auth).toEqual({ kind: 'header', header: 'x-api-key' });
    expect(plan.defaultHeaders).toEqual([{ name: 'anthropic-version', value: '2023-06-01' }]);
  });

  it('response kinds and paging come from the overlay and the spec', () => {
    const byName = Object.fromEntries(methods.map((m) => [m.fullName, m]));
    expect(byName['files.download']!.response.kind).toBe('binary');
    expect(byName['messages.batches.results']!.response.kind).toBe('jsonl');
    expect(byName['messages.create']!.stream?.kind).toBe('sse');
    expect(byName['files.upload']!.bodyKind).toBe('multipart');
    expect(byName['models.list']!.pagination?.kind).toBe('id-cursor');
    expect(byName['skills.list']!.pagination?.kind).toBe('page-token');
  });
});
