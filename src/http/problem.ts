import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DataUnavailableError, InvalidCursorError } from '#data/mapper/errors';
import {
  AppError,
  BadRequestError,
  InternalError,
  ServiceUnavailableError,
  UnsupportedMediaTypeError,
} from '#domain/errors';
import type { AppEnv } from './context.ts';
import { PROBLEM_CONTENT_TYPE } from './schemas/problem.ts';

/**
 * Turns anything thrown into an `AppError`; unknown errors become an opaque 500. Of the data
 * engine's errors only two are the client's business: a database that did not answer (503)
 * and a bad cursor (400); the repositories turn failed writes into domain errors, so any
 * other engine error here is a fault (corrupt item, invalid model) and stays opaque.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof DataUnavailableError) {
    return new ServiceUnavailableError(
      'The database is busy or unreachable. Try again shortly.',
      error.retryAfterSeconds,
      error,
    );
  }
  if (error instanceof InvalidCursorError) {
    return new BadRequestError(
      'The cursor is invalid or has expired; start again without it.',
      'invalid_cursor',
      {
        errors: [{ path: 'query.cursor', message: 'invalid or expired cursor' }],
        cause: error,
      },
    );
  }
  if (error instanceof HTTPException) {
    if (error.status === 400)
      return new BadRequestError('The request body is not valid JSON.', 'malformed_json');
    if (error.status === 415) return new UnsupportedMediaTypeError();
    return new AppError(error.status, 'http_error', error.message || 'Request failed', {
      detail: error.message,
    });
  }
  return new InternalError('Unexpected error', error);
}

/** The one place a problem+json response is rendered (RFC 9457). */
export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const requestId = c.get('requestId');
  const body: Record<string, unknown> = {
    type: `urn:tasklane:problem:${error.code}`,
    title: error.title,
    status: error.status,
    // 500s never say what went wrong inside.
    detail: error.status >= 500 && error.status !== 503 ? 'An unexpected error occurred.' : error.detail,
    instance: c.req.path,
    code: error.code,
    requestId,
    ...error.extensions,
  };
  if (error.errors) body.errors = error.errors;
  const headers: Record<string, string> = { ...error.headers, 'Content-Type': PROBLEM_CONTENT_TYPE };
  if (requestId) headers['X-Request-Id'] = requestId;
  return new Response(JSON.stringify(body), { status: error.status, headers });
}
