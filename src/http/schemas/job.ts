import { z } from '@hono/zod-openapi';
import { IdSchema, TimestampSchema } from './common.ts';

export const ExportCreateSchema = z
  .strictObject({ format: z.enum(['json', 'csv']).default('json') })
  .openapi('ExportCreate', { example: { format: 'csv' } });

export const JobSchema = z
  .object({
    id: IdSchema,
    type: z.literal('project_export'),
    projectId: IdSchema,
    requestedBy: z.string(),
    format: z.enum(['json', 'csv']),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    progress: z.object({
      processed: z.number().int().nonnegative(),
      total: z.number().int().nonnegative().optional(),
    }),
    attempts: z.number().int().nonnegative(),
    error: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .openapi({ description: 'Why it failed (or why the last attempt failed, while it is retried)' }),
    retryAt: TimestampSchema.optional().openapi({
      description: 'While `queued` after a failed attempt: the next attempt starts no earlier than this',
    }),
    download: z
      .object({ url: z.url(), expiresAt: TimestampSchema })
      .optional()
      .openapi({ description: 'Present only when `succeeded`' }),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi('Job');

export const JobParamsSchema = z.object({
  jobId: IdSchema.openapi({ param: { name: 'jobId', in: 'path' } }),
});
