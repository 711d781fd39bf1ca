import * as z from 'zod';
import { KEY_TEMPLATES } from '#data/dynamodb/table';
import { defineEntity } from '#data/mapper/entity';
import { EXPORT_FORMATS, JOB_STATUSES, JOB_TYPES } from '#domain/vocabulary';
import { epochSeconds, timestamp, ulid, userId, version } from './common.ts';

export type { JobStatus } from '#domain/vocabulary';

export const jobSchema = z.object({
  id: ulid,
  type: z.enum(JOB_TYPES),
  projectId: ulid,
  requestedBy: userId,
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(JOB_STATUSES),
  progress: z.object({
    processed: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().optional(),
  }),
  attempts: z.number().int().nonnegative(),
  /** A worker's lease (ISO time); another worker may take the job after it. */
  leaseUntil: timestamp.optional(),
  /** After a failed attempt: not claimed again before this time (the backoff). */
  retryAt: timestamp.optional(),
  resultKey: z.string().min(1).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version,
  ttl: epochSeconds,
});
export type Job = z.infer<typeof jobSchema>;

/** An asynchronous job (`JOB#<id>`); expires through TTL some time after it finishes. */
export const jobEntity = defineEntity({
  name: 'Job',
  schema: jobSchema,
  keys: KEY_TEMPLATES.job,
  serverOwned: ['type', 'projectId', 'requestedBy'],
});
