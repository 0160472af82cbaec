// The emitters lay code out themselves; prettier is the oracle. Each case is a shape where
// prettier's layout has a rule of its own (long unions beside `:` or `=`, unions inside `<…>`,
// intersections with object types, `{…} | null`, quotes, numbers, long `extends` lists), printed
// at widths on both sides of the limit, and must come out exactly as prettier prints it.
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { printDoc } from '../../../src/emit/layout/doc.js';
import { sourceFile } from '../../../src/emit/layout/syntax.js';
import { emitTypeDecl } from '../../../src/emit/type-decl.js';
import { newTypeUses } from '../../../src/emit/types/index.js';
import type { Property, TypeRef } from '../../../src/ir/types.js';
import type { TypeDecl } from '../../../src/plan/types.js';
import { PRETTIER_OPTIONS } from '../../../scripts/prettier-check.mjs';

const loc = { file: 'x', line: 1, col: 1 };
const ref = (name: string): TypeRef => ({ kind: 'ref', name });
const lit = (value: string | number | boolean): TypeRef => ({ kind: 'literal', value });
const str: TypeRef = { kind: 'primitive', name: 'string' };
const nul: TypeRef = { kind: 'null' };
const union = (...variants: TypeRef[]): TypeRef => ({ kind: 'union', variants });
const prop = (name: string, type: TypeRef, extra: Partial<Property> = {}): Property => ({ name, type, required: false, loc, ...extra });
const object = (...properties: Property[]): TypeRef => ({ kind: 'object', properties });
const decl = (name: string, type: TypeRef, extra: Partial<TypeDecl> = {}): TypeDecl => ({ name, type, owner: '', role: 'model', ...extra });
/** `n` names of `width` characters each. */
const names = (n: number, width: number, prefix = 'T') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(width - prefix.length, 'x')}`);

const cases: [string, TypeDecl][] = [];
for (const n of [3, 6, 9, 14]) {
  cases.push([`alias: union of ${n} references`, decl('Alias', union(...names(n, 12).map(ref)))]);
  cases.push([`alias: union of ${n} string literals`, decl('Literals', { kind: 'enum', values: names(n, 11, 'v') })]);
  cases.push([`property: union of ${n} references`, decl('Holder', object(prop('value', union(...names(n, 12).map(ref)))))]);
  cases.push([`property: Array of a union of ${n}`, decl('Holder', object(prop('items', { kind: 'array', items: union(...names(n, 12).map(ref)) })))]);
  cases.push([`property: union of ${n} with an object and null`, decl('Holder', object(prop('value', union(object(prop('a', str)), ...names(n, 12).map(ref), nul))))]);
  cases.push([`property: intersection of ${n}`, decl('Holder', object(prop('value', { kind: 'intersection', parts: names(n, 14).map(ref) })))]);
  cases.push([`interface extends ${n}`, decl('Child', object(prop('a', str)), { extends: names(n, 16, 'Base') })]);
}
cases.push(['alias: object | null', decl('MaybeObject', union(object(prop('a', str, { description: 'doc' })), nul))]);
cases.push(['alias: long reference | null', decl('MaybeRef', union(ref('X'.repeat(100)), nul))]);
cases.push(['alias: intersection of references and objects', decl('Mixed', { kind: 'intersection', parts: [ref('Left'), object(prop('a', str)), ref('Right'), object(prop('b', str))] })]);
cases.push(['alias: union holding an intersection', decl('Either', union({ kind: 'intersection', parts: [ref('A'), object()] }, ref('B'), nul))]);
cases.push(['alias: intersection holding a union', decl('Both', { kind: 'intersection', parts: [ref('A'), union(ref('B'), nul)] })]);
cases.push(['alias: a map of a long union', decl('Map', { kind: 'object', properties: [], additionalProperties: union(...names(8, 14).map(ref)) })]);
cases.push(['quotes and numbers', decl('Values', union(lit("it's"), lit('say "hi"'), lit('plain'), lit(1e21), lit(1e-7), lit(0.5), lit(-0.25), lit(-3), lit(true)))]);
cases.push(['write-only fields are optional, with a note', decl('Login', object(prop('password', str, { required: true, writeOnly: true }), prop('token', str, { writeOnly: true, description: 'A token.' })))]);
cases.push(['quoted keys, readonly, defaults and docs', decl('Keys', object(prop('content-type', str, { readOnly: true }), prop('2fa', str, { description: 'line one\nline two', default: 'x' }), prop('ok', str, { required: true })))]);

describe('layout agrees with prettier', () => {
  it.each(cases)('%s', async (_name, d) => {
    const printed = printDoc(sourceFile('// header', [], [emitTypeDecl(d, newTypeUses())]));
    expect(printed).toBe(await prettier.format(printed, { ...PRETTIER_OPTIONS, parser: 'typescript' }));
  });
});

describe('write-only fields', () => {
  it('are optional in the one type that serves requests and responses, and say why', () => {
    const printed = printDoc(sourceFile('// header', [], [emitTypeDecl(decl('Login', object(prop('password', str, { required: true, writeOnly: true }))), newTypeUses())]));
    expect(printed).toContain('  /** Write-only: sent in requests, never returned. */\n  password?: string;');
  });
});
