/** Import specifier from one module to another, both relative to `src/` without extension. */
export function importPath(from: string, to: string): string {
  const rel = relativeModule(from, to);
  return `${rel.startsWith('.') ? rel : `./${rel}`}.js`;
}

/**
 * `path.posix.relative(dirname(from), to)` for module names (`/`-separated, no `.` or `..`
 * segments), without resolving both against the working directory: files import many modules.
 */
export function relativeModule(from: string, to: string): string {
  const fromDir = from.split('/');
  fromDir.pop();
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length && fromDir[common] === target[common]) common++;
  const up = fromDir.length - common;
  let rel = '';
  for (let i = 0; i < up; i++) rel += i === 0 ? '..' : '/..';
  const down = target.slice(common).join('/');
  return rel && down ? `${rel}/${down}` : rel || down;
}

/** Module that declares types owned by no resource (spec-level named types). */
export const SHARED_MODULE = 'resources/shared';
export const CORE_MODULE = 'core/index';

/** The runtime's public names, exported from the package root (and, as types, from the client's namespace). */
export const RUNTIME_FUNCTIONS: readonly string[] = ['toFile'];
export const RUNTIME_CLASSES: readonly string[] = ['APIPromise', 'PagePromise', 'CursorPage', 'TokenPage', 'ItemCursorPage', 'OffsetPage', 'PageNumberPage', 'Stream', 'JSONLStream', 'WebhookVerificationError'];
export const RUNTIME_TYPES: readonly string[] = ['RequestOptions', 'ClientOptions', 'Uploadable', 'ToFileInput', 'Fetch'];
