// Word splitting and case conversion for names taken from specs; used by parsers and the planner.

export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function camelCase(text: string): string {
  const ws = words(text);
  if (ws.length === 0) return '';
  // Keep the first word's case as written after its first letter (`getHTTPStatus` stays readable).
  return ws.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : cap(w))).join('');
}

export function pascalCase(text: string): string {
  return words(text).map(cap).join('');
}
