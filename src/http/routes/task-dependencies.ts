import type { TaskDependencyService } from '#services/task-dependency-service';
import { createRouter } from '../context.ts';
import { etagOf } from '../etag.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import {
  DependencyCreateSchema,
  DependencyParamsSchema,
  TaskParamsSchema,
  TaskSchema,
} from '../schemas/task.ts';

const taskAnswer = (description: string) => ({
  description,
  headers: responseHeaders('ETag'),
  content: { 'application/json': { schema: TaskSchema } },
});

const addDependency = defineOperation({
  operationId: 'addTaskDependency',
  method: 'post',
  path: '/v1/tasks/{taskId}/dependencies',
  tags: ['Tasks'],
  summary:
    'The task is blocked by another task of its project (members and up); no cycles, at most 10 blockers per task and 10 tasks blocked by one; adding an existing dependency changes nothing',
  request: {
    params: TaskParamsSchema,
    body: { required: true, content: { 'application/json': { schema: DependencyCreateSchema } } },
  },
  responses: { 200: taskAnswer('The blocked task, with its blockedBy list') },
  problems: {
    403: ['role_forbids'],
    404: ['task_not_found'],
    409: ['dependency_cycle', 'transaction_cancelled'],
  },
});

const removeDependency = defineOperation({
  operationId: 'removeTaskDependency',
  method: 'delete',
  path: '/v1/tasks/{taskId}/dependencies/{blockingTaskId}',
  tags: ['Tasks'],
  summary: 'The task no longer waits on that task (members and up)',
  request: { params: DependencyParamsSchema },
  responses: { 200: taskAnswer('The task, without that blocker') },
  problems: {
    403: ['role_forbids'],
    404: ['task_not_found', 'dependency_not_found'],
    409: ['transaction_cancelled'],
  },
});

/** "Blocked by" between tasks of a project. */
export function taskDependencyRoutes(deps: { taskDependencyService: TaskDependencyService }) {
  const { taskDependencyService: service } = deps;
  return createRouter()
    .openapi(addDependency, async (c) => {
      const { taskId } = c.req.valid('param');
      const task = await service.add(c.get('user'), taskId, c.req.valid('json').blockedBy);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    })
    .openapi(removeDependency, async (c) => {
      const { taskId, blockingTaskId } = c.req.valid('param');
      const task = await service.remove(c.get('user'), taskId, blockingTaskId);
      c.header('ETag', etagOf(task.version));
      return c.json(TaskSchema.parse(task), 200);
    });
}
