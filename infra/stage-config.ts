import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PARTNER_PLAN_DEFAULTS, WEB_ORIGINS } from '#domain/vocabulary';
import { STREAM_BATCH_SIZE } from '#worker/stream/stream-consumers';

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
  /** Browser origins (`WEB_ORIGINS` unless replaced by context): CORS at API Gateway and in the app, presigned uploads. */
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
  /** Browser sign-in through the Hosted UI and the sign-in attempt limits (`ACCOUNT_SETTINGS`). */
  accounts: AccountSettings;
  /** The REST API stage: execution logs, request/response data tracing (dev, by explicit opt-in only), X-Ray. */
  gateway: GatewayConfig;
  /** API keys and usage plans (see docs/decisions/0006). */
  apiKeys: ApiKeyConfig;
  /** AWS WAF web ACL on the API stage. */
  waf: WafConfig;
  /**
   * The search engine (docs/search.md): `embedded` creates nothing (the index lives in the table
   * and the bucket); `opensearch` adds an OpenSearch domain, for projects past the embedded bound.
   */
  search: SearchEngine;
  /** Where the web app is served (CloudFront): its domains and their certificate. */
  web: WebHostingConfig;
}

export interface WebHostingConfig {
  /** The https origins of `WEB_ORIGINS`, as host names: the distribution answers on these. */
  domainNames: string[];
  /** An ACM certificate in us-east-1 (CloudFront's region) covering every domain name. */
  certificateArn: string;
}

export const SEARCH_ENGINES = ['embedded', 'opensearch'] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

export interface GatewayConfig {
  executionLogLevel: 'INFO' | 'ERROR' | 'OFF';
  /**
   * Full request and response bodies in the execution log: tokens, passwords and personal data.
   * Off in every stage; only `-c gatewayDataTrace=on` turns it on, and only in dev.
   */
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
const workerSizing = {
  memorySize: 1024,
  timeout: Duration.minutes(5),
  batchSize: STREAM_BATCH_SIZE,
  retryAttempts: 3,
};

/** What each stage fixes; data trace is not among it (see `dataTraceOptIn`). */
type StageDefaults = Omit<StageConfig, 'accounts' | 'gateway' | 'web'> & {
  gateway: Omit<GatewayConfig, 'dataTrace'>;
};

const STAGE_CONFIGS: Record<DeployStage, StageDefaults> = {
  dev: {
    stage: 'dev',
    corsOrigins: [...WEB_ORIGINS.dev],
    throttle: { rateLimit: 20, burstLimit: 40 },
    api: { ...apiSizing, memorySize: 512 },
    worker: { ...workerSizing, memorySize: 512 },
    logLevel: 'DEBUG',
    logRetentionDays: 7,
    retainData: false,
    deletionProtection: false,
    exportExpiration: Duration.days(1),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
    gateway: { executionLogLevel: 'INFO', tracing: true },
    apiKeys: {
      required: false,
      partnerPlan: PARTNER_PLAN,
      partners: ['sandbox-partner'],
      webPlan: { rateLimit: 20, burstLimit: 40, quotaPerDay: 100_000 },
    },
    waf: { enabled: false, authRequestsPerFiveMinutes: 300 },
    search: 'embedded',
  },
  staging: {
    stage: 'staging',
    corsOrigins: [...WEB_ORIGINS.staging],
    throttle: { rateLimit: 50, burstLimit: 100 },
    api: apiSizing,
    worker: workerSizing,
    logLevel: 'INFO',
    logRetentionDays: 30,
    retainData: true,
    deletionProtection: false,
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'engineering' },
    gateway: { executionLogLevel: 'INFO', tracing: true },
    apiKeys: {
      required: true,
      partnerPlan: PARTNER_PLAN,
      partners: ['acme-integrations'],
      webPlan: { rateLimit: 50, burstLimit: 100, quotaPerDay: 500_000 },
    },
    waf: { enabled: false, authRequestsPerFiveMinutes: 300 },
    search: 'embedded',
  },
  prod: {
    stage: 'prod',
    corsOrigins: [...WEB_ORIGINS.prod],
    throttle: { rateLimit: 500, burstLimit: 1000 },
    api: apiSizing,
    worker: workerSizing,
    logLevel: 'INFO',
    logRetentionDays: 365,
    retainData: true,
    deletionProtection: true,
    exportExpiration: Duration.days(7),
    tags: { Owner: 'tasklane-team', CostCenter: 'tasklane-prod' },
    gateway: { executionLogLevel: 'ERROR', tracing: true },
    apiKeys: {
      required: true,
      partnerPlan: PARTNER_PLAN,
      partners: ['acme-integrations', 'globex-sync'],
      webPlan: { rateLimit: 500, burstLimit: 1000, quotaPerDay: 5_000_000 },
    },
    waf: { enabled: true, authRequestsPerFiveMinutes: 100 },
    search: 'embedded',
  },
};

/** Hosted UI / OAuth settings of the app client and the brute-force limits of the sign-in flows. */
export interface AccountSettings {
  /** `<prefix>.auth.<region>.amazoncognito.com` (globally unique within a region). */
  hostedUiDomainPrefix: string;
  /** Where the Hosted UI may send the authorization code (exact URLs). */
  callbackUrls: string[];
  /** Where the Hosted UI may send the browser after signing out. */
  logoutUrls: string[];
  /** Failed sign-ins or codes per account, and per client address, within one window → 429. */
  loginLimits: { accountMaxFailures: number; addressMaxFailures: number; windowSeconds: number };
}

