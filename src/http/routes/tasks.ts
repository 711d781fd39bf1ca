import { createRoute, z } from '@hono/zod-openapi';
import type { IdempotencyStore } from '#domain/idempotency';
import type { TaskService } from '#services/task-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { idempotent } from '../middleware/idempotency.ts';
import {
  ETagHeader,
  IdempotencyHeaderSchema,
  IdSchema,
  IfMatchHeaderSchema,
  RequiredIfMatchHeaderSchema,
} from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  ProjectTaskParamsSchema,
  TaskCreateSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskParamsSchema,
  TaskReplaceSchema,
  TaskSchema,
  TaskUpdateSchema,
} from '../schemas/task.ts';

const ProjectParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});
const security = [{ bearerAuth: [] }];
const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });
const taskBody = (description: string) => ({ description, headers: ETagHeader, content: json(TaskSchema) });

const createTask = (idempotency: IdempotencyStore) =>
  createRoute({
    method: 'post',
    path: '/v1/projects/{projectId}/tasks',
    tags: ['Tasks'],
    summary: 'Create a task (members and up)',
    security,
    middleware: [idempotent(idempotency)] as const,
    request: {
      params: ProjectParamsSchema,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(TaskCreateSchema) },
    },
    responses: {
      201: {
        description: 'Created',
        headers: { ...ETagHeader, Location: { schema: { type: 'string' }, description: 'The new task' } },
        content: json(TaskSchema),
      },
      ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
    },
  });

const listTasks = createRoute({
  method: 'get',
  path: '/v1/projects/{projectId}/tasks',
  tags: ['Tasks'],
  summary: 'Tasks of a project (viewers and up); due-date bounds are inclusive',
  security,
  request: { params: ProjectParamsSchema, query: TaskListQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: json(TaskPageSchema) },
    ...problemResponses(400, 401, 404, 422, 503),
  },
});

const getTask = createRoute({
  method: 'get',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'One task of a project',
  security,
  request: { params: ProjectTaskParamsSchema },
  responses: { 200: taskBody('The task'), ...problemResponses(401, 404, 422, 503) },
});

const getTaskById = createRoute({
  method: 'get',
  path: '/v1/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'One task by its id alone',
  security,
  request: { params: TaskParamsSchema },
  responses: { 200: taskBody('The task'), ...problemResponses(401, 404, 422, 503) },
});

const updateTask = createRoute({
  method: 'patch',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Change a task (members and up; If-Match required)',
  security,
  request: {
    params: ProjectTaskParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: json(TaskUpdateSchema) },
  },
  responses: {
    200: taskBody('The changed task'),
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 503),
  },
});

const deleteTask = createRoute({
  method: 'delete',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Delete a task and its comments (your own as a member, any as an admin; If-Match required)',
  security,
  request: { params: ProjectTaskParamsSchema, headers: IfMatchHeaderSchema },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(401, 403, 404, 409, 412, 422, 428, 503),
  },
});

const createPersonalTask = (idempotency: IdempotencyStore) =>
  createRoute({
    method: 'post',
    path: '/v1/tasks',
    operationId: 'createPersonalTask',
    tags: ['Tasks'],
    summary: 'Create a personal task in your Inbox project (made on first use)',
    security,
    middleware: [idempotent(idempotency)] as const,
    request: { headers: IdempotencyHeaderSchema, body: { required: true, content: json(TaskCreateSchema) } },
    responses: {
      201: {
        description: 'Created',
        headers: { ...ETagHeader, Location: { schema: { type: 'string' }, description: 'The new task' } },
        content: json(TaskSchema),
      },
      ...problemResponses(400, 401, 409, 413, 415, 422, 503),
    },
  });

const listPersonalTasks = createRoute({
  method: 'get',
  path: '/v1/tasks',
  operationId: 'listPersonalTasks',
  tags: ['Tasks'],
  summary: 'Tasks of your Inbox project, with the filters and cursors of a project task list',
  security,
  request: { query: TaskListQuerySchema },
  responses: {
    200: { description: 'A page of tasks', content: json(TaskPageSchema) },
    ...problemResponses(400, 401, 422, 503),
  },
});

