// Header layering: later sources win, names compare case-insensitively, and a `null` value
// removes the header entirely (so a request can drop even a client default).

export type HeadersLike =
  | Headers
  | Readonly<Record<string, string | null | undefined>>
  | readonly (readonly [string, string])[]
  | undefined
  | null;

export function buildHeaders(sources: readonly HeadersLike[]): Headers {
  const headers = new Headers();
  for (const source of sources) {
    if (!source) continue;
    const entries: Iterable<readonly [string, string | null | undefined]> =
      source instanceof Headers
        ? source.entries()
        : Array.isArray(source)
          ? (source as readonly (readonly [string, string])[])
          : Object.entries(source as Record<string, string | null | undefined>);
    for (const [name, value] of entries) {
      if (value === undefined) continue;
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
  }
  return headers;
}
