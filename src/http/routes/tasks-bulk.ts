import type { Context } from 'hono';
import { type DomainError, ValidationError } from '#domain/errors';
import { type CreateReceipt, withoutKey, withReceipt } from '#domain/idempotency';
import type { TaskBulkService } from '#services/task-bulk-service';
import type { TaskService } from '#services/task-service';
import { type AppEnv, createRouter } from '../context.ts';
import { expectedVersion } from '../etag.ts';
import { partReceipt, requestReceipt } from '../middleware/idempotency.ts';
import { problemBody, toDomainError } from '../problem.ts';
import { IdSchema } from '../schemas/common.ts';
import { defineOperation } from '../schemas/operation.ts';
import { type ProblemSchema, statusOf } from '../schemas/problem.ts';
import { TaskSchema } from '../schemas/task.ts';
import {
  type BulkOperation,
  BulkTaskRequestSchema,
  BulkTaskResponseSchema,
  type InvalidBulkOperation,
} from '../schemas/task-bulk.ts';
import * as z from '../schemas/zod.ts';
import { toFieldErrors } from '../validation.ts';

const ProjectParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});

const bulkChangeTasks = defineOperation({
  operationId: 'bulkChangeTasks',
  idempotent: true,
  method: 'post',
  path: '/v1/projects/{projectId}/tasks/bulk',
  tags: ['Tasks'],
  summary: 'Create, change and delete up to 100 tasks of a project in one request (viewers and up)',
  description:
    'Each operation runs in order, exactly as its single-task route (`POST …/tasks`, `PATCH …/tasks/{taskId}`, `DELETE …/tasks/{taskId}`) would, and commits on its own: the request is not atomic, and one operation failing does not stop the next. Each result carries the status that route would have answered and the task or its problem. With an Idempotency-Key the whole request is answered once: a retry returns the first response, and a retry after a request that stopped half-way does not create anything twice (see docs/tasks.md).',
  request: {
    params: ProjectParamsSchema,
    body: { required: true, content: { 'application/json': { schema: BulkTaskRequestSchema } } },
  },
  responses: {
    200: {
      description: 'One result per operation, in order',
      content: { 'application/json': { schema: BulkTaskResponseSchema } },
    },
  },
  problems: { 404: ['project_not_found'] },
});

type TaskBody = z.output<typeof TaskSchema>;

export interface BulkTaskResult {
  index: number;
  status: number;
  task?: TaskBody;
  problem?: z.output<typeof ProblemSchema>;
}

const bulkAnswered = (results: BulkTaskResult[]) => ({
  status: 200 as const,
  headers: {},
  body: { results },
});

/** A create's result, also stored under the create's own key, derived from the request's. */
const createdResult = (task: unknown) => ({
  status: 201 as const,
  headers: {},
  body: TaskSchema.parse(task),
});

/** The 422 of an operation whose body failed its schema, naming its fields from the request's body. */
function invalidOperation(index: number, operation: InvalidBulkOperation): ValidationError {
  const fields = toFieldErrors(new z.ZodError(operation.issues), 'body').map((field) => ({
    ...field,
    field: ['operations', index, field.field].filter((part) => part !== undefined).join('.'),
  }));
  return new ValidationError(fields, `Operation ${index} has invalid fields.`);
}

export function taskBulkRoutes(deps: { taskService: TaskService; taskBulkService: TaskBulkService }) {
  const { taskService, taskBulkService } = deps;

  /** One operation through the single-task route's own service call; a failure is its result. */
  async function applyOne(
    c: Context<AppEnv>,
    projectId: string,
    index: number,
    operation: BulkOperation | InvalidBulkOperation,
    receipt: CreateReceipt<unknown> | undefined,
  ): Promise<BulkTaskResult> {
    const user = c.get('user');
    try {
      switch (operation.op) {
        case 'invalid':
          throw invalidOperation(index, operation);
        case 'create': {
          const options = receipt
            ? withReceipt(partReceipt(receipt, `create#${index}`, createdResult))
            : withoutKey();
          const outcome = await taskService.create(user, projectId, operation.task, options);
          // A re-run after a request stopped half-way: the create already made answers its first result.
          const task = outcome.replay
            ? (JSON.parse(outcome.replay.body) as TaskBody)
            : TaskSchema.parse(outcome.created);
          return { index, status: 201, task };
        }
        case 'update': {
          const version = expectedVersion(operation.ifMatch);
          const task = await taskService.update(
            user,
            projectId,
            operation.taskId,
            operation.changes,
            version,
          );
          return { index, status: 200, task: TaskSchema.parse(task) };
        }
        case 'delete': {
          const version = expectedVersion(operation.ifMatch);
          await taskService.delete(user, projectId, operation.taskId, version);
          return { index, status: 204 };
        }
      }
    } catch (error) {
      const failure: DomainError = toDomainError(error);
      const status = statusOf(failure.code);
      if (status >= 500) c.get('log')?.error('bulk operation failed', { index, code: failure.code });
      return { index, status, problem: problemBody(c, failure) as z.output<typeof ProblemSchema> };
    }
  }

  return createRouter().openapi(bulkChangeTasks, async (c) => {
    const { projectId } = c.req.valid('param');
    const { operations } = c.req.valid('json');
    const receipt = await requestReceipt(c, bulkAnswered);
    const outcome = await taskBulkService.run(c.get('user'), projectId, withReceipt(receipt), async () => {
      const results: BulkTaskResult[] = [];
      for (const [index, operation] of operations.entries()) {
        results.push(await applyOne(c, projectId, index, operation, receipt));
      }
      // A database that did not answer is worth retrying: such a request is not recorded.
      return { outcome: results, final: results.every((result) => result.status < 500) };
    });
    if (outcome.replay) {
      const { status, headers, body } = outcome.replay;
      return c.body(body, status as 200, {
        ...headers,
        'Idempotent-Replayed': 'true',
      }) as unknown as ReturnType<typeof c.json<{ results: BulkTaskResult[] }, 200>>;
    }
    return c.json(bulkAnswered(outcome.created).body, 200);
  });
}
