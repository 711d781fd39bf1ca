import { FetchError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { boundedSignal } from '#lib/deadline';

export interface JwksFetcherDeps {
  /** cognito-local serves its JWKS over http; only non-production stages may allow that. */
  allowHttp: boolean;
  /** Per fetch (`config.outbound.requestTimeoutMs`); the request deadline in force also ends it. */
  timeoutMs: number;
  /** After a failed fetch, further fetches fail fast for this long (protects the IdP and us). */
  failureBackoffMs: number;
  now?: () => number;
}

/**
 * Fetches a JWKS with `fetch()`. aws-jwt-verify's own fetcher speaks https only; this one
 * also speaks http when allowed, and its failures are `FetchError`s, which the verifier
 * turns into `service_unavailable` (the key set could not be read) rather than `invalid_token`.
 */
export function createJwksFetcher(deps: JwksFetcherDeps): Fetcher {
  const { timeoutMs, failureBackoffMs: backoffMs } = deps;
  const now = deps.now ?? Date.now;
  let failedAt = Number.NEGATIVE_INFINITY;

  return {
    async fetch(uri) {
      const protocol = new URL(uri).protocol;
      if (protocol !== 'https:' && !(deps.allowHttp && protocol === 'http:')) {
        throw new NonRetryableFetchError(uri, `${protocol} JWKS URLs are refused in this stage`);
      }
      if (now() - failedAt < backoffMs) {
        throw new FetchError(uri, 'JWKS fetch is backing off after a failure');
      }
      try {
        // The signal also covers the body: a key set that stalls mid-answer is aborted too.
        const response = await fetch(uri, { signal: boundedSignal(timeoutMs) });
        if (response.status !== 200) {
          throw new NonRetryableFetchError(uri, `Status code is ${response.status}, expected 200`);
        }
        const body = await response.arrayBuffer();
        failedAt = Number.NEGATIVE_INFINITY;
        return body;
      } catch (error) {
        failedAt = now();
        if (error instanceof FetchError) throw error;
        throw new FetchError(uri, error instanceof Error ? error.message : String(error));
      }
    },
  };
}
