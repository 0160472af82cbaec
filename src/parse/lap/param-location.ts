import type { HttpMethod, ParamLocation } from '../../ir/types.js';

// LAP has no param location; these rules recover it (DESIGN.md, "parse"). The overlay can override.
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;
const BODYLESS: ReadonlySet<HttpMethod> = new Set(['GET', 'DELETE', 'HEAD', 'OPTIONS']);

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

export function inferParamLocation(name: string, method: HttpMethod, pathParams: readonly string[]): ParamLocation {
  if (pathParams.includes(name)) return 'path';
  // Hyphenated names (`anthropic-beta`, `X-GitHub-Api-Version`) are HTTP headers, not JSON keys.
  if (HEADER_NAME.test(name)) return 'header';
  return BODYLESS.has(method) ? 'query' : 'body';
}
