// Compares two TypeRefs in one direction. Request side: a value app code sends must still be
// accepted. Response side: a value that arrives must still be one app code handles.
import type { Property, TypeRef } from '../ir/types.js';
import { typeText } from '../emit/types/index.js';
import { type At, child, type DiffContext, type Direction } from './context.js';

const KIND = {
  request: { narrowed: 'request-type-narrowed', widened: 'request-type-widened', changed: 'request-type-changed' },
  response: { narrowed: 'response-type-narrowed', widened: 'response-type-widened', changed: 'response-type-changed' },
} as const;

/** A type for messages: one line, cut short. */
export function shortType(t: TypeRef): string {
  if (t.kind === 'union' && t.variants.length === 0) return 'never';
  const text = typeText(t).replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The type's shape as a string, without docs or locations, with old names mapped to new ones. */
export function shapeKey(t: TypeRef, rename: (name: string) => string): string {
  return JSON.stringify(t, (key, value: unknown) => {
    if (key === 'description' || key === 'loc' || key === 'default') return undefined;
    if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'ref') return { kind: 'ref', name: rename((value as { name: string }).name) };
    return value;
  });
}

const isObjectLike = (t: TypeRef | undefined) => t !== undefined && (t.kind === 'object' || t.kind === 'intersection' || t.kind === 'array');

/**
 * The values a type admits, as atoms: primitives, literals, `null`, `unknown`, and named or inline
 * object shapes. Aliases (a named union of literals) are looked through, so `string` against a
 * named `Model = string | 'claude-…'` compares by the values, not the name.
 */
function atoms(t: TypeRef, types: ReadonlyMap<string, TypeRef>, rename: (name: string) => string, seen = new Set<string>()): Set<string> {
  switch (t.kind) {
    case 'primitive':
      return new Set([t.name === 'string' && t.format === 'binary' ? 'upload' : t.name === 'integer' ? 'number' : t.name]);
    case 'enum':
      return new Set(t.values.map((v) => `lit:${JSON.stringify(v)}`));
    case 'literal':
      return new Set([`lit:${JSON.stringify(t.value)}`]);
    case 'null':
    case 'unknown':
      return new Set([t.kind]);
    case 'union':
      return new Set(t.variants.flatMap((v) => [...atoms(v, types, rename, seen)]));
    case 'ref': {
      const target = types.get(t.name);
      if (target && !isObjectLike(target) && !seen.has(t.name)) return atoms(target, types, rename, new Set([...seen, t.name]));
      return new Set([`ref:${rename(t.name)}`]);
    }
    default:
      return new Set([`shape:${shapeKey(t, rename)}`]);
  }
}

function covers(set: ReadonlySet<string>, atom: string): boolean {
  if (set.has(atom) || set.has('unknown')) return true;
  if (!atom.startsWith('lit:')) return false;
  const value = JSON.parse(atom.slice(4)) as unknown;
  return set.has(typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean');
}

const coversAll = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...b].every((x) => covers(a, x));

/** Resolves a ref to an object-shaped named type, so an inline object can be compared with it. */
function resolveObject(t: TypeRef, types: ReadonlyMap<string, TypeRef>): TypeRef {
  if (t.kind !== 'ref') return t;
  const target = types.get(t.name);
  return target && isObjectLike(target) ? target : t;
}

/** `shown`: the whole types, for the message, when `o` and `n` are parts of them. */
export function compareType(o: TypeRef, n: TypeRef, dir: Direction, at: At, ctx: DiffContext, depth = 0, shown: [TypeRef, TypeRef] = [o, n]): void {
  if (o.kind === 'ref' && n.kind === 'ref' && ctx.newName(o.name) === n.name) return; // compared once, as a named type
  // An inline object against a named one (or two differently named ones): compare the shapes,
  // a few levels deep (named types are compared on their own as well).
  if ((o.kind === 'ref' || n.kind === 'ref') && depth < 3) {
    const ro = resolveObject(o, ctx.oldTypes);
    const rn = resolveObject(n, ctx.newTypes);
    if (ro.kind === 'object' && rn.kind === 'object') return compareObject(ro, rn, dir, at, ctx, depth + 1);
  }
  if (o.kind === 'object' && n.kind === 'object') return compareObject(o, n, dir, at, ctx, depth);
  if (o.kind === 'array' && n.kind === 'array') return compareType(o.items, n.items, dir, child(at, '[]'), ctx, depth);
  if ((o.kind === 'union' || n.kind === 'union') && compareUnionParts(o, n, dir, at, ctx, depth)) return;
  const rename = (name: string) => ctx.newName(name);
  if (shapeKey(o, rename) === shapeKey(n, (x) => x)) return;
  const before = atoms(o, ctx.oldTypes, rename);
  const after = atoms(n, ctx.newTypes, (x) => x);
  const wider = coversAll(after, before);
  const narrower = coversAll(before, after);
  const was = `${shortType(shown[0])} → ${shortType(shown[1])}`;
  if (wider && narrower) ctx.add('type-format-changed', at, `type ${was}, the same values`);
  else if (wider) ctx.add(KIND[dir].widened, at, `type widened, ${was}`);
  else if (narrower) ctx.add(KIND[dir].narrowed, at, `type narrowed, ${was}`);
  else ctx.add(KIND[dir].changed, at, `type changed, ${was}`);
}

