// Runs the stages in order, timing each: parse → plan → emit → write. Stops before writing if any
// stage reports an error, so bad input never touches the output folder.
import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadOverlay } from './config/load.js';
import { emptyOverlay, type Overlay } from './config/types.js';
import { emitPackage } from './emit/index.js';
import { readRuntimeFiles } from './emit/runtime-files.js';
import type { Api, Diagnostic } from './ir/types.js';
import { parseLap } from './parse/lap/parser.js';
import { planSdk } from './plan/index.js';
import { planRelease, type Release } from './release/index.js';
import type { SdkPlan } from './plan/types.js';
import { GENERATOR } from './version.js';
import { checkLibModules } from './write/lib-modules.js';
import { writePackage, type FileChange, type MergeIssue, type MergeNote, type WriteResult } from './write/index.js';

// For scripts/prettier-check.mjs, which formats with the generator's own width; dist/ has only the bundled entries.
export { PRINT_WIDTH } from './emit/layout/doc.js';

export interface GenerateOptions {
  spec: string;
  config?: string;
  out?: string;
  check?: boolean;
  /** Take the new output everywhere, dropping hand edits to generated files (never the default). */
  discardEdits?: boolean;
  emitIr?: string;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  changes: FileChange[];
  /** Files whose recorded base (.lapgen/base.txt) changes. */
  recordChanges: number;
  /** Conflicts and files left alone: the run must exit non-zero. */
  issues: MergeIssue[];
  /** Hand edits kept, generated files that stay deleted. */
  notes: MergeNote[];
  written: boolean;
  files?: Map<string, string>;
  api?: Api;
  plan?: SdkPlan;
  /** The version this generation is, and the diff from the recorded one when the spec changed. */
  release?: Release;
  timings: { stage: string; ms: number }[];
}

const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
/** The SHA-256 of `text`'s UTF-8, from the bytes it was decoded from when they are that (WebCrypto hashes on the thread pool). */
const sha256Of = (bytes: Uint8Array, text: string): Promise<string> =>
  isUtf8(bytes) ? crypto.webcrypto.subtle.digest('SHA-256', bytes).then((d) => Buffer.from(d).toString('hex')) : Promise.resolve(sha256(text));

