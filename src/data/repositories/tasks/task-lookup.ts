import type { Task } from '#data/entities/task';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Mapper } from '#data/mapper/mapper';

/**
 * A task found by its id alone, through its `#REF` copy (written in the same transaction
 * as the canonical task, so a strongly consistent read sees the latest write).
 */
export function createTaskLookup(mapper: Mapper) {
  return {
    byId(taskId: string): Promise<Task | undefined> {
      return mapper.get(taskRefEntity, { id: taskId }, { consistent: true });
    },
  };
}

export type TaskLookup = ReturnType<typeof createTaskLookup>;
