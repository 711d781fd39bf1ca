import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_PATH, OPENAPI_PATH } from '#domain/vocabulary';
import type { AppEnv } from '../context.ts';
import type { Router } from '../lazy-routes.ts';

export interface ApiDocsOptions {
  /** The stage requires an `x-api-key`: the document declares it next to bearer auth. */
  apiKeyRequired: boolean;
  /** All routers of the app, in mounting order (built on demand). */
  routers: () => Promise<Router[]>;
}

/**
 * Serves the OpenAPI 3.1 document generated from the route schemas, and a docs page over it.
 * The document (and every router it describes) is built by its first request, once per app.
 */
export function mountApiDocs(app: OpenAPIHono<AppEnv>, version: string, options: ApiDocsOptions): void {
  let document: Promise<object> | undefined;
  const describe = async () => {
    const [{ describeApi }, routers] = await Promise.all([import('./api-document.ts'), options.routers()]);
    return describeApi(routers, version, { apiKeyRequired: options.apiKeyRequired });
  };
  app.get(OPENAPI_PATH, async (c) => {
    if (!document) {
      document = describe();
      // A failed build is retried by the next request.
      document.catch(() => {
        document = undefined;
      });
    }
    return c.json(await document);
  });
  app.get(DOCS_PATH, swaggerUI({ url: OPENAPI_PATH, title: 'Tasklane API docs' }));
}
