// The check against the OpenAPI 2.0/3.0/3.1 JSON Schema (swagger-parser's schema and settings), run
// on the document as read. On a big document it takes as long as the rest of parsing together, so
// there it runs on a worker thread (schema-check-worker.ts) that reads the same text, while this
// thread converts the document; the warnings are the same either way, and come first, as if checked first.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../../ir/types.js';
import type { JsonObject, OpenApiVersion } from './document.js';
import { loadValidator, type Violation } from './schema-validator.js';

/** Below this size the walk is too short to hide the worker's start (~40 ms) and its own read behind. */
const BACKGROUND_MIN_CHARS = 2_000_000;

/** What the worker posts: the violations of the document it read, or nothing if it read none. */
export type WorkerReply = { version: OpenApiVersion; violations: Violation[] } | { version?: undefined };

export interface SchemaCheck {
  /** The warnings for `doc`; `sameText`: `doc` is the text's own value (not bundled with other files). */
  warnings(doc: JsonObject, version: OpenApiVersion, file: string, sameText: boolean): Promise<Diagnostic[]>;
  /** Stops the worker when the document turned out not to need checking. */
  cancel(): void;
}

/**
 * `SwaggerParser.validate` would first dereference a copy of the whole document (half the cost of
 * parsing GitHub's), and then report a fault in a shared component once per place that uses it;
 * `$ref` objects are valid where the schema allows references, so nothing is lost.
 */
async function checkHere(doc: JsonObject, version: OpenApiVersion): Promise<Violation[]> {
  const validate = await loadValidator(version);
  return validate(doc) ? [] : (validate.errors ?? []);
}

const toWarnings = (violations: readonly Violation[], file: string): Diagnostic[] =>
  violations.map((d) => ({ severity: 'warning' as const, code: 'openapi/schema', message: d.message ?? 'invalid', loc: { file, pointer: d.instancePath || '/' } }));

/**
 * A second thread only pays when a core is free for it; on a busy machine it is only more work (a
 * second read of the document, a second runtime). The load average counts the runs just before
 * this one (generating in a loop keeps it near 1), hence the half core of slack.
 */
const idleCore = () => os.loadavg()[0]! < os.availableParallelism() - 0.5;

/**
 * Starts checking `text` in the background when it is big, a core is free and the built worker is
 * there (not when run from source). `bytes`, the file `text` was decoded from, is cheaper to hand over.
 */
export function startSchemaCheck(text: string, bytes?: Uint8Array): SchemaCheck {
  const script = new URL('./schema-check-worker.js', import.meta.url);
  const background = text.length >= BACKGROUND_MIN_CHARS && idleCore() && fs.existsSync(script) ? runWorker(script, text, bytes) : undefined;
  return {
    async warnings(doc, version, file, sameText) {
      const reply = background && sameText ? await background.reply : undefined;
      if (!sameText) background?.stop();
      // A reply for another version, or none (the worker failed): check here, as the worker would have.
      return toWarnings(reply?.version === version ? reply.violations : await checkHere(doc, version), file);
    },
    cancel: () => background?.stop(),
  };
}

function runWorker(script: URL, text: string, bytes: Uint8Array | undefined): { reply: Promise<WorkerReply | undefined>; stop: () => void } {
  // Shared memory crosses for the cost of one copy; a string is serialised (13 MB: ~12 ms on this thread).
  let workerData: { text: string } | { bytes: Uint8Array } = { text };
  if (bytes) {
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
    shared.set(bytes);
    workerData = { bytes: shared };
  }
  const worker = new Worker(script, { workerData });
  const reply = new Promise<WorkerReply | undefined>((resolve) => {
    worker.once('message', (message: WorkerReply) => resolve(message));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    reply,
    stop: () => {
      worker.unref();
      void worker.terminate();
    },
  };
}
