import { createBatchWrite } from './batch-write.ts';
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
  return {
    ...createReadOps(runtime),
    ...createQueryOps(runtime),
    ...createWriteOps(runtime),
    ...createBatchWrite(runtime),
    tableName: runtime.tableName,
    /** The mapper's clock (TTL liveness); records that set their own TTL read it too. */
    clock: runtime.clock,
  };
}

export type Mapper = ReturnType<typeof createMapper>;
