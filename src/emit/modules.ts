import path from 'node:path';

/** Import specifier from one module to another, both relative to `src/` without extension. */
export function importPath(from: string, to: string): string {
  const key = `${from}\n${to}`;
  let specifier = specifiers.get(key);
  if (specifier === undefined) {
    const rel = path.posix.relative(path.posix.dirname(from), to);
    specifier = `${rel.startsWith('.') ? rel : `./${rel}`}.js`;
    specifiers.set(key, specifier);
  }
  return specifier;
}

/** Every file imports the runtime and its neighbours: each pair is worked out once. */
const specifiers = new Map<string, string>();

/** Module that declares types owned by no resource (spec-level named types). */
export const SHARED_MODULE = 'resources/shared';
export const CORE_MODULE = 'core/index';

/** The runtime's public names, exported from the package root (and, as types, from the client's namespace). */
export const RUNTIME_FUNCTIONS: readonly string[] = ['toFile'];
export const RUNTIME_CLASSES: readonly string[] = ['APIPromise', 'PagePromise', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'Stream', 'JSONLStream', 'WebhookVerificationError'];
export const RUNTIME_TYPES: readonly string[] = ['RequestOptions', 'ClientOptions', 'Uploadable', 'ToFileInput', 'Fetch'];
