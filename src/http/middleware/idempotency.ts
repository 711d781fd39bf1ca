import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '#domain/errors';
import type { IdempotencyStore } from '#domain/idempotency';
import type { AppEnv } from '../context.ts';

const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

/**
 * `Idempotency-Key` for creating POSTs: a replay returns the first response, the same
 * key with another request is 422, a retry while the first is in flight is 409. Keys are
 * scoped to the caller. Only successes are kept; a failure frees the key for a retry.
 */
export function idempotent(store: IdempotencyStore): MiddlewareHandler<AppEnv> {
  return async function idempotencyMiddleware(c, next) {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new ValidationError([
        { path: 'header.idempotency-key', message: 'must be 1-255 visible ASCII characters' },
      ]);
    }
    // Keys are per caller: two users may pick the same key without seeing each other's responses.
    const scope = c.get('user').sub;
    const body = await c.req.text();
    const requestHash = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n${body}`)
      .digest('base64url');
    const begun = await store.begin(scope, key, requestHash);
    if (begun.outcome === 'mismatch') {
      throw new ValidationError(
        [{ path: 'header.idempotency-key', message: 'was already used with a different request' }],
        'This Idempotency-Key belongs to another request.',
      );
    }
    if (begun.outcome === 'in_flight') {
      throw new ConflictError(
        'A request with this Idempotency-Key is still in progress; retry shortly.',
        'idempotency_in_flight',
        {
          headers: { 'Retry-After': '1' },
        },
      );
    }
    if (begun.outcome === 'completed') {
      const { status, headers, body: stored } = begun.response;
      return new Response(stored, { status, headers: { ...headers, 'Idempotent-Replayed': 'true' } });
    }
    try {
      await next();
    } catch (error) {
      await store.release(scope, key);
      throw error;
    }
    const response = c.res;
    if (response.status >= 200 && response.status < 300 && !c.error) {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      await store.complete(scope, key, {
        status: response.status,
        headers,
        body: await response.clone().text(),
      });
    } else {
      await store.release(scope, key);
    }
  };
}
