import { taskSchema } from '#data/entities/task';
import type { TaskDependencies } from '#data/repositories/tasks/task-dependencies';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from './stream/stream-dispatcher.ts';

export interface SubtreePurgeDeps {
  tree: Pick<TaskTree, 'purgeSubtree' | 'finishPurge'>;
  dependencies: Pick<TaskDependencies, 'detach'>;
  /** Deletes a task's attachment files and records (the attachments service's `purgeTask`). */
  purgeTaskFiles(taskId: string): Promise<unknown>;
  logger: AppLogger;
}

/**
 * The stream handler of task removals: the removed task leaves the dependency lists of the tasks
 * it was joined with, and when it had subtasks, whatever of them is left is removed — the whole
 * subtree of a task whose delete left it to this purge (hidden from reads since that delete, by
 * its project's `subtreePurges`), which ends by deleting the task's `#PURGE` mark with the count
 * going down, in one transaction. Every step is idempotent: a purge that stopped half-way throws,
 * the record comes again and the walk resumes; a redelivered record finds nothing left to do.
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
    const ended = await deps.tree.finishPurge(old);
    if (removed > 0 || ended) {
      deps.logger.info('subtasks of a deleted task purged', { taskId: old.id, removed, ended });
    }
  };
}
