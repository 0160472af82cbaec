// The type namespace merged with the client class: generated for every spec, valid TypeScript even
// where a name could mean two things, and the runtime values behind it exist.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { namespaceMembers } from '../../../src/emit/namespace.js';
import type { ResourcePlan } from '../../../src/plan/types.js';
import { generate } from '../../../src/pipeline.js';
import { tempDir } from '../../helpers/cli.js';
import { lapDoc } from '../../helpers/lap.js';
import { rootPath } from '../../helpers/pipeline.js';

const run = promisify(execFile);
const resource = (property: string, className: string): ResourcePlan => ({ id: property, property, className, module: `resources/${property}`, methods: [], children: [], extensions: [] });

describe('namespaceMembers', () => {
  it('types sorted; sub-resources by short name; statics keep their names for values, with aliased types', () => {
    const members = namespaceMembers({
      statics: ['APIError', 'toFile', 'Batches'],
      staticTypes: [{ name: 'APIError', module: 'core/index' }],
      types: ['Widget', 'APIError', 'Batches', 'Apple'],
      children: [resource('batches', 'MessagesBatches'), resource('items', 'Widget'), resource('parts', 'MessagesParts')],
    });
    expect(members).toEqual({
      // The spec-level APIError and Batches would mean a second thing beside the statics: left out.
      types: ['Apple', 'Widget'],
      aliases: [{ name: 'APIError', module: 'core/index' }],
      // `batches` clashes with a static; `Items` is free (the class it names may be called anything).
      children: [
        { name: 'Items', className: 'Widget' },
        { name: 'Parts', className: 'MessagesParts' },
      ],
    });
  });
});

/** Type-checks `code` with tsc --strict against the package in `pkg`, imported as `name`. */
async function typeCheck(pkg: string, name: string, code: string): Promise<string> {
  const dir = tempDir('ns-consumer');
  fs.cpSync(path.join(pkg, 'src'), path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  fs.writeFileSync(path.join(dir, 'use.ts'), code);
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], paths: { [name]: ['./src/index.ts'] } };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
  return run(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }).then(
    () => '',
    (err: { stdout: string }) => err.stdout,
  );
}

describe('the namespace in a client of another spec', () => {
  it('OpenAPI petstore: Client.<Type>, Client.<Resource>.<Type>, statics as values and types', { timeout: 60_000 }, async () => {
    const out = path.join(tempDir('ns-pet'), 'pkg');
    const result = await generate({ spec: rootPath('test/fixtures/openapi-corpus/v3.0-petstore-expanded.yaml'), out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const code = `import SwaggerPetstore from 'petstore';
const pet: SwaggerPetstore.Pet = { id: 1, name: 'Rex' };
const fresh: SwaggerPetstore.Pets.NewPet = { name: 'Rex' };
const params: SwaggerPetstore.Pets.PetCreateParams = fresh;
const page: SwaggerPetstore.RequestOptions = { timeout: 1 };
export function check(err: unknown): SwaggerPetstore.APIError | undefined {
  void [pet, params, page, SwaggerPetstore.toFile, SwaggerPetstore.Pets];
  return err instanceof SwaggerPetstore.APIError ? err : undefined;
}
`;
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) as { name: string };
    expect(await typeCheck(out, pkg.name, code.replace("'petstore'", `'${pkg.name}'`))).toBe('');
    const mod = (await import(path.join(out, 'src/index.ts'))) as Record<string, Record<string, unknown>>;
    const Client = mod['default']!;
    expect([Client['Pets'] === mod['Pets'], Client['APIError'] === mod['APIError'], typeof Client['toFile']]).toEqual([true, true, 'function']);
  });

  it('LAP: a sub-resource whose short name is a static stays reachable as a property, and the merge type-checks', { timeout: 60_000 }, async () => {
    const dir = tempDir('ns-clash');
    const spec = path.join(dir, 'clash.lap');
    fs.writeFileSync(spec, lapDoc('@endpoint GET /v1/not_found_error\n@returns(200) {id: str}\n@endpoint GET /v1/things/{id}\n@required {id: str}\n@returns(200) {id: str}', 2));
    const out = path.join(dir, 'pkg');
    const result = await generate({ spec, out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const client = fs.readFileSync(path.join(out, 'src/client.ts'), 'utf8');
    expect(client).toContain('static readonly NotFoundError = NotFoundError;');
    expect(client).toContain('Things = Things;');
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) as { name: string };
    const code = `import TestAPI from '${pkg.name}';
export function check(err: unknown, c: TestAPI): string {
  const found: TestAPI.NotFoundError | undefined = err instanceof TestAPI.NotFoundError ? err : undefined;
  void [c.notFoundError, TestAPI.Things];
  return String(found?.status);
}
`;
    expect(await typeCheck(out, pkg.name, code)).toBe('');
  });
});
