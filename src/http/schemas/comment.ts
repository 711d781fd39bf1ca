import { LIMITS } from '#domain/vocabulary';
import { IdSchema, pageOf, TimestampSchema } from './common.ts';
import * as z from './zod.ts';

const body = z.string().trim().min(1).max(LIMITS.commentBody);

export const CommentCreateSchema = z
  .strictObject({ body })
  .openapi('CommentCreate', { example: { body: 'Looks good to me.' } });
export const CommentUpdateSchema = z.strictObject({ body }).openapi('CommentUpdate');

export const CommentSchema = z
  .object({
    id: IdSchema,
    taskId: IdSchema,
    projectId: IdSchema,
    authorId: z.string(),
    body,
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi('Comment');

export const CommentPageSchema = pageOf(CommentSchema, 'CommentPage');
export const CommentParamsSchema = z.object({
  taskId: IdSchema.openapi({ param: { name: 'taskId', in: 'path' } }),
  commentId: IdSchema.openapi({ param: { name: 'commentId', in: 'path' } }),
});
