import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { ACCESS_TOKEN_SCOPES, CORS, PUBLIC_ROUTES, WEB_ORIGINS } from '#domain/vocabulary';
import { KEYLESS_PATHS } from '#http/middleware/api-keys';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';
import { apiOperations } from '../../infra/constructs/rest-api-routes.ts';
import { stageConfig } from '../../infra/stage-config.ts';

let dev: Synthesized;
let staging: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  dev = await synthStage('dev');
  staging = await synthStage('staging');
  prod = await synthStage('prod');
}, SYNTH_TIMEOUT_MS);

type Props = Record<string, unknown>;

/** The least environment a hardened stage's configuration loads from. */
const OFFLINE_ENV = {
  AWS_REGION: 'eu-west-1',
  DYNAMODB_TABLE_NAME: 'prod-tasklane',
  COGNITO_USER_POOL_ID: 'eu-west-1_pool',
  COGNITO_CLIENT_ID: 'client',
  S3_BUCKET: 'prod-tasklane-files',
  CURSOR_SECRET: 'a-deployed-cursor-secret-0123456789abcdef',
};

/** Every method of the synthesized API as `VERB /path`, rebuilt from its resource tree. */
function methodsOf(synth: Synthesized): Array<{ key: string; props: Props }> {
  const resources = new Map(resourcesOfType(synth, 'AWS::ApiGateway::Resource'));
  const pathOf = (ref: unknown): string => {
    const id = (ref as { Ref?: string }).Ref;
    const resource = id ? resources.get(id) : undefined;
    if (!resource) return '';
    return `${pathOf(resource.Properties.ParentId)}/${String(resource.Properties.PathPart)}`;
  };
  return resourcesOfType(synth, 'AWS::ApiGateway::Method').map(([, method]) => ({
    key: `${String(method.Properties.HttpMethod)} ${pathOf(method.Properties.ResourceId) || '/'}`,
    props: method.Properties,
  }));
}

