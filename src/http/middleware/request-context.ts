import type { MiddlewareHandler } from 'hono';
import { newId } from '#lib/ids';
import { type AppLogger, withKeys } from '#lib/logger';
import type { AppEnv } from '../context.ts';

const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id (the caller's `x-request-id` when it is sane, else a new
 * ULID), echoes it, scopes the logger to it and writes one access-log line.
 */
export function requestContext(logger: AppLogger): MiddlewareHandler<AppEnv> {
  return async function requestContextMiddleware(c, next) {
    const offered = c.req.header('x-request-id');
    const requestId = offered && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : newId();
    const log = withKeys(logger, { requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    // Set before the handler runs: touching headers of a finished response makes the Node
    // adapter rebuild it as a stream, which costs most of a request's throughput.
    c.header('X-Request-Id', requestId);
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  };
}
