import type { UserStatus } from '#domain/auth';
import { type Clock, systemClock } from '#lib/clock';
import { coalesce, createTtlCache } from '#lib/ttl-cache';

/** Reads a user's record from the identity provider (AdminGetUser); undefined when none exists. */
export type UserStatusLookup = (username: string) => Promise<UserStatus | undefined>;

export interface UserStatusCache {
  /** The user's status, cached per `sub`; a failed lookup rejects (`service_unavailable`). */
  get(user: { sub: string; username: string }): Promise<UserStatus | undefined>;
  /** Drops what is cached for `sub` (after an admin change made through this process). */
  forget(sub: string): void;
}

export interface UserStatusCacheDeps {
  lookup: UserStatusLookup;
  /** `config.cognito.userStatusCacheSeconds`: how late a disabled user is noticed. */
  ttlSeconds: number;
  maxEntries: number;
  clock?: Clock;
}

/**
 * Cognito does not refuse a disabled user's access tokens by itself; the middleware asks
 * AdminGetUser, at most once per user per `ttlSeconds`. Concurrent requests of one user
 * share one lookup. Failures are never cached.
 */
export function createUserStatusCache(deps: UserStatusCacheDeps): UserStatusCache {
  const clock = deps.clock ?? systemClock;
  const cache = createTtlCache<UserStatus | null>({
    maxEntries: deps.maxEntries,
    now: () => clock.now().getTime(),
  });
  const lookup = coalesce<UserStatus | undefined>();
  const ttlMs = deps.ttlSeconds * 1000;
  return {
    async get({ sub, username }) {
      const cached = cache.get(sub);
      if (cached !== undefined) return cached ?? undefined;
      return lookup(sub, async () => {
        const status = await deps.lookup(username);
        cache.set(sub, status ?? null, ttlMs);
        return status;
      });
    },
    forget(sub) {
      cache.delete(sub);
    },
  };
}
