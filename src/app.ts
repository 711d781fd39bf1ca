import { OpenAPIHono } from '@hono/zod-openapi';
import type { ErrorHandler, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Config } from '#config';
import { MethodNotAllowedError, NotFoundError } from '#domain/errors';
import { CORS, PUBLIC_ROUTES } from '#domain/vocabulary';
import type { AppLogger } from '#lib/logger';
import type { AccountService } from '#services/account-service';
import type { ActivityService } from '#services/activity-service';
import type { AttachmentService } from '#services/attachment-service';
import type { Authenticator } from '#services/auth/authenticator';
import type { CommentService } from '#services/comment-service';
import type { ExportService } from '#services/export-service';
import type { MemberService } from '#services/member-service';
import type { ProjectService } from '#services/project-service';
import type { SearchService } from '#services/search-service';
import type { SessionService } from '#services/session-service';
import type { TaskBulkService } from '#services/task-bulk-service';
import type { TaskDependencyService } from '#services/task-dependency-service';
import type { TaskFeedService } from '#services/task-feed-service';
import type { TaskService } from '#services/task-service';
import type { WebhookService } from '#services/webhook-service';
import type { AppEnv } from './http/context.ts';
import { mountLazyRouters, type RouterLoader } from './http/lazy-routes.ts';
import { apiKeys } from './http/middleware/api-keys.ts';
import { authenticate } from './http/middleware/authenticate.ts';
import { conditionalGet } from './http/middleware/conditional-get.ts';
import { cors } from './http/middleware/cors.ts';
import { limitBodies } from './http/middleware/limit-bodies.ts';
import { requestContext } from './http/middleware/request-context.ts';
import { requestDeadline } from './http/middleware/request-deadline.ts';
import { requireJsonBodies } from './http/middleware/require-json.ts';
import { problemResponse, toDomainError } from './http/problem.ts';
import { ROUTE_TABLE } from './http/route-table.ts';
import { mountApiDocs } from './http/routes/docs.ts';
import { validationHook } from './http/validation.ts';

export const API_VERSION = '1.0.0';

/** The settings the app itself reads; the rest of `Config` belongs to the container. */
export type AppSettings = Pick<
  Config,
  'requestDeadlineMs' | 'corsOrigins' | 'apiKeys' | 'apiKeyRequired' | 'maxBodyBytes'
>;

/** The services the routes call, by their container names (one router argument shape: a subset of these). */
export interface AppServices {
  /** Verifies bearer tokens for every `/v1` route but the public auth endpoints. */
  authenticator: Authenticator;
  /** Login, refresh, logout, and who the caller is. */
  sessionService: SessionService;
  /** Sign-up, confirmation, password reset and change, account deletion. */
  accountService: AccountService;
  projectService: ProjectService;
  memberService: MemberService;
  taskService: TaskService;
  /** Bulk task changes: the replay of a whole request under its Idempotency-Key. */
  taskBulkService: TaskBulkService;
  /** "Blocked by" between tasks. */
  taskDependencyService: TaskDependencyService;
  commentService: CommentService;
  /** "My tasks" and the admin's tasks by status. */
  taskFeedService: TaskFeedService;
  attachmentService: AttachmentService;
  /** Export requests and job reads. */
  exportService: ExportService;
  /** Full-text search over the tasks a caller can read. */
  searchService: SearchService;
  /** Activity history and the change feed. */
  activityService: ActivityService;
  /** Webhook endpoints and their delivery logs. */
  webhookService: WebhookService;
}

/** Exactly what `createApp` reads. `createContainer`'s result is one; a test may build its own. */
export interface AppDeps {
  config: AppSettings;
  logger: AppLogger;
  /** The readiness probe behind `/ready`. */
  checkDatabase: () => Promise<void>;
  services: AppServices;
}

/** Entry-specific additions that are not dependencies of the routes. */
export interface AppOptions {
  /** Runs for every request right after the request context (e.g. the Lambda metrics middleware). */
  middleware?: MiddlewareHandler<AppEnv>[];
}

