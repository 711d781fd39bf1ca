import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '#domain/errors';
import type { AppEnv } from '../context.ts';

/** A response kept for replay. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type BeginOutcome =
  | { outcome: 'started' }
  | { outcome: 'in_flight' }
  | { outcome: 'mismatch' }
  | { outcome: 'completed'; response: StoredResponse };

/** Where idempotency records live (the data layer implements it). */
export interface IdempotencyStore {
  /** Claims `key` for `requestHash`, or tells what already holds it. Expired records count as absent. */
  begin(scope: string, key: string, requestHash: string): Promise<BeginOutcome>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Lets the key be used again (the first attempt did not succeed). */
  release(scope: string, key: string): Promise<void>;
}

const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

/**
 * `Idempotency-Key` for creating POSTs: a replay returns the first response, the same
 * key with another request is 422, a retry while the first is in flight is 409. Keys are
 * scoped to the caller. Only successes are kept; a failure frees the key for a retry.
 */
export function idempotent(
  store: IdempotencyStore,
  scopeOf: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  return async function idempotencyMiddleware(c, next) {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new ValidationError([
        { path: 'header.idempotency-key', message: 'must be 1-255 visible ASCII characters' },
      ]);
    }
    const scope = scopeOf(c);
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
