// `@errors {404: Not found, 4XX: Error response, 429}` (LAP v0.3 §3 ErrorsLine). Descriptions may contain
// commas, so an entry boundary is `, ` followed by a status code and `:`, `,` or `}`.

export interface ErrorEntry {
  status: string;
  description?: string;
  offset: number;
}

const CODE = /^(\d{3}|\dXX|default)(?=[:,}]|$)/i;

export function parseErrorsList(text: string): ErrorEntry[] | { error: string; offset: number } {
  if (!text.startsWith('{')) return { error: "expected '{' after @errors", offset: 0 };
  const close = text.lastIndexOf('}');
  if (close < 0) return { error: "unbalanced '{' in @errors: no closing '}'", offset: 0 };
  const body = text.slice(1, close);
  const entries: ErrorEntry[] = [];
  let pos = 0;
  while (pos < body.length) {
    const code = CODE.exec(body.slice(pos));
    if (!code) return { error: `expected a status code in @errors but found '${body.slice(pos, pos + 12)}'`, offset: pos + 1 };
    const entry: ErrorEntry = { status: code[1]!.toUpperCase(), offset: pos + 1 };
    pos += code[0].length;
    let end = body.length;
    for (let i = pos; i < body.length; i++) {
      if (body[i] === ',' && CODE.test(body.slice(i + 1).trimStart())) {
        end = i;
        break;
      }
    }
    const tail = body.slice(pos, end).replace(/^:\s*/, '').trim();
    // `404:Type: text` names an error type before the text; the type is kept as part of the text.
    if (tail) entry.description = tail;
    entries.push(entry);
    pos = end + 1;
    while (body[pos] === ' ') pos++;
  }
  return entries;
}
