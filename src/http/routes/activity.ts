import type { Activity } from '#data/entities/activity';
import type { Change } from '#data/entities/change';
import type { ActivityService } from '#services/activity-service';
import { createRouter } from '../context.ts';
import {
  ActivityPageSchema,
  ActivityQuerySchema,
  ActivitySchema,
  ChangePageSchema,
  ChangeSchema,
  ChangesQuerySchema,
  RESOURCE_SCHEMAS,
} from '../schemas/activity.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import { ProjectParamsSchema } from '../schemas/project.ts';
import { TaskParamsSchema } from '../schemas/task.ts';
import type * as z from '../schemas/zod.ts';

const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });

const listProjectActivity = defineOperation({
  operationId: 'listProjectActivity',
  method: 'get',
  path: '/v1/projects/{projectId}/activity',
  tags: ['Activity'],
  summary: "A project's activity, newest first (viewers and up)",
  request: { params: ProjectParamsSchema, query: ActivityQuerySchema },
  responses: { 200: { description: 'A page of activity', content: json(ActivityPageSchema) } },
  problems: { 404: ['project_not_found'] },
});

const listTaskActivity = defineOperation({
  operationId: 'listTaskActivity',
  method: 'get',
  path: '/v1/tasks/{taskId}/activity',
  tags: ['Activity'],
  summary: "A task's activity (its comments and attachments too), newest first (viewers and up)",
  request: { params: TaskParamsSchema, query: ActivityQuerySchema },
  responses: { 200: { description: 'A page of activity', content: json(ActivityPageSchema) } },
  problems: { 404: ['task_not_found'] },
});

const listProjectChanges = defineOperation({
  operationId: 'listProjectChanges',
  method: 'get',
  path: '/v1/projects/{projectId}/changes',
  tags: ['Activity'],
  summary:
    'Tasks, comments, attachments and members changed since a sync token, oldest first (viewers and up)',
  request: { params: ProjectParamsSchema, query: ChangesQuerySchema },
  responses: {
    200: {
      description: 'The changes after `since` and the token to continue from (never cached)',
      headers: {
        ...responseHeaders(),
        'Cache-Control': { schema: { type: 'string', const: 'no-store' }, required: true },
      },
      content: json(ChangePageSchema),
    },
  },
  problems: { 400: ['invalid_sync_token'], 404: ['project_not_found'], 410: ['sync_token_expired'] },
});

function activityView(entry: Activity) {
  const { entryKey, resourceVersion, ttl: _ttl, ...rest } = entry;
  return ActivitySchema.parse({ ...rest, id: entryKey, version: resourceVersion });
}

function changeView(change: Change) {
  const { data, resourceVersion, resource } = change;
  return ChangeSchema.parse({
    resource,
    resourceId: change.resourceId,
    ...(change.taskId ? { taskId: change.taskId } : {}),
    action: change.action,
    version: resourceVersion,
    recordedAt: change.recordedAt,
    deleted: change.deleted,
    ...(data && resource !== 'project' ? { data: RESOURCE_SCHEMAS[resource].parse(data) } : {}),
  });
}

export function activityRoutes(deps: { activityService: ActivityService }) {
  const { activityService } = deps;
  return createRouter()
    .openapi(listProjectActivity, async (c) => {
      const { projectId } = c.req.valid('param');
      const page = await activityService.listProject(c.get('user'), projectId, c.req.valid('query'));
      return c.json(
        ActivityPageSchema.parse({ items: page.items.map(activityView), nextCursor: page.nextCursor }),
        200,
      );
    })
    .openapi(listTaskActivity, async (c) => {
      const { taskId } = c.req.valid('param');
      const page = await activityService.listTask(c.get('user'), taskId, c.req.valid('query'));
      return c.json(
        ActivityPageSchema.parse({ items: page.items.map(activityView), nextCursor: page.nextCursor }),
        200,
      );
    })
    .openapi(listProjectChanges, async (c) => {
      const { projectId } = c.req.valid('param');
      const page = await activityService.changes(c.get('user'), projectId, c.req.valid('query'));
      c.header('Cache-Control', 'no-store');
      return c.json(
        { items: page.items.map(changeView), syncToken: page.syncToken, hasMore: page.hasMore },
        200,
      );
    });
}