const variantsOf = (t: TypeRef): TypeRef[] => (t.kind === 'union' ? t.variants : [t]);
const loneOf = (ts: readonly TypeRef[], kind: 'array' | 'object') => {
  const found = ts.filter((t) => t.kind === kind);
  return found.length === 1 ? found[0] : undefined;
};

/**
 * `Array<A | B> | null` against `Array<A | B | C> | null`: the array (or inline object) member of
 * each union is compared on its own, the other members as a union, so a change says where it is.
 */
function compareUnionParts(o: TypeRef, n: TypeRef, dir: Direction, at: At, ctx: DiffContext, depth: number): boolean {
  const ov = variantsOf(o);
  const nv = variantsOf(n);
  for (const kind of ['array', 'object'] as const) {
    const a = loneOf(ov, kind);
    const b = loneOf(nv, kind);
    if (!a || !b || (ov.length === 1 && nv.length === 1)) continue;
    compareType(a, b, dir, at, ctx, depth);
    const restO = ov.filter((v) => v !== a);
    const restN = nv.filter((v) => v !== b);
    const asType = (vs: TypeRef[]): TypeRef => (vs.length === 1 ? vs[0]! : { kind: 'union', variants: vs });
    if (restO.length || restN.length) compareType(asType(restO), asType(restN), dir, at, ctx, depth, [o, n]);
    return true;
  }
  return false;
}

export function compareObject(o: Extract<TypeRef, { kind: 'object' }>, n: Extract<TypeRef, { kind: 'object' }>, dir: Direction, at: At, ctx: DiffContext, depth = 0): void {
  const after = new Map(n.properties.map((p) => [p.name, p]));
  const before = new Map(o.properties.map((p) => [p.name, p]));
  for (const p of o.properties) {
    const q = after.get(p.name);
    if (!q) ctx.add(dir === 'request' ? 'request-field-removed' : 'response-field-removed', child(at, p.name), 'field removed');
    else compareProperty(p, q, dir, child(at, p.name), ctx, depth);
  }
  for (const q of n.properties) {
    if (before.has(q.name)) continue;
    const where = child(at, q.name);
    if (dir === 'response') ctx.add('response-field-added', where, 'field added');
    else ctx.add(q.required ? 'request-field-added-required' : 'request-field-added-optional', where, `${q.required ? 'required' : 'optional'} field added`);
  }
  if (o.additionalProperties && n.additionalProperties) compareType(o.additionalProperties, n.additionalProperties, dir, child(at, '[key]'), ctx, depth);
  else if (o.additionalProperties || n.additionalProperties) {
    const gained = n.additionalProperties !== undefined;
    ctx.add(gained ? KIND[dir].widened : KIND[dir].narrowed, at, `${gained ? 'now admits' : 'no longer admits'} other keys`);
  }
}

function compareProperty(p: Property, q: Property, dir: Direction, at: At, ctx: DiffContext, depth: number): void {
  if (p.required !== q.required) {
    const kind = dir === 'request' ? (q.required ? 'request-field-made-required' : 'request-field-made-optional') : q.required ? 'response-field-made-required' : 'response-field-made-optional';
    ctx.add(kind, at, `now ${q.required ? 'required' : 'optional'}`);
  }
  compareType(p.type, q.type, dir, at, ctx, depth);
  compareDescription(p.description, q.description, at, ctx);
}

export function compareDescription(o: string | undefined, n: string | undefined, at: At, ctx: DiffContext): void {
  if ((o ?? '').trim() !== (n ?? '').trim()) ctx.add('description-changed', at, `description ${!o ? 'added' : !n ? 'removed' : 'changed'}`);
}
