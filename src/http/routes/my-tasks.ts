import type { TaskFeedService } from '#services/task-feed-service';
import { createRouter } from '../context.ts';
import { defineOperation } from '../schemas/operation.ts';
import { MyTasksQuerySchema, TaskPageSchema } from '../schemas/task.ts';

const myTasks = defineOperation({
  operationId: 'listMyTasks',
  method: 'get',
  path: '/v1/me/tasks',
  tags: ['Tasks'],
  summary: 'Tasks assigned to me across my projects, by status then due date',
  description:
    'Tasks of projects you no longer belong to are left out, so a page may hold fewer than `limit` items.',
  request: { query: MyTasksQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: { 'application/json': { schema: TaskPageSchema } } },
  },
});

export function myTaskRoutes(deps: { taskFeedService: TaskFeedService }) {
  const { taskFeedService } = deps;
  return createRouter().openapi(myTasks, async (c) =>
    c.json(TaskPageSchema.parse(await taskFeedService.mine(c.get('user'), c.req.valid('query'))), 200),
  );
}
