import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { epochSeconds, timestamp, ulid, userId, version } from './common.ts';

export const deletionSchema = z.object({
  projectId: ulid,
  taskId: ulid.optional(),
  /** Projects are not marked: a deleted project's activity goes with it. */
  resource: z.enum(['task', 'comment', 'attachment', 'member']),
  resourceId: userId,
  /** The version that was deleted. */
  resourceVersion: version,
  deletedBy: userId,
  deletedAt: timestamp,
  ttl: epochSeconds,
});
export type Deletion = z.infer<typeof deletionSchema>;

/**
 * Who deleted what: a removed item's stream record carries only its old image, which names the
 * last writer, not the deleter. Written in the same transaction as the delete; the activity
 * consumer reads its INSERT. It expires a day later (the stream keeps records 24 h).
 */
export const deletionEntity = defineEntity({
  name: 'Deletion',
  schema: deletionSchema,
  keys: KEY_TEMPLATES.deletion,
});
