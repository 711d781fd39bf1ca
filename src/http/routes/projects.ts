import { createRoute } from '@hono/zod-openapi';
import type { IdempotencyStore } from '#domain/idempotency';
import type { ProjectService, ProjectView } from '#services/project-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { idempotent } from '../middleware/idempotency.ts';
import {
  ETagHeader,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PageQuerySchema,
  RequiredIfMatchHeaderSchema,
} from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  ProjectCreateSchema,
  ProjectPageSchema,
  ProjectParamsSchema,
  ProjectReplaceSchema,
  ProjectSchema,
  ProjectUpdateSchema,
} from '../schemas/project.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const common = { tags: ['Projects'], security: [{ bearerAuth: [] }] };
const withETag = { headers: ETagHeader };

const createProjectRoute = createRoute({
  ...common,
  method: 'post',
  path: '/v1/projects',
  summary: 'Create a project (you become its owner)',
  request: { headers: IdempotencyHeaderSchema, ...body(ProjectCreateSchema) },
  responses: {
    201: { description: 'Created', ...json(ProjectSchema), ...withETag },
    ...problemResponses(401, 409, 413, 415, 422, 503),
  },
});

const listProjectsRoute = createRoute({
  ...common,
  method: 'get',
  path: '/v1/projects',
  summary: 'Projects you are a member of, with your role',
  request: { query: PageQuerySchema },
  responses: {
    200: { description: 'A page', ...json(ProjectPageSchema) },
    ...problemResponses(400, 401, 422, 503),
  },
});

const getProjectRoute = createRoute({
  ...common,
  method: 'get',
  path: '/v1/projects/{projectId}',
  summary: 'A project',
  request: { params: ProjectParamsSchema },
  responses: {
    200: { description: 'The project', ...json(ProjectSchema), ...withETag },
    ...problemResponses(401, 404, 422, 503),
  },
});

const updateProjectRoute = createRoute({
  ...common,
  method: 'patch',
  path: '/v1/projects/{projectId}',
  summary: 'Rename or describe a project (admins and owners; If-Match required)',
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema, ...body(ProjectUpdateSchema) },
  responses: {
    200: { description: 'Updated', ...json(ProjectSchema), ...withETag },
    ...problemResponses(401, 403, 404, 412, 413, 415, 422, 428, 503),
  },
});

const replaceProjectRoute = createRoute({
  ...common,
  method: 'put',
  path: '/v1/projects/{projectId}',
  operationId: 'replaceProject',
  summary: 'Replace the name and description of a project (admins and owners; If-Match required)',
  request: {
    params: ProjectParamsSchema,
    headers: RequiredIfMatchHeaderSchema,
    ...body(ProjectReplaceSchema),
  },
  responses: {
    200: { description: 'Replaced', ...json(ProjectSchema), ...withETag },
    ...problemResponses(400, 401, 403, 404, 412, 413, 415, 422, 428, 503),
  },
});

const deleteProjectRoute = createRoute({
  ...common,
  method: 'delete',
  path: '/v1/projects/{projectId}',
  summary: 'Delete a project with its members, tasks, comments and attachments (owners; If-Match required)',
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(401, 403, 404, 409, 412, 422, 428, 503),
  },
});

/** The public shape: no server bookkeeping (owner count, whose Inbox it is). */
function toPublic(project: ProjectView) {
  const { ownerCount: _ownerCount, inboxOf, ...rest } = project;
  return { ...rest, inbox: inboxOf !== undefined };
}

export function projectRoutes(service: ProjectService, idempotency: IdempotencyStore) {
  const app = createRouter();
  const guard = idempotent(idempotency);
  app.use('/v1/projects', (c, next) => (c.req.method === 'POST' ? guard(c, next) : next()));
  return app
    .openapi(createProjectRoute, async (c) => {
      const project = await service.create(c.get('user'), c.req.valid('json'));
      c.header('Location', `/v1/projects/${project.id}`);
      c.header('ETag', etagOf(project.version));
      return c.json(toPublic(project), 201);
    })
    .openapi(listProjectsRoute, async (c) => {
      const page = await service.listMine(c.get('user'), c.req.valid('query'));
      return c.json({ items: page.items.map(toPublic), nextCursor: page.nextCursor }, 200);
    })
    .openapi(getProjectRoute, async (c) => {
      const project = await service.get(c.get('user'), c.req.valid('param').projectId);
      c.header('ETag', etagOf(project.version));
      return c.json(toPublic(project), 200);
    })
    .openapi(updateProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { projectId } = c.req.valid('param');
      const project = await service.update(c.get('user'), projectId, c.req.valid('json'), version);
      c.header('ETag', etagOf(project.version));
      return c.json(toPublic(project), 200);
    })
    .openapi(replaceProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { projectId } = c.req.valid('param');
      const project = await service.replace(c.get('user'), projectId, c.req.valid('json'), version);
      c.header('ETag', etagOf(project.version));
      return c.json(toPublic(project), 200);
    })
    .openapi(deleteProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await service.delete(c.get('user'), c.req.valid('param').projectId, version);
      return c.body(null, 204);
    });
}
