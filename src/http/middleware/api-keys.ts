import type { MiddlewareHandler } from 'hono';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js';
import { ForbiddenError, TooManyRequestsError } from '#domain/errors';
import type { AppEnv } from '../context.ts';
import { problemResponse } from '../problem.ts';

/** Paths that never need an API key, here and at API Gateway: monitors and the API description. */
export const KEYLESS_PATHS: readonly string[] = ['/health', '/ready', '/openapi.json', '/docs'];

export interface ApiKeyPlan {
  /** Key value → the client's name (a partner, or `web`). */
  keys: ReadonlyMap<string, string>;
  rateLimit: number;
  burstLimit: number;
  quotaPerDay: number;
}

const DAY_SECONDS = 24 * 60 * 60;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * What API Gateway's usage plans do, for the local server: an `x-api-key` from the plan on
 * every request but the keyless paths (403 `invalid_api_key` otherwise), a per-key rate with
 * bursts, and a daily quota per key (429 with Retry-After and RateLimit-* headers). Counters
 * live in this process; a deployed stage counts at the gateway.
 */
export function apiKeys(plan: ApiKeyPlan): MiddlewareHandler<AppEnv> {
  // A window of `burstLimit` requests per burst/rate seconds: bursts up to the burst limit,
  // the steady rate on average — the token bucket's limits in fixed-window counters.
  const rate = new RateLimiterMemory({
    keyPrefix: 'rate',
    points: plan.burstLimit,
    duration: Math.max(1, Math.round(plan.burstLimit / plan.rateLimit)),
  });
  const daily = new RateLimiterMemory({ keyPrefix: 'day', points: plan.quotaPerDay, duration: DAY_SECONDS });

  return async function apiKeyMiddleware(c, next) {
    if (c.req.method === 'OPTIONS' || KEYLESS_PATHS.includes(c.req.path)) return next();
    const key = c.req.header('x-api-key');
    const client = key === undefined ? undefined : plan.keys.get(key);
    if (key === undefined || client === undefined) {
      return problemResponse(
        c,
        new ForbiddenError('A valid x-api-key header is required.', 'invalid_api_key'),
      );
    }
    const limited = async (
      limiter: RateLimiterMemory,
      problem: (retryAfter: number) => TooManyRequestsError,
      limit: number,
    ) => {
      try {
        return await limiter.consume(client);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const retryAfter = seconds(error.msBeforeNext);
        const response = problemResponse(c, problem(retryAfter));
        setRateLimitHeaders(response.headers, limit, 0, retryAfter);
        return response;
      }
    };
    const burst = await limited(
      rate,
      (retryAfter) =>
        new TooManyRequestsError(
          'Too many requests; retry after Retry-After seconds.',
          retryAfter,
          'rate_limited',
        ),
      plan.burstLimit,
    );
    if (burst instanceof Response) return burst;
    const quota = await limited(
      daily,
      (retryAfter) =>
        new TooManyRequestsError("The API key's daily quota is used up.", retryAfter, 'quota_exceeded'),
      plan.quotaPerDay,
    );
    if (quota instanceof Response) return quota;
    await next();
    setRateLimitHeaders(c.res.headers, plan.quotaPerDay, quota.remainingPoints, seconds(quota.msBeforeNext));
  };
}

/** The RateLimit header fields (IETF httpapi draft): limit, what is left, seconds to reset. */
function setRateLimitHeaders(headers: Headers, limit: number, remaining: number, resetSeconds: number): void {
  headers.set('RateLimit-Limit', String(limit));
  headers.set('RateLimit-Remaining', String(remaining));
  headers.set('RateLimit-Reset', String(resetSeconds));
}
