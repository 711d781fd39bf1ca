import type { Task } from '#data/entities/task';
import type { SearchService } from '#services/search-service';
import type { TaskService } from '#services/task-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import { IdSchema, IfMatchHeaderSchema, PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import {
  ProjectTaskParamsSchema,
  TaskCreateSchema,
  TaskListQuerySchema,
  TaskListWithSearchQuerySchema,
  TaskPageSchema,
  TaskParamsSchema,
  TaskReplaceSchema,
  TaskSchema,
  TaskUpdateSchema,
} from '../schemas/task.ts';
import * as z from '../schemas/zod.ts';

const ProjectParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});
const json = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });
const taskBody = (description: string) => ({
  description,
  headers: responseHeaders('ETag'),
  content: json(TaskSchema),
});

const createTask = defineOperation({
  operationId: 'createTask',
  idempotent: true,
  method: 'post',
  path: '/v1/projects/{projectId}/tasks',
  tags: ['Tasks'],
  summary: 'Create a task (members and up)',
  request: {
    params: ProjectParamsSchema,
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
  description:
    'With `q`, only the tasks matching its words, ranked by relevance (title matches first) with the same filters, as `GET /v1/search` finds them.',
  request: { params: ProjectParamsSchema, query: TaskListWithSearchQuerySchema },
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
  summary: 'Change a task (members and up; If-Match optional)',
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
    409: ['transaction_cancelled', 'subtask_cycle'],
  },
});

const deleteTask = defineOperation({
  operationId: 'deleteProjectTask',
  conditional: true,
  method: 'delete',
  path: '/v1/projects/{projectId}/tasks/{taskId}',
  tags: ['Tasks'],
  summary:
    'Delete a task with its comments and all its subtasks, at every level (your own as a member, any as an admin; If-Match optional)',
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

/** The answer to a create, also stored for replays under its Idempotency-Key. */
const taskCreated = (task: Task) => ({
  status: 201 as const,
  headers: { Location: `/v1/projects/${task.projectId}/tasks/${task.id}`, ETag: etagOf(task.version) },
  body: TaskSchema.parse(task),
});

const personalTaskCreated = (task: Task) => ({
  ...taskCreated(task),
  headers: { ...taskCreated(task).headers, Location: `/v1/tasks/${task.id}` },
});

const createPersonalTask = defineOperation({
  operationId: 'createPersonalTask',
  idempotent: true,
  method: 'post',
  path: '/v1/tasks',
  tags: ['Tasks'],
  summary: 'Create a personal task in your Inbox project (made on first use)',
  request: { body: { required: true, content: json(TaskCreateSchema) } },
  responses: {
    201: { description: 'Created', headers: responseHeaders('ETag', 'Location'), content: json(TaskSchema) },
  },
  problems: { 409: ['transaction_cancelled'] },
});

const listPersonalTasks = defineOperation({
  operationId: 'listPersonalTasks',
  method: 'get',
  path: '/v1/tasks',
  tags: ['Tasks'],
  summary: 'Tasks of your Inbox project, with the filters and cursors of a project task list',
  request: { query: TaskListQuerySchema },
  responses: { 200: { description: 'A page of tasks', content: json(TaskPageSchema) } },
});

const byIdProblems = {
  403: ['role_forbids'],
  404: ['task_not_found'],
  409: ['transaction_cancelled'],
} as const;

const byIdChangeProblems = { ...byIdProblems, 409: ['transaction_cancelled', 'subtask_cycle'] } as const;

const listSubtasks = defineOperation({
  operationId: 'listSubtasks',
  method: 'get',
  path: '/v1/tasks/{taskId}/subtasks',
  tags: ['Tasks'],
  summary: 'The direct subtasks of a task, oldest first',
  request: { params: TaskParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: 'A page of subtasks', content: json(TaskPageSchema) } },
  problems: { 404: ['task_not_found'] },
});

const replaceTaskById = defineOperation({
  operationId: 'replaceTaskById',
  conditional: true,
  method: 'put',
  path: '/v1/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Replace every client-owned field of a task (members and up; If-Match optional)',
  request: {
    params: TaskParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: json(TaskReplaceSchema) },
  },
  responses: { 200: taskBody('The replaced task') },
  problems: byIdChangeProblems,
});

const updateTaskById = defineOperation({
  operationId: 'updateTaskById',
  conditional: true,
  method: 'patch',
  path: '/v1/tasks/{taskId}',
  tags: ['Tasks'],
  summary: 'Change a task by its id alone (members and up; If-Match optional)',
  request: {
    params: TaskParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: json(TaskUpdateSchema) },
  },
  responses: { 200: taskBody('The changed task') },
  problems: byIdChangeProblems,
});

const deleteTaskById = defineOperation({
  operationId: 'deleteTaskById',
  conditional: true,
  method: 'delete',
  path: '/v1/tasks/{taskId}',
  tags: ['Tasks'],
  summary:
    'Delete a task by its id alone, with its comments and all its subtasks (your own as a member, any as an admin; If-Match optional)',
  request: { params: TaskParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: 'Deleted' } },
  problems: byIdProblems,
});

/** Routes of tasks addressed without their project: personal tasks and writes by task id. */
function taskByIdRoutes(deps: { taskService: TaskService }) {
  const { taskService } = deps;
  return createRouter()
    .openapi(createPersonalTask, async (c) => {
      return answerCreate(c, personalTaskCreated, (options) =>
        taskService.createPersonal(c.get('user'), c.req.valid('json'), options),
      );
    })
    .openapi(listPersonalTasks, async (c) =>
      c.json(TaskPageSchema.parse(await taskService.listPersonal(c.get('user'), c.req.valid('query'))), 200),
    )
    .openapi(replaceTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { taskId } = c.req.valid('param');
      const task = await taskService.replaceById(c.get('user'), taskId, c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(updateTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { taskId } = c.req.valid('param');
      const task = await taskService.updateById(c.get('user'), taskId, c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(deleteTaskById, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await taskService.deleteById(c.get('user'), c.req.valid('param').taskId, version);
      return c.body(null, 204);
    })
    .openapi(listSubtasks, async (c) => {
      const page = await taskService.subtasks(
        c.get('user'),
        c.req.valid('param').taskId,
        c.req.valid('query'),
      );
      return c.json(TaskPageSchema.parse(page), 200);
    });
}

export function taskRoutes(deps: { taskService: TaskService; searchService: SearchService }) {
  const { taskService, searchService } = deps;
  return createRouter()
    .openapi(createTask, async (c) => {
      const { projectId } = c.req.valid('param');
      return answerCreate(c, taskCreated, (options) =>
        taskService.create(c.get('user'), projectId, c.req.valid('json'), options),
      );
    })
    .openapi(listTasks, async (c) => {
      const { projectId } = c.req.valid('param');
      const { q, ...query } = c.req.valid('query');
      const page =
        q === undefined
          ? await taskService.list(c.get('user'), projectId, query)
          : await searchService.projectTasks(c.get('user'), projectId, { ...query, q });
      return c.json(TaskPageSchema.parse(page), 200);
    })
    .openapi(getTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const task = await taskService.get(c.get('user'), projectId, taskId);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(getTaskById, async (c) => {
      const task = await taskService.getById(c.get('user'), c.req.valid('param').taskId);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(updateTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const task = await taskService.update(c.get('user'), projectId, taskId, c.req.valid('json'), version);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(deleteTask, async (c) => {
      const { projectId, taskId } = c.req.valid('param');
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await taskService.delete(c.get('user'), projectId, taskId, version);
      return c.body(null, 204);
    })
    .route('/', taskByIdRoutes(deps));
}
