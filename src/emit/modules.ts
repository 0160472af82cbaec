import path from 'node:path';

/** Import specifier from one module to another, both relative to `src/` without extension. */
export function importPath(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return `${rel.startsWith('.') ? rel : `./${rel}`}.js`;
}

/** Module that declares types owned by no resource (spec-level named types). */
export const SHARED_MODULE = 'resources/shared';
export const CORE_MODULE = 'core/index';
