// TypeRef → a type as a layout document. One dispatcher; unions, intersections and object types
// each follow the prettier rule for where they break (see ../layout/syntax.ts for the idea).
import type { Property, TypeRef } from '../../ir/types.js';
import { assertNever } from '../assert-never.js';
import { toDocText, toPropertyKey, toStringLiteral } from '../escape.js';
import { align, type Doc, flatText, group, hardline, ifBreak, indent, join, line, softline } from '../layout/doc.js';
import { jsDoc, numberLiteral } from '../layout/syntax.js';

/** Names a printed type refers to, so the file can import them. */
export interface TypeUses {
  refs: Set<string>;
  runtime: Set<string>;
}

export const newTypeUses = (): TypeUses => ({ refs: new Set(), runtime: new Set() });

/**
 * What prettier's layout decisions look at: keywords and bare references are "simple" (they hug
 * inside `<…>`), object types hug too, unions indent unless they sit inside `<…>`.
 */
type Shape = 'keyword' | 'reference' | 'generic' | 'object' | 'literal' | 'union' | 'intersection';
export interface PrintedType {
  doc: Doc;
  shape: Shape;
  /** A union of one object or reference type with `null`s, printed inline (`{ … } | null`). */
  hugged?: boolean;
}

/** Where a type sits: after `name: ` or `type X =`, inside `<…>`, or inside a union/intersection. */
export type TypePosition = 'annotation' | 'alias' | 'argument' | 'union-member' | 'intersection-part';

export function printType(type: TypeRef, uses: TypeUses, position: TypePosition = 'annotation'): Doc {
  return printTyped(type, uses, position).doc;
}

/** The type's text on one line (object types keep their line breaks). */
export function typeText(type: TypeRef, uses: TypeUses = newTypeUses()): string {
  return flatText(printType(type, uses));
}

export function printTyped(type: TypeRef, uses: TypeUses, position: TypePosition): PrintedType {
  switch (type.kind) {
    case 'primitive':
      if (type.name === 'string' && type.format === 'binary') {
        uses.runtime.add('Uploadable');
        return { doc: 'Uploadable', shape: 'reference' };
      }
      return { doc: type.name === 'integer' ? 'number' : type.name, shape: 'keyword' };
    case 'enum':
      if (type.values.length === 0) return { doc: 'never', shape: 'keyword' };
      return printTyped({ kind: 'union', variants: type.values.map((value) => ({ kind: 'literal', value })) }, uses, position);
    case 'literal':
      return { doc: typeof type.value === 'string' ? toStringLiteral(type.value) : typeof type.value === 'number' ? numberLiteral(type.value) : String(type.value), shape: 'literal' };
    case 'array':
      return { doc: ['Array', typeArguments([printTyped(type.items, uses, 'argument')])], shape: 'generic' };
    case 'object':
      return objectType(type, uses);
    case 'union': {
      const variants = distinctPrinted(unionVariants(type.variants), uses, 'union-member');
      // One of nothing has no value.
      if (variants.length === 0) return { doc: 'never', shape: 'keyword' };
      if (variants.length === 1) return printTyped(variants[0]!.type, uses, position);
      return unionOfDistinct(variants.map((v) => v.printed), position);
    }
    case 'intersection': {
      const parts = distinctPrinted(flattenIntersection(type.parts), uses, 'intersection-part');
      if (parts.length === 0) return { doc: 'unknown', shape: 'keyword' };
      if (parts.length === 1) return printTyped(parts[0]!.type, uses, position);
      return intersection(parts.map((p) => p.printed), position);
    }
    case 'ref':
      uses.refs.add(type.name);
      return { doc: type.name, shape: 'reference' };
    case 'null':
      return { doc: 'null', shape: 'keyword' };
    case 'unknown':
      return { doc: 'unknown', shape: 'keyword' };
    default:
      return assertNever(type);
  }
}

/** `<T>` hugs one simple or object type; anything else may break inside the brackets. */
export function typeArguments(args: readonly PrintedType[]): Doc {
  if (args.length === 1 && hugsInBrackets(args[0]!)) return ['<', args[0]!.doc, '>'];
  return group(['<', indent([softline, join([',', line], args.map((a) => a.doc))]), softline, '>']);
}

const hugsInBrackets = (t: PrintedType) => t.shape === 'keyword' || t.shape === 'reference' || t.shape === 'literal' || t.shape === 'object' || t.hugged === true;

/** A union's variants with nested unions and enums spread in, as TypeScript reads `A | (B | C)`. */
function unionVariants(variants: readonly TypeRef[], into: TypeRef[] = []): TypeRef[] {
  for (const v of variants) {
    if (v.kind === 'union') unionVariants(v.variants, into);
    else if (v.kind === 'enum' && v.values.length) for (const value of v.values) into.push({ kind: 'literal', value });
    else into.push(v);
  }
  return into;
}

/**
 * Types that print the same are one type (`integer` and `number` are both `number`): each printed
 * once where it sits, the first of each text kept. Types that read the same name the same types,
 * so printing a duplicate into `uses` adds nothing.
 */
function distinctPrinted(types: readonly TypeRef[], uses: TypeUses, position: TypePosition): { type: TypeRef; printed: PrintedType }[] {
  const seen = new Set<string>();
  const kept: { type: TypeRef; printed: PrintedType }[] = [];
  for (const type of types) {
    const printed = printTyped(type, uses, position);
    const text = flatText(printed.doc);
    if (seen.has(text)) continue;
    seen.add(text);
    kept.push({ type, printed });
  }
  return kept;
}

