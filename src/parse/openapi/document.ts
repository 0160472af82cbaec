// Shared shapes and helpers for walking an OpenAPI document (2.0, 3.0 or 3.1) by JSON pointer.
import type { Diagnostic } from '../../ir/types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
export const joinPointer = (base: string, ...segments: (string | number)[]) => base + segments.map((s) => `/${escapePointer(String(s))}`).join('');

export function resolvePointer(doc: JsonObject, pointer: string): Json | undefined {
  if (!pointer.startsWith('#')) return undefined;
  let node: Json | undefined = doc;
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** What every walker needs: the document, where it came from, and a place to report. */
export interface WalkContext {
  doc: JsonObject;
  file: string;
  version: '2.0' | '3.0' | '3.1';
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
export function deref(ctx: WalkContext, node: Json | undefined, pointer: string, seen = new Set<string>()): { node: Json | undefined; pointer: string } {
  let current = node;
  let at = pointer;
  while (isObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
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