describe('the REST API', () => {
  it('has one method per operation of the app, from its OpenAPI document (plus CORS preflights)', () => {
    const expected = apiOperations().map((operation) => `${operation.method} ${operation.path}`);
    const actual = methodsOf(prod)
      .map((method) => method.key)
      .filter((key) => !key.startsWith('OPTIONS ') && !key.startsWith('ANY '));
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected).toEqual(
      expect.arrayContaining(['PUT /v1/projects/{projectId}', 'DELETE /v1/tasks/{taskId}', 'POST /v1/tasks']),
    );
  });

  it('puts the Cognito authorizer, requiring access tokens, on every protected method and on no public one', () => {
    const operations = new Map(apiOperations().map((op) => [`${op.method} ${op.path}`, op]));
    const methods = methodsOf(prod).filter(
      (method) => !method.key.startsWith('OPTIONS ') && !method.key.startsWith('ANY '),
    );
    const open = methods.filter((method) => method.props.AuthorizationType === 'NONE').map((m) => m.key);
    expect(open.sort()).toEqual(
      PUBLIC_ROUTES.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort(),
    );
    for (const method of methods) {
      if (!operations.get(method.key)?.protected) continue;
      expect(method.props, method.key).toMatchObject({
        AuthorizationType: 'COGNITO_USER_POOLS',
        AuthorizerId: { Ref: expect.stringMatching(/CognitoAuthorizer/) },
        // The API's own sign-in (aws.cognito.signin.user.admin) and the Hosted UI (openid), nothing else.
        AuthorizationScopes: ['aws.cognito.signin.user.admin', 'openid'],
      });
    }
    expect([...ACCESS_TOKEN_SCOPES]).toEqual(['aws.cognito.signin.user.admin', 'openid']);
    // Every Hosted UI token carries openid: the app client can only ask for openid email profile.
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthScopes: Match.arrayWith(['openid']),
    });
    prod.template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('UsersUserPool'), 'Arn'] }],
    });
  });

  it('sends every method to the API function as a Lambda proxy integration, with one invoke permission', () => {
    const methods = methodsOf(prod).filter((method) => !method.key.startsWith('OPTIONS '));
    for (const method of methods) {
      expect(method.props.Integration, method.key).toMatchObject({
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
      });
    }
    const permissions = resourcesOfType(prod, 'AWS::Lambda::Permission').filter(
      ([, permission]) => permission.Properties.Principal === 'apigateway.amazonaws.com',
    );
    expect(permissions).toHaveLength(1);
  });

  it('validates required path and query parameters at the gateway', () => {
    const admin = methodsOf(prod).find((method) => method.key === 'GET /v1/admin/tasks');
    expect(admin?.props).toMatchObject({
      RequestParameters: { 'method.request.querystring.status': true },
      RequestValidatorId: { Ref: expect.stringMatching(/ParameterValidator/) },
    });
    const task = methodsOf(prod).find((method) => method.key === 'PATCH /v1/tasks/{taskId}');
    expect(task?.props.RequestParameters).toEqual({ 'method.request.path.taskId': true });
    prod.template.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      ValidateRequestParameters: true,
    });
  });

  it('sends a method a path lacks to the app (ANY), which answers 405 as it does locally', () => {
    const paths = [...new Set(apiOperations().map((operation) => operation.path))];
    const fallbacks = methodsOf(prod).filter((method) => method.key.startsWith('ANY '));
    expect(fallbacks.map((method) => method.key.slice('ANY '.length)).sort()).toEqual(paths.sort());
    for (const method of fallbacks) {
      expect(method.props, method.key).toMatchObject({
        AuthorizationType: 'NONE',
        Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' },
      });
    }
  });

  it('throttles, logs JSON access lines and execution logs per stage, and never bodies (no data trace)', () => {
    for (const [synth, stage, rate, burst, level] of [
      [dev, 'dev', 20, 40, 'INFO'],
      [staging, 'staging', 50, 100, 'INFO'],
      [prod, 'prod', 500, 1000, 'ERROR'],
    ] as const) {
      synth.template.hasResourceProperties('AWS::ApiGateway::Stage', {
        StageName: stage,
        TracingEnabled: true,
        AccessLogSetting: {
          DestinationArn: Match.anyValue(),
          Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
        },
        MethodSettings: [
          Match.objectLike({
            HttpMethod: '*',
            ResourcePath: '/*',
            ThrottlingRateLimit: rate,
            ThrottlingBurstLimit: burst,
            LoggingLevel: level,
            DataTraceEnabled: false,
            MetricsEnabled: true,
          }),
        ],
      });
    }
    expect(() => stageConfig('prod')).not.toThrow();
  });

  it('logs bodies only in dev, and only by explicit opt-in (-c gatewayDataTrace=on)', () => {
    for (const stage of ['dev', 'staging', 'prod'] as const) {
      expect(stageConfig(stage).gateway.dataTrace, stage).toBe(false);
    }
    expect(stageConfig('dev', { gatewayDataTrace: 'on' }).gateway.dataTrace).toBe(true);
    expect(() => stageConfig('staging', { gatewayDataTrace: 'on' })).toThrow(/never logged in staging/);
    expect(() => stageConfig('prod', { gatewayDataTrace: 'on' })).toThrow(/never logged in prod/);
    expect(() => stageConfig('dev', { gatewayDataTrace: 'yes' })).toThrow(/not on or off/);
  });

  it('answers its own errors in problem+json, with WWW-Authenticate on 401', () => {
    const responses = resourcesOfType(prod, 'AWS::ApiGateway::GatewayResponse').map(
      ([, response]) => response.Properties,
    );
    const byType = new Map(responses.map((response) => [String(response.ResponseType), response]));
    for (const [type, status] of [
      ['UNAUTHORIZED', '401'],
      ['EXPIRED_TOKEN', '401'],
      ['ACCESS_DENIED', '403'],
      ['INVALID_API_KEY', '403'],
      ['THROTTLED', '429'],
      ['QUOTA_EXCEEDED', '429'],
      ['REQUEST_TOO_LARGE', '413'],
      ['INTEGRATION_TIMEOUT', '504'],
      ['DEFAULT_4XX', '400'],
      ['DEFAULT_5XX', '503'],
      ['MISSING_AUTHENTICATION_TOKEN', '404'],
    ] as const) {
      const response = byType.get(type) as Props | undefined;
      expect(response, type).toBeDefined();
      expect(response?.StatusCode, type).toBe(status);
      const headers = response?.ResponseParameters as Record<string, string>;
      expect(headers['gatewayresponse.header.Content-Type']).toBe("'application/problem+json'");
      const templates = (response?.ResponseTemplates ?? {}) as Record<string, string>;
      const template = templates['application/json'] ?? '';
      expect(JSON.parse(template)).toMatchObject({
        type: expect.stringMatching(/^urn:tasklane:problem:/),
        status: Number(status),
        code: expect.any(String),
        requestId: '$context.requestId',
      });
    }
    const unauthorized = byType.get('UNAUTHORIZED')?.ResponseParameters as Record<string, string>;
    expect(unauthorized['gatewayresponse.header.WWW-Authenticate']).toMatch(/^'Bearer error="invalid_token"/);
    const throttled = byType.get('THROTTLED')?.ResponseParameters as Record<string, string>;
    expect(throttled['gatewayresponse.header.Retry-After']).toBe("'1'");
  });

  it('allows the stage origins and exactly the methods that exist for CORS', () => {
    const methods = [...new Set(apiOperations().map((operation) => operation.method)), 'OPTIONS'].sort();
    const preflight = methodsOf(dev).find((method) => method.key === 'OPTIONS /v1/tasks');
    const integration = preflight?.props.Integration as
      | { IntegrationResponses: Array<{ ResponseParameters: Props }> }
      | undefined;
    const headers = integration?.IntegrationResponses[0]?.ResponseParameters;
    expect(headers?.['method.response.header.Access-Control-Allow-Methods']).toBe(`'${methods.join(',')}'`);
    // The gateway answers preflights with the app's own header lists.
    expect(headers?.['method.response.header.Access-Control-Allow-Headers']).toBe(
      `'${CORS.allowHeaders.join(',')}'`,
    );
    expect(stageConfig('dev').corsOrigins).toEqual([
      'https://dev.tasklane.example.com',
      'http://localhost:3000',
      'http://localhost:5173',
    ]);
    expect(() => stageConfig('prod', { corsOrigins: '*' })).toThrow(/refused in prod/);
    expect(() => stageConfig('staging', { corsOrigins: 'http://insecure.example.com' })).toThrow(
      /https origins only/,
    );
  });

  it("makes every gateway response readable by the stage's web origins, the app's own", () => {
    for (const [synth, stage] of [
      [staging, 'staging'],
      [prod, 'prod'],
    ] as const) {
      const origins = WEB_ORIGINS[stage];
      expect(stageConfig(stage).corsOrigins).toEqual(origins);
      // The app's origins (the function's CORS_ORIGINS, and its default for the stage) are the same list.
      synth.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `${stage}-tasklane-handle-api-requests`,
        Environment: { Variables: Match.objectLike({ CORS_ORIGINS: origins.join(','), STAGE: stage }) },
      });
      const responses = resourcesOfType(synth, 'AWS::ApiGateway::GatewayResponse');
      expect(responses.length).toBeGreaterThan(10);
      for (const [, response] of responses) {
        const headers = response.Properties.ResponseParameters as Record<string, string>;
        expect(
          headers['gatewayresponse.header.Access-Control-Allow-Origin'],
          String(response.Properties.ResponseType),
        ).toBe(`'${origins[0]}'`);
        expect(headers['gatewayresponse.header.Access-Control-Expose-Headers']).toBe(
          `'${CORS.exposeHeaders.join(',')}'`,
        );
      }
    }
    // Several origins: the gateway cannot choose among them, so it echoes the request's, varying on it.
    for (const [, response] of resourcesOfType(dev, 'AWS::ApiGateway::GatewayResponse')) {
      expect(response.Properties.ResponseParameters).toMatchObject({
        'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
        'gatewayresponse.header.Vary': "'Origin'",
      });
    }
    expect(loadConfig({ ...OFFLINE_ENV, STAGE: 'prod' }).corsOrigins).toEqual(WEB_ORIGINS.prod);
  });
});

