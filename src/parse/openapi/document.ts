// Shared shapes and helpers for walking an OpenAPI document (2.0, 3.0 or 3.1) by JSON pointer.
import type { Diagnostic } from '../../ir/types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export const escapePointer = (segment: string) => (segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment);
export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let pointer = base;
  for (const s of segments) pointer += `/${escapePointer(String(s))}`;
  return pointer;
}

/** `#/a/b` → `/a/b`, as IR locations write pointers. */
export const locPointer = (pointer: string) => (pointer.charCodeAt(0) === 35 ? pointer.slice(1) : pointer);

const decodeSegment = (raw: string) => {
  const key = raw.includes('%') ? decodeURIComponent(raw) : raw;
  return key.includes('~') ? key.replace(/~1/g, '/').replace(/~0/g, '~') : key;
};

/** Targets already looked up, per document: the walkers resolve the same shared parameters and responses again and again. */
const resolved = new WeakMap<JsonObject, Map<string, Json | undefined>>();

export function resolvePointer(doc: JsonObject, pointer: string): Json | undefined {
  if (!pointer.startsWith('#')) return undefined;
  let cache = resolved.get(doc);
  if (!cache) resolved.set(doc, (cache = new Map()));
  const known = cache.get(pointer);
  if (known !== undefined || cache.has(pointer)) return known;
  let node: Json | undefined = doc;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const key = decodeSegment(raw);
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else {
      node = undefined;
      break;
    }
  }
  cache.set(pointer, node);
  return node;
}

export type OpenApiVersion = '2.0' | '3.0' | '3.1';

/** The version a document declares, if it is one lapgen reads. */
export function detectVersion(doc: JsonObject): OpenApiVersion | undefined {
  if (doc['swagger'] === '2.0') return '2.0';
  const v = doc['openapi'];
  if (typeof v === 'string' && /^3\.0\./.test(v)) return '3.0';
  if (typeof v === 'string' && /^3\.1\./.test(v)) return '3.1';
  return undefined;
}

/** What every walker needs: the document, where it came from, and a place to report. */
export interface WalkContext {
  doc: JsonObject;
  file: string;
  version: OpenApiVersion;
  diagnostics: Diagnostic[];
  /** Component schema pointer → the type name it is declared under. */
  schemaNames: Map<string, string>;
  /** The reverse: type name → component schema pointer. */
  schemaPointers: Map<string, string>;
  /** Named schemas already converted, so a lookup (body fields, paging) never converts twice. */
  namedTypes?: Map<string, import('../../ir/types.js').TypeRef>;
  /** Types for `$ref` targets inside schemas (`…/Payment/definitions/line`), declared once each. */
  refTypes?: import('../../ir/types.js').NamedType[];
  /** Every type name given so far, components first. */
  takenNames?: Set<string>;
}

export function report(ctx: WalkContext, severity: Diagnostic['severity'], code: string, message: string, pointer: string): void {
  ctx.diagnostics.push({ severity, code, message, loc: { file: ctx.file, pointer: pointer.replace(/^#/, '') || '/' } });
}

/** Follows `$ref`s that are not named schemas (parameters, responses, bodies) to the node they name. */
export function deref(ctx: WalkContext, node: Json | undefined, pointer: string): { node: Json | undefined; pointer: string } {
  let current = node;
  let at = pointer;
  let seen: Set<string> | undefined;
  while (isObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    seen ??= new Set();
    if (seen.has(ref)) {
      report(ctx, 'warning', 'openapi/ref-cycle', `$ref cycle through '${ref}'`, at);
      return { node: undefined, pointer: at };
    }
    seen.add(ref);
    const target = resolvePointer(ctx.doc, ref);
    if (target === undefined) {
      report(ctx, 'error', 'openapi/bad-ref', `$ref '${ref}' points at nothing`, at);
      return { node: undefined, pointer: at };
    }
    current = target;
    at = ref;
  }
  return { node: current, pointer: at };
}
