import type { MiddlewareHandler } from 'hono';
import { UnsupportedMediaTypeError } from '#domain/errors';
import type { AppEnv } from '../context.ts';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses (415) a request that carries a body which does not declare itself JSON. */
export function requireJsonBodies(): MiddlewareHandler<AppEnv> {
  return async function requireJsonBodiesMiddleware(c, next) {
    if (METHODS_WITH_BODY.has(c.req.method)) {
      const length = c.req.header('content-length');
      const hasBody =
        (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
      if (hasBody && !JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new UnsupportedMediaTypeError();
      }
    }
    await next();
  };
}
