// Standard Webhooks verification (https://www.standardwebhooks.com, "Verifying webhook
// authenticity"): the sender signs `${webhook-id}.${webhook-timestamp}.${body}` with HMAC-SHA256
// under a base64 secret (`whsec_…`) and sends one or more `v1,<base64>` signatures, space-separated,
// in `webhook-signature`. Synchronous, like the official SDK's `unwrap`.
import { BaseError } from './errors.js';
import { hmacSha256 } from './sha256.js';

/** A delivery whose signature, timestamp or headers do not check out: do not trust its body. */
export class WebhookVerificationError extends BaseError {
  override readonly name: string = 'WebhookVerificationError';
}

/** Request headers as a `Headers` object, or a plain record (Node's `req.headers` included). */
export type WebhookHeaders =
  Headers | Readonly<Record<string, string | readonly string[] | null | undefined>>;

export interface WebhookVerifyOptions {
  /** Seconds a delivery's timestamp may lie before or after now; the specification's 5 minutes by default. */
  toleranceSeconds?: number;
  /** Seconds since the epoch to check the timestamp against; now by default. */
  nowSeconds?: number;
}

const SECRET_PREFIX = 'whsec_';
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** Verifies `body` against its signature headers and `key`, then returns it parsed. */
export function unwrapWebhook<T>(
  body: string,
  headers: WebhookHeaders,
  key: string | null | undefined,
  options: WebhookVerifyOptions = {},
): T {
  verifyWebhook(body, headers, key, options);
  return parseWebhook<T>(body);
}

/** Parses a webhook body without checking where it came from. */
export function parseWebhook<T>(body: string): T {
  const text = rawBody(body);
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new BaseError(`The webhook body is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function verifyWebhook(
  body: string,
  headers: WebhookHeaders,
  key: string | null | undefined,
  options: WebhookVerifyOptions = {},
): void {
  const text = rawBody(body);
  const secret = decodeSecret(key);
  if (!headers || typeof headers !== 'object')
    throw new BaseError('unwrap() needs the request headers: `{ headers }`.');
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const missing = [
    ['webhook-id', id],
    ['webhook-timestamp', timestamp],
    ['webhook-signature', signatures],
  ].filter(([, value]) => !value);
  if (missing.length)
    throw new WebhookVerificationError(
      `Missing webhook headers: ${missing.map(([name]) => name).join(', ')}`,
    );
  const seconds = checkTimestamp(timestamp!, options);

  const signed = new TextEncoder().encode(`${id}.${seconds}.${text}`);
  const expected = toBase64(hmacSha256(secret, signed));
  // Every `v1` signature is compared in full (no early exit on a mismatch), so timing tells an
  // attacker nothing about how much of a forged signature was right.
  let matched = false;
  for (const entry of signatures!.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    if (constantTimeEqual(entry.slice(comma + 1), expected)) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('No webhook signature matches the body and key.');
}

/** The body as the sender signed it: a string (or its UTF-8 bytes), never a parsed object. */
function rawBody(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new BaseError(
    `unwrap() needs the raw request body as a string, exactly as received; it was given ${
      body === null ? 'null' : typeof body === 'object' ? 'an already-parsed object' : `a ${typeof body}`
    }. Read the body as text (\`await request.text()\`, express.raw()) before any JSON parsing: re-serialised JSON has other bytes, and the signature would not match.`,
  );
}

function decodeSecret(key: string | null | undefined): Uint8Array {
  if (key === null || key === undefined || key === '')
    throw new BaseError(
      'No webhook signing key: pass `key` to unwrap(), or `webhookKey` to the client (or set its environment variable).',
    );
  const base64 = key.startsWith(SECRET_PREFIX) ? key.slice(SECRET_PREFIX.length) : key;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    throw new BaseError('The webhook signing key is not base64 (expected `whsec_` followed by base64).');
  }
  if (bytes.length === 0) throw new BaseError('The webhook signing key is empty.');
  return bytes;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  // Any fetch implementation's Headers (not only the global class) answers `get` case-insensitively.
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    // Node gives repeated headers as arrays; several signature headers read as one list.
    if (Array.isArray(value)) return value.join(' ');
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** The timestamp in seconds, if it is within the tolerance of now in either direction. */
function checkTimestamp(timestamp: string, options: WebhookVerifyOptions): number {
  if (!/^\d+$/.test(timestamp.trim()))
    throw new WebhookVerificationError(
      `The webhook-timestamp header is not a number of seconds: '${timestamp}'`,
    );
  const seconds = Number(timestamp.trim());
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (now - seconds > tolerance) throw new WebhookVerificationError('The webhook timestamp is too old.');
  if (seconds - now > tolerance)
    throw new WebhookVerificationError('The webhook timestamp is in the future.');
  return seconds;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Compares two strings in time that depends only on their lengths (which are not secret). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
