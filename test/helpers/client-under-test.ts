// The client the behaviour tests drive: the committed build of the OpenAPI document (generated/) by
// default, or the committed LAP build (generated-lap/) when the vitest project sets CLIENT_BUILD=lap
// (see vitest.config.ts). Both are typed as generated/ is: the tests are written against the rich
// types, and the LAP build accepts the same calls at run time.
import type * as Generated from '../../generated/src/index.js';

type ClientModule = typeof Generated;

export const build = process.env['CLIENT_BUILD'] === 'lap' ? 'lap' : 'openapi';
const mod: ClientModule = build === 'lap' ? ((await import('../../generated-lap/src/index.js' as string)) as ClientModule) : await import('../../generated/src/index.js');

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
