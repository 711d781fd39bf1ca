import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';

/**
 * The access-token denylist: one item per revoked token id, kept until the token would
 * have expired anyway (`ttl` = its `exp`). DynamoDB deletes expired items late, so a read
 * treats an item whose ttl has passed as absent.
 *
 * Written straight on the document client for now; the interface is kept to two calls so
 * it can move onto the mapper engine without touching its callers.
 */
export interface RevokedTokenRepository {
  /** Records `jti` as revoked until `expiresAt` (epoch seconds). Idempotent. */
  revoke(jti: string, expiresAt: number): Promise<void>;
  /** True while `jti` is recorded and its ttl has not passed. */
  isRevoked(jti: string): Promise<boolean>;
}

export const REVOKED_TOKEN_ENTITY = 'RevokedToken';

export function revokedTokenKey(jti: string) {
  return { pk: `REVOKED#${jti}`, sk: '#META' };
}

export interface RevokedTokenRepositoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  clock?: Clock;
}

export function createRevokedTokenRepository(options: RevokedTokenRepositoryOptions): RevokedTokenRepository {
  const { doc, tableName } = options;
  const clock = options.clock ?? systemClock;
  return {
    async revoke(jti, expiresAt) {
      const now = clock.now();
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...revokedTokenKey(jti),
            _et: REVOKED_TOKEN_ENTITY,
            jti,
            revokedAt: now.toISOString(),
            ttl: Math.floor(expiresAt),
          },
        }),
      );
    },
    async isRevoked(jti) {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: revokedTokenKey(jti),
          ProjectionExpression: '#ttl',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          // A logout on another instance must be visible to the next uncached check.
          ConsistentRead: true,
        }),
      );
      if (!Item) return false;
      const ttl = Item.ttl;
      return typeof ttl === 'number' && ttl > epochSeconds(clock.now());
    },
  };
}
