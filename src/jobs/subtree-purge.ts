import { taskSchema } from '#data/entities/task';
import type { TaskDependencies } from '#data/repositories/task-dependencies';
import type { TaskTree } from '#data/repositories/task-tree';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from './stream-dispatcher.ts';

export interface SubtreePurgeDeps {
  tree: Pick<TaskTree, 'purgeSubtree'>;
  dependencies: Pick<TaskDependencies, 'detach'>;
  /** Deletes a task's attachment files and records (the attachments service's `purgeTask`). */
  purgeTaskFiles(taskId: string): Promise<unknown>;
  logger: AppLogger;
}

/**
 * The stream handler of task removals: the removed task leaves the dependency lists of the tasks
 * it was joined with, and when it had subtasks, whatever of them is left (a delete whose walk
 * stopped half-way, or a subtask created under a task being deleted) is removed. The request
 * that deleted the task already did what it could, so this usually finds nothing to do; both
 * steps are idempotent, so a redelivered record does no harm.
 */
export function createSubtreePurge(deps: SubtreePurgeDeps) {
  return async function handleTaskRemoval(change: EntityChange): Promise<void> {
    if (change.eventName !== 'REMOVE') return;
    const parsed = taskSchema.safeParse(change.oldImage);
    if (!parsed.success) return;
    const old = parsed.data;
    await deps.dependencies.detach(old);
    if (old.subtaskCount === 0) return;
    const removed = await deps.tree.purgeSubtree(old.id, async (task) => {
      await deps.dependencies.detach(task);
      await deps.purgeTaskFiles(task.id);
    });
    if (removed > 0) deps.logger.info('subtasks of a deleted task purged', { taskId: old.id, removed });
  };
}
