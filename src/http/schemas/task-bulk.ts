import { LIMITS } from '#domain/vocabulary';
import { IdSchema } from './common.ts';
import { ProblemSchema } from './problem.ts';
import { TaskCreateSchema, TaskSchema, TaskUpdateSchema } from './task.ts';
import * as z from './zod.ts';

const ifMatch = z.string().optional().openapi({
  description:
    'The ETag you read, as in the If-Match header of the single-task route: the operation applies only to that version (its result is 412 otherwise). Left out, it applies to the current version.',
  example: '"3"',
});

const BulkCreateSchema = z.strictObject({
  op: z.literal('create'),
  task: TaskCreateSchema,
});

const BulkUpdateSchema = z.strictObject({
  op: z.literal('update'),
  taskId: IdSchema,
  ifMatch,
  changes: TaskUpdateSchema,
});

const BulkDeleteSchema = z.strictObject({
  op: z.literal('delete'),
  taskId: IdSchema,
  ifMatch,
});

export const BulkOperationSchema = z
  .discriminatedUnion('op', [BulkCreateSchema, BulkUpdateSchema, BulkDeleteSchema])
  .openapi('BulkTaskOperation', {
    description:
      '`create` takes the body of `POST …/tasks`, `update` the body of `PATCH …/tasks/{taskId}`, `delete` nothing; `ifMatch` plays the If-Match header.',
  });

/** An operation whose own body failed its schema: it answers its own 422, the others still run. */
export interface InvalidBulkOperation {
  op: 'invalid';
  issues: z.core.$ZodIssue[];
}

export type BulkOperation = z.infer<typeof BulkOperationSchema>;

/**
 * An operation, or the record of its failed schema: a bad operation does not fail the request,
 * it becomes its own 422 result (zod's `catch` keeps the issues; the type says what it returns).
 */
const OperationOrInvalidSchema = BulkOperationSchema.catch(
  (ctx) => ({ op: 'invalid', issues: ctx.error.issues }) as unknown as BulkOperation,
)
  // The document's generator does not read through `catch`: the item is the registered operation.
  .openapi({
    type: 'object',
    allOf: [{ $ref: '#/components/schemas/BulkTaskOperation' }],
  }) as unknown as z.ZodType<BulkOperation | InvalidBulkOperation, z.input<typeof BulkOperationSchema>>;

export const BulkTaskRequestSchema = z
  .strictObject({
    operations: z.array(OperationOrInvalidSchema).min(1).max(LIMITS.bulkOperations),
  })
  .openapi('BulkTaskRequest', {
    description: `1 to ${LIMITS.bulkOperations} operations, applied in order, each on its own (not atomic as a whole).`,
  });

export const BulkTaskResultSchema = z
  .object({
    index: z.number().int().min(0).openapi({ description: 'The position of the operation in the request' }),
    status: z.number().int().openapi({
      description:
        'The status the single-task route would have answered: 201 created, 200 updated, 204 deleted, or the problem status',
    }),
    task: TaskSchema.optional().openapi({ description: 'The created or changed task' }),
    problem: ProblemSchema.optional().openapi({
      description: 'The problem+json body the single-task route would have answered',
    }),
  })
  .openapi('BulkTaskResult');

export const BulkTaskResponseSchema = z
  .object({ results: z.array(BulkTaskResultSchema) })
  .openapi('BulkTaskResponse', { description: 'One result per operation, in the order of the request' });
