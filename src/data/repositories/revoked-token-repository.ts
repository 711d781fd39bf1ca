import { revokedTokenEntity } from '#data/entities/revoked-token';
import type { Mapper } from '#data/mapper/mapper';
import { type Clock, systemClock } from '#lib/clock';

/**
 * The access-token denylist: one item per revoked token id, kept until the token would
 * have expired anyway (`ttl` = its `exp`). The mapper treats an item whose ttl has passed
 * as absent (DynamoDB deletes expired items late; DynamoDB Local never does).
 */
export interface RevokedTokenRepository {
  /** Records `jti` as revoked until `expiresAt` (epoch seconds). Idempotent. */
  revoke(jti: string, expiresAt: number): Promise<void>;
  /** True while `jti` is recorded and its ttl has not passed. */
  isRevoked(jti: string): Promise<boolean>;
}

export function createRevokedTokenRepository(
  mapper: Mapper,
  clock: Clock = systemClock,
): RevokedTokenRepository {
  return {
    async revoke(jti, expiresAt) {
      await mapper.put(revokedTokenEntity, {
        jti,
        revokedAt: clock.now().toISOString(),
        ttl: Math.floor(expiresAt),
      });
    },
    async isRevoked(jti) {
      // Strongly consistent: a logout on another instance must be visible to the next uncached check.
      return (await mapper.get(revokedTokenEntity, { jti }, { consistent: true })) !== undefined;
    },
  };
}
