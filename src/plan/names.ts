// Turning spec strings into stable, safe identifiers. Reserved words are data, not logic.
import { camelCase, pascalCase } from '../ir/case.js';

export { camelCase, pascalCase };
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** ECMAScript reserved words and strict-mode/TypeScript words that cannot name a variable or type. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await arguments eval ' +
    'any boolean number string symbol never unknown object undefined type declare namespace module abstract as async is keyof readonly infer').split(' '),
);

/** The runtime's placeholder name for the base error class; each package names it after its client. */
export const RUNTIME_BASE_ERROR = 'ClientError';

/** The runtime's error classes (src/runtime/errors.ts): the client exposes them as statics and the index exports them. */
export const RUNTIME_ERROR_CLASSES: readonly string[] = [
  'ClientError', 'APIError', 'APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError', 'BadRequestError', 'AuthenticationError',
  'PermissionDeniedError', 'NotFoundError', 'ConflictError', 'UnprocessableEntityError', 'RateLimitError', 'InternalServerError',
];

/** Names the generated files use from the runtime or the platform; a spec type must not shadow them. */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set(
  ('Array Blob Date Error File FormData Headers Map Object Promise Record Partial Readonly Request RequestInit Response Set String Number Boolean ' +
    'URL URLSearchParams AbortSignal ReadableStream ' +
    // What the generated package exports from its runtime (src/runtime/index.ts) and imports into resource files.
    'Uploadable ToFileInput Fetch APIPromise PagePromise AbstractPage CursorPage TokenPage ItemCursorPage OffsetPage PageNumberPage Stream JSONLStream RequestOptions ClientOptions ' +
    'ClientConfig Endpoint BaseClient APIResource PageRequest ServerSentEvent ResponseWithData toFile encodePath ' +
    'WebhookVerificationError WebhookHeaders unwrapWebhook parseWebhook')
    .split(' ')
    .concat(RUNTIME_ERROR_CLASSES),
);

/** Members every resource class has, or that JavaScript gives special meaning. */
export const RESERVED_MEMBERS: ReadonlySet<string> = new Set(['constructor', '_client', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);

/** Makes `text` a valid identifier: camelCased, never starting with a digit, never a reserved word. */
export function toSafeIdentifier(text: string, style: 'camel' | 'pascal' = 'camel'): string {
  let id = style === 'camel' ? camelCase(text) : pascalCase(text);
  if (text.startsWith('+')) id = 'plus' + cap(id);
  else if (text.startsWith('-') && /^-\d/.test(text)) id = 'minus' + cap(id);
  if (id === '') id = style === 'camel' ? 'value' : 'Value';
  if (/^\d/.test(id)) id = (style === 'camel' ? '_' : 'T') + id;
  if (RESERVED_WORDS.has(id)) id = id + '_';
  return id;
}

/** A class member or property name: camelCased, valid, and not one JavaScript gives special meaning. */
export function toMemberName(text: string): string {
  let id = camelCase(text);
  if (text.startsWith('+')) id = 'plus' + cap(id);
  else if (/^-\d/.test(text)) id = 'minus' + cap(id);
  if (id === '') id = 'value';
  if (/^\d/.test(id)) id = '_' + id;
  if (RESERVED_MEMBERS.has(id)) id += '_';
  return id;
}

/** `batches` → `batch`, `entries` → `entry`, `skills` → `skill`; leaves `status`, `news` alone. */
export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is|news|data)$/i.test(word)) return word;
  if (/s$/.test(word) && word.length > 2) return word.slice(0, -1);
  return word;
}

/** Picks `base`, or `base2`, `base3`… — whichever the `taken` set does not have yet — and records it. */
export function claimUnique(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
