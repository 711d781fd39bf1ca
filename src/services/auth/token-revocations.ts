import { type Clock, epochSeconds, systemClock } from '#lib/clock';
import { coalesce, createTtlCache } from '#lib/ttl-cache';

/** The denylist as the repository stores it (`revoked-token-repository.ts`). */
export interface RevokedTokenStore {
  revoke(jti: string, expiresAt: number): Promise<void>;
  isRevoked(jti: string): Promise<boolean>;
}

export interface TokenRevocations {
  isRevoked(revocationKey: string): Promise<boolean>;
  /** Denylists `revocationKey` until `expiresAt` (epoch seconds); effective at once in this process. */
  revoke(revocationKey: string, expiresAt: number): Promise<void>;
}

/** A "revoked" answer read from the store never changes back; it is re-read only to bound memory. */
const REVOKED_RECHECK_MS = 60_000;

export interface TokenRevocationsDeps {
  store: RevokedTokenStore;
  /** How long a "not revoked" answer is trusted. */
  notRevokedCacheMs: number;
  maxEntries: number;
  clock?: Clock;
}

/**
 * The denylist with an in-process cache in front: a DynamoDB read costs more CPU than the
 * rest of an authenticated request, so each token id is looked up at most once per
 * `notRevokedCacheMs`. "Revoked" answers are kept until the token expires (they never
 * change back). Failures are not cached and surface as errors: the caller fails closed.
 */
export function createTokenRevocations(deps: TokenRevocationsDeps): TokenRevocations {
  const clock = deps.clock ?? systemClock;
  const ttlMs = deps.notRevokedCacheMs;
  const cache = createTtlCache<boolean>({
    maxEntries: deps.maxEntries,
    now: () => clock.now().getTime(),
  });
  const lookup = coalesce<boolean>();
  const revokedFor = (expiresAt: number) => (expiresAt - epochSeconds(clock.now())) * 1000;

  return {
    async isRevoked(key) {
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      return lookup(key, async () => {
        const revoked = await deps.store.isRevoked(key);
        // A logout recorded in this process while the read was in flight wins.
        if (cache.get(key) === true) return true;
        cache.set(key, revoked, revoked ? REVOKED_RECHECK_MS : ttlMs);
        return revoked;
      });
    },
    async revoke(key, expiresAt) {
      await deps.store.revoke(key, expiresAt);
      cache.set(key, true, Math.max(revokedFor(expiresAt), 1000));
    },
  };
}
