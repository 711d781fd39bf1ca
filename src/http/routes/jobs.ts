import { createRoute } from '@hono/zod-openapi';
import type { Job } from '#data/entities/job';
import type { ExportService, JobView } from '#services/export-service';
import { createRouter } from '../context.ts';
import { JobParamsSchema, JobSchema } from '../schemas/job.ts';
import { problemResponses } from '../schemas/problem.ts';

/** The public shape: the lease, the object key and the TTL stay server-side. */
export function toPublicJob(job: Job, download?: JobView['download']) {
  const { leaseUntil: _lease, resultKey: _key, ttl: _ttl, version: _version, ...rest } = job;
  return { ...rest, ...(download ? { download } : {}) };
}

const getJob = createRoute({
  method: 'get',
  path: '/v1/jobs/{jobId}',
  tags: ['Jobs'],
  security: [{ bearerAuth: [] }],
  summary: 'A job: status and progress; a download URL once it succeeded',
  description:
    'Visible to the requester and to the admins of the project. Poll until `succeeded` or `failed`.',
  request: { params: JobParamsSchema },
  responses: {
    200: { description: 'The job', content: { 'application/json': { schema: JobSchema } } },
    ...problemResponses(401, 404, 422, 503),
  },
});

export function jobRoutes(deps: { exports: ExportService }) {
  return createRouter().openapi(getJob, async (c) => {
    const { job, download } = await deps.exports.getJob(c.get('user'), c.req.valid('param').jobId);
    c.header('Cache-Control', 'no-store');
    return c.json(toPublicJob(job, download), 200);
  });
}