describe('API keys and usage plans', () => {
  it('puts the partners on the seed plan (100/s, burst 200, 10,000 a day) and the web app on its own', () => {
    prod.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      UsagePlanName: 'prod-tasklane-partners',
      Throttle: { RateLimit: 100, BurstLimit: 200 },
      Quota: { Limit: 10_000, Period: 'DAY' },
      ApiStages: [Match.objectLike({ Stage: Match.anyValue() })],
    });
    prod.template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      UsagePlanName: 'prod-tasklane-web',
      Throttle: { RateLimit: 500, BurstLimit: 1000 },
    });
    const keys = resourcesOfType(prod, 'AWS::ApiGateway::ApiKey').map(([, key]) => key.Properties.Name);
    expect(keys.sort()).toEqual([
      'prod-tasklane-partner-acme-integrations',
      'prod-tasklane-partner-globex-sync',
      'prod-tasklane-web',
    ]);
    const attachments = resourcesOfType(prod, 'AWS::ApiGateway::UsagePlanKey');
    expect(attachments).toHaveLength(3);
    for (const [, attachment] of attachments) expect(attachment.Properties.KeyType).toBe('API_KEY');
  });

  it('requires a key on every method but health, readiness and the docs in prod, and nowhere in dev', () => {
    const keyed = (synth: Synthesized) =>
      methodsOf(synth).filter((method) => !method.key.startsWith('OPTIONS '));
    for (const method of keyed(prod)) {
      const path = method.key.split(' ')[1] ?? '';
      expect(method.props.ApiKeyRequired, method.key).toBe(!KEYLESS_PATHS.includes(path));
    }
    for (const method of keyed(dev)) expect(method.props.ApiKeyRequired ?? false, method.key).toBe(false);
    prod.template.hasResourceProperties('AWS::ApiGateway::RestApi', { ApiKeySourceType: 'HEADER' });
  });
});

