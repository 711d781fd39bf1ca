import { createRoute } from '@hono/zod-openapi';
import type { TaskFeeds } from '#services/task-feeds';
import { createRouter } from '../context.ts';
import { requireGroup } from '../middleware/require-group.ts';
import { problemResponses } from '../schemas/problem.ts';
import { AdminTasksQuerySchema, TaskPageSchema } from '../schemas/task.ts';

const adminTasks = createRoute({
  method: 'get',
  path: '/v1/admin/tasks',
  tags: ['Admin'],
  summary: 'Every task in a status across the system, oldest first (Cognito group admin)',
  security: [{ bearerAuth: [] }],
  middleware: [requireGroup('admin')] as const,
  request: { query: AdminTasksQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: { 'application/json': { schema: TaskPageSchema } } },
    ...problemResponses(400, 401, 403, 422, 503),
  },
});

export function adminTaskRoutes(feeds: TaskFeeds) {
  return createRouter().openapi(adminTasks, async (c) =>
    c.json(await feeds.byStatus(c.get('user'), c.req.valid('query')), 200),
  );
}
