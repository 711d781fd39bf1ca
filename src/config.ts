import { hkdfSync } from 'node:crypto';
import * as z from 'zod';
import { LIMITS, PARTNER_PLAN_DEFAULTS, WEB_ORIGINS } from '#domain/vocabulary';

/**
 * The only reader of the environment. Parsed once by a schema and frozen; a missing
 * or malformed variable stops start-up with one line naming it.
 */

const STAGES = ['local', 'test', 'dev', 'staging', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/** Deployed stages get production-grade checks. */
const HARDENED_STAGES: ReadonlySet<Stage> = new Set(['staging', 'prod']);

/** cognito-local signs with one static key whose private half ships in its npm package. */
export const COGNITO_LOCAL_KEY_ID = 'CognitoLocal';

/** Per-attempt limits of every outbound call when the environment names none. */
export const OUTBOUND_DEFAULTS = Object.freeze({
  connectTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  maxAttempts: 2,
});

const optionalUrl = z.url({ protocol: /^https?$/ }).optional();
const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  STAGE: z.enum(STAGES).default('local'),
  SERVICE_NAME: z.string().min(1).default('tasklane'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Server processes of the container (one per available core when unset). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** How long a stopping server lets in-flight requests finish before it exits anyway. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(120).default(8),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  AWS_REGION: z.string().min(1),

  DYNAMODB_TABLE_NAME: z.string().min(3).max(255),
  DYNAMODB_ENDPOINT: optionalUrl,

  COGNITO_USER_POOL_ID: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'expected <region>_<id>'),
  COGNITO_CLIENT_ID: z.string().min(1),
  COGNITO_ENDPOINT: optionalUrl,
  /** Issuer of access tokens. Defaults to the AWS Cognito issuer of the pool. */
  COGNITO_ISSUER: optionalUrl,
  /** How long a user's enabled flag is trusted before Cognito is asked again. */
  USER_STATUS_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),

  S3_BUCKET: z.string().min(3).max(63),
  S3_ENDPOINT: optionalUrl,
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(LIMITS.attachmentBytes)
    .default(LIMITS.attachmentBytes),
  ATTACHMENT_CONTENT_TYPES: csv.default([
    'image/png',
    'image/jpeg',
    'image/gif',
    'application/pdf',
    'text/plain',
    'text/csv',
    'application/json',
    'application/zip',
  ]),

  /** Browser origins; defaults to the stage's web origins (`WEB_ORIGINS`), none locally. */
  CORS_ORIGINS: csv.optional(),
  /** Signs pagination cursors; at least 32 characters. */
  CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters'),
  MAX_BODY_BYTES: positiveInt(64 * 1024),

  /** Time limits on the way out: one deadline per request, and per-attempt limits inside it. */
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(25_000).default(5000),
  OUTBOUND_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(10_000)
    .default(OUTBOUND_DEFAULTS.connectTimeoutMs),
  OUTBOUND_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(20_000)
    .default(OUTBOUND_DEFAULTS.requestTimeoutMs),
  OUTBOUND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(3).default(OUTBOUND_DEFAULTS.maxAttempts),
  /** Stream-worker jobs: how long an attempt may go without progress, its lease, the retry backoff. */
  JOB_STALL_TIMEOUT_MS: positiveInt(20_000),
  JOB_LEASE_SECONDS: positiveInt(60),
  JOB_RETRY_BASE_MS: positiveInt(4_000),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
  /** Activity and change-feed entries are kept this many days (TTL); older sync tokens are 410. */
  ACTIVITY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /**
   * The change feed answers entries older than this only: longer than the worker's bound on one
   * activity write (half of it) plus the clock skew between the worker and the API.
   */
  CHANGE_FEED_SETTLE_MS: z.coerce.number().int().min(1000).max(60_000).default(5000),
  /** Failed sign-ins or codes per account, and per client address, per window before 429. */
  LOGIN_ACCOUNT_MAX_FAILURES: positiveInt(5),
  LOGIN_ADDRESS_MAX_FAILURES: positiveInt(20),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** `name:key,name:key`: when set, the server requires these API keys as API Gateway does. */
  API_KEYS: z
    .string()
    .regex(
      /^([\w-]+:[\x21-\x2b\x2d-\x7e]{20,128})(,[\w-]+:[\x21-\x2b\x2d-\x7e]{20,128})*$/,
      'expected name:key,… (keys of 20-128 characters)',
    )
    .optional(),
  /**
   * `true` where API Gateway requires an `x-api-key` (staging, prod): the API document then
   * declares the key next to bearer auth. Setting API_KEYS implies it.
   */
  API_KEY_REQUIRED: z.enum(['true', 'false']).default('false'),
  API_KEY_RATE_LIMIT: positiveInt(PARTNER_PLAN_DEFAULTS.rateLimit),
  API_KEY_BURST_LIMIT: positiveInt(PARTNER_PLAN_DEFAULTS.burstLimit),
  API_KEY_DAILY_QUOTA: positiveInt(PARTNER_PLAN_DEFAULTS.quotaPerDay),
  /** The search engine: the embedded index (S3 + DynamoDB, ADR 0007) or OpenSearch above its bound. */
  SEARCH_ENGINE: z.enum(['embedded', 'opensearch']).default('embedded'),
  /** The OpenSearch domain's `https://` endpoint; required when SEARCH_ENGINE=opensearch. */
  OPENSEARCH_ENDPOINT: optionalUrl,
  /** The OpenSearch index holding the tasks. */
  OPENSEARCH_INDEX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, 'lowercase letters, digits, - and _')
    .default('tasks'),
  /** The embedded index: how many indexed tasks one process keeps deserialized (across projects). */
  SEARCH_CACHE_TASKS: positiveInt(200_000),
  /**
   * Encrypts webhook signing secrets at rest (AES-256-GCM under an HKDF-derived key; at least 32
   * characters). When unset, the key is derived from CURSOR_SECRET, for this purpose alone.
   */
  WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Webhook endpoints one project may register. */
  WEBHOOKS_PER_PROJECT: z.coerce.number().int().min(1).max(100).default(10),
  /** One delivery attempt (connect, send, answer) is abandoned after this. */
  WEBHOOK_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5000),
  /** Seconds before each retry of a failed delivery (jittered ±20 %); the endpoint is disabled after the last. */
  WEBHOOK_RETRY_SCHEDULE_SECONDS: csv
    .transform((values) => values.map(Number))
    .pipe(z.array(z.number().int().min(1).max(86_400)).min(1).max(20))
    .default([30, 120, 600, 3600, 10_800, 21_600, 43_200]),
  /** Attempts one delivery worker runs at once (one slow endpoint holds one of them). */
  WEBHOOK_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Delivery log entries are kept this many days (TTL). */
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** The SQS queue that carries deliveries on AWS; without it the worker polls the table's due queue. */
  WEBHOOK_QUEUE_URL: optionalUrl,
  /** The local delivery worker looks for due deliveries this often. */
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
});

