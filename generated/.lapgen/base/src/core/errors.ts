// Error classes of the generated client. Every error extends `ClientError`, so one `instanceof`
// catches them all; HTTP failures map to one class per status.

export class ClientError extends Error {
  override readonly name: string = 'ClientError';
}

export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError extends object | undefined = object | undefined,
> extends ClientError {
  override readonly name: string = 'APIError';
  /** HTTP status of the response that failed, if there was one. */
  readonly status: TStatus;
  readonly headers: THeaders;
  /** The parsed JSON body of the error response. */
  readonly error: TError;
  readonly request_id: string | null | undefined;

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders) {
    super(APIError.describe(status, error, message));
    this.status = status;
    this.headers = headers;
    this.request_id = headers?.get('request-id');
    this.error = error;
  }

  private static describe(status: number | undefined, error: unknown, message: string | undefined): string {
    const detail = error as { error?: { message?: unknown }; message?: unknown } | undefined;
    const text =
      typeof detail?.error?.message === 'string'
        ? detail.error.message
        : typeof detail?.message === 'string'
          ? detail.message
          : error
            ? JSON.stringify(error)
            : message;
    if (status && text) return `${status} ${text}`;
    if (status) return `${status} status code (no body)`;
    return text ?? '(no status code or body)';
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
    switch (status) {
      case 400:
        return new BadRequestError(status, error, message, headers);
      case 401:
        return new AuthenticationError(status, error, message, headers);
      case 403:
        return new PermissionDeniedError(status, error, message, headers);
      case 404:
        return new NotFoundError(status, error, message, headers);
      case 409:
        return new ConflictError(status, error, message, headers);
      case 422:
        return new UnprocessableEntityError(status, error, message, headers);
      case 429:
        return new RateLimitError(status, error, message, headers);
      default:
        return status >= 500
          ? new InternalServerError(status, error, message, headers)
          : new APIError(status, error, message, headers);
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
