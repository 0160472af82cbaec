// The one place spec-controlled text becomes code. Emitters never paste raw spec strings.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JavaScript string literal in single quotes; safe for any input, including line terminators. */
export function toStringLiteral(value: string): string {
  return `'${value.replace(/[\\'\n\r\u2028\u2029]/g, (ch) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' })[ch]!)}'`;
}

/** A property key: bare when it is a valid identifier, quoted otherwise (`'anthropic-beta'`, `'+1'`). */
export function toPropertyKey(name: string): string {
  return IDENTIFIER.test(name) && name !== '__proto__' ? name : toStringLiteral(name);
}

/** `obj.name` or `obj['na-me']`. */
export function propertyAccess(object: string, name: string): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${toStringLiteral(name)}]`;
}

/** Text of a template literal part: backticks, backslashes and `${` cannot end or open anything. */
export function toTemplatePart(text: string): string {
  return text.replace(/[\\`]|\$\{/g, (m) => (m === '${' ? '\\${' : `\\${m}`));
}

/**
 * The body of a JSDoc comment (no delimiters): `*\/` cannot close it early, literal `\n` from
 * LAP becomes a line break, and `@` at a line start cannot start a tag the spec did not mean.
 */
export function toDocText(text: string): string {
  return text
    .replace(/\\n/g, '\n')
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** A full `/** … *\/` comment for inline use in type text. */
export function toJsDoc(text: string): string {
  const body = toDocText(text);
  if (!body) return '';
  const lines = body.split('\n');
  return lines.length === 1 ? `/** ${lines[0]} */` : `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */`;
}