/** Every variable the configuration reads (`.env.example` documents each one). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type Config = Readonly<ReturnType<typeof toConfig>>;

/** Thrown when the environment cannot make a valid configuration; `message` is one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOCAL_DEFAULT_SECRET_MARKER = 'local-only';

function toConfig(env: z.infer<typeof envSchema>) {
  const issuer =
    env.COGNITO_ISSUER ?? `https://cognito-idp.${env.AWS_REGION}.amazonaws.com/${env.COGNITO_USER_POOL_ID}`;
  return {
    stage: env.STAGE,
    isHardened: HARDENED_STAGES.has(env.STAGE),
    serviceName: env.SERVICE_NAME,
    port: env.PORT,
    webConcurrency: env.WEB_CONCURRENCY,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    logLevel: env.LOG_LEVEL,
    region: env.AWS_REGION,
    dynamodb: { tableName: env.DYNAMODB_TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT },
    cognito: {
      userPoolId: env.COGNITO_USER_POOL_ID,
      clientId: env.COGNITO_CLIENT_ID,
      endpoint: env.COGNITO_ENDPOINT,
      issuer: issuer.replace(/\/$/, ''),
      jwksUri: `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
      userStatusCacheSeconds: env.USER_STATUS_CACHE_SECONDS,
    },
    /**
     * The token check's in-process caches (entries: a full cache drops its oldest) and how long a
     * failed JWKS fetch makes the next ones fail fast. Sized for one process, not per stage.
     */
    authCaches: {
      verifiedTokens: 10_000,
      revokedTokens: 50_000,
      /** A "not revoked" answer is trusted this long (a revocation elsewhere is seen this late). */
      notRevokedMs: 5_000,
      userStatuses: 50_000,
      jwksFailureBackoffMs: 2_000,
    },
    s3: {
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT,
      attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
      attachmentContentTypes: env.ATTACHMENT_CONTENT_TYPES,
    },
    corsOrigins: env.CORS_ORIGINS ?? webOriginsOf(env.STAGE),
    cursorSecret: env.CURSOR_SECRET,
    maxBodyBytes: env.MAX_BODY_BYTES,
    /** Every request answers within this; calls still running then are aborted (503). */
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
    /** Each call to DynamoDB, S3, Cognito and the JWKS endpoint, per attempt. */
    outbound: {
      connectTimeoutMs: env.OUTBOUND_CONNECT_TIMEOUT_MS,
      /** Until the answer starts, and the longest silence in the middle of one. */
      requestTimeoutMs: env.OUTBOUND_REQUEST_TIMEOUT_MS,
      /** The SDK's standard retry (throttling, transient faults): total attempts per call. */
      maxAttempts: env.OUTBOUND_MAX_ATTEMPTS,
    },
    jobs: {
      stallTimeoutMs: env.JOB_STALL_TIMEOUT_MS,
      leaseSeconds: env.JOB_LEASE_SECONDS,
      retryBaseMs: env.JOB_RETRY_BASE_MS,
      maxAttempts: env.JOB_MAX_ATTEMPTS,
    },
    activity: {
      retentionSeconds: env.ACTIVITY_RETENTION_DAYS * 86_400,
      settleMs: env.CHANGE_FEED_SETTLE_MS,
      /** The worker abandons (and retries) an activity write that takes longer than this. */
      writeBoundMs: Math.floor(env.CHANGE_FEED_SETTLE_MS / 2),
    },
    loginLimits: {
      accountMaxFailures: env.LOGIN_ACCOUNT_MAX_FAILURES,
      addressMaxFailures: env.LOGIN_ADDRESS_MAX_FAILURES,
      windowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
    },
    search: {
      engine: env.SEARCH_ENGINE,
      cacheTasks: env.SEARCH_CACHE_TASKS,
      openSearch: env.OPENSEARCH_ENDPOINT
        ? { endpoint: env.OPENSEARCH_ENDPOINT, index: env.OPENSEARCH_INDEX }
        : undefined,
    },
    webhooks: {
      /** Base64 of the AES-256 key that encrypts signing secrets at rest. */
      secretKey: derivedKey(env.WEBHOOK_SECRET_KEY ?? env.CURSOR_SECRET, 'tasklane webhook secrets'),
      perProject: env.WEBHOOKS_PER_PROJECT,
      attemptTimeoutMs: env.WEBHOOK_ATTEMPT_TIMEOUT_MS,
      retryScheduleSeconds: env.WEBHOOK_RETRY_SCHEDULE_SECONDS,
      concurrency: env.WEBHOOK_DELIVERY_CONCURRENCY,
      retentionSeconds: env.WEBHOOK_DELIVERY_RETENTION_DAYS * 86_400,
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
      queueUrl: env.WEBHOOK_QUEUE_URL,
      /** Where only public https targets are allowed; elsewhere http(s) on loopback too. */
      loopbackAllowed: env.STAGE === 'local' || env.STAGE === 'test',
    },
    /** Calls need an `x-api-key` (at API Gateway, or here when `apiKeys` is set). */
    apiKeyRequired: env.API_KEY_REQUIRED === 'true' || env.API_KEYS !== undefined,
    apiKeys: env.API_KEYS
      ? {
          keys: new Map(
            env.API_KEYS.split(',').map((entry) => {
              const [name, key] = entry.split(/:(.*)/s) as [string, string];
              return [key, name] as const;
            }),
          ),
          rateLimit: env.API_KEY_RATE_LIMIT,
          burstLimit: env.API_KEY_BURST_LIMIT,
          quotaPerDay: env.API_KEY_DAILY_QUOTA,
        }
      : undefined,
  };
}

