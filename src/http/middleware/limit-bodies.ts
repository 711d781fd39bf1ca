import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '#domain/errors';
import type { AppEnv } from '../context.ts';

const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 413 for bodies over `maxBytes`, counted as they stream (chunked bodies have no length to
 * trust). GET, HEAD and OPTIONS skip the check: Hono's limiter reads the raw request, which
 * makes the Node adapter build a full Request object — a cost those requests never need.
 * Other methods are always checked: HTTP/2 and Lambda events may carry a body with no length header.
 */
export function limitBodies(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
  return async function limitBodiesMiddleware(c, next) {
    if (BODYLESS_METHODS.has(c.req.method)) return next();
    return limit(c, next);
  };
}
