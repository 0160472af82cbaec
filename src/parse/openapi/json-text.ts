// Whether a document's text is read as JSON: what read.ts and the schema-check worker agree on,
// without the YAML parser (the worker never loads it).

/** The text from its first brace, when only blanks or a BOM (and what follows it) come before; else undefined. */
export function jsonBody(text: string): string | undefined {
  const start = text.indexOf('{');
  return start >= 0 && /^\s*$|^\uFEFF/.test(text.slice(0, start)) ? text.slice(start) : undefined;
}
