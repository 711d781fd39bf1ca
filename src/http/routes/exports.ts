import { createRoute, z } from '@hono/zod-openapi';
import type { Job } from '#data/entities/job';
import type { ExportService } from '#services/export-service';
import { createRouter } from '../context.ts';
import { answerCreated, idempotent, receiptFor } from '../middleware/idempotency.ts';
import { IdempotencyHeaderSchema, IdSchema } from '../schemas/common.ts';
import { ExportCreateSchema, JobSchema } from '../schemas/job.ts';
import { problemResponses } from '../schemas/problem.ts';
import { toPublicJob } from './jobs.ts';

const ExportParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});

/** The answer to an export request, also stored for replays under its Idempotency-Key. */
const exportQueued = (job: Job) => ({
  status: 202 as const,
  headers: { Location: `/v1/jobs/${job.id}` },
  body: toPublicJob(job),
});

export function exportRoutes(deps: { exports: ExportService }) {
  const createExport = createRoute({
    method: 'post',
    path: '/v1/projects/{projectId}/exports',
    tags: ['Exports'],
    security: [{ bearerAuth: [] }],
    summary: 'Export every task of a project (JSON or CSV) — asynchronous: poll the job',
    middleware: [idempotent()] as const,
    request: {
      params: ExportParamsSchema,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: ExportCreateSchema } } },
    },
    responses: {
      202: {
        description: 'Queued; poll the job at Location',
        headers: { Location: { schema: { type: 'string' }, description: '/v1/jobs/{jobId}' } },
        content: { 'application/json': { schema: JobSchema } },
      },
      ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
    },
  });

  return createRouter().openapi(createExport, async (c) => {
    const { projectId } = c.req.valid('param');
    const receipt = await receiptFor(c, exportQueued);
    const job = await deps.exports.requestExport(
      c.get('user'),
      projectId,
      c.req.valid('json').format,
      receipt,
    );
    return answerCreated(c, exportQueued(job));
  });
}
