import { createRoute } from '@hono/zod-openapi';
import type { TaskFeeds } from '#services/task-feeds';
import { createRouter } from '../context.ts';
import { problemResponses } from '../schemas/problem.ts';
import { MyTasksQuerySchema, TaskPageSchema } from '../schemas/task.ts';

const myTasks = createRoute({
  method: 'get',
  path: '/v1/me/tasks',
  tags: ['Tasks'],
  summary: 'Tasks assigned to me across my projects, by status then due date',
  description:
    'Tasks of projects you no longer belong to are left out, so a page may hold fewer than `limit` items.',
  security: [{ bearerAuth: [] }],
  request: { query: MyTasksQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: { 'application/json': { schema: TaskPageSchema } } },
    ...problemResponses(400, 401, 422, 503),
  },
});

export function myTaskRoutes(feeds: TaskFeeds) {
  return createRouter().openapi(myTasks, async (c) =>
    c.json(await feeds.mine(c.get('user'), c.req.valid('query')), 200),
  );
}
