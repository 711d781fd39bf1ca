import type { Job } from '#data/entities/job';
import type { ExportService } from '#services/export-service';
import { createRouter } from '../context.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import { IdSchema } from '../schemas/common.ts';
import { ExportCreateSchema, JobSchema } from '../schemas/job.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import * as z from '../schemas/zod.ts';

const ExportParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});

/** The answer to an export request, also stored for replays under its Idempotency-Key. */
const exportQueued = (job: Job) => ({
  status: 202 as const,
  headers: { Location: `/v1/jobs/${job.id}` },
  body: JobSchema.parse(job),
});

export function exportRoutes(deps: { exportService: ExportService }) {
  const createExport = defineOperation({
    operationId: 'createExport',
    idempotent: true,
    method: 'post',
    path: '/v1/projects/{projectId}/exports',
    tags: ['Exports'],
    summary: 'Export every task of a project (JSON or CSV) — asynchronous: poll the job',
    request: {
      params: ExportParamsSchema,
      body: { required: true, content: { 'application/json': { schema: ExportCreateSchema } } },
    },
    responses: {
      202: {
        description: 'Queued; poll the job at Location',
        headers: responseHeaders('Location'),
        content: { 'application/json': { schema: JobSchema } },
      },
    },
    problems: { 403: ['role_forbids'], 404: ['project_not_found'] },
  });

  return createRouter().openapi(createExport, async (c) => {
    const { projectId } = c.req.valid('param');
    return answerCreate(c, exportQueued, (options) =>
      deps.exportService.requestExport(c.get('user'), projectId, c.req.valid('json').format, options),
    );
  });
}