/** `spec/foo.lap` → `spec/foo.config.yaml`; `spec/foo.openapi.json` → that, or `spec/foo.config.yaml`. */
export function defaultConfigFor(spec: string): string | undefined {
  const dir = path.dirname(spec);
  const parts = path.basename(spec).split('.').slice(0, -1);
  for (let n = parts.length; n >= 1; n--) {
    const candidate = path.join(dir, `${parts.slice(0, n).join('.')}.config.yaml`);
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface PlanResult {
  diagnostics: Diagnostic[];
  api?: Api;
  plan?: SdkPlan;
  timings: { stage: string; ms: number }[];
}

/** Runs a stage and records how long it took. */
const timer =
  (timings: { stage: string; ms: number }[]) =>
  async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    timings.push({ stage, ms: performance.now() - start });
    return value;
  };

/** parse → IR → plan, without emitting: what `generate` and `diff` share. `out` is only read (the lib modules the overlay wires in must be there). */
export async function planSpec(options: Pick<GenerateOptions, 'spec' | 'config' | 'emitIr' | 'out'>): Promise<PlanResult> {
  const timings: PlanResult['timings'] = [];
  const time = timer(timings);
  const result: PlanResult = { diagnostics: [], timings };
  const readBytes = (file: string): Buffer | undefined => {
    try {
      return fs.readFileSync(file);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      result.diagnostics.push({ severity: 'error', code: 'io/read', message: `cannot read: ${reason}`, loc: { file, line: 1, col: 1 } });
      return undefined;
    }
  };
  const read = (file: string) => readBytes(file)?.toString('utf8');

  const specBytes = readBytes(options.spec);
  if (specBytes === undefined) return result;
  const specText = specBytes.toString('utf8');
  // Hashed on another thread while this one parses (GitHub's 13 MB: 20 ms).
  const specHash = sha256Of(specBytes, specText);
  // LAP by extension (or its first directive); everything else is OpenAPI, JSON or YAML. The OpenAPI
  // parser (swagger-parser, the schema validator) is loaded only for OpenAPI input.
  const isLap = /\.lap$/i.test(options.spec) || /^\s*@lap\b/.test(specText);
  const parseOpenApi = async (file: string, text: string) => (await import('./parse/openapi/index.js')).parseOpenApi(file, text);
  const parsed = await time('parse', () => (isLap ? parseLap(specText, options.spec) : parseOpenApi(options.spec, specText)));
  result.diagnostics.push(...parsed.diagnostics);
  result.api = parsed.api;

  let overlay: Overlay = emptyOverlay();
  let configText = '';
  if (options.config) {
    const text = read(options.config);
    if (text === undefined) return result;
    const loaded = loadOverlay(text, options.config);
    result.diagnostics.push(...loaded.diagnostics);
    overlay = loaded.overlay;
    // The hash covers the overlay and every base it extends (bases first), so editing a base shows too.
    configText = loaded.sources.map((s) => s.text).join('\n---\n');
  }
  if (options.out) result.diagnostics.push(...checkLibModules(overlay, options.out));
  if (hasErrors(result.diagnostics)) return result;
  if (options.emitIr) fs.writeFileSync(options.emitIr, `${JSON.stringify(parsed.api, null, 2)}\n`);

  const planned = await time('plan', async () => planSdk(parsed.api, overlay, { specHash: await specHash, configHash: configText ? sha256(configText) : '', generator: GENERATOR }));
  result.diagnostics.push(...planned.diagnostics);
  result.plan = planned.plan;
  return result;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const planned = await planSpec(options);
  const { timings } = planned;
  const time = timer(timings);
  const result: GenerateResult = { diagnostics: planned.diagnostics, changes: [], recordChanges: 0, issues: [], notes: [], written: false, timings, ...(planned.api ? { api: planned.api } : {}), ...(planned.plan ? { plan: planned.plan } : {}) };
  if (!planned.plan || hasErrors(result.diagnostics) || !options.out) return result;
  const plan = planned.plan;
  const release = await time('release', () => planRelease(plan, planned.api, options.out!, { check: options.check === true }));
  result.release = release;
  result.diagnostics.push(...release.diagnostics);
  if (hasErrors(result.diagnostics)) return result;

  const files = await time('emit', () => emitPackage({ ...plan, packageVersion: release.version }, readRuntimeFiles()));
  for (const [file, text] of release.files) files.set(file, text);
  result.files = files;
  const manifest = { generator: plan.generator, specSha256: plan.specHash, configSha256: plan.configHash || null };
  let outcome: WriteResult;
  try {
    outcome = await time(options.check ? 'check' : 'write', () => writePackage(files, options.out!, { check: options.check === true, discardEdits: options.discardEdits === true, manifest }));
  } catch (err) {
    // The file system refused (a path through a file, no permission, a read-only place): the write
    // stage has put the folder back as it was, so this is bad input, reported where it happened.
    const fsError = err as NodeJS.ErrnoException;
    if (typeof fsError.code !== 'string' || typeof fsError.syscall !== 'string') throw err;
    // The write stage works in a staging folder beside the output (`<out>.tmp-<pid>-<time>`): name the path the user gave.
    const failed = typeof fsError.path === 'string' ? ` ${fsError.path.replace(/\.(?:tmp|old)-\d+-\d+/, '')}` : '';
    result.diagnostics.push({ severity: 'error', code: 'io/write', message: `cannot write the output folder: ${fsError.syscall}${failed} failed (${fsError.code})`, loc: { file: options.out, line: 1, col: 1 } });
    return result;
  }
  Object.assign(result, { changes: outcome.changes, recordChanges: outcome.recordChanges, issues: outcome.issues, notes: outcome.notes, written: outcome.written });
  return result;
}