/**
 * The web app's certificate of each stage (ACM, us-east-1). Like the account ids, these are
 * placeholders to replace before the first deploy (docs/deploy.md), or `-c webCertificateArn=…`.
 */
export const WEB_CERTIFICATE_ARNS: Record<DeployStage, string> = {
  dev: 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
  staging: 'arn:aws:acm:us-east-1:222222222222:certificate/00000000-0000-0000-0000-000000000000',
  prod: 'arn:aws:acm:us-east-1:333333333333:certificate/00000000-0000-0000-0000-000000000000',
};

/** The distribution's domains are the stage's https web origins: one list for CORS, callbacks and hosting. */
function webHosting(stage: DeployStage, certificateArn: string | undefined): WebHostingConfig {
  const domainNames = WEB_ORIGINS[stage]
    .filter((origin) => origin.startsWith('https://'))
    .map((origin) => new URL(origin).hostname);
  if (domainNames.length === 0)
    throw new Error(`WEB_ORIGINS.${stage} has no https origin to serve the web app on`);
  const arn = certificateArn ?? WEB_CERTIFICATE_ARNS[stage];
  if (!/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(arn)) {
    throw new Error(
      `webCertificateArn: "${arn}" is not an ACM certificate in us-east-1 (CloudFront's region)`,
    );
  }
  return { domainNames, certificateArn: arn };
}

const loginLimits = { accountMaxFailures: 5, addressMaxFailures: 20, windowSeconds: 900 };

/** The web app's pages the Hosted UI returns to: `/callback` after sign-in, `/` after sign-out. */
const hostedUiUrls = (stage: DeployStage) => ({
  callbackUrls: WEB_ORIGINS[stage].map((origin) => `${origin}/callback`),
  logoutUrls: WEB_ORIGINS[stage].map((origin) => `${origin}/`),
});

const ACCOUNT_SETTINGS: Record<DeployStage, AccountSettings> = {
  dev: { hostedUiDomainPrefix: 'tasklane-dev', ...hostedUiUrls('dev'), loginLimits },
  staging: { hostedUiDomainPrefix: 'tasklane-staging', ...hostedUiUrls('staging'), loginLimits },
  prod: { hostedUiDomainPrefix: 'tasklane-prod', ...hostedUiUrls('prod'), loginLimits },
};

/** Cognito accepts http:// only for localhost; deployed stages beyond dev take https only. */
function checkAccountSettings(stage: DeployStage, settings: AccountSettings): AccountSettings {
  for (const url of [...settings.callbackUrls, ...settings.logoutUrls]) {
    const local = /^http:\/\/localhost(:\d+)?\//.test(url);
    if (!url.startsWith('https://') && !(stage === 'dev' && local)) {
      throw new Error(`accounts: "${url}" is refused in ${stage} (https only; http://localhost in dev)`);
    }
  }
  return settings;
}

/** What context may change in a stage (`-c corsOrigins=…`, `-c gatewayDataTrace=on`). */
export interface StageOverrides {
  /** Replaces the stage's origins: `https://a.example,https://b.example`. */
  corsOrigins?: string | undefined;
  /** `on`: request and response bodies in the gateway's execution log; dev only. */
  gatewayDataTrace?: string | undefined;
  /** `embedded` or `opensearch`: replaces the stage's search engine. */
  search?: string | undefined;
  /** The web app's ACM certificate (us-east-1), replacing the stage's. */
  webCertificateArn?: string | undefined;
}

/**
 * The configuration of a stage, with what context overrides. Refuses what the app would refuse,
 * and data trace anywhere but in dev by explicit opt-in.
 */
export function stageConfig(stage: string, overrides: StageOverrides = {}): StageConfig {
  const corsOverride = overrides.corsOrigins;
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
  const gateway = { ...base.gateway, dataTrace: dataTraceOptIn(base.stage, overrides.gatewayDataTrace) };
  return {
    ...base,
    corsOrigins,
    gateway,
    search: searchEngineOf(base.search, overrides.search),
    accounts: checkAccountSettings(base.stage, ACCOUNT_SETTINGS[base.stage]),
    web: webHosting(base.stage, overrides.webCertificateArn),
  };
}

/**
 * Data trace logs whole requests and responses (bearer tokens, passwords, task text): never by
 * default, and beyond dev never at all. `on`/`off` only, so a typo cannot turn it on.
 */
function dataTraceOptIn(stage: DeployStage, requested: string | undefined): boolean {
  if (requested === undefined || requested === 'off') return false;
  if (requested !== 'on') throw new Error(`gatewayDataTrace: "${requested}" is not on or off`);
  if (stage !== 'dev') {
    throw new Error(`gatewayDataTrace: request and response bodies are never logged in ${stage} (dev only)`);
  }
  return true;
}

function searchEngineOf(stageDefault: SearchEngine, requested: string | undefined): SearchEngine {
  if (requested === undefined) return stageDefault;
  if (!(SEARCH_ENGINES as readonly string[]).includes(requested)) {
    throw new Error(`search: "${requested}" is not ${SEARCH_ENGINES.join(' or ')}`);
  }
  return requested as SearchEngine;
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
