import { type AppDeps, type AppSettings, createApp } from '#app';
import { DOCS_PATH, OPENAPI_PATH } from '#domain/vocabulary';

/** One method of the API as API Gateway needs it: where, and whether a token is required. */
export interface ApiOperation {
  method: string;
  /** API Gateway path syntax: `/v1/tasks/{taskId}` (the same as OpenAPI's). */
  path: string;
  /** False for operations whose OpenAPI entry says `security: []` or names none. */
  protected: boolean;
  /** Query parameters the operation cannot do without (validated at the gateway). */
  requiredQuery: string[];
  operationId?: string;
}

interface OpenApiOperation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * Anything the routes hold on to at build time: createApp only stores its dependencies in
 * closures, so a value that throws on use is enough to read the route table without I/O.
 */
function inert(name: string): unknown {
  const fail = () => {
    throw new Error(`${name} is not available while reading the route table`);
  };
  return new Proxy(fail, {
    get: (_target, key) => (key === 'then' ? undefined : inert(`${name}.${String(key)}`)),
  });
}

/**
 * The operations of the app, read from the OpenAPI document the app itself serves, plus the
 * docs endpoints (served outside the document). The gateway's resources are built from this,
 * so a route added to the app is a method at the gateway with the same authorization.
 */
export function apiOperations(): ApiOperation[] {
  return OPERATIONS.map((operation) => ({ ...operation, requiredQuery: [...operation.requiredQuery] }));
}

const SILENT_LOGGER: AppDeps['logger'] = { debug() {}, info() {}, warn() {}, error() {} };

/** The document `GET /openapi.json` answers; the app builds its routers (and so it) asynchronously. */
async function servedDocument(): Promise<{ paths?: Record<string, unknown> }> {
  // Settings shape routes, never I/O: any valid values give the same route table.
  const config: AppSettings = {
    corsOrigins: [],
    maxBodyBytes: 1,
    requestDeadlineMs: 60_000,
    apiKeys: undefined,
    apiKeyRequired: false,
  };
  const deps: AppDeps = {
    config,
    logger: SILENT_LOGGER,
    checkDatabase: inert('checkDatabase') as AppDeps['checkDatabase'],
    services: inert('services') as AppDeps['services'],
  };
  const response = await createApp(deps).request(OPENAPI_PATH);
  if (response.status !== 200) throw new Error(`The app answered ${OPENAPI_PATH} with ${response.status}`);
  return (await response.json()) as { paths?: Record<string, unknown> };
}

function routeTableOf(document: { paths?: Record<string, unknown> }): ApiOperation[] {
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, OpenApiOperation | undefined>)[method];
      if (!operation) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        protected: (operation.security ?? []).length > 0,
        requiredQuery: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query' && parameter.required === true)
          .map((parameter) => parameter.name),
        ...(operation.operationId ? { operationId: operation.operationId } : {}),
      });
    }
  }
  for (const path of [OPENAPI_PATH, DOCS_PATH]) {
    operations.push({ method: 'GET', path, protected: false, requiredQuery: [] });
  }
  return operations;
}

// Read once, when this module loads, so that constructs can ask for it synchronously.
const OPERATIONS = routeTableOf(await servedDocument());
