// The OAI 3.1 webhook example (a document of webhooks only): the generated webhooks resource and
// the client that bakes in the key's environment variable, as file snapshots.
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../src/emit/index.js';
import { readRuntimeFiles } from '../../src/emit/runtime-files.js';
import { generate } from '../../src/pipeline.js';
import { rootPath } from '../helpers/pipeline.js';

describe('v3.1-webhook-example.yaml', async () => {
  const result = await generate({ spec: rootPath('test/fixtures/openapi-corpus/v3.1-webhook-example.yaml') });
  const files = emitPackage(result.plan!, readRuntimeFiles());

  it.each(['src/resources/webhooks.ts', 'src/client.ts', 'src/index.ts'])('%s', async (file) => {
    await expect(files.get(file)).toMatchFileSnapshot(`__snapshots__/webhooks/${file}`);
  });
});
