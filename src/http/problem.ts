import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DataUnavailableError, InvalidCursorError } from '#data/mapper/errors';
import {
  BadRequestError,
  DomainError,
  type FieldError,
  InternalError,
  MethodNotAllowedError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '#domain/errors';
import { IdempotencyKeyReusedError } from '#domain/idempotency';
import type { AppEnv } from './context.ts';
import { PROBLEM_CONTENT_TYPE, STATUS_TITLES, statusOf } from './schemas/problem.ts';

/**
 * Where every failure's answer is decided: anything thrown becomes a `DomainError`, whose code
 * gives the status and title (`PROBLEM_RESPONSES`, `statusOf`) and whose data gives the headers
 * and the request paths of its fields. Unknown errors become an opaque 500. Of the data engine's
 * errors only two are the client's business: a database that did not answer (503) and a bad
 * cursor (400); the repositories turn failed writes into domain errors, so any other engine
 * error here is a fault (corrupt item, invalid model) and stays opaque.
 */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof DataUnavailableError) {
    return new ServiceUnavailableError(
      'The database is busy or unreachable. Try again shortly.',
      error.retryAfterSeconds,
      error,
    );
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return new ValidationError(
      [{ in: 'header', field: 'idempotency-key', message: 'was already used with a different request' }],
      error.message,
    );
  }
  if (error instanceof InvalidCursorError) {
    return new BadRequestError(
      'The cursor is invalid or has expired; start again without it.',
      'invalid_cursor',
      {
        fields: [{ in: 'query', field: 'cursor', message: 'invalid or expired cursor' }],
        cause: error,
      },
    );
  }
  // Hono's own refusals: a body it cannot parse as JSON, a content type it does not take.
  if (error instanceof HTTPException && error.status === 400)
    return new BadRequestError('The request body is not valid JSON.', 'malformed_json', { cause: error });
  if (error instanceof HTTPException && error.status === 415) return new UnsupportedMediaTypeError();
  return new InternalError('Unexpected error', error);
}

/** Where a field error points in the request: `body.assigneeId`, `query.cursor`, `body`. */
function requestPathOf({ in: part = 'body', field }: FieldError): string {
  return field ? `${part}.${field}` : part;
}

/** The headers a problem carries besides its content type, from its status and its data. */
function headersOf(error: DomainError, status: number): Record<string, string> {
  if (status === 401) {
    // A failed sign-in is not about a bearer token; every other 401 is (RFC 6750).
    if (error.code === 'invalid_credentials') return { 'WWW-Authenticate': 'Bearer realm="tasklane"' };
    const description = (error.detail ?? 'A valid access token is required.').replaceAll('"', "'");
    return { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` };
  }
  if (error instanceof MethodNotAllowedError) return { Allow: error.allowed.join(', ') };
  // The rest of the body is never read: the connection it came on cannot carry another request.
  if (error instanceof PayloadTooLargeError) return { Connection: 'close' };
  if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) {
    return { 'Retry-After': String(error.retryAfterSeconds) };
  }
  return {};
}

function fieldsOf(error: DomainError): FieldError[] | undefined {
  if (error instanceof ValidationError || error instanceof BadRequestError) return error.fields;
  return undefined;
}

/** The problem+json body (RFC 9457) of `error`: a response's, or one bulk operation's result. */
export function problemBody(c: Context<AppEnv>, error: DomainError): Record<string, unknown> {
  const status = statusOf(error.code);
  const title = STATUS_TITLES[status];
  const body: Record<string, unknown> = {
    type: `urn:tasklane:problem:${error.code}`,
    title,
    status,
    // 500s never say what went wrong inside.
    detail: status === 500 ? 'An unexpected error occurred.' : error.detail,
    instance: c.req.path,
    code: error.code,
    requestId: c.get('requestId'),
    ...error.data,
  };
  const fields = fieldsOf(error);
  if (fields) body.errors = fields.map((field) => ({ path: requestPathOf(field), message: field.message }));
  return body;
}

/** The one place a problem+json response is rendered (RFC 9457). */
export function problemResponse(c: Context<AppEnv>, error: DomainError): Response {
  const requestId = c.get('requestId');
  const status = statusOf(error.code);
  const body = problemBody(c, error);
  const headers: Record<string, string> = {
    ...headersOf(error, status),
    'Content-Type': PROBLEM_CONTENT_TYPE,
  };
  if (requestId) headers['X-Request-Id'] = requestId;
  return new Response(JSON.stringify(body), { status, headers });
}
