import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { ulid } from './common.ts';
import { TASK_COUNTERS, taskSchema } from './task.ts';

export const subtaskLinkSchema = taskSchema.extend({ parentTaskId: ulid });

/**
 * A copy of a subtask under its parent, `TASK#<parentId>` / `SUBTASK#<id>`, present only while
 * the task has a parent: the parent's direct children in one strongly consistent Query, and
 * what a parent's delete walks to find its descendants. Written in the task's own transactions.
 */
export const subtaskLinkEntity = defineEntity({
  name: 'SubtaskLink',
  schema: subtaskLinkSchema,
  keys: KEY_TEMPLATES.subtaskLink,
  serverOwned: TASK_COUNTERS,
});
