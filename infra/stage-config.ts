import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PARTNER_PLAN_DEFAULTS } from '#http/middleware/api-keys';

/** The stages the CDK app deploys (`-c stage=dev|staging|prod`). */
export const DEPLOY_STAGES = ['dev', 'staging', 'prod'] as const;
export type DeployStage = (typeof DEPLOY_STAGES)[number];

export interface FunctionSizing {
  memorySize: number;
  timeout: Duration;
}

/** Everything that differs between stages; the stack reads nothing else. */
export interface StageConfig {
  stage: DeployStage;
  /** Browser origins for CORS (API Gateway and the app) and presigned uploads. */
  corsOrigins: string[];
  /** Steady-state requests per second and burst for the API stage. */
  throttle: { rateLimit: number; burstLimit: number };
  api: FunctionSizing;
  worker: FunctionSizing & { batchSize: number; retryAttempts: number };
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  logRetentionDays: 7 | 30 | 90 | 365;
  /** Keep data (table, user pool, bucket, secret) when the stack goes away. */
  retainData: boolean;
  /** DynamoDB and Cognito refuse deletion until this is turned off. */
  deletionProtection: boolean;
  /** Object versions of attachments (recover from overwrites and deletes). */
  bucketVersioning: boolean;
  /** How long finished exports stay downloadable. */
  exportExpiration: Duration;
  tags: { Owner: string; CostCenter: string };
  /** The REST API stage: execution logs, request/response data tracing (never in prod), X-Ray. */
  gateway: GatewayConfig;
  /** API keys and usage plans (see docs/decisions/0006). */
  apiKeys: ApiKeyConfig;
  /** AWS WAF web ACL on the API stage. */
  waf: WafConfig;
}

export interface GatewayConfig {
  executionLogLevel: 'INFO' | 'ERROR' | 'OFF';
  /** Full request and response bodies in the execution log: tokens and data, so never in prod. */
  dataTrace: boolean;
  tracing: boolean;
}

/** A usage plan's limits: requests per second, burst and requests per UTC day. */
export interface UsagePlanLimits {
  rateLimit: number;
  burstLimit: number;
  quotaPerDay: number;
}

export interface ApiKeyConfig {
  /** Every method but health, readiness and the docs needs an `x-api-key` here. */
  required: boolean;
  /** The plan every partner key is on. */
  partnerPlan: UsagePlanLimits;
  /** Named partners; each gets its own key on the partner plan. */
  partners: string[];
  /** The plan of the first-party web app's key (the stage throttle, a larger daily quota). */
  webPlan: UsagePlanLimits;
}

export interface WafConfig {
  enabled: boolean;
  /** Requests to /v1/auth/* per client IP and 5 minutes before WAF blocks (brute force). */
  authRequestsPerFiveMinutes: number;
}

const PARTNER_PLAN: UsagePlanLimits = { ...PARTNER_PLAN_DEFAULTS };

const apiSizing: FunctionSizing = { memorySize: 1024, timeout: Duration.seconds(10) };
const workerSizing = { memorySize: 1024, timeout: Duration.minutes(5), batchSize: 10, retryAttempts: 3 };

const STAGE_CONFIGS: Record<DeployStage, StageConfig> = {
  dev: {
    stage: 'dev',
    corsOrigins: ['http://localhost:3000', 'http://localhost:5173'],
    throttle: { rateLimit: 20, burstLimit: 40 },
    api: { ...apiSizing, memorySize: 512 },
    worker: { ...workerSizing, memorySize: 512 },
    logLevel: 'DEBUG',
    logRetentionDays: 7,
    retainData: false,
    deletionProtection: false,
    bucketVersioning: false,
    exportExpiration: Duration.days(1),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
    gateway: { executionLogLevel: 'INFO', dataTrace: true, tracing: true },
    apiKeys: {
      required: false,
      partnerPlan: PARTNER_PLAN,
      partners: ['sandbox-partner'],
      webPlan: { rateLimit: 20, burstLimit: 40, quotaPerDay: 100_000 },
    },
    waf: { enabled: false, authRequestsPerFiveMinutes: 300 },
  },
  staging: {
    stage: 'staging',
    corsOrigins: ['https://staging.tasklane.example.com'],
    throttle: { rateLimit: 50, burstLimit: 100 },
    api: apiSizing,
    worker: workerSizing,
    logLevel: 'INFO',
    logRetentionDays: 30,
    retainData: true,
    deletionProtection: false,
    bucketVersioning: false,
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
    gateway: { executionLogLevel: 'INFO', dataTrace: true, tracing: true },
    apiKeys: {
      required: true,
      partnerPlan: PARTNER_PLAN,
      partners: ['acme-integrations'],
      webPlan: { rateLimit: 50, burstLimit: 100, quotaPerDay: 500_000 },
    },
    waf: { enabled: false, authRequestsPerFiveMinutes: 300 },
  },
  prod: {
    stage: 'prod',
    corsOrigins: ['https://app.tasklane.example.com'],
    throttle: { rateLimit: 500, burstLimit: 1000 },
    api: apiSizing,
    worker: workerSizing,
    logLevel: 'INFO',
    logRetentionDays: 365,
    retainData: true,
    deletionProtection: true,
    bucketVersioning: true,
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'tasklane-prod' },
    gateway: { executionLogLevel: 'ERROR', dataTrace: false, tracing: true },
    apiKeys: {
      required: true,
      partnerPlan: PARTNER_PLAN,
      partners: ['acme-integrations', 'globex-sync'],
      webPlan: { rateLimit: 500, burstLimit: 1000, quotaPerDay: 5_000_000 },
    },
    waf: { enabled: true, authRequestsPerFiveMinutes: 100 },
  },
};

/**
 * The configuration of a stage, with CORS origins optionally replaced from context
 * (`-c corsOrigins=https://a.example,https://b.example`). Refuses what the app would refuse.
 */
export function stageConfig(stage: string, corsOverride?: string): StageConfig {
  if (!(DEPLOY_STAGES as readonly string[]).includes(stage)) {
    throw new Error(`Unknown stage "${stage}": use -c stage=${DEPLOY_STAGES.join('|')}`);
  }
  const base = STAGE_CONFIGS[stage as DeployStage];
  const corsOrigins = corsOverride
    ? corsOverride
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
    : base.corsOrigins;
  if (base.stage !== 'dev') {
    const bad = corsOrigins.find((origin) => origin === '*' || !origin.startsWith('https://'));
    if (bad) throw new Error(`corsOrigins: "${bad}" is refused in ${base.stage} (https origins only, no *)`);
  }
  if (base.stage === 'prod' && base.gateway.dataTrace) {
    throw new Error('gateway.dataTrace: request and response bodies are never logged in prod');
  }
  return { ...base, corsOrigins };
}

/** RETAIN where data must survive the stack, DESTROY in dev. */
export function dataRemovalPolicy(config: StageConfig): RemovalPolicy {
  return config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}
