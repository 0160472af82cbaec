import { describe, expect, it } from 'vitest';
import { inferPagination } from '../../../src/ir/pagination.js';
import type { Param, TypeRef } from '../../../src/ir/types.js';

const loc = { file: 'x', line: 1, col: 1 };
const q = (...names: string[]): Param[] => names.map((name) => ({ name, location: 'query', required: false, type: { kind: 'primitive', name: 'string' }, loc }));
const obj = (...fields: [string, TypeRef][]): TypeRef => ({ kind: 'object', properties: fields.map(([name, type]) => ({ name, type, required: true, loc })) });
const list: TypeRef = { kind: 'array', items: { kind: 'unknown' } };
const bool: TypeRef = { kind: 'primitive', name: 'boolean' };
const str: TypeRef = { kind: 'primitive', name: 'string' };

describe('pagination recognised from params and response fields', () => {
  it.each([
    ['Anthropic id cursor', q('before_id', 'after_id', 'limit'), obj(['data', list], ['has_more', bool], ['first_id', str], ['last_id', str]), 'id-cursor', 'data'],
    ['page token', q('page', 'limit'), obj(['data', list], ['next_page', str]), 'page-token', 'data'],
    ['Stripe starting_after', q('starting_after', 'ending_before', 'limit'), obj(['data', list], ['has_more', bool]), 'item-cursor', 'data'],
    ['offset/limit with results', q('offset', 'limit'), obj(['results', list]), 'offset', 'results'],
    ['GitHub page/per_page over a bare array', q('per_page', 'page'), list, 'page-number', ''],
    ['page/page_size with items', q('page', 'page_size'), obj(['items', list]), 'page-number', 'items'],
    ['no list field', q('page', 'per_page'), obj(['count', str]), undefined, undefined],
    ['a list without paging params', q('q'), obj(['data', list]), undefined, undefined],
  ] as const)('%s', (_name, params, response, kind, itemsField) => {
    const p = inferPagination(params, response);
    expect(p?.kind).toBe(kind);
    expect(p?.itemsField).toBe(itemsField);
  });

  it('looks through named types', () => {
    const named: Record<string, TypeRef> = { Page: obj(['data', { kind: 'ref', name: 'Items' }], ['has_more', bool]), Items: list };
    expect(inferPagination(q('starting_after'), { kind: 'ref', name: 'Page' }, (n) => named[n])?.kind).toBe('item-cursor');
  });
});
