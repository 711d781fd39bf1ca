import type { ProjectService, ProjectView } from '#services/project-service';
import { createRouter } from '../context.ts';
import { etagOf, expectedVersion } from '../etag.ts';
import { answerCreate } from '../middleware/idempotency.ts';
import { IfMatchHeaderSchema, PageQuerySchema } from '../schemas/common.ts';
import { defineOperation, responseHeaders } from '../schemas/operation.ts';
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
const common = { tags: ['Projects'] };
const withETag = { headers: responseHeaders('ETag') };

const createProjectRoute = defineOperation({
  ...common,
  operationId: 'createProject',
  idempotent: true,
  method: 'post',
  path: '/v1/projects',
  summary: 'Create a project (you become its owner)',
  request: body(ProjectCreateSchema),
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

const replaceProjectRoute = defineOperation({
  ...common,
  operationId: 'replaceProject',
  conditional: true,
  method: 'put',
  path: '/v1/projects/{projectId}',
  summary: 'Replace the name and description of a project (admins and owners; If-Match required)',
  description: 'Every client-owned field at once: a description left out is removed.',
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema, ...body(ProjectReplaceSchema) },
  responses: {
    200: { description: 'Replaced', ...json(ProjectSchema), ...withETag },
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
  description:
    'Answers 204 as soon as the project is deleted: from then on nothing of it is reachable (every route ' +
    "answers 404, it leaves everyone's project list). Its members, tasks, comments, attachment records and " +
    "files are purged in the background by the stream worker, whatever the project's size.",
  request: { params: ProjectParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: 'Deleted; the purge of its contents runs in the background' } },
  problems: {
    403: ['role_forbids'],
    404: ['project_not_found'],
    409: ['inbox_not_deletable', 'transaction_cancelled'],
  },
});

/** The answer to a create, also stored for replays under its Idempotency-Key. */
const projectCreated = (project: ProjectView) => ({
  status: 201 as const,
  headers: { Location: `/v1/projects/${project.id}`, ETag: etagOf(project.version) },
  body: ProjectSchema.parse(project),
});

export function projectRoutes(deps: { projectService: ProjectService }) {
  const { projectService } = deps;
  return createRouter()
    .openapi(createProjectRoute, async (c) => {
      return answerCreate(c, projectCreated, (options) =>
        projectService.create(c.get('user'), c.req.valid('json'), options),
      );
    })
    .openapi(listProjectsRoute, async (c) => {
      const page = await projectService.listMine(c.get('user'), c.req.valid('query'));
      return c.json(ProjectPageSchema.parse(page), 200);
    })
    .openapi(getProjectRoute, async (c) => {
      const project = await projectService.get(c.get('user'), c.req.valid('param').projectId);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 200);
    })
    .openapi(updateProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { projectId } = c.req.valid('param');
      const project = await projectService.update(c.get('user'), projectId, c.req.valid('json'), version);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 200);
    })
    .openapi(replaceProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      const { projectId } = c.req.valid('param');
      const project = await projectService.replace(c.get('user'), projectId, c.req.valid('json'), version);
      c.header('ETag', etagOf(project.version));
      return c.json(ProjectSchema.parse(project), 200);
    })
    .openapi(deleteProjectRoute, async (c) => {
      const version = expectedVersion(c.req.valid('header')['if-match']);
      await projectService.delete(c.get('user'), c.req.valid('param').projectId, version);
      return c.body(null, 204);
    });
}
