// Every spec value that reaches a URL goes through this tag: each interpolated value is one
// percent-encoded path segment, so `a/b` cannot add a segment and `..` cannot climb out.
import { BaseError } from './errors.js';

export function encodePath(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const text = value === null || value === undefined ? '' : String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new BaseError(
        `Path parameter ${i + 1} of ${strings.join('{}')} must be a non-empty value other than '.' or '..'; got ${JSON.stringify(value ?? null)}`,
      );
    }
    out += encodeURIComponent(text) + (strings[i + 1] ?? '');
  });
  return out;
}
