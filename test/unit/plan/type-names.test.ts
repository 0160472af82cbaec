// Names the package cannot use as written: reserved words and platform globals as spec type names,
// and resource classes that meet a spec type. Each renamed to a word, with every use following.
import { describe, expect, it } from 'vitest';
import { emptyOverlay } from '../../../src/config/types.js';
import { emitPackage } from '../../../src/emit/index.js';
import { readRuntimeFiles } from '../../../src/emit/runtime-files.js';
import { planSdk } from '../../../src/plan/index.js';
import { parseLap } from '../../../src/parse/lap/parser.js';
import { typeCheckOutputs } from '../../helpers/typecheck.js';

function build(lap: string) {
  const parsed = parseLap(lap, 'names.lap');
  const { plan, diagnostics } = planSdk(parsed.api, emptyOverlay(), { specHash: '0'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'test' } });
  return { plan, diagnostics: [...parsed.diagnostics, ...diagnostics], files: emitPackage(plan, readRuntimeFiles()) };
}

const GLOBALS = ['Promise', 'Error', 'Record', 'Response', 'Object', 'Array', 'Date'];

describe('spec type names', () => {
  const lap = [
    '@lap v0.3',
    '@api Names API',
    '@endpoints 1',
    '@type class {a: str}',
    '@type delete {b: int}',
    ...GLOBALS.map((g) => `@type ${g} {then: str, own: ${g}?}`),
    '@endpoint POST /v1/things',
    `@required {${GLOBALS.map((g) => `${g.toLowerCase()}: ${g}`).join(', ')}}`,
    '@returns(200) {promise: Promise, list: [Error]}',
    '@end',
  ].join('\n');

  it('a reserved word is capitalised, a global gets a Model suffix, and every use follows', () => {
    const { plan, diagnostics, files } = build(lap);
    expect(diagnostics).toEqual([]);
    const names = plan.types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Class', 'Delete', ...GLOBALS.map((g) => `${g}Model`)]));
    const text = [...files.values()].join('\n');
    expect(text).toContain('export interface PromiseModel {');
    expect(text).toContain('own?: PromiseModel | null;');
    expect(text).toContain('list: Array<ErrorModel>;');
    expect(text).not.toMatch(/interface (class|delete)\b/);
    expect(typeCheckOutputs([files])).toEqual([[]]);
  });
});

describe('resource classes beside spec types', () => {
  it('the type keeps its name and the class takes a Resource suffix, never a number', () => {
    const { plan, files } = build(['@lap v0.3', '@api Pets API', '@endpoints 2', '@type Pet {id: str}', '@endpoint GET /pet/{id}', '@required {id: str}', '@returns(200) {id: str}', '@endpoint GET /store', '@returns(200) {ok: bool}', '@end'].join('\n'));
    expect(plan.resources.map((r) => r.className)).toEqual(['PetResource', 'Store']);
    expect(plan.types.map((t) => t.name)).toContain('Pet');
    expect(typeCheckOutputs([files])).toEqual([[]]);
  });
});
