import type { TaskTree } from '#data/repositories/task-tree';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from './stream-dispatcher.ts';

export interface SubtreePurgeDeps {
  tree: Pick<TaskTree, 'purgeSubtree'>;
  /** Deletes a task's attachment files and records (the attachments service's `purgeTask`). */
  purgeTaskFiles(taskId: string): Promise<unknown>;
  logger: AppLogger;
}

/**
 * The stream handler of task removals: when a removed task had subtasks, whatever of them is
 * left (a delete whose walk stopped half-way, or a subtask created under a task being deleted)
 * is removed. The request that deleted the task already removed what it found, so this usually
 * finds nothing; the walk is idempotent, so a redelivered record does no harm.
 */
export function createSubtreePurge(deps: SubtreePurgeDeps) {
  return async function handleTaskRemoval(change: EntityChange): Promise<void> {
    const old = change.oldImage;
    if (change.eventName !== 'REMOVE' || !old || typeof old.id !== 'string') return;
    if (typeof old.subtaskCount !== 'number' || old.subtaskCount === 0) return;
    const removed = await deps.tree.purgeSubtree(old.id, async (task) => {
      await deps.purgeTaskFiles(task.id);
    });
    if (removed > 0) deps.logger.info('subtasks of a deleted task purged', { taskId: old.id, removed });
  };
}
