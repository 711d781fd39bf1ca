import { z } from '@hono/zod-openapi';
import type { IdempotencyStore } from '#domain/idempotency';
import type { ExportService } from '#services/export-service';
import { createRouter } from '../context.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { IdempotencyHeaderSchema, IdSchema } from '../schemas/common.ts';
import { ExportCreateSchema, JobSchema } from '../schemas/job.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';

const ExportParamsSchema = z.object({
  projectId: IdSchema.openapi({ param: { name: 'projectId', in: 'path' } }),
});

export function exportRoutes(deps: { exports: ExportService; idempotency: IdempotencyStore }) {
  const createExport = defineOperation({
    operationId: 'createExport',
    idempotent: true,
    method: 'post',
    path: '/v1/projects/{projectId}/exports',
    tags: ['Exports'],
    summary: 'Export every task of a project (JSON or CSV) — asynchronous: poll the job',
    middleware: [idempotent(deps.idempotency)] as const,
    request: {
      params: ExportParamsSchema,
      headers: IdempotencyHeaderSchema,
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
    const job = await deps.exports.requestExport(c.get('user'), projectId, c.req.valid('json').format);
    c.header('Location', `/v1/jobs/${job.id}`);
    return c.json(JobSchema.parse(job), 202);
  });
}
