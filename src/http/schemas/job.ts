import { EXPORT_FORMATS, JOB_STATUSES, JOB_TYPES } from '#domain/vocabulary';
import { IdSchema, TimestampSchema } from './common.ts';
import * as z from './zod.ts';

export const ExportCreateSchema = z
  .strictObject({ format: z.enum(EXPORT_FORMATS).default('json') })
  // Inline, not a component: openapi-typescript types a defaulted field of a component as required.
  .openapi({ example: { format: 'csv' } });

export const JobSchema = z
  .object({
    id: IdSchema,
    type: z.enum(JOB_TYPES),
    projectId: IdSchema,
    requestedBy: z.string(),
    format: z.enum(EXPORT_FORMATS),
    status: z.enum(JOB_STATUSES),
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
