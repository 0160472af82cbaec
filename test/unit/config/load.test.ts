import { describe, expect, it } from 'vitest';
import { loadOverlay } from '../../../src/config/load.js';
import { lapDoc } from '../../helpers/lap.js';
import { planFrom } from '../../helpers/pipeline.js';

const errors = (yaml: string) => loadOverlay(yaml, 'api.config.yaml').diagnostics.map((d) => `${'line' in d.loc ? d.loc.line : 0}: ${d.message}`);

describe('overlay validation', () => {
  it('accepts the shipped overlay', () => {
    expect(errors('client:\n  name: A\noperations:\n  GET /a:\n    name: things.list\n    pagination: none\n')).toEqual([]);
  });

  const table: [string, { given: string; want: string[] }][] = [
    ['unknown top-level key', { given: 'client: {}\nendpoints: {}\n', want: ["2: unknown key 'endpoints' in the overlay (allowed: client, resources, operations)"] }],
    ['unknown operation key', { given: 'operations:\n  GET /a:\n    rename: x\n', want: ["3: unknown key 'rename' in operation 'GET /a' (allowed: name, response, responseType, itemType, stream, body, keepFilePaths, params, pagination, betas)"] }],
    ['bad response kind', { given: 'operations:\n  GET /a:\n    response: xml\n', want: ["3: response must be one of json, sse, jsonl, binary, empty; found 'xml'"] }],
    ['bad operation key', { given: 'operations:\n  /a: {}\n', want: ["2: operation key '/a' must be 'METHOD /path' (e.g. 'POST /v1/files')"] }],
    ['duplicate key', { given: 'operations:\n  GET /a: {}\n  GET /a: {}\n', want: ['3: the same key is mapped twice'] }],
    ['bad param type', { given: 'operations:\n  POST /a:\n    params:\n      f: { type: strng }\n', want: ["4: bad type 'strng' for param 'f': unknown type 'strng'"] }],
    ['bad name', { given: 'operations:\n  GET /a:\n    name: files..x\n', want: ["3: name 'files..x' must be a dotted SDK path like files.upload"] }],
    ['not a mapping', { given: '- a\n', want: ['1: the overlay must be a mapping with client, resources and operations'] }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(errors(given)).toEqual(want);
  });
});

describe('overlay against the spec', () => {
  const spec = lapDoc('@endpoint GET /v1/files\n@endpoint GET /v1/files?beta=true\n@endpoint GET /v1/files/{file_id}', 3);
  const planErrors = (yaml: string) => planFrom(spec, yaml).diagnostics.filter((d) => d.severity === 'error').map((d) => `${'line' in d.loc ? d.loc.line : 0}: ${d.message}`);

  it('a rename that targets no endpoint is an error naming its line', () => {
    expect(planErrors('operations:\n  GET /v1/file:\n    name: files.all\n')).toEqual(["2: operation 'GET /v1/file' matches no endpoint in the spec"]);
  });

  it('an endpoint mapped twice is an error', () => {
    expect(planErrors('operations:\n  GET /v1/files/{file_id}: { name: files.get }\n  GET /v1/files/{id}: { name: files.fetch }\n')).toEqual([
      "3: endpoint 'GET /v1/files/{file_id}' is mapped twice: by 'GET /v1/files/{id}' and by 'GET /v1/files/{file_id}' (line 2)",
    ]);
  });

  it('a key with ?beta=true wins over the general key for that endpoint', () => {
    const { plan, diagnostics } = planFrom(spec, 'operations:\n  GET /v1/files: { name: files.all }\n  GET /v1/files?beta=true: { name: files.everything }\n');
    expect(diagnostics).toEqual([]);
    const names = [...plan.resources.flatMap((r) => [r, ...r.children])].flatMap((r) => r.methods.map((m) => m.fullName)).sort();
    expect(names).toEqual(['beta.files.everything', 'files.all', 'files.retrieve']);
  });

  it('a resource key that matches no resource is an error', () => {
    expect(planErrors('resources:\n  beta.filez: { betas: [x] }\n')).toEqual(["2: resource 'beta.filez' matches no resource of the SDK"]);
  });

  it('an explicit rename that clashes is an error', () => {
    expect(planErrors('operations:\n  GET /v1/files/{file_id}: { name: files.list }\n')).toEqual(["2: 'files.list' (GET /v1/files/{file_id}) clashes with another method or resource of that name"]);
  });
});

describe('client.packageName', () => {
  it.each(['../evil', 'a b', 'Upper', '.hidden', '@scope/', 'x'.repeat(215)])('%s is not an npm package name: an error at its line', (name) => {
    expect(errors(`client:\n  name: A\n  packageName: ${JSON.stringify(name)}\n`)).toEqual([`3: client.packageName '${name}' is not a valid npm package name (lower case, URL-safe, at most 214 characters, optionally @scope/name)`]);
  });
  it.each(['anthropic-client', '@acme/api-client', 'a.b_c~d'])('%s is accepted', (name) => {
    expect(errors(`client:\n  packageName: '${name}'\n`)).toEqual([]);
  });
});
