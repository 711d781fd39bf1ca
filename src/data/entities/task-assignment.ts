import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { userId } from './common.ts';
import { taskSchema } from './task.ts';

export const taskAssignmentSchema = taskSchema.extend({ assigneeId: userId });

/**
 * A copy of an assigned task under `TASK#<id>` / `#ASSIGNEE`, present only while the task is
 * assigned; gsi1 `ASSIGNEE#<userId>` / `<status>#<dueDate|~>#<id>` serves "tasks assigned to
 * me" by status and due date across projects.
 */
export const taskAssignmentEntity = defineEntity({
  name: 'TaskAssignment',
  schema: taskAssignmentSchema,
  keys: KEY_TEMPLATES.taskAssignment,
});
