// The runtime of a generated client. Hand-written in the generator's src/runtime/, tested there,
// and copied verbatim into each generated package's src/core/.
export { APIPromise, type ResponseWithData } from './api-promise.js';
export {
  BaseClient,
  type ClientConfig,
  type ClientOptions,
  type Endpoint,
  type Fetch,
  type RequestOptions,
} from './client.js';
export * from './errors.js';
export { JSONLStream } from './jsonl.js';
export {
  AbstractPage,
  CursorPage,
  ItemCursorPage,
  OffsetPage,
  PageNumberPage,
  PagePromise,
  TokenPage,
  type PageRequest,
} from './pagination.js';
export { encodePath } from './path.js';
export { APIResource } from './resource.js';
export { Stream, type ServerSentEvent } from './streaming.js';
export { toFile, type Uploadable, type ToFileInput } from './uploads.js';
export {
  parseWebhook,
  unwrapWebhook,
  verifyWebhook,
  WebhookVerificationError,
  type WebhookHeaders,
  type WebhookVerifyOptions,
} from './webhooks.js';
