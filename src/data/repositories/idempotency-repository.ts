import { idempotencyRecordEntity } from '#data/entities/idempotency-record';
import { ItemExistsError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { BeginOutcome, IdempotencyStore, StoredResponse } from '#domain/idempotency';
import { type Clock, epochSeconds, systemClock } from '#lib/clock';

/** How long a completed response is replayed. */
export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 60 * 60;
/**
 * How long an in-flight claim holds the key. A process that dies mid-request leaves a
 * claim that expires after this, so the key never stays locked for a day.
 */
export const IDEMPOTENCY_LEASE_SECONDS = 60;

/** Idempotency records on the mapper: claims are conditional creates, so two racers never both run. */
export function createIdempotencyRepository(mapper: Mapper, clock: Clock = systemClock): IdempotencyStore {
  const keyOf = (callerSub: string, key: string) => ({ callerSub, key });

  return {
    async begin(scope: string, key: string, requestHash: string): Promise<BeginOutcome> {
      const now = clock.now();
      try {
        await mapper.create(idempotencyRecordEntity, {
          ...keyOf(scope, key),
          status: 'in_flight',
          requestHash,
          createdAt: now.toISOString(),
          ttl: epochSeconds(now) + IDEMPOTENCY_LEASE_SECONDS,
        });
        return { outcome: 'started' };
      } catch (error) {
        if (!(error instanceof ItemExistsError)) throw error;
      }
      const existing = await mapper.get(idempotencyRecordEntity, keyOf(scope, key), { consistent: true });
      // It expired between our create and this read: claim it again.
      if (!existing) return this.begin(scope, key, requestHash);
      if (existing.requestHash !== requestHash) return { outcome: 'mismatch' };
      if (existing.status === 'completed' && existing.response)
        return { outcome: 'completed', response: existing.response };
      return { outcome: 'in_flight' };
    },

    async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
      await mapper.update(idempotencyRecordEntity, keyOf(scope, key), {
        status: 'completed',
        response,
        ttl: epochSeconds(clock.now()) + IDEMPOTENCY_RETENTION_SECONDS,
      });
    },

    async release(scope: string, key: string): Promise<void> {
      await mapper.delete(idempotencyRecordEntity, keyOf(scope, key), { mustExist: false });
    },
  };
}
