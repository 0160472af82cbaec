// General naming rules: where an endpoint lives in the resource tree and what its method is called.
// Static path segments make the resource path; `{params}` are transparent, so
// `/v1/messages/batches/{id}/cancel` is `messages.batches.cancel`.
import type { HttpMethod, Operation } from '../ir/types.js';
import { camelCase, toMemberName } from './names.js';

export interface PlacedOperation {
  resource: string[];
  method: string;
}

interface Shape {
  statics: string[];
  endsWithParam: boolean;
  /** `{id}:cancel` style custom method. */
  colonAction?: string;
}

const VERSION_SEGMENT = /^v\d+(?:\.\d+)?(?:beta\d*|alpha\d*)?$/;

export function pathShape(path: string): Shape {
  const raw = path.split('/').filter(Boolean);
  if (raw.length > 1 && VERSION_SEGMENT.test(raw[0]!)) raw.shift();
  const statics: string[] = [];
  let endsWithParam = false;
  let colonAction: string | undefined;
  raw.forEach((segment, i) => {
    const colon = /^(\{[^}]+\}|[^:{]+):([A-Za-z][\w-]*)$/.exec(segment);
    const last = i === raw.length - 1;
    const core = colon ? colon[1]! : segment;
    if (core.includes('{')) {
      endsWithParam = last;
    } else {
      // Dotted RPC names (`admin.apps.approve`) are a path of their own.
      for (const part of core.split('.').filter(Boolean)) {
        statics.push(toMemberName(part));
      }
      endsWithParam = false;
    }
    if (colon && last) colonAction = camelCase(colon[2]!);
  });
  return { statics, endsWithParam, ...(colonAction ? { colonAction } : {}) };
}

const ITEM_VERBS: Record<HttpMethod, string> = { GET: 'retrieve', PUT: 'update', PATCH: 'update', POST: 'update', DELETE: 'delete', HEAD: 'check', OPTIONS: 'options' };
const COLLECTION_VERBS: Record<HttpMethod, string> = { GET: 'list', PUT: 'update', PATCH: 'update', POST: 'create', DELETE: 'delete', HEAD: 'check', OPTIONS: 'options' };

/**
 * Places every operation of one variant. A static last segment with a single endpoint, no item
 * endpoints and nothing below it is an action on its parent (`count_tokens` → `countTokens`).
 */
export function placeOperations(ops: readonly Operation[], isList: (op: Operation) => boolean): Map<Operation, PlacedOperation> {
  const shapes = new Map(ops.map((op) => [op, pathShape(op.path)] as const));
  const endingHere = new Map<string, number>();
  const hasItemOrBelow = new Set<string>();
  const hasItem = new Set<string>();
  for (const shape of shapes.values()) {
    const key = shape.statics.join('.');
    if (shape.endsWithParam) hasItem.add(key);
    if (shape.endsWithParam || shape.colonAction) hasItemOrBelow.add(key);
    else endingHere.set(key, (endingHere.get(key) ?? 0) + 1);
    for (let i = 1; i < shape.statics.length; i++) hasItemOrBelow.add(shape.statics.slice(0, i).join('.'));
  }
  const placed = new Map<Operation, PlacedOperation>();
  for (const [op, shape] of shapes) {
    const key = shape.statics.join('.');
    const statics = shape.statics.length ? shape.statics : ['root'];
    if (shape.colonAction) {
      placed.set(op, { resource: statics, method: shape.colonAction });
    } else if (shape.endsWithParam) {
      placed.set(op, { resource: statics, method: ITEM_VERBS[op.method] });
    } else if (statics.length >= 2 && !hasItemOrBelow.has(key) && endingHere.get(key) === 1) {
      placed.set(op, { resource: statics.slice(0, -1), method: statics[statics.length - 1]! });
    } else {
      // A GET on a path that also has `/{id}` items is the collection's list, paged or not.
      const verb = op.method === 'GET' && !isList(op) && !hasItem.has(key) ? 'retrieve' : COLLECTION_VERBS[op.method];
      placed.set(op, { resource: statics, method: verb });
    }
  }
  return placed;
}
