// A seeded, structure-aware mutator for LAP and OpenAPI documents: each case applies a few edits
// of the kinds real bad input has (lines or keys dropped, duplicated, swapped, truncated; hostile
// names and text in every slot; wrong types; reference cycles). Same seed, same cases.

/** mulberry32: small, fast, and the same sequence on every platform. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);

/** Names that have broken generators: JS and DOM globals, reserved words, Object's members, punctuation. */
export const HOSTILE_NAMES = [
  'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'class', 'delete', 'default', 'Promise', 'Error', 'Record',
  'Response', 'Object', 'Array', 'Date', 'APIError', 'params', 'options', 'a b', 'x-y', '0lead', '$', '_', 'ünï', '🙂', "it's", 'q"q',
  'back`tick', '${x}', 'end*/', 'a/b', 'a.b', 'a:b', 'then',
];
/** Text for descriptions and values: comment closers, template openers, line terminators, markup. */
export const HOSTILE_TEXT = ['*/ injected', '${process.exit(1)}', '`', "'", '"', '\\', '\u2028', '<script>', '@param x', ' ', '\t', '{', '}', ',', '#', 'é'];

// ---------------------------------------------------------------- LAP: lines and tokens

const LAP_TYPES = ['str', 'int', 'num', 'bool', 'any', 'Undeclared', 'Str', 'Promise', '[str]', 'map', 'map{a: int}', 'str?', 'enum(a/b)', 'int(int64)', '[[Dimensions]]', 'map{a: map{b: map{c: str}}}'];
const LAP_LINES = [
  '@type class {a: str}', '@type delete {b: int}', '@type Promise {then: str}', '@type Error {message: str}', '@type Response {ok: bool}',
  '@type Record {id: str}', '@x-owner platform-team', '@x-internal', '@hint hello', '@body → Undeclared', '@desc */ ${x}',
  '@optional {constructor: str, toString: str, valueOf: int, __proto__: str, hasOwnProperty: str}', '@required {price: Str}',
  '@returns(200) {messages: Promise}', '@endpoint POST /uploads?convert={convert}', '@endpoint GET /v1/widgets/{a}/{b}', '@errors {404: gone}',
];

