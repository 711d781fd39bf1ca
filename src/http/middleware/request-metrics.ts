import type { MiddlewareHandler } from 'hono';
import type { RequestRecorder } from '#lib/metrics';
import type { AppEnv } from '../context.ts';

/**
 * Measures every request and hands the recorder the matched route template (Hono's
 * `routePath` after the handler ran), so `/v1/tasks/01J…` and `/v1/tasks/01K…` share
 * one metric. Requests that matched no route are grouped as `UNMATCHED`.
 */
export function requestMetrics(record: RequestRecorder): MiddlewareHandler<AppEnv> {
  return async function requestMetricsMiddleware(c, next) {
    const started = performance.now();
    await next();
    const template = c.req.routePath;
    // Only wildcard middleware ran (`/*`, `/v1/*`): no route matched. Routes never end in `*`.
    const route = template.endsWith('*') ? 'UNMATCHED' : template;
    record({
      route: `${c.req.method} ${route}`,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  };
}
