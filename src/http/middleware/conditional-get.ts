import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { noneMatchHits } from '../etag.ts';

const READS = new Set(['GET', 'HEAD']);

/**
 * Conditional GET (RFC 9110 §13.1.2): a read whose 200 carries an ETag the request's
 * If-None-Match names answers 304 with no body, keeping the response's other headers (ETag,
 * X-Request-Id, CORS). Every route that sends an ETag gets it, whichever route it is.
 */
export function conditionalGet(): MiddlewareHandler<AppEnv> {
  return async function conditionalGetMiddleware(c, next) {
    await next();
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch === undefined || !READS.has(c.req.method) || c.res.status !== 200) return;
    const etag = c.res.headers.get('etag');
    if (etag === null || !noneMatchHits(ifNoneMatch, etag)) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-type');
    headers.delete('content-length');
    c.res = new Response(null, { status: 304, headers });
  };
}
