import type { BatchWrites } from './batch-write.ts';
import type { ItemKey } from './errors.ts';
import type { RangeCondition } from './expressions.ts';
import type { Page, QuerySpec } from './query-ops.ts';

/** Keys read (and deleted) per round: one Query page, 40 BatchWriteItem chunks. */
const KEYS_PER_ROUND = 1000;

export interface PartitionDeleteOps {
  queryKeys(spec: QuerySpec): Promise<Page<ItemKey>>;
  batchWrite(writes: BatchWrites): Promise<void>;
}

/** The key query of one round: a consistent keys-only read from the partition's start. */
export function partitionKeysQuery(partition: string, range?: RangeCondition): QuerySpec {
  return { partition, ...(range ? { range } : {}), limit: KEYS_PER_ROUND, consistent: true };
}

export function createPartitionDelete(ops: PartitionDeleteOps) {
  /**
   * Deletes every item of a partition — or of a sort-key range in it — whatever its entity,
   * expired items included: rounds of one keys-only query and batched deletes (unprocessed items
   * retried), until a query finds nothing. Each round starts from the partition's beginning
   * again, since what the last one found is gone; so it is idempotent and resumes after a crash.
   * Returns how many items it deleted.
   */
  async function deletePartition(partition: string, range?: RangeCondition): Promise<number> {
    const query = partitionKeysQuery(partition, range);
    let deleted = 0;
    for (;;) {
      const page = await ops.queryKeys(query);
      if (page.items.length === 0) return deleted;
      await ops.batchWrite({ deletes: page.items });
      deleted += page.items.length;
      if (page.nextCursor === null) return deleted;
    }
  }
  return { deletePartition };
}
