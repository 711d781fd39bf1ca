import type { Comment } from '#data/entities/comment';
import type { CommentService } from '#services/comment-service';
import { createRouter } from '../context.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import {
  CommentCreateSchema,
  CommentPageSchema,
  CommentParamsSchema,
  CommentSchema,
  CommentUpdateSchema,
} from '../schemas/comment.ts';
import { PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import { TaskParamsSchema } from '../schemas/task.ts';
import type * as z from '../schemas/zod.ts';

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });

const listComments = defineOperation({
  operationId: 'listComments',
  method: 'get',
  path: '/v1/tasks/{taskId}/comments',
  tags: ['Comments'],
  summary: 'Comments of a task, oldest first (viewers and up)',
  request: { params: TaskParamsSchema, query: PageQuerySchema },
  responses: {
    200: { description: 'A page of comments', content: json(CommentPageSchema) },
  },
  problems: { 404: ['task_not_found'] },
});

const createComment = defineOperation({
  operationId: 'createComment',
  idempotent: true,
  method: 'post',
  path: '/v1/tasks/{taskId}/comments',
  tags: ['Comments'],
  summary: 'Comment on a task (members and up)',
  request: {
    params: TaskParamsSchema,
    body: { required: true, content: json(CommentCreateSchema) },
  },
  responses: {
    201: { description: 'Created', headers: responseHeaders('Location'), content: json(CommentSchema) },
  },
  problems: { 403: ['role_forbids'], 404: ['task_not_found'] },
});

const updateComment = defineOperation({
  operationId: 'updateComment',
  method: 'patch',
  path: '/v1/tasks/{taskId}/comments/{commentId}',
  tags: ['Comments'],
  summary: 'Edit your own comment',
  request: { params: CommentParamsSchema, body: { required: true, content: json(CommentUpdateSchema) } },
  responses: {
    200: { description: 'The edited comment', content: json(CommentSchema) },
  },
  problems: { 403: ['role_forbids', 'not_comment_author'], 404: ['task_not_found', 'comment_not_found'] },
});

const deleteComment = defineOperation({
  operationId: 'deleteComment',
  method: 'delete',
  path: '/v1/tasks/{taskId}/comments/{commentId}',
  tags: ['Comments'],
  summary: 'Delete your own comment (project admins and up: any)',
  request: { params: CommentParamsSchema },
  responses: { 204: { description: 'Deleted' } },
  problems: { 403: ['role_forbids'], 404: ['task_not_found', 'comment_not_found'] },
});

/** The answer to a create, also stored for replays under its Idempotency-Key. */
const commentCreated = (comment: Comment) => ({
  status: 201 as const,
  headers: { Location: `/v1/tasks/${comment.taskId}/comments/${comment.id}` },
  body: CommentSchema.parse(comment),
});

export function commentRoutes(deps: { commentService: CommentService }) {
  const { commentService } = deps;
  return createRouter()
    .openapi(listComments, async (c) => {
      const { taskId } = c.req.valid('param');
      return c.json(
        CommentPageSchema.parse(await commentService.list(c.get('user'), taskId, c.req.valid('query'))),
        200,
      );
    })
    .openapi(createComment, async (c) => {
      const { taskId } = c.req.valid('param');
      return answerCreate(c, commentCreated, (options) =>
        commentService.create(c.get('user'), taskId, c.req.valid('json').body, options),
      );
    })
    .openapi(updateComment, async (c) => {
      const { taskId, commentId } = c.req.valid('param');
      const comment = await commentService.update(c.get('user'), taskId, commentId, c.req.valid('json').body);
      return c.json(CommentSchema.parse(comment), 200);
    })
    .openapi(deleteComment, async (c) => {
      const { taskId, commentId } = c.req.valid('param');
      await commentService.delete(c.get('user'), taskId, commentId);
      return c.body(null, 204);
    });
}
