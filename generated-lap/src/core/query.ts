// Query strings: `undefined` is dropped, `null` is sent as an empty value (`before_id=`), arrays
// repeat the key with brackets (`tag[]=a&tag[]=b`), and nested objects use `key[sub]`.

export function encodeQuery(query: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null) parts.push(`${encodeURIComponent(key)}=`);
    else if (Array.isArray(value)) for (const item of value) add(`${key}[]`, item);
    else if (typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    else
      parts.push(
        `${encodeURIComponent(key)}=${encodeURIComponent(value instanceof Date ? value.toISOString() : String(value))}`,
      );
  };
  for (const [key, value] of Object.entries(query)) add(key, value);
  return parts.join('&');
}