/** Printed members that read the same are one member (for unions built outside printTyped). */
function distinct(members: readonly PrintedType[]): PrintedType[] {
  const seen = new Set<string>();
  const kept: PrintedType[] = [];
  for (const m of members) {
    const text = flatText(m.doc);
    if (seen.has(text)) continue;
    seen.add(text);
    kept.push(m);
  }
  return kept;
}

function flattenIntersection(parts: readonly TypeRef[], into: TypeRef[] = []): TypeRef[] {
  for (const p of parts) {
    if (p.kind === 'intersection') flattenIntersection(p.parts, into);
    else into.push(p);
  }
  return into;
}

// Documents are never changed once built, so every union shares these.
const FIRST_BAR = ifBreak('| ');
const NEXT_BAR = [line, '| '];

/**
 * `A | B`, or broken with a leading `|` on every line (prettier 3's union layout): after `name:`
 * the whole union first moves to its own indented line; inside `<…>` and after `type X =` it
 * breaks in place (the alias moves it down itself); inside an intersection it gets parentheses.
 */
export function unionOf(all: readonly PrintedType[], position: TypePosition): PrintedType {
  const members = distinct(all);
  if (members.length === 1) return members[0]!;
  return unionOfDistinct(members, position);
}

function unionOfDistinct(members: readonly PrintedType[], position: TypePosition): PrintedType {
  const nulls = members.filter((m) => m.doc === 'null').length;
  const hugged = nulls === members.length - 1 && members.some((m) => m.shape === 'object' || m.shape === 'reference' || m.shape === 'generic');
  if (hugged) {
    const inline = join(' | ', members.map((m) => m.doc));
    return { doc: position === 'intersection-part' ? ['(', inline, ')'] : inline, shape: 'union', hugged: true };
  }
  const code = group(members.map((m, i) => [i === 0 ? FIRST_BAR : NEXT_BAR, align(2, m.doc)]));
  switch (position) {
    case 'argument':
    case 'alias':
      return { doc: code, shape: 'union' };
    case 'intersection-part':
      return { doc: ['(', group([indent([softline, code]), softline]), ')'], shape: 'union' };
    default:
      return { doc: group(indent([softline, code])), shape: 'union' };
  }
}

/** Prettier's intersection layout: object parts stay inline, other parts go one per line when it breaks. */
function intersection(parts: readonly PrintedType[], position: TypePosition): PrintedType {
  const docs: Doc[] = [];
  let wasIndented = false;
  parts.forEach((part, i) => {
    const isObject = part.shape === 'object';
    if (i === 0) docs.push(part.doc);
    else if (parts[i - 1]!.shape !== 'object' && !isObject) docs.push(indent([' &', line, part.doc]));
    else if (parts[i - 1]!.shape === 'object' && isObject) docs.push(' & ', wasIndented ? indent(part.doc) : part.doc);
    else {
      if (i > 1) wasIndented = true;
      docs.push(' & ', i > 1 ? indent(part.doc) : part.doc);
    }
  });
  const doc = group(docs);
  return { doc: position === 'union-member' ? ['(', doc, ')'] : doc, shape: 'intersection' };
}

/** An inline object type, always one member per line (prettier keeps an object broken once it is). */
function objectType(type: Extract<TypeRef, { kind: 'object' }>, uses: TypeUses): PrintedType {
  if (type.properties.length === 0 && !type.additionalProperties) return { doc: ['Record', typeArguments([{ doc: 'string', shape: 'keyword' }, { doc: 'never', shape: 'keyword' }])], shape: 'generic' };
  if (type.properties.length === 0) {
    // A lone index signature stays on one line when it fits, as prettier keeps a flat object flat.
    const index = ['[key: string]: ', printType(type.additionalProperties!, uses)];
    return { doc: group(['{', indent([line, index]), ifBreak(';'), line, '}']), shape: 'object' };
  }
  const members = type.properties.map((p) => propertySignature(p, uses));
  if (type.additionalProperties) members.push('[key: string]: unknown;');
  return { doc: objectBody(members), shape: 'object' };
}

/** `{`, members one per line, `}`; `{}` when empty. */
export function objectBody(members: readonly Doc[]): Doc {
  if (members.length === 0) return '{}';
  return ['{', indent([hardline, join(hardline, [...members])]), hardline, '}'];
}

/** `/** doc *\/ readonly key?: Type;` in an interface or object type. */
export function propertySignature(p: Property, uses: TypeUses, docText = p.description ? toDocText(p.description) : ''): Doc {
  // A write-only field is never in a response, and one type serves both directions: optional.
  const doc = p.writeOnly ? [docText, 'Write-only: sent in requests, never returned.'].filter(Boolean).join('\n\n') : docText;
  const optional = !p.required || p.writeOnly === true;
  // One string where the parts are text: fewer nodes to build, measure and print.
  const head = `${p.readOnly ? 'readonly ' : ''}${toPropertyKey(p.name)}${optional ? '?' : ''}: `;
  const type = printType(p.type, uses);
  const member = typeof type === 'string' ? `${head}${type};` : [head, type, ';'];
  return doc ? [jsDoc(doc), member] : member;
}
