// The schema check of a big document runs on a worker thread (src/parse/openapi/schema-check-worker.ts,
// built into dist/): it must find what the check on this thread finds, in the same order.
import { Worker } from 'node:worker_threads';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { WorkerReply } from '../../../../src/parse/openapi/schema-check.js';
import { loadValidator } from '../../../../src/parse/openapi/schema-validator.js';
import { rootPath } from '../../../helpers/pipeline.js';

/** A document with faults in every schema: a missing version, extra fields, wrong types. */
function faultyDocument(count: number) {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) schemas[`S${i}`] = { type: 'object', properties: { a: { type: 'string', nullable: 'yes' }, b: { type: 7 } }, required: 'a', extra: i };
  return { openapi: '3.0.3', info: { title: 'Faulty' }, paths: { '/a': { get: { responses: { 200: { description: 'ok' } } } } }, components: { schemas } };
}

function runWorker(workerData: object): Promise<WorkerReply> {
  const worker = new Worker(rootPath('dist/schema-check-worker.js'), { workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('the schema check on a worker thread', () => {
  const doc = faultyDocument(300);
  const here = async () => {
    const validate = await loadValidator('3.0');
    expect(validate(doc)).toBe(false);
    return validate.errors!.map((e) => ({ instancePath: e.instancePath, message: e.message }));
  };

  it.each([
    ['JSON text', { text: JSON.stringify(doc) }],
    ['YAML text', { text: yaml.dump(doc) }],
    ['JSON bytes in shared memory', { bytes: new Uint8Array(Buffer.from(JSON.stringify(doc))) }],
  ])('%s: the same violations as here', async (_name, data) => {
    const reply = await runWorker(data);
    expect(reply.version).toBe('3.0');
    expect(reply.version && reply.violations).toEqual(await here());
  });

  it('a text that is no OpenAPI document gets no reply to use', async () => {
    expect(await runWorker({ text: '{"openapi": "2.5"}' })).toEqual({});
    expect(await runWorker({ text: 'a: [' })).toEqual({});
  });
});
