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
    ['unknown top-level key', { given: 'client: {}\nendpoints: {}\n', want: ["2: unknown key 'endpoints' in the overlay (allowed: client, resources, operations, lib)"] }],
    ['unknown operation key', { given: 'operations:\n  GET /a:\n    rename: x\n', want: ["3: unknown key 'rename' in operation 'GET /a' (allowed: name, response, responseType, itemType, stream, body, keepFilePaths, params, pagination, betas)"] }],
    ['bad response kind', { given: 'operations:\n  GET /a:\n    response: xml\n', want: ["3: response must be one of json, sse, jsonl, binary, empty; found 'xml'"] }],
    ['bad operation key', { given: 'operations:\n  /a: {}\n', want: ["2: operation key '/a' must be 'METHOD /path' (e.g. 'POST /v1/files')"] }],
    ['duplicate key', { given: 'operations:\n  GET /a: {}\n  GET /a: {}\n', want: ['3: the same key is mapped twice'] }],
    ['bad param type', { given: 'operations:\n  POST /a:\n    params:\n      f: { type: strng }\n', want: ["4: bad type 'strng' for param 'f': unknown type 'strng'"] }],
    ['bad name', { given: 'operations:\n  GET /a:\n    name: files..x\n', want: ["3: name 'files..x' must be a dotted SDK path like files.upload"] }],
    ['a method without #export', { given: 'resources:\n  files:\n    methods:\n      stream: lib/stream\n', want: ["4: method 'stream' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/stream'"] }],
    ['a method outside src/lib', { given: 'resources:\n  files:\n    methods:\n      x: resources/files#x\n', want: ["4: method 'x' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'resources/files#x'"] }],
    ['a method module with an extension or ..', { given: 'resources:\n  files:\n    methods:\n      x: lib/x.ts#x\n      y: lib/../y#y\n', want: ["4: method 'x' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/x.ts#x'", "5: method 'y' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/../y#y'"] }],
    ['unknown lib key', { given: 'lib:\n  exprots: {}\n', want: ["2: unknown key 'exprots' in lib (allowed: entry, exports, peerDependencies)"] }],
    ['lib.entry not a list', { given: 'lib:\n  entry: lib/x\n', want: ['2: lib.entry must be a list of modules like lib/message-stream'] }],
    ['a subpath pattern without its *', { given: 'lib:\n  exports:\n    ./lib/*: lib/x\n', want: ["3: lib.exports './lib/*' must map to a module under src/lib without extension, with one * as the key has; found 'lib/x'"] }],
    ['a subpath that is not ./…', { given: 'lib:\n  exports:\n    helpers: lib/x\n', want: ["3: lib.exports key 'helpers' must be a subpath like ./helpers/zod or ./lib/*"] }],
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

  it('the lib keys and extension methods reach the plan', () => {
    const { plan, diagnostics } = planFrom(spec, 'resources:\n  files:\n    methods:\n      stream: lib/s#stream\nlib:\n  entry: [lib/s]\n  exports:\n    ./lib/*: lib/*\n  peerDependencies:\n    zod: "^4"\n');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plan.resources.find((r) => r.id === 'files')?.extensions).toEqual([{ name: 'stream', module: 'lib/s', exportName: 'stream' }]);
    expect(plan.lib).toEqual({ entry: ['lib/s'], exports: [{ subpath: './lib/*', module: 'lib/*' }], peerDependencies: [{ name: 'zod', range: '^4' }] });
  });

  it('an extension method that clashes with a generated method is an error at its line', () => {
    expect(planErrors('resources:\n  files:\n    methods:\n      list: lib/s#list\n')).toEqual(["4: extension method 'files.list' clashes with a generated method or resource of that name"]);
  });

  it('a resource key that matches no resource is an error', () => {
    expect(planErrors('resources:\n  beta.filez: { betas: [x] }\n')).toEqual(["2: resource 'beta.filez' matches no resource of the SDK"]);
  });

  it('an explicit rename that clashes is an error', () => {
    expect(planErrors('operations:\n  GET /v1/files/{file_id}: { name: files.list }\n')).toEqual(["2: 'files.list' (GET /v1/files/{file_id}) clashes with another method or resource of that name"]);
  });
});