const byIdWrite = {
  tags: ['Tasks'],
  security,
  request: { params: TaskParamsSchema, headers: RequiredIfMatchHeaderSchema },
};

const replaceTaskById = createRoute({
  ...byIdWrite,
  method: 'put',
  path: '/v1/tasks/{taskId}',
  operationId: 'replaceTaskById',
  summary: 'Replace every client-owned field of a task (members and up; If-Match required)',
  request: { ...byIdWrite.request, body: { required: true, content: json(TaskReplaceSchema) } },
  responses: {
    200: taskBody('The replaced task'),
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 503),
  },
});

const updateTaskById = createRoute({
  ...byIdWrite,
  method: 'patch',
  path: '/v1/tasks/{taskId}',
  operationId: 'updateTaskById',
  summary: 'Change a task by its id alone (members and up; If-Match required)',
  request: { ...byIdWrite.request, body: { required: true, content: json(TaskUpdateSchema) } },
  responses: {
    200: taskBody('The changed task'),
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 503),
  },
});

const deleteTaskById = createRoute({
  ...byIdWrite,
  method: 'delete',
  path: '/v1/tasks/{taskId}',
  operationId: 'deleteTaskById',
  summary: 'Delete a task by its id alone (your own as a member, any as an admin; If-Match required)',
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(401, 403, 404, 409, 412, 422, 428, 503),
  },
});

/** Routes of tasks addressed without their project: personal tasks and writes by task id. */
function taskByIdRoutes(deps: { tasks: TaskService; idempotency: IdempotencyStore }) {
  const { tasks } = deps;
  return createRouter()
    .openapi(createPersonalTask(deps.idempotency), async (c) => {
      const task = await tasks.createPersonal(c.get('user'), c.req.valid('json'));
      c.header('Location', `/v1/tasks/${task.id}`);
      c.header('ETag', etagOf(task.version));
      return c.json(task, 201);
    })
    .openapi(listPersonalTasks, async (c) =>
      c.json(await tasks.listPersonal(c.get('user'), c.req.valid('query')), 200),
    )
    .openapi(replaceTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { taskId } = c.req.valid('param');
      const task = await tasks.replaceById(taskId, c.get('user'), c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(task, 200);
    })
    .openapi(updateTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { taskId } = c.req.valid('param');
      const task = await tasks.updateById(taskId, c.get('user'), c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(task, 200);
    })
    .openapi(deleteTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await tasks.removeById(c.req.valid('param').taskId, c.get('user'), version);
      return c.body(null, 204);
    });
}

export function taskRoutes(deps: { tasks: TaskService; idempotency: IdempotencyStore }) {
  const { tasks } = deps;
  return createRouter()
    .openapi(createTask(deps.idempotency), async (c) => {
      const { projectId } = c.req.valid('param');
      const task = await tasks.create(projectId, c.get('user'), c.req.valid('json'));
      c.header('Location', `/v1/projects/${projectId}/tasks/${task.id}`);
      c.header('ETag', etagOf(task.version));
      return c.json(task, 201);
    })
    .openapi(listTasks, async (c) => {
      const { projectId } = c.req.valid('param');
      return c.json(await tasks.list(projectId, c.get('user'), c.req.valid('query')), 200);
    })
    .openapi(getTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const task = await tasks.get(projectId, taskId, c.get('user'));
      c.header('ETag', etagOf(task.version));
      return c.json(task, 200);
    })
    .openapi(getTaskById, async (c) => {
      const task = await tasks.getById(c.req.valid('param').taskId, c.get('user'));
      c.header('ETag', etagOf(task.version));
      return c.json(task, 200);
    })
    .openapi(updateTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const task = await tasks.update(projectId, taskId, c.get('user'), c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(task, 200);
    })
    .openapi(deleteTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await tasks.remove(projectId, taskId, c.get('user'), version);
      return c.body(null, 204);
    })
    .route('/', taskByIdRoutes(deps));
}
