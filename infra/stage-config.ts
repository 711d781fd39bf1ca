import { Duration, RemovalPolicy } from 'aws-cdk-lib';

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
  /** How long finished exports stay downloadable. */
  exportExpiration: Duration;
  tags: { Owner: string; CostCenter: string };
}

const apiSizing: FunctionSizing = { memorySize: 1024, timeout: Duration.seconds(10) };
const workerSizing = { memorySize: 1024, timeout: Duration.minutes(5), batchSize: 10, retryAttempts: 3 };

const STAGE_CONFIGS: Record<DeployStage, StageConfig> = {
  dev: {
    stage: 'dev',
    corsOrigins: ['http://localhost:5173'],
    throttle: { rateLimit: 20, burstLimit: 40 },
    api: { ...apiSizing, memorySize: 512 },
    worker: { ...workerSizing, memorySize: 512 },
    logLevel: 'DEBUG',
    logRetentionDays: 7,
    retainData: false,
    deletionProtection: false,
    exportExpiration: Duration.days(1),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
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
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
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
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'tasklane-prod' },
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
  return { ...base, corsOrigins };
}

/** RETAIN where data must survive the stack, DESTROY in dev. */
export function dataRemovalPolicy(config: StageConfig): RemovalPolicy {
  return config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}

/**
 * The one AWS account and region of each stage. The app pins every stack to its stage's
 * environment, so the CDK CLI refuses to deploy a stage with credentials of another account,
 * and the app refuses `-c account=…`/`-c region=…` that contradict this map.
 * Replace these with the organization's account ids before the first deploy (docs/deploy.md).
 */
export const STAGE_ENVIRONMENTS: Record<DeployStage, { account: string; region: string }> = {
  dev: { account: '111111111111', region: 'eu-west-1' },
  staging: { account: '222222222222', region: 'eu-west-1' },
  prod: { account: '333333333333', region: 'eu-west-1' },
};

/** The stage's environment; `requested` (from context) must match it. */
export function stageEnvironment(
  stage: DeployStage,
  requested: { account?: string | undefined; region?: string | undefined } = {},
): { account: string; region: string } {
  const expected = STAGE_ENVIRONMENTS[stage];
  for (const key of ['account', 'region'] as const) {
    const value = requested[key];
    if (value !== undefined && value !== expected[key]) {
      throw new Error(`Stage ${stage} deploys to ${key} ${expected[key]} only; ${key} ${value} is refused`);
    }
  }
  return expected;
}
