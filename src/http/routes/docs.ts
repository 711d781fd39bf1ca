import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

/** Serves the OpenAPI 3.1 document generated from the route schemas, and a docs page over it. */
export function mountApiDocs(app: OpenAPIHono<AppEnv>, version: string): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Cognito access token (`npm run -s token -- alice` prints one locally).',
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'Tasklane API',
      version,
      description:
        'Projects, members with roles, tasks, comments, attachments and exports. Errors are RFC 9457 problem+json.',
    },
  });
  app.get(DOCS_PATH, swaggerUI({ url: OPENAPI_PATH, title: 'Tasklane API docs' }));
}
