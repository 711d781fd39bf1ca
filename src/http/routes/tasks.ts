import { z } from '@hono/zod-openapi';
import type { IdempotencyStore } from '#domain/idempotency';
import type { TaskService } from '#services/task-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { IdempotencyHeaderSchema, IdSchema, IfMatchHeaderSchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import {
  ProjectTaskParamsSchema,
  TaskCreateSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskParamsSchema,
  TaskSchema,
  TaskUpdateSchema,
} from '../schemas/task.ts';

const ProjectParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});
const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });
const taskBody = (description: string) => ({
  description,
  headers: responseHeaders('ETag'),
  content: json(TaskSchema),
});

const createTask = (idempotency: IdempotencyStore) =>
  defineOperation({
    operationId: 'createTask',
    idempotent: true,
    method: 'post',
    path: '/v1/projects/{projectId}/tasks',
    tags: ['Tasks'],
    summary: 'Create a task (members and up)',
    middleware: [idempotent(idempotency)] as const,
    request: {
      params: ProjectParamsSchema,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(TaskCreateSchema) },
    },
    responses: {
      201: {
        description: 'Created',
        headers: responseHeaders('ETag', 'Location'),
        content: json(TaskSchema),
      },
    },
    problems: { 403: ['role_forbids'], 404: ['project_not_found'], 409: ['transaction_cancelled'] },
  });

const listTasks = defineOperation({
  operationId: 'listTasks',
  method: 'get',
  path: '/v1/projects/{projectId}/tasks',
  tags: ['Tasks'],
  summary: 'Tasks of a project (viewers and up); due-date bounds are inclusive',
  request: { params: ProjectParamsSchema, query: TaskListQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: json(TaskPageSchema) },
  },
  problems: { 404: ['project_not_found'] },
});

const getTask = defineOperation({
  operationId: 'getProjectTask',
  method: 'get',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'One task of a project',
  request: { params: ProjectTaskParamsSchema },
  responses: { 200: taskBody('The task') },
  problems: { 404: ['project_not_found', 'task_not_found'] },
});

const getTaskById = defineOperation({
  operationId: 'getTask',
  method: 'get',
  path: '/v1/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'One task by its id alone',
  request: { params: TaskParamsSchema },
  responses: { 200: taskBody('The task') },
  problems: { 404: ['task_not_found'] },
});

const updateTask = defineOperation({
  operationId: 'updateProjectTask',
  conditional: true,
  method: 'patch',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Change a task (members and up; If-Match required)',
  request: {
    params: ProjectTaskParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: json(TaskUpdateSchema) },
  },
  responses: {
    200: taskBody('The changed task'),
  },
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found', 'task_not_found'],
    409: ['transaction_cancelled'],
  },
});

const deleteTask = defineOperation({
  operationId: 'deleteProjectTask',
  conditional: true,
  method: 'delete',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Delete a task and its comments (your own as a member, any as an admin; If-Match required)',
  request: { params: ProjectTaskParamsSchema, headers: IfMatchHeaderSchema },
  responses: {
    204: { description: 'Deleted' },
  },
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found', 'task_not_found'],
    409: ['transaction_cancelled'],
  },
});

export function taskRoutes(deps: { tasks: TaskService; idempotency: IdempotencyStore }) {
  const { tasks } = deps;
  return createRouter()
    .openapi(createTask(deps.idempotency), async (c) => {
      const { projectId } = c.req.valid('param');
      const task = await tasks.create(projectId, c.get('user'), c.req.valid('json'));
      c.header('Location', `/v1/projects/${projectId}/tasks/${task.id}`);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 201);
    })
    .openapi(listTasks, async (c) => {
      const { projectId } = c.req.valid('param');
      return c.json(
        TaskPageSchema.parse(await tasks.list(projectId, c.get('user'), c.req.valid('query'))),
        200,
      );
    })
    .openapi(getTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const task = await tasks.get(projectId, taskId, c.get('user'));
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(getTaskById, async (c) => {
      const task = await tasks.getById(c.req.valid('param').taskId, c.get('user'));
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(updateTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const task = await tasks.update(projectId, taskId, c.get('user'), c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(deleteTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await tasks.remove(projectId, taskId, c.get('user'), version);
      return c.body(null, 204);
    });
}
