import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { ATTACHMENT_STATUSES, LIMITS } from '#domain/vocabulary';
import { epochSeconds, timestamp, ulid, userId, version } from './common.ts';

export const attachmentSchema = z.object({
  id: ulid,
  taskId: ulid,
  projectId: ulid,
  filename: z.string().min(1).max(LIMITS.filename),
  contentType: z.string().min(1).max(LIMITS.contentType),
  size: z.number().int().nonnegative(),
  status: z.enum(ATTACHMENT_STATUSES),
  objectKey: z.string().min(1).max(1024),
  createdBy: userId,
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Who made the last change (server-owned; the activity's actor). */
  updatedBy: userId.optional(),
  version,
  /** Only while `pending`: an upload nobody completes disappears a day later. */
  ttl: epochSeconds.optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** An attachment's metadata in its task's partition; the bytes live in S3 under `objectKey`. */
export const attachmentEntity = defineEntity({
  name: 'Attachment',
  schema: attachmentSchema,
  keys: KEY_TEMPLATES.attachment,
  serverOwned: ['objectKey', 'projectId'],
});
