import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

const { GET, ANY } = apigwv2.HttpMethod;

/**
 * Routes API Gateway lets through without a token: operations, the API description and
 * the auth endpoints (sign-up, login, refresh). `/v1/auth/logout` checks its token in the app.
 */
export const PUBLIC_ROUTES: ReadonlyArray<{ method: apigwv2.HttpMethod; path: string }> = [
  { method: GET, path: '/health' },
  { method: GET, path: '/ready' },
  { method: GET, path: '/openapi.json' },
  { method: GET, path: '/docs' },
  { method: ANY, path: '/v1/auth/{proxy+}' },
];

export interface HttpApiProps {
  config: StageConfig;
  handler: lambda.IFunction;
  userPool: cognito.IUserPool;
  client: cognito.IUserPoolClient;
  logRetentionDays: logs.RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

/**
 * The API Gateway HTTP API in front of the API function (see docs/decisions/0001): a Cognito
 * JWT authorizer on every route but the public ones, throttling and access logs on the stage,
 * CORS preflight answered by API Gateway for the stage's origins.
 */
export class TasklaneHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HttpApiProps) {
    super(scope, id);
    const { config } = props;
    const name = `${config.stage}-tasklane-api`;
    this.api = new apigwv2.HttpApi(this, 'Api', {
      apiName: name,
      description: `Tasklane REST API (${config.stage})`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: config.corsOrigins,
        allowMethods: [
          apigwv2.CorsHttpMethod.GET,
          apigwv2.CorsHttpMethod.POST,
          apigwv2.CorsHttpMethod.PATCH,
          apigwv2.CorsHttpMethod.PUT,
          apigwv2.CorsHttpMethod.DELETE,
          apigwv2.CorsHttpMethod.OPTIONS,
        ],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
        exposeHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id'],
        maxAge: Duration.minutes(10),
      },
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      logGroupName: `/aws/apigateway/${name}`,
      retention: props.logRetentionDays,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.throttle,
      detailedMetricsEnabled: true,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const integration = new HttpLambdaIntegration('ApiFunction', props.handler, {
      payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
    });
    for (const route of PUBLIC_ROUTES) {
      for (const created of this.api.addRoutes({ path: route.path, methods: [route.method], integration })) {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by design (health, API docs, sign-up/login).`,
        });
      }
    }
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      authorizerName: `${name}-cognito`,
      userPoolClients: [props.client],
      identitySource: ['$request.header.Authorization'],
    });
    this.api.addRoutes({ path: '/{proxy+}', methods: [ANY], integration, authorizer });
  }

  /** The invoke URL of the `$default` stage. */
  get url(): string {
    return this.stage.url;
  }
}

/** One JSON line per request; `requestId` is the id the app returns in `X-Request-Id`. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  sub: '$context.authorizer.claims.sub',
};
