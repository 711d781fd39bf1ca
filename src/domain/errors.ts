/**
 * The failures every layer may raise, for the HTTP layer to render. Each carries a catalogued
 * problem code (`problem-codes.ts`) and data (which field, which entity, how long to wait), never
 * an HTTP status, title, header or request path: `src/http/problem.ts` alone decides those.
 * Outcomes a caller expects (a replay, "not there yet", a wrong password to re-map) are returned
 * values, not these.
 */

import type { CodeOf, ProblemCode } from './problem-codes.ts';

/** The part of a request an HTTP-layer check found a field in; services never say (their input is the body). */
export type RequestPart = 'body' | 'query' | 'path' | 'header' | 'cookie';

/** One invalid input field: its name in the input (`assigneeId`, `tags.0`) and what is wrong with it. */
export interface FieldError {
  /** Absent: the input as a whole. */
  field?: string;
  message: string;
  /** Set only by the HTTP layer's own checks; absent means the body. */
  in?: RequestPart;
}

export interface DomainErrorOptions {
  cause?: unknown;
  /** Facts a caller can act on (for example the projects that block a deletion). */
  data?: Record<string, unknown>;
}

/** Base class: a catalogued `code`, a human `detail`, and data. */
export class DomainError<C extends ProblemCode = ProblemCode> extends Error {
  readonly detail: string | undefined;
  readonly data: Record<string, unknown>;

  constructor(
    readonly code: C,
    detail?: string,
    options: DomainErrorOptions = {},
  ) {
    super(detail ?? code, { cause: options.cause });
    this.name = new.target.name;
    this.detail = detail;
    this.data = options.data ?? {};
  }
}

export class BadRequestError extends DomainError<CodeOf<'bad_request'>> {
  readonly fields: FieldError[] | undefined;

  constructor(
    detail: string,
    code: CodeOf<'bad_request'>,
    options: DomainErrorOptions & { fields?: FieldError[] } = {},
  ) {
    super(code, detail, options);
    this.fields = options.fields;
  }
}

export class UnauthorizedError extends DomainError<CodeOf<'unauthenticated'>> {
  constructor(
    detail = 'A valid access token is required.',
    code: CodeOf<'unauthenticated'> = 'invalid_token',
  ) {
    super(code, detail);
  }
}

export class ForbiddenError extends DomainError<CodeOf<'forbidden'>> {
  constructor(detail: string, code: CodeOf<'forbidden'>) {
    super(code, detail);
  }
}

export class NotFoundError extends DomainError<CodeOf<'not_found'>> {
  constructor(detail: string, code: CodeOf<'not_found'>) {
    super(code, detail);
  }
}

export class MethodNotAllowedError extends DomainError<'method_not_allowed'> {
  constructor(readonly allowed: string[]) {
    super('method_not_allowed', `Allowed methods: ${allowed.join(', ')}.`);
  }
}

export class ConflictError extends DomainError<CodeOf<'conflict'>> {
  constructor(detail: string, code: CodeOf<'conflict'>, options: DomainErrorOptions = {}) {
    super(code, detail, options);
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

export class PreconditionFailedError extends DomainError<'precondition_failed'> {
  constructor(detail = 'The resource has changed since you read it (If-Match does not match).') {
    super('precondition_failed', detail);
  }
}

export class PayloadTooLargeError extends DomainError<'payload_too_large'> {
  constructor(readonly limitBytes: number) {
    super('payload_too_large', `The request body exceeds ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends DomainError<'unsupported_media_type'> {
  constructor(detail = 'Request bodies must be application/json.') {
    super('unsupported_media_type', detail);
  }
}

export class ValidationError extends DomainError<'validation_failed'> {
  constructor(
    readonly fields: FieldError[],
    detail = 'The request has invalid fields.',
  ) {
    super('validation_failed', detail);
  }
}

export class PreconditionRequiredError extends DomainError<'precondition_required'> {
  constructor(detail = 'This request must carry an If-Match header with the ETag you read.') {
    super('precondition_required', detail);
  }
}

/** Too many attempts; the caller may try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError<CodeOf<'too_many_requests'>> {
  constructor(
    detail = 'Too many attempts. Try again later.',
    readonly retryAfterSeconds = 30,
    code: CodeOf<'too_many_requests'> = 'too_many_requests',
  ) {
    super(code, detail);
  }
}

export class ServiceUnavailableError extends DomainError<'service_unavailable'> {
  constructor(
    detail = 'A backing service is unavailable. Try again shortly.',
    readonly retryAfterSeconds = 1,
    cause?: unknown,
  ) {
    super('service_unavailable', detail, { cause });
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
export class InternalError extends DomainError<'internal_error'> {
  constructor(message: string, cause?: unknown) {
    super('internal_error', message, { cause });
  }
}
