import { createBatchWrite } from './batch-write.ts';
import { createPartitionDelete } from './partition-delete.ts';
import { createQueryOps } from './query-ops.ts';
import { createReadOps } from './read-ops.ts';
import { createRuntime, type MapperOptions } from './runtime.ts';
import { createWriteOps } from './write-ops.ts';

export type { MapperOptions };

/**
 * The mapper engine: typed entity operations over one table. The only module family that
 * calls `send()`; repositories build on it. Performs no I/O until an operation is called.
 */
export function createMapper(options: MapperOptions) {
  const runtime = createRuntime(options);
  const queries = createQueryOps(runtime);
  const batches = createBatchWrite(runtime);
  return {
    ...createReadOps(runtime),
    ...queries,
    ...createWriteOps(runtime),
    ...batches,
    ...createPartitionDelete({ queryKeys: queries.queryKeys, batchWrite: batches.batchWrite }),
    /** The mapper's clock (TTL liveness); records that set their own TTL read it too. */
    clock: runtime.clock,
  };
}

export type Mapper = ReturnType<typeof createMapper>;
