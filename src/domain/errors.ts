/**
 * Typed errors shared by every layer. Each carries the data needed to render an
 * RFC 9457 problem; rendering happens in exactly one place (`http/problem.ts`).
 */

/** One invalid field: where it is (`body.title`, `query.limit`) and what is wrong with it. */
export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
  /** Extra members of the problem body (for example `retryAfter`). */
  extensions?: Record<string, unknown>;
}

/** Base class: a stable machine-readable `code`, an HTTP `status` and a human `title`. */
export class AppError extends Error {
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    options: AppErrorOptions = {},
  ) {
    super(options.detail ?? title, { cause: options.cause });
    this.name = new.target.name;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

export class BadRequestError extends AppError {
  constructor(detail: string, code = 'bad_request', options: AppErrorOptions = {}) {
    super(400, code, 'Bad Request', { ...options, detail });
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'A valid access token is required.', code = 'invalid_token') {
    const description = detail.replaceAll('"', "'");
    super(401, code, 'Unauthorized', {
      detail,
      headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` },
    });
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You are not allowed to do this.', code = 'forbidden') {
    super(403, code, 'Forbidden', { detail });
  }
}

export class NotFoundError extends AppError {
  constructor(detail = 'The resource does not exist.', code = 'not_found') {
    super(404, code, 'Not Found', { detail });
  }
}

export class MethodNotAllowedError extends AppError {
  constructor(allowed: string[]) {
    super(405, 'method_not_allowed', 'Method Not Allowed', {
      detail: `Allowed methods: ${allowed.join(', ')}.`,
      headers: { Allow: allowed.join(', ') },
    });
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, code = 'conflict', options: AppErrorOptions = {}) {
    super(409, code, 'Conflict', { ...options, detail });
  }
}

/**
 * A concurrent change got in the way of a write (what it checked moved between the read and
 * the write): read again and retry. Says nothing about which stored item it was.
 */
export class ConcurrentChangeError extends ConflictError {
  constructor(cause?: unknown) {
    super('A concurrent change got in the way; read again and retry.', 'transaction_cancelled', { cause });
  }
}

/** What a create makes exists already (its id is taken). */
export class AlreadyExistsError extends ConflictError {
  constructor(detail: string, code = 'already_exists', cause?: unknown) {
    super(detail, code, { cause });
  }
}

export class PreconditionFailedError extends AppError {
  constructor(detail = 'The resource has changed since you read it (If-Match does not match).') {
    super(412, 'precondition_failed', 'Precondition Failed', { detail });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', 'Payload Too Large', {
      detail: `The request body exceeds ${limitBytes} bytes.`,
      // The rest of the body is never read: the connection it came on cannot carry another request.
      headers: { Connection: 'close' },
    });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(detail = 'Request bodies must be application/json.') {
    super(415, 'unsupported_media_type', 'Unsupported Media Type', { detail });
  }
}

export class ValidationError extends AppError {
  constructor(errors: FieldError[], detail = 'The request has invalid fields.') {
    super(422, 'validation_failed', 'Unprocessable Content', { detail, errors });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(
    detail = 'A backing service is unavailable. Try again shortly.',
    retryAfterSeconds = 1,
    cause?: unknown,
  ) {
    super(503, 'service_unavailable', 'Service Unavailable', {
      detail,
      cause,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

/** The request ran out of its deadline, waiting on a dependency that did not answer in time. */
export class DeadlineExceededError extends ServiceUnavailableError {
  constructor(
    readonly deadlineMs: number,
    cause?: unknown,
  ) {
    super(`A backing service did not answer within ${deadlineMs} ms. Try again shortly.`, 2, cause);
  }
}

/** An unexpected failure. Its detail never reaches a client. */
export class InternalError extends AppError {
  constructor(message: string, cause?: unknown) {
    super(500, 'internal_error', 'Internal Server Error', { detail: message, cause });
  }
}