export function mutateLap(text: string, rng: Rng): string {
  let lines = text.split('\n');
  const edits = 1 + int(rng, 3);
  for (let e = 0; e < edits; e++) {
    const i = int(rng, lines.length);
    switch (int(rng, 9)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 2: {
        const j = int(rng, lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 3:
        lines[i] = (lines[i] ?? '').slice(0, int(rng, (lines[i] ?? '').length + 1));
        break;
      case 4:
        lines = lines.slice(0, Math.max(1, i));
        break;
      case 5:
        lines.splice(i, 0, pick(rng, LAP_LINES));
        break;
      case 6: // a field name → a hostile one
        lines[i] = (lines[i] ?? '').replace(/([{,] ?)([A-Za-z_][\w-]*)(!?: )/, (_m, lead: string, _name: string, colon: string) => lead + pick(rng, HOSTILE_NAMES).replace(/[ ,:{}#]/g, '_') + colon);
        break;
      case 7: // a field type → another, often wrong
        lines[i] = (lines[i] ?? '').replace(/(: )(str|int|num|bool|any|[A-Z]\w*)/, (_m, colon: string) => colon + pick(rng, LAP_TYPES));
        break;
      default: // hostile text in a description
        lines[i] = (lines[i] ?? '').replace(/ # /, ` # ${pick(rng, HOSTILE_TEXT)} `);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- OpenAPI: keys and values

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number; path: string[] };

/** Every (container, key) in the document, with its JSON pointer segments. */
function slots(node: Json, path: string[] = [], out: Slot[] = []): Slot[] {
  if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i, path: [...path, String(i)] }), slots(v, [...path, String(i)], out)));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push({ parent: node, key: k, path: [...path, k] }), slots(v, [...path, k], out);
  return out;
}

const pointerOf = (path: readonly string[]) => '#/' + path.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const WRONG_VALUES: Json[] = [null, 0, -1, 1.5, true, '', 'string', [], {}, [1, 'a'], { type: 'nonsense' }, { type: ['string', 'null'] }, { enum: [] }, { enum: [null] }];

function get(slot: Slot): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key]!;
}
function set(slot: Slot, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}
function remove(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
  else delete slot.parent[slot.key as string];
}
function rename(slot: Slot, name: string): void {
  if (Array.isArray(slot.parent)) return;
  const entries = Object.entries(slot.parent);
  for (const k of Object.keys(slot.parent)) delete slot.parent[k];
  for (const [k, v] of entries) slot.parent[k === slot.key ? name : k] = v;
}

export function mutateOpenApi(doc: Json, rng: Rng): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const edits = 1 + int(rng, 3);
  for (let e = 0; e < edits; e++) {
    const all = slots(copy);
    if (all.length === 0) break;
    const slot = pick(rng, all);
    const schemaSlots = all.filter((s) => s.path.length >= 3 && s.path[0] === 'components' && s.path[1] === 'schemas');
    switch (int(rng, 10)) {
      case 0:
        remove(slot);
        break;
      case 1: // duplicate: the value again under a new key, or twice in its array
        if (Array.isArray(slot.parent)) slot.parent.push(JSON.parse(JSON.stringify(get(slot))) as Json);
        else slot.parent[`${String(slot.key)}_copy`] = JSON.parse(JSON.stringify(get(slot))) as Json;
        break;
      case 2: {
        const other = pick(rng, all);
        const a = get(slot);
        set(slot, JSON.parse(JSON.stringify(get(other) ?? null)) as Json);
        if (!pathInside(other.path, slot.path)) set(other, a);
        break;
      }
      case 3: {
        const v = get(slot);
        if (typeof v === 'string') set(slot, v.slice(0, int(rng, v.length + 1)));
        else if (Array.isArray(v)) v.splice(int(rng, v.length + 1));
        else if (v && typeof v === 'object') for (const k of Object.keys(v).slice(int(rng, Object.keys(v).length + 1))) delete v[k];
        break;
      }
      case 4:
        rename(slot, pick(rng, HOSTILE_NAMES));
        break;
      case 5:
        if (typeof get(slot) === 'string') set(slot, pick(rng, HOSTILE_TEXT) + get(slot) + pick(rng, HOSTILE_TEXT));
        else rename(slot, pick(rng, HOSTILE_NAMES));
        break;
      case 6:
        set(slot, JSON.parse(JSON.stringify(pick(rng, WRONG_VALUES))) as Json);
        break;
      case 7: // a cycle: a schema refers to itself or to another, plainly or through a combinator
        if (schemaSlots.length) {
          const target = pick(rng, schemaSlots);
          const ref = { $ref: pointerOf(target.path) };
          set(pick(rng, schemaSlots), pick<Json>(rng, [ref, { oneOf: [ref] }, { anyOf: [ref, { type: 'null' }] }, { allOf: [ref, { type: 'object', properties: { x: { type: 'string' } } }] }, { type: 'array', items: ref }]));
        }
        break;
      case 8: // a ref into some node of a schema, or to nowhere
        if (schemaSlots.length) set(pick(rng, schemaSlots), { $ref: pick(rng, [pointerOf(pick(rng, schemaSlots).path), '#/components/schemas/Nowhere', '#/paths', 'other.json#/X']) });
        break;
      default: // hostile path keys and params
        if (copy && typeof copy === 'object' && !Array.isArray(copy) && copy['paths'] && typeof copy['paths'] === 'object' && !Array.isArray(copy['paths'])) {
          const key = pick(rng, ['/x?convert={convert}', '/x/{constructor}', '/{__proto__}/y', '/a b/{id}', '/x#frag', '/x?beta=true', '/x?a={b}&c=d', '/']);
          copy['paths'][key] = { post: { parameters: [{ name: pick(rng, HOSTILE_NAMES), in: pick(rng, ['query', 'header', 'path']), schema: { type: 'string' } }], responses: { 200: { description: 'ok' } } } };
        }
    }
  }
  return copy;
}

const pathInside = (inner: readonly string[], outer: readonly string[]) => outer.length <= inner.length && outer.every((s, i) => inner[i] === s);
