import { ADMIN_GROUP } from '#domain/vocabulary';
import type { TaskFeedService } from '#services/task-feed-service';
import { createRouter } from '../context.ts';
import { requireGroup } from '../middleware/require-group.ts';
import { defineOperation } from '../schemas/operation.ts';
import { AdminTasksQuerySchema, TaskPageSchema } from '../schemas/task.ts';

const adminTasks = defineOperation({
  operationId: 'listTasksByStatus',
  method: 'get',
  path: '/v1/admin/tasks',
  tags: ['Admin'],
  summary: 'Every task in a status across the system, oldest first (Cognito group admin)',
  middleware: [requireGroup(ADMIN_GROUP)] as const,
  request: { query: AdminTasksQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: { 'application/json': { schema: TaskPageSchema } } },
  },
  problems: { 403: ['group_required'] },
});

export function adminTaskRoutes(deps: { taskFeedService: TaskFeedService }) {
  const { taskFeedService } = deps;
  return createRouter().openapi(adminTasks, async (c) =>
    c.json(TaskPageSchema.parse(await taskFeedService.byStatus(c.get('user'), c.req.valid('query'))), 200),
  );
}
