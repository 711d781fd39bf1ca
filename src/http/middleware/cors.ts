import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';

export interface CorsOptions {
  /** The exact origins a browser may call from. */
  origins: readonly string[];
  allowHeaders: readonly string[];
  allowMethods: readonly string[];
  exposeHeaders: readonly string[];
  maxAgeSeconds: number;
}

/**
 * CORS for the stage's web origins: a preflight (any OPTIONS) answers 204 at once; every other
 * answer gets its CORS headers after the handler, written into the finished response's own
 * headers. Unlike hono/cors, which reads `c.res` before the handler runs, nothing here makes
 * the context merge the handler's response into a placeholder, and that merge is what turns a
 * response's body into a stream the Node adapter then has to read back chunk by chunk.
 */
export function cors(options: CorsOptions): MiddlewareHandler<AppEnv> {
  const origins = new Set(options.origins);
  const exposeHeaders = options.exposeHeaders.join(',');
  const preflightHeaders: Record<string, string> = {
    'Access-Control-Allow-Methods': options.allowMethods.join(','),
    'Access-Control-Allow-Headers': options.allowHeaders.join(','),
    'Access-Control-Max-Age': String(options.maxAgeSeconds),
  };
  return async function corsMiddleware(c, next) {
    const origin = c.req.header('origin');
    const allowedOrigin = origin !== undefined && origins.has(origin) ? origin : undefined;
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers(preflightHeaders);
      if (allowedOrigin) headers.set('Access-Control-Allow-Origin', allowedOrigin);
      headers.set('Access-Control-Expose-Headers', exposeHeaders);
      headers.set('Vary', 'Origin');
      return new Response(null, { status: 204, headers });
    }
    await next();
    const headers = c.res.headers;
    if (allowedOrigin) headers.set('Access-Control-Allow-Origin', allowedOrigin);
    headers.set('Access-Control-Expose-Headers', exposeHeaders);
    headers.append('Vary', 'Origin');
  };
}
