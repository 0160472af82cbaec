// The client the behaviour tests drive: the committed LAP build (generated/) by default, or the
// OpenAPI build when the vitest project sets CLIENT_BUILD=openapi (see vitest.config.ts).
import type * as Generated from '../../generated/src/index.js';

type ClientModule = typeof Generated;

const mod: ClientModule =
  process.env['CLIENT_BUILD'] === 'openapi'
    ? ((await import('../.builds/openapi/src/index.js' as string)) as ClientModule)
    : await import('../../generated/src/index.js');

export const build = process.env['CLIENT_BUILD'] === 'openapi' ? 'openapi' : 'lap';
export const Anthropic = mod.default;
export type Anthropic = InstanceType<typeof Anthropic>;
export const {
  toFile,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  AnthropicError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} = mod;
export type APIError = InstanceType<typeof APIError>;
