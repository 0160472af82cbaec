// Error classes of the generated client. Every error extends one base class, so one `instanceof`
// catches them all; HTTP failures map to one class per status. The base class's name in this file
// is a placeholder: the generator names it after the client (`AnthropicError`) when it copies this
// file into a package, so the class, its `name` and its declarations all carry the client's name.

export class AnthropicError extends Error {
  override readonly name: string = 'AnthropicError';
}

/** The base class under a name that is the same in every package, for the rest of the runtime. */
export { AnthropicError as BaseError };

/**
 * Response headers copied onto every `APIError` as properties (property → header name). The
 * generated client adds the ones its overlay names (`workspaceID` from `anthropic-workspace-id`) and
 * declares them on `APIError`'s type.
 */
const errorHeaders: Record<string, string> = { requestID: 'request-id' };

export function exposeErrorHeaders(headers: Readonly<Record<string, string>>): void {
  Object.assign(errorHeaders, headers);
}

export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError extends object | undefined = object | undefined,
> extends AnthropicError {
  override readonly name: string = 'APIError';
  /** HTTP status of the response that failed, if there was one. */
  readonly status: TStatus;
  readonly headers: THeaders;
  /** The parsed JSON body of the error response (or of the stream's `error` event). */
  readonly error: TError;
  /** The `request-id` response header: quote it when reporting a problem. */
  readonly requestID: string | null | undefined;
  /** The body's `error.type`, e.g. `"rate_limit_error"`. */
  readonly type: string | null;

  constructor(
    status: TStatus,
    error: TError,
    message: string | undefined,
    headers: THeaders,
    type?: string | null,
  ) {
    super(APIError.describe(status, error, message));
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.type = type ?? null;
    const ids: Record<string, string | null | undefined> = {};
    for (const [property, header] of Object.entries(errorHeaders)) ids[property] = headers?.get(header);
    this.requestID = ids['requestID'];
    Object.assign(this, ids);
  }

  /** `<status> <message>`: the body's own `message` if it has one, else the whole body as JSON. */
  private static describe(status: number | undefined, error: unknown, message: string | undefined): string {
    const own = (error as { message?: unknown } | null | undefined)?.message;
    const text = own
      ? typeof own === 'string'
        ? own
        : JSON.stringify(own)
      : error
        ? JSON.stringify(error)
        : message;
    if (status && text) return `${status} ${text}`;
    if (status) return `${status} status code (no body)`;
    return text || '(no status code or body)';
  }

  /** The body's `error.type`, where the body has that shape. */
  static typeOf(body: unknown): string | undefined {
    const type = (body as { error?: { type?: unknown } } | null | undefined)?.error?.type;
    return typeof type === 'string' ? type : undefined;
  }

  static generate(
    status: number | undefined,
    errorResponse: object | undefined,
    message: string | undefined,
    headers: Headers | undefined,
  ): APIError {
    if (!status || !headers)
      return new APIConnectionError({
        message,
        cause: errorResponse instanceof Error ? errorResponse : undefined,
      });
    const error = errorResponse;
    const type = APIError.typeOf(error);
    switch (status) {
      case 400:
        return new BadRequestError(status, error, message, headers, type);
      case 401:
        return new AuthenticationError(status, error, message, headers, type);
      case 403:
        return new PermissionDeniedError(status, error, message, headers, type);
      case 404:
        return new NotFoundError(status, error, message, headers, type);
      case 409:
        return new ConflictError(status, error, message, headers, type);
      case 422:
        return new UnprocessableEntityError(status, error, message, headers, type);
      case 429:
        return new RateLimitError(status, error, message, headers, type);
      default:
        return status >= 500
          ? new InternalServerError(status, error, message, headers, type)
          : new APIError(status, error, message, headers, type);
    }
  }
}

export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  override readonly name: string = 'APIUserAbortError';
  constructor({ message }: { message?: string } = {}) {
    super(undefined, undefined, message || 'Request was aborted.', undefined);
  }
}

export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  override readonly name: string = 'APIConnectionError';
  constructor({ message, cause }: { message?: string | undefined; cause?: Error | undefined }) {
    super(undefined, undefined, message || 'Connection error.', undefined);
    if (cause) (this as { cause?: unknown }).cause = cause;
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  override readonly name: string = 'APIConnectionTimeoutError';
  constructor({ message }: { message?: string } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

export class BadRequestError extends APIError<400, Headers> {
  override readonly name: string = 'BadRequestError';
}
export class AuthenticationError extends APIError<401, Headers> {
  override readonly name: string = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError<403, Headers> {
  override readonly name: string = 'PermissionDeniedError';
}
export class NotFoundError extends APIError<404, Headers> {
  override readonly name: string = 'NotFoundError';
}
export class ConflictError extends APIError<409, Headers> {
  override readonly name: string = 'ConflictError';
}
export class UnprocessableEntityError extends APIError<422, Headers> {
  override readonly name: string = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError<429, Headers> {
  override readonly name: string = 'RateLimitError';
}
export class InternalServerError extends APIError<number, Headers> {
  override readonly name: string = 'InternalServerError';
}
