import type { IdempotencyStore } from '#domain/idempotency';
import type { ProjectService } from '#services/project-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { idempotent } from '../middleware/idempotency.ts';
import { IdempotencyHeaderSchema, IfMatchHeaderSchema, PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
import {
  ProjectCreateSchema,
  ProjectPageSchema,
  ProjectParamsSchema,
  ProjectSchema,
  ProjectUpdateSchema,
} from '../schemas/project.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const common = { tags: ['Projects'] };
const withETag = { headers: responseHeaders('ETag') };

const createProjectRoute = defineOperation({
  ...common,
  operationId: 'createProject',
  idempotent: true,
  method: 'post',
  path: '/v1/projects',
  summary: 'Create a project (you become its owner)',
  request: { headers: IdempotencyHeaderSchema, ...body(ProjectCreateSchema) },
  responses: {
    201: { description: 'Created', ...json(ProjectSchema), headers: responseHeaders('ETag', 'Location') },
  },
});

const listProjectsRoute = defineOperation({
  ...common,
  operationId: 'listProjects',
  method: 'get',
  path: '/v1/projects',
  summary: 'Projects you are a member of, with your role',
  request: { query: PageQuerySchema },
  responses: {
    200: { description: 'A page', ...json(ProjectPageSchema) },
  },
});

const getProjectRoute = defineOperation({
  ...common,
  operationId: 'getProject',
  method: 'get',
  path: '/v1/projects/{projectId}',
  summary: 'A project',
  request: { params: ProjectParamsSchema },
  responses: {
    200: { description: 'The project', ...json(ProjectSchema), ...withETag },
  },
  problems: { 404: ['project_not_found'] },
});

const updateProjectRoute = defineOperation({
  ...common,
  operationId: 'updateProject',
  conditional: true,
  method: 'patch',
  path: '/v1/projects/{projectId}',
  summary: 'Rename or describe a project (admins and owners; If-Match required)',
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema, ...body(ProjectUpdateSchema) },
  responses: {
    200: { description: 'Updated', ...json(ProjectSchema), ...withETag },
  },
  problems: { 403: ['role_forbids'], 404: ['project_not_found'] },
});

const deleteProjectRoute = defineOperation({
  ...common,
  operationId: 'deleteProject',
  conditional: true,
  method: 'delete',
  path: '/v1/projects/{projectId}',
  summary: 'Delete a project with its members, tasks, comments and attachments (owners; If-Match required)',
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: 'Deleted' } },
  problems: { 403: ['role_forbids'], 404: ['project_not_found'], 409: ['transaction_cancelled'] },
});

export function projectRoutes(service: ProjectService, idempotency: IdempotencyStore) {
  const app = createRouter();
  const guard = idempotent(idempotency);
  app.use('/v1/projects', (c, next) => (c.req.method === 'POST' ? guard(c, next) : next()));
  return app
    .openapi(createProjectRoute, async (c) => {
      const project = await service.create(c.get('user'), c.req.valid('json'));
      c.header('Location', `/v1/projects/${project.id}`);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 201);
    })
    .openapi(listProjectsRoute, async (c) => {
      const page = await service.listMine(c.get('user'), c.req.valid('query'));
      return c.json(ProjectPageSchema.parse(page), 200);
    })
    .openapi(getProjectRoute, async (c) => {
      const project = await service.get(c.get('user'), c.req.valid('param').projectId);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 200);
    })
    .openapi(updateProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { projectId } = c.req.valid('param');
      const project = await service.update(c.get('user'), projectId, c.req.valid('json'), version);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 200);
    })
    .openapi(deleteProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await service.delete(c.get('user'), c.req.valid('param').projectId, version);
      return c.body(null, 204);
    });
}
