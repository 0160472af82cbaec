// The worker thread of schema-check.ts: reads the document from the same bytes the main thread
// read, checks it against its version's schema, and posts the violations back.
import { parentPort, workerData } from 'node:worker_threads';
import { detectVersion, isObject } from './document.js';
import { parseText } from './read.js';
import type { WorkerReply } from './schema-check.js';
import { loadValidator } from './schema-validator.js';

const { text, bytes } = workerData as { text?: string; bytes?: Uint8Array };
const parsed = parseText(text ?? Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength).toString('utf8'));
const value = 'value' in parsed ? parsed.value : undefined;
const version = isObject(value) ? detectVersion(value) : undefined;
let reply: WorkerReply = {};
if (version) {
  const validate = await loadValidator(version);
  // Only what the diagnostics use: the rest of ajv's error objects need not cross the thread.
  reply = { version, violations: validate(value) ? [] : (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, ...(e.message !== undefined ? { message: e.message } : {}) })) };
}
parentPort!.postMessage(reply);
