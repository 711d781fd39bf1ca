import { isTimeZone, recurrenceProblem } from '#domain/recurrence';
import { searchQueryProblem } from '#domain/search-text';
import { LIMITS, TASK_PRIORITIES, TASK_STATUSES } from '#domain/vocabulary';
import { IdSchema, PageQuerySchema, pageOf, TimestampSchema, UserIdSchema } from './common.ts';
import * as z from './zod.ts';

const status = z.enum(TASK_STATUSES);
const priority = z.enum(TASK_PRIORITIES);
const dueDate = z.iso.date().openapi({ example: '2026-12-01' });
const label = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.label)
  .regex(/^[\w .:/-]+$/, 'letters, digits, spaces and . : / - _ only');
const labels = z.array(label).max(LIMITS.labelsPerTask);
const title = z.string().trim().min(1).max(LIMITS.taskTitle);
const description = z.string().max(LIMITS.taskDescription);
const recurrence = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.recurrenceRule)
  .superRefine((rule, ctx) => {
    const problem = recurrenceProblem(rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({
    description:
      'An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.',
    example: 'FREQ=WEEKLY;BYDAY=MO',
  });
const timeZone = z.string().min(1).max(64).refine(isTimeZone, 'is not an IANA time zone').openapi({
  description: 'IANA time zone the recurrence counts dates in (default UTC)',
  example: 'Europe/Berlin',
});
const parentTaskId = IdSchema.openapi({
  description: `The parent task, in the same project; at most ${LIMITS.subtaskDepth} levels of subtasks below a top-level task`,
});

export const TaskCreateSchema = z
  .strictObject({
    title,
    description: description.optional(),
    status: status.default('todo'),
    priority: priority.default('medium'),
    assigneeId: UserIdSchema.optional(),
    dueDate: dueDate.optional(),
    labels: labels.default([]),
    parentTaskId: parentTaskId.optional(),
    recurrence: recurrence.optional(),
    timeZone: timeZone.optional(),
  })
  // Inline, not a component: openapi-typescript types a defaulted field of a component as required.
  .openapi({
    example: { title: 'Write the launch post', priority: 'high', dueDate: '2026-12-01' },
  });

export const TaskReplaceSchema = TaskCreateSchema.openapi('TaskReplace', {
  description:
    'Every client-owned field: what is left out takes its default (status, priority, labels) or is cleared.',
});

export const TaskUpdateSchema = z
  .strictObject({
    title: title.optional(),
    description: description.nullable().optional(),
    status: status.optional(),
    priority: priority.optional(),
    assigneeId: UserIdSchema.nullable().optional(),
    dueDate: dueDate.nullable().optional(),
    labels: labels.optional(),
    parentTaskId: parentTaskId.nullable().optional(),
    recurrence: recurrence.nullable().optional(),
    timeZone: timeZone.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'must change at least one field' })
  .openapi('TaskUpdate', {
    description: 'Send only what changes; null clears an optional field.',
    minProperties: 1,
  });

/** `isBlocked` is derived from the stored count of blockers not done yet, whoever renders a task. */
function withIsBlocked(task: unknown): unknown {
  if (typeof task !== 'object' || task === null || 'isBlocked' in task) return task;
  const open = (task as { openBlockerCount?: unknown }).openBlockerCount;
  return { ...task, isBlocked: typeof open === 'number' && open > 0 };
}

const TaskObjectSchema = z
  .object({
    id: IdSchema,
    projectId: IdSchema,
    title,
    description: description.optional(),
    status,
    priority,
    assigneeId: z.string().optional(),
    dueDate: dueDate.optional(),
    labels: z.array(z.string()),
    parentTaskId: IdSchema.optional(),
    subtaskCount: z.number().int().min(0).openapi({ description: 'Direct subtasks' }),
    completedSubtaskCount: z.number().int().min(0).openapi({ description: 'Direct subtasks that are done' }),
    blockedBy: z
      .array(IdSchema)
      .max(LIMITS.blockersPerTask)
      .openapi({ description: `Tasks this one waits on (at most ${LIMITS.blockersPerTask})` }),
    blocking: z
      .array(IdSchema)
      .max(LIMITS.blockedPerTask)
      .openapi({ description: `Tasks that wait on this one (at most ${LIMITS.blockedPerTask})` }),
    isBlocked: z.boolean().openapi({ description: 'Some task it waits on is not done yet' }),
    recurrence: z.string().optional(),
    timeZone: z.string().optional(),
    occurrence: z
      .number()
      .int()
      .min(1)
      .openapi({ description: 'Which occurrence of its recurring series this is' }),
    createdBy: z.string(),
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi('Task');

export const TaskSchema = z.preprocess(withIsBlocked, TaskObjectSchema);

export const TaskPageSchema = pageOf(TaskSchema, 'TaskPage');

export const DependencyCreateSchema = z
  .strictObject({ blockedBy: IdSchema.openapi({ description: 'The task (same project) this one waits on' }) })
  .openapi('DependencyCreate');

export const DependencyParamsSchema = z.object({
  taskId: IdSchema.openapi({ param: { name: 'taskId', in: 'path' } }),
  blockingTaskId: IdSchema.openapi({ param: { name: 'blockingTaskId', in: 'path' } }),
});

export const TaskListQuerySchema = PageQuerySchema.extend({
  status: status.optional().openapi({ param: { name: 'status', in: 'query' } }),
  assigneeId: UserIdSchema.optional().openapi({ param: { name: 'assigneeId', in: 'query' } }),
  label: label.optional().openapi({ param: { name: 'label', in: 'query' } }),
  dueBefore: dueDate.optional().openapi({ param: { name: 'dueBefore', in: 'query' } }),
  dueAfter: dueDate.optional().openapi({ param: { name: 'dueAfter', in: 'query' } }),
  topLevel: z
    .stringbool()
    .optional()
    .openapi({ param: { name: 'topLevel', in: 'query' }, description: 'true: only tasks without a parent' }),
  parentTaskId: IdSchema.optional().openapi({
    param: { name: 'parentTaskId', in: 'query' },
    description: 'Only the direct subtasks of this task',
  }),
  sort: z
    .enum(['createdAt', '-createdAt', 'dueDate', '-dueDate'])
    .default('createdAt')
    .openapi({ param: { name: 'sort', in: 'query' } }),
});

export const MyTasksQuerySchema = PageQuerySchema.extend({
  status: status.optional().openapi({ param: { name: 'status', in: 'query' } }),
});

export const AdminTasksQuerySchema = PageQuerySchema.extend({
  status: status.openapi({ param: { name: 'status', in: 'query' } }),
});

export const TaskParamsSchema = z.object({
  taskId: IdSchema.openapi({ param: { name: 'taskId', in: 'path' } }),
});
export const ProjectTaskParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
  taskId: IdSchema.openapi({ param: { name: 'taskId', in: 'path' } }),
});

/** `q`: words to find (the last one may be a prefix); not empty, ≤ 200 characters, not only stop words. */
export const SearchTextSchema = z
  .string()
  .max(LIMITS.searchQuery)
  .superRefine((value, context) => {
    // `.max` has said it already.
    if (value.length > LIMITS.searchQuery) return;
    const problem = searchQueryProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .openapi({
    param: { name: 'q', in: 'query' },
    example: 'launch',
    description:
      'Words of task titles, descriptions, labels and comments; every word must match, the last one as a prefix, words of 5+ letters with a typo. Not empty, at most 200 characters, not only stop words.',
  });

export const SearchQuerySchema = PageQuerySchema.extend({ q: SearchTextSchema });

/** The task list with `q`: the matching tasks, ranked (title matches first) instead of sorted. */
export const TaskListWithSearchQuerySchema = TaskListQuerySchema.extend({
  q: SearchTextSchema.optional().openapi({
    param: { name: 'q', in: 'query' },
    description:
      'Only tasks matching these words (as `GET /v1/search`), ranked by relevance, title matches first; `sort` is then ignored.',
  }),
});

export const SearchResultSchema = z
  .object({
    task: TaskSchema,
    project: z.object({ id: IdSchema, name: z.string() }),
    snippet: z.string().openapi({
      description:
        'Up to 160 characters of the field that matched (the title first), HTML-escaped, each matched word in <mark>…</mark>',
      example: 'Write the <mark>launch</mark> post',
    }),
  })
  .openapi('SearchResult');

export const SearchResultPageSchema = pageOf(SearchResultSchema, 'SearchResultPage');
