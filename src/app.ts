import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
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
import { apiKeys } from './http/middleware/api-keys.ts';
import { authenticate } from './http/middleware/authenticate.ts';
import { conditionalGet } from './http/middleware/conditional-get.ts';
import { cors } from './http/middleware/cors.ts';
import { limitBodies } from './http/middleware/limit-bodies.ts';
import { requestContext } from './http/middleware/request-context.ts';
import { requestDeadline } from './http/middleware/request-deadline.ts';
import { requireJsonBodies } from './http/middleware/require-json.ts';
import { problemResponse, toDomainError } from './http/problem.ts';
import { activityRoutes } from './http/routes/activity.ts';
import { adminTaskRoutes } from './http/routes/admin-tasks.ts';
import { attachmentRoutes } from './http/routes/attachments.ts';
import { authRoutes } from './http/routes/auth.ts';
import { commentRoutes } from './http/routes/comments.ts';
import { mountApiDocs } from './http/routes/docs.ts';
import { exportRoutes } from './http/routes/exports.ts';
import { healthRoutes } from './http/routes/health.ts';
import { jobRoutes } from './http/routes/jobs.ts';
import { meRoutes } from './http/routes/me.ts';
import { memberRoutes } from './http/routes/members.ts';
import { myTaskRoutes } from './http/routes/my-tasks.ts';
import { projectRoutes } from './http/routes/projects.ts';
import { searchRoutes } from './http/routes/search.ts';
import { taskDependencyRoutes } from './http/routes/task-dependencies.ts';
import { taskRoutes } from './http/routes/tasks.ts';
import { taskBulkRoutes } from './http/routes/tasks-bulk.ts';
import { webhookRoutes } from './http/routes/webhooks.ts';
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

  // Every router takes one deps object: the services it calls, by name.
  app.route('/', healthRoutes({ checkDatabase: deps.checkDatabase }));
  app.route('/', authRoutes(services));
  app.route('/', meRoutes(services));
  app.route('/', taskRoutes(services));
  app.route('/', taskBulkRoutes(services));
  app.route('/', taskDependencyRoutes(services));
  app.route('/', commentRoutes(services));
  app.route('/', myTaskRoutes(services));
  app.route('/', searchRoutes(services));
  app.route('/', adminTaskRoutes(services));
  app.route('/', projectRoutes(services));
  app.route('/', memberRoutes(services));
  app.route('/', attachmentRoutes(services));
  app.route('/', exportRoutes(services));
  app.route('/', jobRoutes(services));
  app.route('/', activityRoutes(services));
  app.route('/', webhookRoutes(services));
  mountApiDocs(app, API_VERSION, { apiKeyRequired: config.apiKeyRequired });

  app.notFound((c) =>
    problemResponse(c, new NotFoundError(`No route for ${c.req.method} ${c.req.path}.`, 'route_not_found')),
  );
  app.onError((error, c) => {
    const response = problemResponse(c, toDomainError(error));
    if (response.status >= 500) {
      c.get('log')?.error('request failed', { error: describeError(error), status: response.status });
    }
    return response;
  });
  return app;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const cause =
    error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message } : undefined;
  return { name: error.name, message: error.message, stack: error.stack, cause };
}
