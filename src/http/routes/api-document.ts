import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';
import type { Router } from '../lazy-routes.ts';
import { API_KEY_SCHEME, API_KEY_SCHEME_COMPONENT, requireApiKeyIn } from '../schemas/api-key-security.ts';
import { HEADER_COMPONENTS } from '../schemas/operation.ts';
import { ProblemSchema } from '../schemas/problem.ts';
import { BulkOperationSchema } from '../schemas/task-bulk.ts';

/**
 * The OpenAPI 3.1 document of `routers` (all of the app's, in mounting order), with the shared
 * components and, where the stage requires one, the API key. Built from the routers as
 * `app.route('/', router)` would mount them, whichever of them served a request first.
 */
export function describeApi(routers: Router[], version: string, options: { apiKeyRequired: boolean }) {
  const described = new OpenAPIHono<AppEnv>();
  for (const router of routers) described.route('/', router);
  described.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Cognito access token (`npm run -s token -- alice` prints one locally).',
  });
  described.openAPIRegistry.register('Problem', ProblemSchema);
  // Read through zod's `catch` in the bulk request, which the generator cannot follow.
  described.openAPIRegistry.register('BulkTaskOperation', BulkOperationSchema);
  for (const [name, header] of Object.entries(HEADER_COMPONENTS)) {
    described.openAPIRegistry.registerComponent('headers', name, header);
  }
  if (options.apiKeyRequired) {
    described.openAPIRegistry.registerComponent('securitySchemes', API_KEY_SCHEME, API_KEY_SCHEME_COMPONENT);
  }
  const settings: Parameters<typeof described.getOpenAPI31Document>[0] = {
    openapi: '3.1.0',
    info: {
      title: 'Tasklane API',
      version,
      description:
        'Projects, members with roles, tasks, comments, attachments and exports. Errors are RFC 9457 problem+json.',
    },
    servers: [
      { url: 'http://localhost:3000', description: '`npm start` on this machine' },
      { url: '/', description: 'The host that serves this document (the deployed API)' },
    ],
    tags: [
      { name: 'Operations', description: 'Liveness, readiness and this document' },
      { name: 'Auth', description: 'Sign-up, sign-in, tokens and the signed-in user' },
      { name: 'Projects', description: 'Projects you belong to' },
      { name: 'Members', description: 'Members of a project and their roles' },
      { name: 'Tasks', description: 'Tasks of a project, and the cross-project task views' },
      { name: 'Search', description: 'Full-text search over the tasks you can read (docs/search.md)' },
      { name: 'Comments', description: 'Comments on a task' },
      { name: 'Attachments', description: 'Files on a task, through presigned URLs' },
      { name: 'Exports', description: 'Asynchronous exports of a project' },
      { name: 'Jobs', description: 'Asynchronous jobs and their results' },
      { name: 'Admin', description: 'Views for the Cognito admin group' },
      {
        name: 'Activity',
        description: 'What changed: the history of a project or task, and the change feed',
      },
      {
        name: 'Webhooks',
        description:
          'Signed pushes of every change (Standard Webhooks) to endpoints a project registers, with a delivery log (docs/events.md)',
      },
    ],
  };
  return options.apiKeyRequired
    ? requireApiKeyIn(described.getOpenAPI31Document(settings))
    : described.getOpenAPI31Document(settings);
}
