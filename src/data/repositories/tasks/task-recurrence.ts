import { nextOccurrenceEntity } from '#data/entities/next-occurrence';
import type { NewTask, Task } from '#data/entities/task';
import { TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import { taskCreation } from './task-writes.ts';

/** The next occurrence of a recurring task, created at most once per completed task. */
export function createTaskRecurrence(mapper: Mapper) {
  return {
    /**
     * Stores `next` with its subtasks, and the completed task's `#NEXT` mark, in one
     * transaction. `exists` when the mark was there already (a redelivered or concurrent
     * completion record): nothing is written then.
     */
    async createNext(
      completed: Pick<Task, 'id'>,
      next: NewTask,
      subtasks: readonly NewTask[],
    ): Promise<'created' | 'exists'> {
      const parent = taskCreation(mapper, { ...next, subtaskCount: subtasks.length });
      const children = subtasks.map((child) =>
        taskCreation(mapper, { ...child, parentTaskId: parent.stored.id }),
      );
      const mark = mapper.tx.create(nextOccurrenceEntity, {
        taskId: completed.id,
        nextTaskId: parent.stored.id,
        createdAt: next.createdAt,
      });
      try {
        await mapper.transact([
          { label: 'mark', request: mark },
          ...parent.parts,
          ...children.flatMap((child) => child.parts),
        ]);
        return 'created';
      } catch (error) {
        if (
          error instanceof TransactionCancelledError &&
          error.failureOf('mark')?.code === 'already_exists'
        ) {
          return 'exists';
        }
        throw error;
      }
    },
  };
}

export type TaskRecurrence = ReturnType<typeof createTaskRecurrence>;
