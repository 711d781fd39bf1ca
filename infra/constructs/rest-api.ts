import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ACCESS_TOKEN_SCOPES, CORS } from '#domain/vocabulary';
import { KEYLESS_PATHS } from '#http/middleware/api-keys';
import type { StageConfig, UsagePlanLimits } from '../stage-config.ts';
import { type ApiOperation, apiOperations } from './rest-api-routes.ts';

export interface RestApiProps {
  config: StageConfig;
  handler: lambda.IFunction;
  userPool: cognito.IUserPool;
  logRetentionDays: logs.RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** Defaults to the app's own route table (its OpenAPI document). */
  operations?: ApiOperation[];
}

/**
 * The API Gateway REST API in front of the API function (docs/decisions/0006): one resource
 * and method per route of the app, Lambda proxy integrations, the Cognito authorizer on every
 * protected method, API keys and usage plans, problem+json gateway responses, per-stage
 * throttling, access and execution logs.
 */
export class TasklaneRestApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly stage: apigateway.Stage;
  readonly accessLogs: logs.LogGroup;
  /** Partner name (and `web`) → its API key. */
  readonly apiKeys: Record<string, apigateway.IApiKey> = {};

  constructor(scope: Construct, id: string, props: RestApiProps) {
    super(scope, id);
    const { config } = props;
    const name = `${config.stage}-tasklane-api`;
    const operations = props.operations ?? apiOperations();
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      logGroupName: `/aws/apigateway/${name}`,
      retention: props.logRetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    this.api = new apigateway.RestApi(this, 'Api', {
      restApiName: name,
      description: `Tasklane REST API (${config.stage})`,
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      apiKeySourceType: apigateway.ApiKeySourceType.HEADER,
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: props.logRemovalPolicy,
      deployOptions: {
        stageName: config.stage,
        throttlingRateLimit: config.throttle.rateLimit,
        throttlingBurstLimit: config.throttle.burstLimit,
        loggingLevel: apigateway.MethodLoggingLevel[config.gateway.executionLogLevel],
        dataTraceEnabled: config.gateway.dataTrace,
        metricsEnabled: true,
        tracingEnabled: config.gateway.tracing,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
      defaultCorsPreflightOptions: {
        allowOrigins: config.corsOrigins,
        allowMethods: corsMethods(operations),
        allowHeaders: [...CORS.allowHeaders],
        exposeHeaders: [...CORS.exposeHeaders],
        maxAge: Duration.seconds(CORS.maxAgeSeconds),
      },
    });
    this.stage = this.api.deploymentStage;
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        'The gateway validates required parameters; bodies are validated by the app, whose 422 problem names every invalid field (a gateway model would answer another shape and duplicate the schemas).',
    });
    if (this.api.node.tryFindChild('CloudWatchRole')) {
      Validations.of(this.api.node.findChild('CloudWatchRole')).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          "API Gateway's account-level role for execution logs; AWS's managed policy is the documented one and grants log writes only.",
      });
    }
    addProblemResponses(this.api, config.corsOrigins);

    const authorizer = new apigateway.CognitoUserPoolsAuthorizer(this, 'CognitoAuthorizer', {
      authorizerName: `${name}-cognito`,
      cognitoUserPools: [props.userPool],
      identitySource: apigateway.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    const validator = new apigateway.RequestValidator(this, 'ParameterValidator', {
      restApi: this.api,
      requestValidatorName: `${name}-parameters`,
      validateRequestParameters: true,
      validateRequestBody: false,
    });
    // One permission for the whole API instead of one per method (CloudFormation's resource limit).
    const integration = new apigateway.LambdaIntegration(props.handler, {
      proxy: true,
      scopePermissionToMethod: false,
    });

    const keyed = (path: string) => config.apiKeys.required && !KEYLESS_PATHS.includes(path);
    for (const operation of operations) {
      const resource = this.api.root.resourceForPath(operation.path);
      const requestParameters = Object.fromEntries([
        ...pathParameters(operation.path).map((param) => [`method.request.path.${param}`, true] as const),
        ...operation.requiredQuery.map((param) => [`method.request.querystring.${param}`, true] as const),
      ]);
      const method = resource.addMethod(operation.method, integration, {
        ...(operation.operationId ? { operationName: operation.operationId } : {}),
        apiKeyRequired: keyed(operation.path),
        requestParameters,
        requestValidator: validator,
        ...(operation.protected
          ? {
              authorizer,
              authorizationType: apigateway.AuthorizationType.COGNITO,
              // Scopes make the authorizer take access tokens (not ID tokens); either one passes.
              authorizationScopes: [...ACCESS_TOKEN_SCOPES],
            }
          : { authorizationType: apigateway.AuthorizationType.NONE }),
      });
      if (!operation.protected) {
        Validations.of(method).acknowledge(
          {
            id: 'AwsSolutions-APIG4',
            reason: `${operation.method} ${operation.path} is public by design (health, API docs, sign-up and sign-in).`,
          },
          {
            id: 'AwsSolutions-COG4',
            reason: `${operation.method} ${operation.path} is public by design: there is no user yet to authorize.`,
          },
        );
      }
    }
    this.addMethodFallbacks(operations, integration, keyed);
    this.acknowledgePreflights();
    this.addUsagePlans(config);
  }

  /**
   * A method the API lacks on a path it has goes to the app (an `ANY` method, which API Gateway
   * picks only when no explicit method matches), and the app answers 405 problem+json with
   * `Allow`, as it does locally — instead of the gateway's "missing authentication token". No
   * authorizer: the app answers 405 before it looks for a token, and never serves data here.
   */
  private addMethodFallbacks(
    operations: ApiOperation[],
    integration: apigateway.Integration,
    keyed: (path: string) => boolean,
  ): void {
    for (const path of new Set(operations.map((operation) => operation.path))) {
      const method = this.api.root.resourceForPath(path).addMethod('ANY', integration, {
        apiKeyRequired: keyed(path),
        authorizationType: apigateway.AuthorizationType.NONE,
      });
      const reason = `ANY ${path} only reaches the app for methods the path lacks, which it answers with 405.`;
      Validations.of(method).acknowledge(
        { id: 'AwsSolutions-APIG4', reason },
        { id: 'AwsSolutions-COG4', reason },
      );
    }
  }

  /** The invoke URL of the stage. */
  get url(): string {
    return this.api.url;
  }

  private addUsagePlans(config: StageConfig): void {
    const plan = (id: string, planName: string, limits: UsagePlanLimits) =>
      this.api.addUsagePlan(id, {
        name: `${config.stage}-tasklane-${planName}`,
        description: `${planName} clients of Tasklane (${config.stage})`,
        throttle: { rateLimit: limits.rateLimit, burstLimit: limits.burstLimit },
        quota: { limit: limits.quotaPerDay, period: apigateway.Period.DAY },
        apiStages: [{ api: this.api, stage: this.stage }],
      });
    const partnerPlan = plan('PartnerPlan', 'partners', config.apiKeys.partnerPlan);
    for (const partner of config.apiKeys.partners) {
      const key = this.api.addApiKey(`PartnerKey-${partner}`, {
        apiKeyName: `${config.stage}-tasklane-partner-${partner}`,
        description: `API key of the partner ${partner}`,
      });
      partnerPlan.addApiKey(key);
      this.apiKeys[partner] = key;
    }
    const webPlan = plan('WebPlan', 'web', config.apiKeys.webPlan);
    const webKey = this.api.addApiKey('WebKey', {
      apiKeyName: `${config.stage}-tasklane-web`,
      description: 'API key of the first-party web app (identifies, never authorizes)',
    });
    webPlan.addApiKey(webKey);
    this.apiKeys.web = webKey;
  }

  /** CORS preflights are answered by API Gateway itself (a mock integration), without a token. */
  private acknowledgePreflights(): void {
    for (const child of this.api.node.findAll()) {
      if (child instanceof apigateway.Method && child.httpMethod === 'OPTIONS') {
        Validations.of(child).acknowledge(
          { id: 'AwsSolutions-APIG4', reason: 'CORS preflight: browsers send OPTIONS without credentials.' },
          { id: 'AwsSolutions-COG4', reason: 'CORS preflight: browsers send OPTIONS without credentials.' },
        );
      }
    }
  }
}

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\+?\}/g)].map((match) => match[1] ?? '');
}

