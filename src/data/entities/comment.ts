import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { LIMITS } from '#domain/vocabulary';
import { timestamp, ulid, userId, version } from './common.ts';

export const commentSchema = z.object({
  id: ulid,
  taskId: ulid,
  projectId: ulid,
  authorId: userId,
  body: z.string().min(1).max(LIMITS.commentBody),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Who made the last change (server-owned; the activity's actor). */
  updatedBy: userId.optional(),
  version,
});
export type Comment = z.infer<typeof commentSchema>;

/** A comment in its task's partition; ULID sort keys make a forward query oldest-first. */
export const commentEntity = defineEntity({
  name: 'Comment',
  schema: commentSchema,
  keys: KEY_TEMPLATES.comment,
  serverOwned: ['authorId', 'taskId'],
});
