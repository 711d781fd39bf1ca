import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { ACTIVITY_ACTIONS, ACTIVITY_RESOURCES } from '#domain/vocabulary';
import { epochSeconds, timestamp, ulid, userId, version } from './common.ts';

/** One field a change touched: its value before and after (absent: the field was unset). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const activitySchema = z.object({
  /** `<resource>.<resourceId>.v<version>`: one entry per version of a resource. */
  entryKey: z.string().min(1).max(300),
  projectId: ulid,
  /** The task the change belongs to (tasks, their comments and attachments). */
  taskId: ulid.optional(),
  resource: z.enum(ACTIVITY_RESOURCES),
  resourceId: userId,
  action: z.enum(ACTIVITY_ACTIONS),
  actorId: userId,
  occurredAt: timestamp,
  /** The resource's version after the change (after a deletion: the deleted version + 1). */
  resourceVersion: version,
  changes: z.array(fieldChangeSchema).optional(),
  ttl: epochSeconds,
});
export type Activity = z.infer<typeof activitySchema>;

/** A project's history, newest first; a task's part of it through gsi1. */
export const activityEntity = defineEntity({
  name: 'Activity',
  schema: activitySchema,
  keys: KEY_TEMPLATES.activity,
});
