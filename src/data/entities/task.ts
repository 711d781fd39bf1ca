import { z } from 'zod';
import { defineEntity } from '#data/mapper/entity';
import { KEY_TEMPLATES } from '#data/table';
import { isoDate, timestamp, ulid, userId, version } from './common.ts';

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const taskSchema = z.object({
  id: ulid,
  projectId: ulid,
  title: z.string().min(1).max(300),
  description: z.string().max(20_000).optional(),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  assigneeId: userId.optional(),
  dueDate: isoDate.optional(),
  labels: z.array(z.string().min(1).max(50)).max(20),
  createdBy: userId,
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
});
export type Task = z.infer<typeof taskSchema>;

/**
 * The canonical task, in its project's partition (`TASK#<id>`, by creation) and in gsi1
 * under `PROJECT#<pid>#DUE` (by due date, undated last). The authority for reads that
 * must see the latest write (strongly consistent base-table reads).
 */
export const taskEntity = defineEntity({
  name: 'Task',
  schema: taskSchema,
  keys: KEY_TEMPLATES.task,
});
