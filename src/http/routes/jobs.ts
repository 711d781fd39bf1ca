import type { ExportService } from '#services/export-service';
import { createRouter } from '../context.ts';
import { JobParamsSchema, JobSchema } from '../schemas/job.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';

const getJob = defineOperation({
  operationId: 'getJob',
  method: 'get',
  path: '/v1/jobs/{jobId}',
  tags: ['Jobs'],
  summary: 'A job: status and progress; a download URL once it succeeded',
  description:
    'Visible to the requester and to the admins of the project. Poll until `succeeded` or `failed`.',
  request: { params: JobParamsSchema },
  responses: {
    200: {
      description: 'The job (never cached: it changes until it is finished)',
      headers: {
        ...responseHeaders(),
        'Cache-Control': { schema: { type: 'string', const: 'no-store' }, required: true },
      },
      content: { 'application/json': { schema: JobSchema } },
    },
  },
  problems: { 404: ['job_not_found'] },
});

export function jobRoutes(deps: { exportService: ExportService }) {
  return createRouter().openapi(getJob, async (c) => {
    const { job, download } = await deps.exportService.getJob(c.get('user'), c.req.valid('param').jobId);
    c.header('Cache-Control', 'no-store');
    return c.json(JobSchema.parse({ ...job, download }), 200);
  });
}
