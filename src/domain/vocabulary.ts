/**
 * The values the HTTP contract, the stored entities and the infrastructure share. Each is
 * written here once; the OpenAPI document, the entity schemas and the CDK app import it.
 */

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** Project roles, strongest first (what each may do is `roles.ts`). */
export const PROJECT_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const ATTACHMENT_STATUSES = ['pending', 'ready'] as const;

export const JOB_TYPES = ['project_export'] as const;
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an activity entry (and a change-feed entry) is about. */
export const ACTIVITY_RESOURCES = ['task', 'comment', 'attachment', 'member', 'project'] as const;
export type ActivityResource = (typeof ACTIVITY_RESOURCES)[number];

/**
 * Every change a user makes, as `<resource>.<verb>`: the activity's `action`. A task update that
 * moves the status is `task.moved`, one that changes the assignee (and not the status)
 * `task.assigned`; either lists every changed field like `task.updated`.
 */
export const ACTIVITY_ACTIONS = [
  'task.created',
  'task.updated',
  'task.moved',
  'task.assigned',
  'task.deleted',
  'comment.created',
  'comment.updated',
  'comment.deleted',
  'attachment.added',
  'attachment.removed',
  'member.added',
  'member.role_changed',
  'member.removed',
  'project.created',
  'project.updated',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** What a webhook delivery announces: every activity action, and `ping` (POST …/test). */
export const WEBHOOK_EVENT_TYPES = [...ACTIVITY_ACTIONS, 'ping'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
/** An endpoint's `eventTypes` is a list of actions, or this alone for every one. */
export const ALL_WEBHOOK_EVENTS = '*';

/** Why an endpoint stopped receiving: it answered 410 Gone, or failed every attempt of a delivery's schedule. */
export const WEBHOOK_DISABLED_REASONS = ['gone', 'failing'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];

/** A delivery waits for its next attempt, reached its endpoint, or gave up (or its endpoint went). */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Standard Webhooks: a signing secret is `whsec_` and base64 of its key bytes. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** Every id the API mints is a ULID (Crockford base32, 26 characters). */
export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * The scopes of the access tokens the API accepts; any one of them is enough, at API Gateway
 * (the authorizer's scopes) and in the app (its token check). `aws.cognito.signin.user.admin` is
 * what the API's own sign-in (USER_PASSWORD_AUTH) issues; `openid` is what the Hosted UI's
 * code + PKCE flow issues (with `email profile`). ID tokens carry no scope, so both refuse them.
 */
export const ACCESS_TOKEN_SCOPES = ['aws.cognito.signin.user.admin', 'openid'] as const;

/** The Cognito group whose members see the cross-project admin views. */
export const ADMIN_GROUP = 'admin';

/**
 * Length and count bounds of client-written fields. The HTTP schemas refuse more, and the
 * entities store no more, so a value that was accepted can always be read back.
 */
export const LIMITS = {
  userId: 128,
  email: 254,
  projectName: 120,
  projectDescription: 4000,
  taskTitle: 200,
  taskDescription: 10_000,
  label: 40,
  labelsPerTask: 20,
  /** Levels of subtasks below a top-level task (a top-level task is level 0). */
  subtaskDepth: 3,
  /**
   * Descendants a task delete removes inside its own transaction; a larger subtree is removed
   * after the parent's transaction (and, should that stop half-way, by the stream worker).
   */
  subtreeDeletedAtOnce: 20,
  /** Tasks one task may wait on (`blockedBy`), and tasks one task may block (`blocking`). */
  blockersPerTask: 10,
  blockedPerTask: 10,
  recurrenceRule: 500,
  /** Operations in one `POST …/tasks/bulk` request. */
  bulkOperations: 100,
  /** Subtasks whose titles a recurring task's next occurrence copies (one transaction holds them). */
  occurrenceSubtasks: 25,
  commentBody: 10_000,
  /** Stored filenames are sanitized and cut to this (the request may carry a longer path). */
  filename: 255,
  filenameInRequest: 1024,
  contentType: 255,
  /** The largest attachment any deployment accepts; `ATTACHMENT_MAX_BYTES` may lower it. */
  attachmentBytes: 25 * 1024 * 1024,
  /** An Idempotency-Key header (visible ASCII). */
  idempotencyKey: 255,
  webhookUrl: 2048,
  webhookDescription: 500,
  /** A search query (`q`), in characters. */
  searchQuery: 200,
} as const;

/** Fields only the server writes (entity bookkeeping and table keys); a body naming one is refused. */
export const SERVER_OWNED_FIELDS = [
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'ownerId',
  'projectId',
  'taskId',
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'ttl',
] as const;

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Routes served without an access token: operations, the API description and the sign-up
 * and sign-in flows. Every other route needs a bearer token (logout included).
 */
export const PUBLIC_ROUTES: ReadonlyArray<{ method: HttpMethod; path: string }> = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/ready' },
  { method: 'GET', path: OPENAPI_PATH },
  { method: 'GET', path: DOCS_PATH },
  { method: 'POST', path: '/v1/auth/signup' },
  { method: 'POST', path: '/v1/auth/confirm' },
  { method: 'POST', path: '/v1/auth/login' },
  { method: 'POST', path: '/v1/auth/refresh' },
  { method: 'POST', path: '/v1/auth/confirm/resend' },
  { method: 'POST', path: '/v1/auth/password/forgot' },
  { method: 'POST', path: '/v1/auth/password/reset' },
];

/** True when `method path` is one of the public routes (exact path, no templates). */
export function isPublicRoute(method: string, path: string): boolean {
  const upper = method.toUpperCase();
  return PUBLIC_ROUTES.some((route) => route.path === path && route.method === upper);
}

/**
 * The browser origins of each deployed stage's web app, written once: the CDK app serves the app
 * on the https ones (CloudFront), allows them at API Gateway (preflights and the gateway's own
 * error responses), on the files bucket and as the Hosted UI's callback and sign-out URLs, and
 * the app allows them (`CORS_ORIGINS`, which defaults to its stage's). The dev stage also allows
 * a web app run on a laptop against it. `local` and `test` allow what CORS_ORIGINS names,
 * nothing by default.
 */
export const WEB_ORIGINS = {
  dev: ['https://dev.tasklane.example.com', 'http://localhost:3000', 'http://localhost:5173'],
  staging: ['https://staging.tasklane.example.com'],
  prod: ['https://app.tasklane.example.com'],
} as const satisfies Record<string, readonly string[]>;

/** CORS: what a browser may send and read, the same on API Gateway and in the app. */
export const CORS = {
  allowHeaders: [
    'Authorization',
    'Content-Type',
    'If-Match',
    'If-None-Match',
    'Idempotency-Key',
    'X-Request-Id',
    'X-Api-Key',
  ],
  allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
  exposeHeaders: [
    'ETag',
    'Location',
    'Retry-After',
    'X-Request-Id',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
  ],
  maxAgeSeconds: 600,
} as const;

/**
 * The partner plan's defaults: 100 requests a second, bursts of 200, 10,000 a day — the local
 * `API_KEYS` limiter (config) and the gateway's usage plan (infra/stage-config.ts) start from them.
 */
export const PARTNER_PLAN_DEFAULTS = { rateLimit: 100, burstLimit: 200, quotaPerDay: 10_000 } as const;
