import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { timestamp, ulid } from './common.ts';

export const subtreePurgeSchema = z.object({
  taskId: ulid,
  projectId: ulid,
  deletedAt: timestamp,
});
export type SubtreePurge = z.infer<typeof subtreePurgeSchema>;

/**
 * `TASK#<id>` / `#PURGE`: a deleted task's subtree is being purged on the stream. Created in the
 * delete's transaction with the project's `subtreePurges` +1; the purge, once done, deletes it
 * with the matching −1 in one transaction, so a redelivered record never counts down twice.
 */
export const subtreePurgeEntity = defineEntity({
  name: 'SubtreePurge',
  schema: subtreePurgeSchema,
  keys: KEY_TEMPLATES.subtreePurge,
});
