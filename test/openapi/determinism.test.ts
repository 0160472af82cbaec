// Output must not depend on the key order of the input document: the same OpenAPI document with
// every object's keys shuffled generates the same bytes (the spec hash aside).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { snapshotTree, tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';

/** Reverses the key order of every object and rotates it by a seed-dependent amount. */
function shuffleKeys(value: unknown, seed = 7): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed + 1));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).reverse();
  const k = entries.length ? seed % entries.length : 0;
  return Object.fromEntries([...entries.slice(k), ...entries.slice(0, k)].map(([key, v]) => [key, shuffleKeys(v, seed + key.length)]));
}

const normalise = (tree: Record<string, string>) => JSON.parse(JSON.stringify(tree).replace(/(sha256:)?[0-9a-f]{16,64}/g, 'HASH')) as Record<string, string>;

describe('key order does not matter', () => {
  it.each([
    ['spec/anthropic.openapi.json', 'spec/anthropic.openapi.config.yaml'],
    ['test/fixtures/openapi-corpus/v3.0-petstore-expanded.yaml', undefined],
  ])('%s', { timeout: 120_000 }, async (spec, config) => {
    const dir = tempDir('shuffle');
    const text = fs.readFileSync(rootPath(spec), 'utf8');
    const doc: unknown = spec.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
    const shuffledSpec = path.join(dir, 'shuffled.json');
    fs.writeFileSync(shuffledSpec, JSON.stringify(shuffleKeys(doc)));
    const common = config ? { config: rootPath(config) } : {};
    // The rich overlay wires in the committed client's hand-written src/lib: both outputs get it.
    if (config) for (const out of ['a', 'b']) fs.cpSync(rootPath('generated/src/lib'), path.join(dir, out, 'src/lib'), { recursive: true });
    const a = await generate({ spec: rootPath(spec), out: path.join(dir, 'a'), ...common });
    const b = await generate({ spec: shuffledSpec, out: path.join(dir, 'b'), ...common });
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(normalise(snapshotTree(path.join(dir, 'b')))).toEqual(normalise(snapshotTree(path.join(dir, 'a'))));
  });
});
