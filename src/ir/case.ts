// Word splitting and case conversion for names taken from specs; used by parsers and the planner.

export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Names repeat (path segments, property names): each text is converted once per run. */
const memo = (convert: (text: string) => string) => {
  const seen = new Map<string, string>();
  return (text: string): string => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = convert(text)));
    return out;
  };
};

export const camelCase = memo((text) => {
  const ws = words(text);
  if (ws.length === 0) return '';
  // Keep the first word's case as written after its first letter (`getHTTPStatus` stays readable).
  return ws.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : cap(w))).join('');
});

export const pascalCase = memo((text) => words(text).map(cap).join(''));
