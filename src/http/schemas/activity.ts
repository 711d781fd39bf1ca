import { ACTIVITY_ACTIONS, ACTIVITY_RESOURCES } from '#domain/vocabulary';
import { AttachmentSchema } from './attachment.ts';
import { CommentSchema } from './comment.ts';
import { IdSchema, PageLimitSchema, PageQuerySchema, pageOf, TimestampSchema } from './common.ts';
import { MemberSchema } from './member.ts';
import { TaskSchema } from './task.ts';
import * as z from './zod.ts';

const action = z.enum(ACTIVITY_ACTIONS);
const resource = z.enum(ACTIVITY_RESOURCES);

export const FieldChangeSchema = z
  .object({
    field: z.string(),
    from: z.unknown().optional().openapi({ description: 'Absent: the field was unset before' }),
    to: z.unknown().optional().openapi({ description: 'Absent: the change unset the field' }),
  })
  .openapi('FieldChange');

/** One recorded change: who did what to which resource, when, and the version it made. */
export const ActivitySchema = z
  .object({
    id: z.string().openapi({ example: 'task.01JD3Q8Y8R0W4N6M2K5T7V9XZA.v2' }),
    projectId: IdSchema,
    taskId: IdSchema.optional(),
    resource,
    resourceId: z.string(),
    action,
    actorId: z.string().openapi({ description: 'The user who made the change' }),
    occurredAt: TimestampSchema,
    version: z.number().int().positive().openapi({
      description: "The resource's version after the change (after a deletion: the deleted version + 1)",
    }),
    changes: z
      .array(FieldChangeSchema)
      .optional()
      .openapi({ description: 'Updates: every changed field with its old and new value' }),
  })
  .openapi('Activity');

export const ActivityPageSchema = pageOf(ActivitySchema, 'ActivityPage');

export const ActivityQuerySchema = PageQuerySchema.extend({
  action: action.optional().openapi({ param: { name: 'action', in: 'query' } }),
});

/** A change of the feed: the resource as the API returns it, or a tombstone naming only its id. */
export const ChangeSchema = z
  .object({
    resource,
    resourceId: z.string(),
    taskId: IdSchema.optional(),
    action,
    version: z.number().int().positive(),
    recordedAt: TimestampSchema,
    deleted: z.boolean().openapi({ description: 'A tombstone: the resource is gone; only its id is given' }),
    data: z
      .union([TaskSchema, CommentSchema, AttachmentSchema, MemberSchema])
      .optional()
      .openapi({ description: 'The resource after the change; absent for tombstones' }),
  })
  .openapi('Change');

export const ChangePageSchema = z
  .object({
    items: z.array(ChangeSchema),
    syncToken: z.string().openapi({ description: 'Pass as `since` next time (opaque, signed)' }),
    hasMore: z.boolean().openapi({ description: 'More changes are waiting: ask again at once' }),
  })
  .openapi('ChangePage');

export const ChangesQuerySchema = z.strictObject({
  since: z
    .string()
    .min(1)
    .max(1024)
    .optional()
    .openapi({
      param: { name: 'since', in: 'query' },
      description: 'The syncToken of the previous answer; without it, the answer is a token for now',
    }),
  limit: PageLimitSchema,
});

/** The resource of a change as its own route returns it (stored-only fields dropped). */
export const RESOURCE_SCHEMAS = {
  task: TaskSchema,
  comment: CommentSchema,
  attachment: AttachmentSchema,
  member: MemberSchema,
} as const;
