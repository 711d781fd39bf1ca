import { projectEntity } from '#data/entities/project';
import type { Mapper } from '#data/mapper/mapper';
import type { WriteRequest } from '#data/mapper/write-request';

/**
 * A transaction item that moves a project's `ownerCount` by `delta` without touching its
 * `version` (owners are not part of the project's representation, so its ETag stays).
 * A decrement carries `ownerCount > 1`: when it fails, the change would leave no owner.
 * The item must exist, so no membership change lands on a deleted project.
 * Cancellation codes: `not_found` (project gone) or `condition_failed` (last owner).
 */
export function ownerCountChange(mapper: Mapper, projectId: string, delta: -1 | 1): WriteRequest {
  return mapper.tx.increment(
    projectEntity,
    { id: projectId },
    { ownerCount: delta },
    {
      // Items written before the field existed had one owner (the schema's default).
      initial: { ownerCount: 1 },
      ...(delta < 0 ? { condition: { ownerCount: { gt: 1 } } } : {}),
    },
  );
}
