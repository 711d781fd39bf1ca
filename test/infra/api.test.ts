import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';
import { stageConfig } from '../../infra/stage-config.ts';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  dev = await synthStage('dev');
  prod = await synthStage('prod');
}, SYNTH_TIMEOUT_MS);

const PUBLIC_ROUTE_KEYS = [
  'GET /health',
  'GET /ready',
  'GET /openapi.json',
  'GET /docs',
  'POST /v1/auth/signup',
  'POST /v1/auth/confirm',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
  'POST /v1/auth/confirm/resend',
  'POST /v1/auth/password/forgot',
  'POST /v1/auth/password/reset',
];

describe('the HTTP API', () => {
  it('has exactly the public routes without authorization and the JWT authorizer on everything else', () => {
    const routes = resourcesOfType(prod, 'AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties);
    const open = routes.filter((route) => route.AuthorizationType === 'NONE').map((route) => route.RouteKey);
    expect(open.sort()).toEqual([...PUBLIC_ROUTE_KEYS].sort());
    const guarded = routes.filter((route) => !PUBLIC_ROUTE_KEYS.includes(String(route.RouteKey)));
    expect(guarded.map((route) => route.RouteKey)).toEqual(['ANY /{proxy+}']);
    for (const route of guarded) {
      expect(route.AuthorizationType).toBe('JWT');
      expect(route.AuthorizerId).toEqual({ Ref: expect.stringMatching(/CognitoAuthorizer/) });
    }
  });

  it('verifies tokens of its own user pool and app client', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('UsersUserPoolAppClient') }],
        Issuer: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
      },
    });
  });

  it('sends every route to the API function with payload format 2.0', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('throttles per stage and writes JSON access logs', () => {
    for (const [synth, rate, burst] of [
      [dev, 20, 40],
      [prod, 500, 1000],
    ] as const) {
      synth.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: rate, ThrottlingBurstLimit: burst }),
        AccessLogSettings: {
          DestinationArn: Match.anyValue(),
          Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
        },
      });
    }
  });

  it('allows the stage origins for CORS, never * in prod', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      Name: 'prod-tasklane-api',
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://app.tasklane.example.com'] }),
    });
    expect(() => stageConfig('prod', '*')).toThrow(/refused in prod/);
    expect(() => stageConfig('staging', 'http://insecure.example.com')).toThrow(/https origins only/);
    expect(stageConfig('dev', 'http://localhost:3000').corsOrigins).toEqual(['http://localhost:3000']);
  });

  it(
    'takes the CORS origins from context when given',
    async () => {
      const custom = await synthStage('staging', {
        corsOrigins: 'https://a.example.com, https://b.example.com',
      });
      custom.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
        CorsConfiguration: Match.objectLike({
          AllowOrigins: ['https://a.example.com', 'https://b.example.com'],
        }),
      });
    },
    SYNTH_TIMEOUT_MS,
  );
});

describe('the user pool', () => {
  it('signs in by email with the password policy of #domain/password-policy and e-mail recovery', () => {
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
