import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOverlay } from '../../../src/config/load.js';
import { lapDoc } from '../../helpers/lap.js';
import { tempDir } from '../../helpers/cli.js';
import { planFrom, rootPath } from '../../helpers/pipeline.js';

const errors = (yaml: string) => loadOverlay(yaml, 'api.config.yaml').diagnostics.map((d) => `${'line' in d.loc ? d.loc.line : 0}: ${d.message}`);

describe('overlay validation', () => {
  it('accepts the shipped overlay', () => {
    expect(errors('client:\n  name: A\n  webhookKeyEnv: A_WEBHOOK_SIGNING_KEY\noperations:\n  GET /a:\n    name: things.list\n    pagination: none\n')).toEqual([]);
  });

  const table: [string, { given: string; want: string[] }][] = [
    ['unknown top-level key', { given: 'client: {}\nendpoints: {}\n', want: ["2: unknown key 'endpoints' in the overlay (allowed: client, resources, operations, types, lib)"] }],
    ['unknown operation key', { given: 'operations:\n  GET /a:\n    rename: x\n', want: ["3: unknown key 'rename' in operation 'GET /a' (allowed: name, response, responseType, itemType, stream, body, keepFilePaths, params, pagination, betas)"] }],
    ['bad response kind', { given: 'operations:\n  GET /a:\n    response: xml\n', want: ["3: response must be one of json, sse, jsonl, binary, empty; found 'xml'"] }],
    ['bad operation key', { given: 'operations:\n  /a: {}\n', want: ["2: operation key '/a' must be 'METHOD /path' (e.g. 'POST /v1/files')"] }],
    ['duplicate key', { given: 'operations:\n  GET /a: {}\n  GET /a: {}\n', want: ['3: the same key is mapped twice'] }],
    ['bad param type', { given: 'operations:\n  POST /a:\n    params:\n      f: { type: strng }\n', want: ["4: bad type 'strng' for param 'f': unknown type 'strng'"] }],
    ['bad name', { given: 'operations:\n  GET /a:\n    name: files..x\n', want: ["3: name 'files..x' must be a dotted SDK path like files.upload"] }],
    ['webhookKeyEnv must be a string', { given: 'client:\n  webhookKeyEnv: [A]\n', want: ['2: client.webhookKeyEnv must be a string'] }],
    ['a method without #export', { given: 'resources:\n  files:\n    methods:\n      stream: lib/stream\n', want: ["4: method 'stream' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/stream'"] }],
    ['a method outside src/lib', { given: 'resources:\n  files:\n    methods:\n      x: resources/files#x\n', want: ["4: method 'x' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'resources/files#x'"] }],
    ['a method module with an extension or ..', { given: 'resources:\n  files:\n    methods:\n      x: lib/x.ts#x\n      y: lib/../y#y\n', want: ["4: method 'x' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/x.ts#x'", "5: method 'y' must name '<module under src/lib, no extension>#<export>', like lib/message-stream#stream; found 'lib/../y#y'"] }],
    ['unknown lib key', { given: 'lib:\n  exprots: {}\n', want: ["2: unknown key 'exprots' in lib (allowed: entry, exports, peerDependencies)"] }],
    ['lib.entry not a list', { given: 'lib:\n  entry: lib/x\n', want: ['2: lib.entry must be a list of modules like lib/message-stream'] }],
    ['a subpath pattern without its *', { given: 'lib:\n  exports:\n    ./lib/*: lib/x\n', want: ["3: lib.exports './lib/*' must map to a module under src/lib without extension, with one * as the key has; found 'lib/x'"] }],
    ['a subpath that is not ./…', { given: 'lib:\n  exports:\n    helpers: lib/x\n', want: ["3: lib.exports key 'helpers' must be a subpath like ./helpers/zod or ./lib/*"] }],
    ['not a mapping', { given: '- a\n', want: ['1: the overlay must be a mapping with client, resources and operations'] }],
    ['bad type alias', { given: 'types:\n  messageParam: InputMessage\n  TextBlock: [a]\n', want: ["2: type alias 'messageParam' must be a PascalCase type name", "3: type alias 'TextBlock' must be a string"] }],
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

  it('types: adds another name for a type; an unknown target or a taken name is an error at its line', () => {
    const typed = lapDoc('@type Widget {id: str}\n@endpoint GET /v1/files\n@returns(200) Widget', 1);
    const { plan, diagnostics } = planFrom(typed, 'types:\n  Gadget: Widget\n');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plan.types.find((t) => t.name === 'Gadget')).toMatchObject({ type: { kind: 'ref', name: 'Widget' }, role: 'model' });
    const errors = planFrom(typed, 'types:\n  Gadget: Nothing\n  Widget: Widget\n').diagnostics.filter((d) => d.severity === 'error').map((d) => `${'line' in d.loc ? d.loc.line : 0}: ${d.message}`);
    expect(errors).toEqual(["2: type alias 'Gadget': 'Nothing' is not a type of the package", "3: type alias 'Widget' is a name the package already uses"]);
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

describe('client.errorHeaders', () => {
  it('maps APIError properties to response headers', () => {
    const { overlay, diagnostics } = loadOverlay('client:\n  errorHeaders:\n    workspaceID: Anthropic-Workspace-Id\n', 'api.config.yaml');
    expect(diagnostics).toEqual([]);
    expect(overlay.client.errorHeaders.map(({ property, header }) => ({ property, header }))).toEqual([{ property: 'workspaceID', header: 'anthropic-workspace-id' }]);
  });

  it.each([
    ['a property APIError already has', 'client:\n  errorHeaders:\n    status: x-status\n', "3: client.errorHeaders key 'status' must be a new APIError property name"],
    ['a property that is not an identifier', 'client:\n  errorHeaders:\n    workspace-id: x-w\n', "3: client.errorHeaders key 'workspace-id' must be a new APIError property name"],
    ['a header name with a space', "client:\n  errorHeaders:\n    traceID: 'x trace'\n", "3: 'x trace' is not a valid header name"],
    ['a list instead of a mapping', 'client:\n  errorHeaders: [a]\n', '2: client.errorHeaders must be a mapping of APIError property to header name'],
  ])('%s is refused at its line', (_what, yaml, want) => {
    expect(errors(yaml)[0]).toContain(want);
  });
});

describe('extends: an overlay over another', () => {
  /** Writes the files into a fresh folder and loads `main` from there (real files, as the CLI reads them). */
  const loadFrom = (files: Record<string, string>, main = 'api.openapi.config.yaml') => {
    const dir = tempDir('extends');
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const file = path.join(dir, main);
    const loaded = loadOverlay(fs.readFileSync(file, 'utf8'), file);
    const errors = loaded.diagnostics.map((d) => `${path.relative(dir, d.loc.file)}:${'line' in d.loc ? d.loc.line : 0}: ${d.message}`);
    return { ...loaded, dir, errors };
  };
  const base = 'client:\n  name: A\n  packageName: a-client\n  headers:\n    x-version: "1"\nresources:\n  beta.files: { betas: [one, two] }\noperations:\n  GET /a:\n    name: things.list\n    pagination: none\n';

  it('merges maps key by key; scalars and lists of the extending file replace', () => {
    const { overlay, errors, sources } = loadFrom({
      'api.config.yaml': base,
      'api.openapi.config.yaml': '# the rich build\nextends: api.config.yaml\nclient:\n  packageName: a-rich\n  headers:\n    x-extra: "2"\nresources:\n  beta.files: { betas: [three] }\noperations:\n  GET /a:\n    response: jsonl\n  GET /b: { name: others.get }\n',
    });
    expect(errors).toEqual([]);
    expect(overlay.client).toMatchObject({ name: 'A', packageName: 'a-rich' });
    expect(overlay.client.headers.map((h) => `${h.name}: ${h.value}`)).toEqual(['x-version: 1', 'x-extra: 2']);
    expect(overlay.resources.map((r) => [r.path, r.betas])).toEqual([['beta.files', ['three']]]);
    expect(overlay.operations.map((o) => [o.key, o.name, o.response, o.pagination])).toEqual([
      ['GET /a', 'things.list', 'jsonl', 'none'],
      ['GET /b', 'others.get', undefined, undefined],
    ]);
    expect(sources.map((s) => path.basename(s.file))).toEqual(['api.config.yaml', 'api.openapi.config.yaml']);
  });

  it('keeps the file and line of every setting: an error in the base names the base', () => {
    const { errors, overlay } = loadFrom({
      'shared/api.config.yaml': 'operations:\n  GET /a:\n    response: xml\n',
      'api.openapi.config.yaml': 'extends: shared/api.config.yaml\n\noperations:\n  GET /a:\n    name: x..y\n',
    });
    expect(errors).toEqual(["shared/api.config.yaml:3: response must be one of json, sse, jsonl, binary, empty; found 'xml'", "api.openapi.config.yaml:5: name 'x..y' must be a dotted SDK path like files.upload"]);
    expect(path.basename(overlay.operations[0]!.loc.file)).toBe('api.config.yaml');
  });

  it('chains: a base may extend another, paths relative to each file', () => {
    const { overlay, errors } = loadFrom({
      'a/root.config.yaml': 'client: { name: Root, packageName: root }\n',
      'a/b/mid.config.yaml': 'extends: ../root.config.yaml\nclient: { packageName: mid }\n',
      'api.openapi.config.yaml': 'extends: a/b/mid.config.yaml\nclient: { apiKeyEnv: KEY }\n',
    });
    expect(errors).toEqual([]);
    expect(overlay.client).toMatchObject({ name: 'Root', packageName: 'mid', apiKeyEnv: 'KEY' });
  });

  it.each([
    ['a missing base', { 'api.openapi.config.yaml': 'client: {}\nextends: nope.config.yaml\n' }, [/^api\.openapi\.config\.yaml:2: cannot read the base overlay .*nope\.config\.yaml: no such file$/]],
    ['a cycle', { 'api.openapi.config.yaml': 'extends: api.config.yaml\n', 'api.config.yaml': 'client: {}\nextends: api.openapi.config.yaml\n' }, ['api.config.yaml:2: extends makes a cycle: api.openapi.config.yaml → api.config.yaml → api.openapi.config.yaml']],
    ['a file extending itself', { 'api.openapi.config.yaml': 'extends: ./api.openapi.config.yaml\n' }, ['api.openapi.config.yaml:1: extends makes a cycle: api.openapi.config.yaml → api.openapi.config.yaml']],
    ['extends that is not a path', { 'api.openapi.config.yaml': 'extends: [a, b]\n' }, ['api.openapi.config.yaml:1: extends must be the path of another overlay file']],
    ['bad YAML in the base', { 'api.openapi.config.yaml': 'extends: api.config.yaml\n', 'api.config.yaml': 'client:\n  name: A\n  name: B\n' }, ['api.config.yaml:3: the same key is mapped twice']],
    ['a base that is not a mapping', { 'api.openapi.config.yaml': 'extends: api.config.yaml\n', 'api.config.yaml': '- a\n' }, ['api.openapi.config.yaml:1: the base overlay must be a mapping']],
  ] as [string, Record<string, string>, (string | RegExp)[]][])('%s is a located error', (_name, files, want) => {
    const { errors } = loadFrom(files);
    expect(errors).toHaveLength(want.length);
    want.forEach((w, i) => (typeof w === 'string' ? expect(errors[i]).toBe(w) : expect(errors[i]).toMatch(w)));
  });

  it('the shipped rich overlay extends the LAP one', () => {
    const file = rootPath('spec/anthropic.openapi.config.yaml');
    const loaded = loadOverlay(fs.readFileSync(file, 'utf8'), file);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.sources.map((s) => path.basename(s.file))).toEqual(['anthropic.config.yaml', 'anthropic.openapi.config.yaml']);
    expect(loaded.overlay.client.name).toBe('Anthropic');
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