/** Builds the HTTP app from its dependencies. Performs no I/O. */
export function createApp(deps: AppDeps, options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const { config, logger, services } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(requestContext(logger));
  for (const middleware of options.middleware ?? []) app.use(middleware);
  app.use(requestDeadline(config.requestDeadlineMs));
  if (config.corsOrigins.length > 0) {
    app.use(cors({ ...CORS, origins: config.corsOrigins }));
  }
  if (config.apiKeys) app.use(apiKeys(config.apiKeys));
  // After the key check, as at API Gateway (a keyed ANY method answers a method a path lacks).
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) => problemResponse(c, new MethodNotAllowedError(methods)),
    }),
  );
  app.use(requireJsonBodies());
  app.use(limitBodies(config.maxBodyBytes));
  app.use(conditionalGet());

  // Every /v1 route needs a valid access token except the sign-in flows (logout needs one).
  const publicPaths = PUBLIC_ROUTES.map((route) => route.path).filter((path) => path.startsWith('/v1/'));
  app.use('/v1/*', authenticate(services.authenticator, { publicPaths }));

  const onError: ErrorHandler<AppEnv> = (error, c) => {
    const response = problemResponse(c, toDomainError(error));
    if (response.status >= 500) {
      c.get('log')?.error('request failed', { error: describeError(error), status: response.status });
    }
    return response;
  };
  const routers = mountLazyRouters(app, ROUTE_TABLE, routerLoaders(deps), onError);
  mountApiDocs(app, API_VERSION, { apiKeyRequired: config.apiKeyRequired, routers });

  app.notFound((c) =>
    problemResponse(c, new NotFoundError(`No route for ${c.req.method} ${c.req.path}.`, 'route_not_found')),
  );
  app.onError(onError);
  return app;
}

/**
 * Every router in mounting order, each imported and built by the first request it serves (its
 * module declares its schemas). Every router takes one deps object: the services it calls, by
 * name. src/http/route-table.ts lists their routes (`npx tsx scripts/route-table.ts` writes it).
 */
export function routerLoaders(deps: Pick<AppDeps, 'services' | 'checkDatabase'>) {
  const { services } = deps;
  return {
    health: async () =>
      (await import('./http/routes/health.ts')).healthRoutes({ checkDatabase: deps.checkDatabase }),
    auth: async () => (await import('./http/routes/auth.ts')).authRoutes(services),
    me: async () => (await import('./http/routes/me.ts')).meRoutes(services),
    tasks: async () => (await import('./http/routes/tasks.ts')).taskRoutes(services),
    taskBulk: async () => (await import('./http/routes/tasks-bulk.ts')).taskBulkRoutes(services),
    taskDependencies: async () =>
      (await import('./http/routes/task-dependencies.ts')).taskDependencyRoutes(services),
    comments: async () => (await import('./http/routes/comments.ts')).commentRoutes(services),
    myTasks: async () => (await import('./http/routes/my-tasks.ts')).myTaskRoutes(services),
    search: async () => (await import('./http/routes/search.ts')).searchRoutes(services),
    adminTasks: async () => (await import('./http/routes/admin-tasks.ts')).adminTaskRoutes(services),
    projects: async () => (await import('./http/routes/projects.ts')).projectRoutes(services),
    members: async () => (await import('./http/routes/members.ts')).memberRoutes(services),
    attachments: async () => (await import('./http/routes/attachments.ts')).attachmentRoutes(services),
    exports: async () => (await import('./http/routes/exports.ts')).exportRoutes(services),
    jobs: async () => (await import('./http/routes/jobs.ts')).jobRoutes(services),
    activity: async () => (await import('./http/routes/activity.ts')).activityRoutes(services),
    webhooks: async () => (await import('./http/routes/webhooks.ts')).webhookRoutes(services),
  } satisfies Record<keyof typeof ROUTE_TABLE, RouterLoader>;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const cause =
    error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message } : undefined;
  return { name: error.name, message: error.message, stack: error.stack, cause };
}
