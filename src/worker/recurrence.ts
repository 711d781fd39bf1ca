import { type NewTask, taskSchema } from '#data/entities/task';
import type { TaskRecurrence } from '#data/repositories/tasks/task-recurrence';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import { dateIn, nextOccurrence } from '#domain/recurrence';
import { LIMITS } from '#domain/vocabulary';
import { type Clock, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { AppLogger } from '#lib/logger';
import type { EntityChange } from './stream/stream-dispatcher.ts';

export interface RecurrenceDeps {
  recurrence: TaskRecurrence;
  tree: Pick<TaskTree, 'children'>;
  logger: AppLogger;
  clock?: Clock;
}

/**
 * The stream handler of task changes that complete a recurring task: the next occurrence is
 * created with the next due date of its rule, the same title, description, labels, assignee and
 * priority, and a fresh subtask for each of the completed task's subtasks (their titles). The
 * completed task stays as it is. The `#NEXT` mark written in the same transaction makes it happen
 * once per task, whatever the number of deliveries or concurrent handlers; a rule that has ended
 * yields nothing.
 */
export function createRecurrence(deps: RecurrenceDeps) {
  const clock = deps.clock ?? systemClock;
  return async function handleTaskChange(change: EntityChange): Promise<void> {
    if (change.eventName !== 'MODIFY') return;
    const before = taskSchema.safeParse(change.oldImage);
    const after = taskSchema.safeParse(change.newImage);
    if (!before.success || !after.success) return;
    const task = after.data;
    if (!task.recurrence || task.status !== 'done' || before.data.status === 'done') return;
    const from = task.dueDate ?? dateIn(new Date(task.updatedAt), task.timeZone ?? 'UTC');
    const dueDate = nextOccurrence(task.recurrence, from, task.occurrence);
    if (!dueDate) {
      deps.logger.info('recurring task completed; its rule has ended', { taskId: task.id });
      return;
    }
    const now = clock.now().toISOString();
    const common = { projectId: task.projectId, createdBy: task.createdBy, createdAt: now, updatedAt: now };
    const next: NewTask = {
      ...common,
      id: newId(),
      title: task.title,
      status: 'todo',
      priority: task.priority,
      labels: task.labels,
      dueDate,
      recurrence: task.recurrence,
      occurrence: task.occurrence + 1,
      ...(task.description !== undefined ? { description: task.description } : {}),
      ...(task.assigneeId !== undefined ? { assigneeId: task.assigneeId } : {}),
      ...(task.timeZone !== undefined ? { timeZone: task.timeZone } : {}),
    };
    const children = (await deps.tree.children(task.id)).slice(0, LIMITS.occurrenceSubtasks);
    const subtasks: NewTask[] = children.map((child) => ({
      ...common,
      id: newId(),
      title: child.title,
      status: 'todo',
      priority: child.priority,
      labels: child.labels,
    }));
    const outcome = await deps.recurrence.createNext(task, next, subtasks);
    deps.logger.info('next occurrence of a recurring task', { taskId: task.id, outcome, dueDate });
  };
}