/** A 32-byte key for one purpose, derived from a longer-lived secret (HKDF-SHA256). */
function derivedKey(secret: string, purpose: string): string {
  return Buffer.from(hkdfSync('sha256', secret, '', purpose, 32)).toString('base64');
}

function webOriginsOf(stage: Stage): string[] {
  return stage in WEB_ORIGINS ? [...WEB_ORIGINS[stage as keyof typeof WEB_ORIGINS]] : [];
}

function hardenedStageViolation(config: ReturnType<typeof toConfig>): string | undefined {
  if (config.corsOrigins.includes('*')) return 'CORS_ORIGINS: a wildcard origin is refused in this stage';
  const insecure: Array<[string, string | undefined]> = [
    ['CORS_ORIGINS', config.corsOrigins.find((origin) => origin.startsWith('http://'))],
    ['COGNITO_ISSUER', config.cognito.issuer],
    ['DYNAMODB_ENDPOINT', config.dynamodb.endpoint],
    ['COGNITO_ENDPOINT', config.cognito.endpoint],
    ['S3_ENDPOINT', config.s3.endpoint],
    ['OPENSEARCH_ENDPOINT', config.search.openSearch?.endpoint],
  ];
  for (const [name, value] of insecure) {
    if (value?.startsWith('http://')) return `${name}: http:// is refused in this stage (use https://)`;
  }
  if (config.cursorSecret.includes(LOCAL_DEFAULT_SECRET_MARKER)) {
    return 'CURSOR_SECRET: the local development secret is refused in this stage';
  }
  return undefined;
}

/**
 * Parse the environment into a frozen configuration.
 * @throws ConfigError with a single line naming the first bad variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const reason = env[name] === undefined ? 'is missing' : `is invalid (${issue?.message ?? 'bad value'})`;
    throw new ConfigError(`Configuration error: ${name} ${reason}`);
  }
  const config = toConfig(parsed.data);
  if (config.search.engine === 'opensearch' && !config.search.openSearch) {
    throw new ConfigError(
      'Configuration error: OPENSEARCH_ENDPOINT is missing (SEARCH_ENGINE=opensearch needs it)',
    );
  }
  if (config.isHardened) {
    const violation = hardenedStageViolation(config);
    if (violation) throw new ConfigError(`Configuration error: ${violation}`);
  }
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
