// The one place spec-controlled text becomes code. Emitters never paste raw spec strings.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const QUOTE_OR_ESCAPE = /['\\\n\r\u2028\u2029]/;

/**
 * A JavaScript string literal, safe for any input including line terminators. Quotes follow
 * prettier's choice (single, unless the text holds more single than double quotes), so the
 * printed code is already in its formatted form.
 */
export function toStringLiteral(value: string): string {
  // Most text has nothing to escape (a regular expression finds that in native code).
  if (!QUOTE_OR_ESCAPE.test(value)) return `'${value}'`;
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 39) singles++;
    else if (ch === 34) doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  const escaped = value.replace(/[\\\n\r\u2028\u2029]/g, (ch) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' })[ch]!);
  return quote + escaped.split(quote).join(`\\${quote}`) + quote;
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
  if (!/[\\`$]/.test(text)) return text;
  return text.replace(/[\\`]|\$\{/g, (m) => (m === '${' ? '\\${' : `\\${m}`));
}

const NEEDS_DOC_ESCAPE = /[\\\r\n*@]/;

/**
 * The body of a JSDoc comment (no delimiters): `*\/` cannot close it early, literal `\n` from
 * LAP becomes a line break, and `@` at a line start cannot start a tag the spec did not mean.
 */
export function toDocText(text: string): string {
  // Without these characters every step below but the trim leaves the text as it is.
  if (!NEEDS_DOC_ESCAPE.test(text)) return text.trim();
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