describe('the web application firewall', () => {
  it('protects the prod stage with the AWS common rules and a rate limit on /v1/auth/*', () => {
    prod.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Name: 'aws-common-rules',
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
        }),
        Match.objectLike({
          Name: 'auth-rate-limit',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: 100,
              AggregateKeyType: 'IP',
              ScopeDownStatement: {
                ByteMatchStatement: Match.objectLike({ SearchString: '/v1/auth/' }),
              },
            }),
          },
        }),
      ],
    });
    const [association] = resourcesOfType(prod, 'AWS::WAFv2::WebACLAssociation');
    const arn = JSON.stringify(association?.[1].Properties.ResourceArn);
    expect(arn).toMatch(/\/restapis\/.*\/stages\//);
    expect(arn).toMatch(/RestApiDeploymentStageprod/);
  });

  it('is off in dev by stage configuration', () => {
    expect(resourcesOfType(dev, 'AWS::WAFv2::WebACL')).toEqual([]);
  });
});

describe('the user pool', () => {
  it('signs in by email with a strong password policy and e-mail recovery', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'prod-tasklane-users',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
          TemporaryPasswordValidityDays: 3,
        },
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('has a public app client with password and SRP flows, refresh, revocation and explicit token validity', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayEquals([
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]),
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it('has the admin group', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'admin' });
  });
});
