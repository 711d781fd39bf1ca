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

export const TaskCreateSchema = z
  .strictObject({
    title,
    description: description.optional(),
    status: status.default('todo'),
    priority: priority.default('medium'),
    assigneeId: UserIdSchema.optional(),
    dueDate: dueDate.optional(),
    labels: labels.default([]),
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
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'must change at least one field' })
  .openapi('TaskUpdate', {
    description: 'Send only what changes; null clears an optional field.',
    minProperties: 1,
  });

export const TaskSchema = z
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
    createdBy: z.string(),
    version: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi('Task');

export const TaskPageSchema = pageOf(TaskSchema, 'TaskPage');

export const TaskListQuerySchema = PageQuerySchema.extend({
  status: status.optional().openapi({ param: { name: 'status', in: 'query' } }),
  assigneeId: UserIdSchema.optional().openapi({ param: { name: 'assigneeId', in: 'query' } }),
  label: label.optional().openapi({ param: { name: 'label', in: 'query' } }),
  dueBefore: dueDate.optional().openapi({ param: { name: 'dueBefore', in: 'query' } }),
  dueAfter: dueDate.optional().openapi({ param: { name: 'dueAfter', in: 'query' } }),
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
