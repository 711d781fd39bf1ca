import { createRoute, type z } from '@hono/zod-openapi';
import type { Comment } from '#data/entities/comment';
import type { CommentService } from '#services/comment-service';
import { createRouter } from '../context.ts';
import { answerCreated, idempotent, receiptFor } from '../middleware/idempotency.ts';
import {
  CommentCreateSchema,
  CommentPageSchema,
  CommentParamsSchema,
  CommentSchema,
  CommentUpdateSchema,
} from '../schemas/comment.ts';
import { IdempotencyHeaderSchema, PageQuerySchema } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import { TaskParamsSchema } from '../schemas/task.ts';

const security = [{ bearerAuth: [] }];
const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });

const listComments = createRoute({
  method: 'get',
  path: '/v1/tasks/{taskId}/comments',
  tags: ['Comments'],
  summary: 'Comments of a task, oldest first (viewers and up)',
  security,
  request: { params: TaskParamsSchema, query: PageQuerySchema },
  responses: {
    200: { description: 'A page of comments', content: json(CommentPageSchema) },
    ...problemResponses(400, 401, 404, 422, 503),
  },
});

const createComment = createRoute({
  method: 'post',
  path: '/v1/tasks/{taskId}/comments',
  tags: ['Comments'],
  summary: 'Comment on a task (members and up)',
  security,
  middleware: [idempotent()] as const,
  request: {
    params: TaskParamsSchema,
    headers: IdempotencyHeaderSchema,
    body: { required: true, content: json(CommentCreateSchema) },
  },
  responses: {
    201: {
      description: 'Created',
      headers: { Location: { schema: { type: 'string' }, description: 'The new comment' } },
      content: json(CommentSchema),
    },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
  },
});

const updateComment = createRoute({
  method: 'patch',
  path: '/v1/tasks/{taskId}/comments/{commentId}',
  tags: ['Comments'],
  summary: 'Edit your own comment',
  security,
  request: { params: CommentParamsSchema, body: { required: true, content: json(CommentUpdateSchema) } },
  responses: {
    200: { description: 'The edited comment', content: json(CommentSchema) },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
  },
});

const deleteComment = createRoute({
  method: 'delete',
  path: '/v1/tasks/{taskId}/comments/{commentId}',
  tags: ['Comments'],
  summary: 'Delete your own comment (project admins and up: any)',
  security,
  request: { params: CommentParamsSchema },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403, 404, 422, 503) },
});

/** The answer to a create, also stored for replays under its Idempotency-Key. */
const commentCreated = (comment: Comment) => ({
  status: 201 as const,
  headers: { Location: `/v1/tasks/${comment.taskId}/comments/${comment.id}` },
  body: comment,
});

export function commentRoutes(deps: { comments: CommentService }) {
  const { comments } = deps;
  return createRouter()
    .openapi(listComments, async (c) => {
      const { taskId } = c.req.valid('param');
      return c.json(await comments.list(taskId, c.get('user'), c.req.valid('query')), 200);
    })
    .openapi(createComment, async (c) => {
      const { taskId } = c.req.valid('param');
      const receipt = await receiptFor(c, commentCreated);
      const comment = await comments.create(taskId, c.get('user'), c.req.valid('json').body, receipt);
      return answerCreated(c, commentCreated(comment));
    })
    .openapi(updateComment, async (c) => {
      const { taskId, commentId } = c.req.valid('param');
      return c.json(await comments.update(taskId, commentId, c.get('user'), c.req.valid('json').body), 200);
    })
    .openapi(deleteComment, async (c) => {
      const { taskId, commentId } = c.req.valid('param');
      await comments.remove(taskId, commentId, c.get('user'));
      return c.body(null, 204);
    });
}
