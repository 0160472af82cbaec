import { describe, expect, it } from 'vitest';
import { allMethods, planFrom } from '../../helpers/pipeline.js';
import { lapDoc } from '../../helpers/lap.js';

/** Plans one spec made of the given endpoint lines and returns `METHOD path → sdk name`. */
function namesFor(endpoints: string[]): Record<string, string> {
  const body = endpoints.map((e) => `@endpoint ${e}`).join('\n');
  const { plan } = planFrom(lapDoc(body, endpoints.length));
  return Object.fromEntries(allMethods(plan.resources).map((m) => [m.operationKey, m.fullName]));
}

describe('method names from paths and HTTP methods', () => {
  it('collections, items, actions and sub-resources', () => {
    expect(
      namesFor([
        'POST /v1/messages',
        'POST /v1/messages/count_tokens',
        'GET /v1/messages/batches',
        'POST /v1/messages/batches',
        'GET /v1/messages/batches/{id}',
        'DELETE /v1/messages/batches/{id}',
        'POST /v1/messages/batches/{id}/cancel',
        'GET /v1/messages/batches/{id}/results',
        'PATCH /v1/messages/batches/{id}',
      ]),
    ).toEqual({
      'POST /v1/messages': 'messages.create',
      'POST /v1/messages/count_tokens': 'messages.countTokens',
      'GET /v1/messages/batches': 'messages.batches.list',
      'POST /v1/messages/batches': 'messages.batches.create',
      'GET /v1/messages/batches/{id}': 'messages.batches.retrieve',
      'DELETE /v1/messages/batches/{id}': 'messages.batches.delete',
      'POST /v1/messages/batches/{id}/cancel': 'messages.batches.cancel',
      'GET /v1/messages/batches/{id}/results': 'messages.batches.results',
      'PATCH /v1/messages/batches/{id}': 'messages.batches.update',
    });
  });

  it('`?beta=true` goes under beta., with the same rules', () => {
    expect(namesFor(['GET /v1/models?beta=true', 'GET /v1/models/{model_id}?beta=true', 'GET /v1/models'])).toEqual({
      'GET /v1/models?beta=true': 'beta.models.list',
      'GET /v1/models/{model_id}?beta=true': 'beta.models.retrieve',
      'GET /v1/models': 'models.retrieve',
    });
  });

  it('singletons, dotted RPC names, colon actions, hyphens and digits', () => {
    expect(namesFor(['GET /user', 'PATCH /user', 'POST /admin.apps.approve', 'POST /v2/batches/{id}:cancel', 'GET /api-keys/{key}', 'GET /2fa/codes/{id}', 'GET /'])).toEqual({
      'GET /user': 'user.retrieve',
      'PATCH /user': 'user.update',
      'POST /admin.apps.approve': 'admin.apps.approve',
      'POST /v2/batches/{id}:cancel': 'batches.cancel',
      'GET /api-keys/{key}': 'apiKeys.retrieve',
      'GET /2fa/codes/{id}': '_2fa.codes.retrieve',
      'GET /': 'root.retrieve',
    });
  });

  it('collisions get a deterministic suffix and a warning', () => {
    const { plan, diagnostics } = planFrom(lapDoc('@endpoint PUT /things/{id}\n@endpoint PATCH /things/{id}', 2));
    expect(allMethods(plan.resources).map((m) => m.fullName)).toEqual(['things.update', 'things.updatePatch']);
    expect(diagnostics.map((d) => d.message)).toEqual(["PATCH /things/{id}: 'things.update' is taken; named 'updatePatch'"]);
  });

  it('a method may not shadow the class machinery', () => {
    expect(namesFor(['POST /things/{id}/constructor'])).toEqual({ 'POST /things/{id}/constructor': 'things.constructor_' });
  });
});

describe('signatures', () => {
  it('the last path param is positional; earlier ones go in params; lifted headers vanish', () => {
    const { plan } = planFrom(
      [
        '@lap v0.3',
        '@api T API',
        '@auth ApiKey x-api-key in header',
        '@common_fields {t-version: str}',
        '@endpoints 1',
        '@endpoint GET /v1/skills/{skill_id}/versions/{version}',
        '@required {skill_id: str, version: str}',
        '@optional {x-api-key: str, t-version: str, t-beta: str}',
        '@end',
      ].join('\n'),
      'client:\n  betas: { header: t-beta, param: betas }\n',
    );
    const [m] = allMethods(plan.resources);
    expect(m!.positional?.name).toBe('version');
    expect(m!.params.map((p) => [p.name, p.location, p.wireName])).toEqual([
      ['skill_id', 'path', 'skill_id'],
      ['betas', 'betas', 't-beta'],
    ]);
    expect(m!.paramsRequired).toBe(true);
  });
});

describe('operationId as a naming hint', () => {
  it('a colliding endpoint takes its operationId when that is free', async () => {
    const { planSdk } = await import('../../../src/plan/index.js');
    const { emptyOverlay } = await import('../../../src/config/types.js');
    const loc = { file: 'api.json', pointer: '/' };
    const op = (path: string, operationId?: string) => ({ method: 'GET' as const, path, variant: 'stable' as const, params: [], responses: [{ status: '200', kind: 'json' as const, type: { kind: 'unknown' as const }, loc }], loc, ...(operationId ? { operationId } : {}) });
    const api = { title: 'T', auth: [], commonParams: [], types: [], loc, operations: [op('/gists/{gist_id}', 'gists/get'), op('/gists/{gist_id}/{sha}', 'gists/get-revision'), op('/gists/{gist_id}/{x}')] };
    const { plan, diagnostics } = planSdk(api, emptyOverlay(), { specHash: '', configHash: '', generator: { name: 'g', version: '0' } });
    expect(allMethods(plan.resources).map((m) => m.fullName)).toEqual(['gists.retrieve', 'gists.getRevision', 'gists.retrieveGet']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "GET /gists/{gist_id}/{sha}: 'gists.retrieve' is taken; named 'getRevision'",
      "GET /gists/{gist_id}/{x}: 'gists.retrieve' is taken; named 'retrieveGet'",
    ]);
  });
});