/** The methods the API has, plus OPTIONS: CORS allows what exists and nothing else. */
export function corsMethods(operations: ApiOperation[]): string[] {
  return [...new Set([...operations.map((operation) => operation.method), 'OPTIONS'])].sort();
}

/**
 * CORS headers of the gateway's own responses, so a web app reads the problem instead of
 * seeing a network error. Gateway responses take static values or request headers only (their
 * templates are not VTL), so one origin is named as it is; with several, the request's Origin is
 * echoed (`Vary: Origin`). That echo reveals only the gateway's error body, which holds no data:
 * which origins may call the API at all is still the preflight's decision and the app's.
 */
export function gatewayCorsHeaders(origins: readonly string[]): Record<string, string> {
  if (origins.length === 0) return {};
  const [only] = origins;
  const allowOrigin: Record<string, string> =
    origins.length === 1 && only !== undefined
      ? { 'Access-Control-Allow-Origin': `'${only}'` }
      : { 'Access-Control-Allow-Origin': 'method.request.header.Origin', Vary: "'Origin'" };
  return { ...allowOrigin, 'Access-Control-Expose-Headers': `'${CORS.exposeHeaders.join(',')}'` };
}

/**
 * The gateway's own errors as RFC 9457 bodies with the app's fields and codes, so a client
 * handles one error shape whether API Gateway or the app answered, readable from the stage's
 * web origins.
 */
