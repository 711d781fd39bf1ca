import { type Deletion, deletionEntity } from '#data/entities/deletion';
import type { Mapper } from '#data/mapper/mapper';
import { epochSeconds } from '#lib/clock';

/** A marker outlives the stream's 24 h retention of the delete's record, then expires. */
const MARKER_TTL_SECONDS = 2 * 24 * 3600;

/**
 * The put of a deletion marker (who deleted which version), for the delete's own transaction:
 * the delete and the record of who made it commit together or not at all.
 */
export function deletionMarker(mapper: Mapper, deletion: Omit<Deletion, 'deletedAt' | 'ttl'>) {
  const now = mapper.clock.now();
  return mapper.tx.put(deletionEntity, {
    ...deletion,
    deletedAt: now.toISOString(),
    ttl: epochSeconds(now) + MARKER_TTL_SECONDS,
  });
}
