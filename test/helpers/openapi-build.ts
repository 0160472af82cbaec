// vitest globalSetup for the `openapi` project: generates the Anthropic client from
// spec/anthropic.openapi.json (same overlay as the LAP build) into test/.builds/openapi.
import { generate } from '../../src/pipeline.js';
import { rootPath } from './pipeline.js';

export default async function setup(): Promise<void> {
  const result = await generate({ spec: rootPath('spec/anthropic.openapi.json'), config: rootPath('spec/anthropic.config.yaml'), out: rootPath('test/.builds/openapi') });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`OpenAPI build failed: ${JSON.stringify(errors.slice(0, 3))}`);
}
