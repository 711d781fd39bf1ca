import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS, PUBLIC_ROUTES } from '#domain/vocabulary';
import type { StageConfig } from '../stage-config.ts';

const { ANY } = apigwv2.HttpMethod;

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
        allowMethods: CORS.allowMethods.map((method) => apigwv2.CorsHttpMethod[method]),
        allowHeaders: [...CORS.allowHeaders],
        exposeHeaders: [...CORS.exposeHeaders],
        maxAge: Duration.seconds(CORS.maxAgeSeconds),
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
    // The app's public routes, each exactly: a new one is public here once it is listed there.
    for (const route of PUBLIC_ROUTES) {
      const methods = [apigwv2.HttpMethod[route.method]];
      for (const created of this.api.addRoutes({ path: route.path, methods, integration })) {
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
