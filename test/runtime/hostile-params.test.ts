// What goes on the wire for path keys with a query template and for params named like
// Object.prototype members, through a client generated from test/fixtures/hostile/wire.openapi.yaml
// and a real server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { rootPath } from '../helpers/pipeline.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { typeCheckOutputs } from '../helpers/typecheck.js';

const OUT = rootPath('test/.builds/hostile-wire');
let server: TestServer;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let client: any;
let files: Map<string, string>;

beforeAll(async () => {
  const result = await generate({ spec: rootPath('test/fixtures/hostile/wire.openapi.yaml'), out: OUT });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  files = result.files!;
  server = await startServer((_req, res) => json(res, 200, { ok: true }));
  const mod = (await import(`${OUT}/src/index.js`)) as { default: new (o: object) => unknown };
  client = new mod.default({ apiKey: 'k', baseURL: server.url });
});
afterAll(() => server.close());

describe('hostile params on the wire', () => {
  it('the generated client type-checks', () => {
    expect(typeCheckOutputs([files])).toEqual([[]]);
    expect(files.get('src/resources/records.ts')).toContain('params?: RecordRetrieveParams | null,');
  });

  it('a templated query pair is a param, sent under its key; fixed pairs stay', async () => {
    await client.uploads.create({ convert: true, name: 'a' });
    await client.reports.retrieve({ since: '2026-01-01' });
    await client.reports.retrieve();
    expect(server.requests.slice(-3).map((r) => [r.method, r.url, r.body.toString()])).toEqual([
      ['POST', '/uploads?convert=true', '{"name":"a"}'],
      ['GET', '/reports?format=csv&since=2026-01-01', ''],
      ['GET', '/reports?format=csv', ''],
    ]);
  });

  it('params named like Object members: nothing of Object is sent when they are absent', async () => {
    await client.records.retrieve();
    await client.records.retrieve({});
    await client.records.create();
    for (const r of server.requests.slice(-3)) {
      expect(r.url).toBe('/records');
      expect(Object.hasOwn(r.headers, 'constructor')).toBe(false);
      expect(Object.hasOwn(r.headers, '__proto__')).toBe(false);
    }
    expect(server.requests[server.requests.length - 1]!.body.toString()).toBe('{}');
  });

  it('and what the caller sets is sent as set', async () => {
    await client.records.retrieve({ constructor: 'c', toString: 't', valueOf: 1, hasOwnProperty: 'h', __proto__: 'p' });
    const req = server.requests[server.requests.length - 1]!;
    expect([req.headers['constructor'], req.query]).toEqual(['c', { toString: ['t'], valueOf: ['1'], hasOwnProperty: ['h'] }]);
    await client.records.create({ constructor: 'c', 'a b': 'x', '*/': 'y' });
    expect(JSON.parse(server.requests[server.requests.length - 1]!.body.toString())).toEqual({ constructor: 'c', 'a b': 'x', '*/': 'y' });
  });
});
