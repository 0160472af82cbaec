// Reading an OpenAPI document: JSON or YAML text → a value, then the version checks swagger-parser's
// `parse` makes, with its messages. Done here rather than through swagger-parser so that a
// self-contained document (nearly all of them) never loads swagger-parser and its schema compiler,
// and the text the pipeline has already read is not read and decoded again.
import yaml from 'js-yaml';
import { isObject, type JsonObject } from './document.js';

const SUPPORTED_31 = ['3.1.0', '3.1.1', '3.1.2'];
const SUPPORTED = [...SUPPORTED_31, '3.0.0', '3.0.1', '3.0.2', '3.0.3', '3.0.4'];

/** The document's value, or why it is not JSON or YAML. JSON is tried first (a BOM or junk before the first brace is skipped), then YAML, whose error is the one reported. */
export function parseText(text: string): { value: unknown } | { error: string } {
  const start = text.indexOf('{');
  if (start >= 0 && /^\s*$|^\uFEFF/.test(text.slice(0, start))) {
    try {
      return { value: JSON.parse(text.slice(start)) };
    } catch {
      // fall through: YAML reads most JSON too, and says where it broke
    }
  }
  try {
    return { value: yaml.load(text, { schema: yaml.JSON_SCHEMA }) };
  } catch {
    try {
      return { value: yaml.load(text) };
    } catch (err) {
      return { error: (err as Error).message.split('\n')[0]! };
    }
  }
}

/** swagger-parser's checks of the version fields, with its wording; `undefined` if they pass. */
export function versionProblem(doc: JsonObject): string | undefined {
  const info = isObject(doc['info']) ? doc['info'] : {};
  const apiVersionIsNumber = typeof info['version'] === 'number';
  if (doc['swagger']) {
    if (typeof doc['swagger'] === 'number') return 'Swagger version number must be a string (e.g. "2.0") not a number.';
    if (apiVersionIsNumber) return 'API version number must be a string (e.g. "1.0.0") not a number.';
    if (doc['swagger'] !== '2.0') return `Unrecognized Swagger version: ${String(doc['swagger'])}. Expected 2.0`;
    return undefined;
  }
  const openapi = doc['openapi'];
  if (doc['paths'] === undefined && !(typeof openapi === 'string' && SUPPORTED_31.includes(openapi) && doc['webhooks'] !== undefined)) {
    return 'not an OpenAPI document: no openapi or swagger version field';
  }
  if (typeof openapi === 'number') return 'Openapi version number must be a string (e.g. "3.0.0") not a number.';
  if (apiVersionIsNumber) return 'API version number must be a string (e.g. "1.0.0") not a number.';
  if (typeof openapi !== 'string' || !SUPPORTED.includes(openapi)) return `Unsupported OpenAPI version: ${String(openapi)}. Supported versions: ${SUPPORTED.join(', ')}`;
  return undefined;
}

/**
 * A cheap look at the text first: with no `$ref` to anything but `#…`, there is nothing to bundle.
 * The lookahead sits right after the colon, so no backtracking of the spaces or the quote can make
 * an internal `"#/…"` look external. Internal values are quoted (an unquoted `#` starts a YAML
 * comment) or a block scalar whose first line starts with `#` (`$ref: >-` then `#/components/…`).
 */
export const mayHaveExternalRefs = (text: string) => /\$ref['"]?\s*:(?!\s*['"]#|[ \t]*[>|][-+]?[ \t]*\r?\n[ \t]+#)/.test(text);
