// Output snapshots of a small hand-written spec, one file each, plus IR snapshots. The committed
// generated/ and generated-lap/ folders are the big snapshots, kept honest by the drift check.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../src/emit/index.js';
import { parseLap } from '../../src/parse/lap/parser.js';
import { planSdk } from '../../src/plan/index.js';
import { emptyOverlay } from '../../src/config/types.js';
import { rootPath } from '../helpers/pipeline.js';
import { unformattedFiles } from '../../scripts/prettier-check.mjs';

const FIXTURE = 'test/fixtures/lap/small.lap';

describe('small.lap', async () => {
  const text = fs.readFileSync(rootPath(FIXTURE), 'utf8');
  const { api, diagnostics } = parseLap(text, FIXTURE);
  const { plan } = planSdk(api, emptyOverlay(), { specHash: 'f'.repeat(64), configHash: '', generator: { name: 'lapgen', version: 'snapshot' } });
  // The runtime is copied verbatim and tested on its own; snapshots cover what the generator writes.
  const files = emitPackage(plan, new Map());

  it('parses cleanly', () => {
    expect(diagnostics).toEqual([]);
  });

  it('IR', async () => {
    await expect(`${JSON.stringify(api, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/small/ir.json');
  });

  for (const [path, content] of files) {
    it(path, async () => {
      await expect(content).toMatchFileSnapshot(`__snapshots__/small/package/${path}`);
    });
  }
});

describe('seed IR', () => {
  it('spec/anthropic.lap', async () => {
    const { api } = parseLap(fs.readFileSync(rootPath('spec/anthropic.lap'), 'utf8'), 'spec/anthropic.lap');
    await expect(`${JSON.stringify(api, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/anthropic.ir.json');
  });
});

describe('formatting', () => {
  it.each(['generated', 'generated-lap'])('every .ts and .json file of the committed %s/ is exactly what prettier prints', async (dir) => {
    expect(await unformattedFiles(rootPath(dir))).toEqual([]);
  });
});
