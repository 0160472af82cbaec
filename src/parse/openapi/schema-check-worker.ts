// The worker thread of schema-check.ts: reads the document from the same text the main thread
// has, checks it against its version's schema, and posts the violations back.
import { parentPort, workerData } from 'node:worker_threads';
import { isObject } from './document.js';
import { detectVersion, parseText } from './read.js';
import { loadValidator } from './schema-validator.js';
import type { WorkerReply } from './schema-check.js';

const parsed = parseText((workerData as { text: string }).text);
const version = 'value' in parsed && isObject(parsed.value) ? detectVersion(parsed.value) : undefined;
let reply: WorkerReply = {};
if (version && 'value' in parsed) {
  const validate = await loadValidator(version);
  // Only what the diagnostics use: the rest of ajv's error objects need not cross the thread.
  reply = { version, violations: validate(parsed.value) ? [] : (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, ...(e.message !== undefined ? { message: e.message } : {}) })) };
}
parentPort!.postMessage(reply);
