import { TypeExprParser } from '../../src/parse/lap/type-expr.js';
import { parseLap } from '../../src/parse/lap/parser.js';

/** Wraps endpoint lines in a minimal valid LAP document. */
export function lapDoc(body: string, endpoints = 1): string {
  return `@lap v0.3\n@api Test API\n@endpoints ${endpoints}\n${body.trim()}\n@end\n`;
}

export function parse(text: string) {
  return parseLap(text, 'test.lap');
}

/** Parses a type expression; locations are stripped so tables stay readable. */
export function typeOf(text: string): unknown {
  const parser = new TypeExprParser(text);
  const type = parser.parseType();
  if (parser.pos !== text.length) throw new Error(`left over: '${text.slice(parser.pos)}'`);
  return stripLocs(type);
}

export function stripLocs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'loc' ? undefined : v))) as T;
}

export const errorsOf = (text: string) =>
  parse(text).diagnostics.filter((d) => d.severity === 'error').map((d) => ({ line: 'line' in d.loc ? d.loc.line : 0, col: 'col' in d.loc ? d.loc.col : 0, message: d.message }));
