import { subtaskLinkEntity } from '#data/entities/subtask-link';
import { type Task, taskEntity } from '#data/entities/task';
import { taskAssignmentEntity } from '#data/entities/task-assignment';
import { taskRefEntity } from '#data/entities/task-ref';
import type { Filter } from '#data/mapper/expressions';
import type { AnyEntity } from '#data/mapper/write-request';

/**
 * How a task is stored, in one place: the canonical item in its project's partition, a `#REF`
 * copy under `TASK#<id>` (found by id alone; the admin status view) and, while it is assigned,
 * an `#ASSIGNEE` copy ("my tasks") and, while it has a parent, a `SUBTASK#<id>` copy in the
 * parent's partition (the parent's subtasks). Every task write keeps them in one transaction
 * (task-writes.ts); fixtures and the benchmark floors store tasks through here too.
 */

/** One copy of a task: the entity that writes it and the model it is written from. */
export interface TaskCopy {
  entity: AnyEntity;
  model: Task;
}

/** The copies a stored task keeps beside its canonical item. */
export function taskCopies(task: Task): TaskCopy[] {
  const copies: TaskCopy[] = [{ entity: taskRefEntity, model: task }];
  if (task.assigneeId) copies.push({ entity: taskAssignmentEntity, model: task });
  if (task.parentTaskId) copies.push({ entity: subtaskLinkEntity, model: task });
  return copies;
}

/** Every write of a stored task: its canonical item, then its copies. */
export function taskWrites(task: Task): TaskCopy[] {
  return [{ entity: taskEntity, model: task }, ...taskCopies(task)];
}

/** Every item of a stored task as it is in the table, canonical first. */
export function taskItems(task: Task): Record<string, unknown>[] {
  return taskWrites(task).map(({ entity, model }) => entity.toItem(model));
}

/** The fields that decide which copies a task has: a write that counts on those copies checks them. */
export function copyShape(task: Task): Filter {
  return {
    assigneeId: task.assigneeId ?? { exists: false },
    parentTaskId: task.parentTaskId ?? { exists: false },
  };
}