function addProblemResponses(api: apigateway.RestApi, corsOrigins: readonly string[]): void {
  const problem = (status: number, title: string, code: string, detail: string) =>
    JSON.stringify({
      type: `urn:tasklane:problem:${code}`,
      title,
      status,
      detail,
      code,
      requestId: '$context.requestId',
    });
  const bearerChallenge = (description: string) =>
    `'Bearer error="invalid_token", error_description="${description}"'`;
  const responses: Array<{
    type: apigateway.ResponseType;
    status: number;
    title: string;
    code: string;
    detail: string;
    headers?: Record<string, string>;
  }> = [
    {
      type: apigateway.ResponseType.UNAUTHORIZED,
      status: 401,
      title: 'Unauthorized',
      code: 'invalid_token',
      detail: 'A valid access token is required.',
      headers: { 'WWW-Authenticate': bearerChallenge('A valid access token is required.') },
    },
    {
      type: apigateway.ResponseType.EXPIRED_TOKEN,
      status: 401,
      title: 'Unauthorized',
      code: 'token_expired',
      detail: 'The access token has expired.',
      headers: { 'WWW-Authenticate': bearerChallenge('The access token has expired.') },
    },
    {
      type: apigateway.ResponseType.ACCESS_DENIED,
      status: 403,
      title: 'Forbidden',
      code: 'forbidden',
      detail: 'You are not allowed to do this.',
      headers: {
        'WWW-Authenticate': `'Bearer error="insufficient_scope", error_description="An access token is required."'`,
      },
    },
    {
      type: apigateway.ResponseType.INVALID_API_KEY,
      status: 403,
      title: 'Forbidden',
      code: 'invalid_api_key',
      detail: 'A valid x-api-key header is required.',
    },
    {
      type: apigateway.ResponseType.MISSING_AUTHENTICATION_TOKEN,
      status: 404,
      title: 'Not Found',
      code: 'route_not_found',
      detail: 'No route for this method and path.',
    },
    {
      type: apigateway.ResponseType.THROTTLED,
      status: 429,
      title: 'Too Many Requests',
      code: 'rate_limited',
      detail: 'Too many requests; retry after Retry-After seconds.',
      headers: { 'Retry-After': "'1'" },
    },
    {
      type: apigateway.ResponseType.QUOTA_EXCEEDED,
      status: 429,
      title: 'Too Many Requests',
      code: 'quota_exceeded',
      detail: "The API key's daily quota is used up; it resets at 00:00 UTC.",
      headers: { 'Retry-After': "'3600'" },
    },
    {
      type: apigateway.ResponseType.REQUEST_TOO_LARGE,
      status: 413,
      title: 'Content Too Large',
      code: 'payload_too_large',
      detail: 'The request body is too large.',
    },
    {
      type: apigateway.ResponseType.BAD_REQUEST_PARAMETERS,
      status: 422,
      title: 'Unprocessable Content',
      code: 'validation_failed',
      detail: 'A required parameter is missing: $context.error.validationErrorString',
    },
    {
      type: apigateway.ResponseType.WAF_FILTERED,
      status: 403,
      title: 'Forbidden',
      code: 'request_blocked',
      detail: 'The request was blocked by the web application firewall.',
    },
    {
      type: apigateway.ResponseType.INTEGRATION_TIMEOUT,
      status: 504,
      title: 'Gateway Timeout',
      code: 'upstream_timeout',
      detail: 'The API did not answer in time; retry after Retry-After seconds.',
      headers: { 'Retry-After': "'1'" },
    },
    {
      type: apigateway.ResponseType.DEFAULT_4XX,
      status: 400,
      title: 'Bad Request',
      code: 'bad_request',
      detail: '$context.error.message',
    },
    {
      type: apigateway.ResponseType.DEFAULT_5XX,
      status: 503,
      title: 'Service Unavailable',
      code: 'service_unavailable',
      detail: 'The API is unavailable; retry after Retry-After seconds.',
      headers: { 'Retry-After': "'1'" },
    },
  ];
  for (const response of responses) {
    api.addGatewayResponse(`Problem${response.type.responseType}`, {
      type: response.type,
      // The body's status and the response's are one value.
      statusCode: String(response.status),
      responseHeaders: {
        'Content-Type': "'application/problem+json'",
        ...gatewayCorsHeaders(corsOrigins),
        ...response.headers,
      },
      templates: {
        'application/json': problem(response.status, response.title, response.code, response.detail),
      },
    });
  }
}

/** One JSON line per request; `requestId` is the id the app returns in `X-Request-Id`. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integration.error',
  authorizerError: '$context.authorizer.error',
  apiKeyId: '$context.identity.apiKeyId',
  wafResponse: '$context.wafResponseCode',
  sub: '$context.authorizer.claims.sub',
};
