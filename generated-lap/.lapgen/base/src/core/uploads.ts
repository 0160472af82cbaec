// Multipart bodies and the values an upload accepts: `File`, `Blob`, a fetch `Response`, a Node
// `fs.ReadStream` (any async iterable of bytes with a `path`), or what `toFile` builds.

/** Structural stand-in for `fs.ReadStream`, so the package needs no Node types. */
export interface ReadStreamLike extends AsyncIterable<unknown> {
  path: string | { toString(): string };
}

export type Uploadable = File | Blob | Response | ReadStreamLike;

export type ToFileInput =
  Uploadable | ArrayBuffer | ArrayBufferView | Blob | AsyncIterable<unknown> | Iterable<unknown> | string;

export interface FilePropertyBag {
  type?: string;
  lastModified?: number;
}

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;
const isResponse = (value: unknown): value is Response =>
  typeof Response !== 'undefined' && value instanceof Response;
const isReadStream = (value: unknown): value is ReadStreamLike =>
  typeof value === 'object' &&
  value !== null &&
  'path' in value &&
  typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';

/** Upload-like values cannot be JSON: they mark a param as a file part. */
export function isUploadable(value: unknown): value is Uploadable {
  return isBlob(value) || isResponse(value) || isReadStream(value);
}

function nameOf(value: unknown): string | undefined {
  if (typeof File !== 'undefined' && value instanceof File) return value.name;
  if (isReadStream(value)) return String(value.path);
  if (isResponse(value)) return new URL(value.url || 'http://x/').pathname.split('/').pop() || undefined;
  return undefined;
}

async function collectBytes(source: AsyncIterable<unknown> | Iterable<unknown>): Promise<BlobPart[]> {
  const parts: BlobPart[] = [];
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') parts.push(chunk);
    else if (chunk instanceof ArrayBuffer) parts.push(chunk);
    else if (ArrayBuffer.isView(chunk))
      parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice());
    else if (isBlob(chunk)) parts.push(chunk);
    else parts.push(String(chunk));
  }
  return parts;
}

/** Builds a `File` from bytes, a stream, a `Response` or another file, with the given name and type. */
export async function toFile(
  value: ToFileInput | PromiseLike<ToFileInput>,
  name?: string | null,
  options: FilePropertyBag = {},
): Promise<File> {
  const input = await value;
  const fileName = name ?? nameOf(input) ?? 'unknown_file';
  let parts: BlobPart[];
  let type = options.type;
  if (isBlob(input)) {
    parts = [input];
    type ??= input.type;
  } else if (isResponse(input)) {
    const blob = await input.blob();
    parts = [blob];
    type ??= blob.type;
  } else if (typeof input === 'string' || input instanceof ArrayBuffer) {
    parts = [input];
  } else if (ArrayBuffer.isView(input)) {
    parts = [new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice()];
  } else {
    parts = await collectBytes(input);
  }
  return new File(parts, fileName, {
    ...(type ? { type } : {}),
    ...(options.lastModified ? { lastModified: options.lastModified } : {}),
  });
}

/** Each file part's name: the base name, or the whole relative path where directories matter. */
function partName(name: string, keepDirectories: boolean): string {
  return keepDirectories ? name : (name.split(/[\\/]/).pop() ?? name);
}

/**
 * Builds the multipart form. Arrays are sent as repeated `key[]` parts and objects as `key[prop]`;
 * `undefined` and `null` are left out. File contents are read into memory first so a retry can resend them.
 */
export async function multipartBody(
  values: Readonly<Record<string, unknown>>,
  keepDirectories = false,
): Promise<FormData> {
  const form = new FormData();
  const add = async (key: string, value: unknown): Promise<void> => {
    if (value === undefined || value === null) return;
    if (isUploadable(value)) {
      const file = typeof File !== 'undefined' && value instanceof File ? value : await toFile(value);
      form.append(key, file, partName(file.name, keepDirectories));
    } else if (Array.isArray(value)) {
      for (const item of value) await add(`${key}[]`, item);
    } else if (typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) await add(`${key}[${k}]`, v);
    } else {
      form.append(key, value instanceof Date ? value.toISOString() : String(value));
    }
  };
  for (const [key, value] of Object.entries(values)) await add(key, value);
  return form;
}
