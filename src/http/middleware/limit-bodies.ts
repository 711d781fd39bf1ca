import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '#domain/errors';
import type { AppEnv } from '../context.ts';

const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 413 for bodies over `maxBytes`, answered with `Connection: close` so the server never reads
 * (or drains) the rest of them and the connection they came on ends.
 * - A declared Content-Length over the limit is refused from the header alone: nothing of the
 *   body is read (on the Node adapter, not even a stream is made for it).
 * - A body without a length to trust (chunked, HTTP/2, a Lambda event) is counted as it streams
 *   and refused as soon as it crosses the limit.
 * GET, HEAD and OPTIONS skip the check: they carry no body this API reads.
 */
export function limitBodies(maxBytes: number): MiddlewareHandler<AppEnv> {
  const counted = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
  return async function limitBodiesMiddleware(c, next) {
    if (BODYLESS_METHODS.has(c.req.method)) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length > maxBytes) throw new PayloadTooLargeError(maxBytes);
      return next();
    }
    return counted(c, next);
  };
}
