import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_POLICY } from '#domain/password-policy';
import { resourcesOfType, type Synthesized, synthStage } from '#test/support/infra';
import { stageConfig } from '../../infra/stage-config.ts';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  [dev, prod] = await Promise.all([synthStage('dev'), synthStage('prod')]);
});

describe('the user directory', () => {
  it('configures the pool from the one password policy', () => {
    for (const stage of [dev, prod]) {
      stage.template.hasResourceProperties('AWS::Cognito::UserPool', {
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: PASSWORD_POLICY.minLength,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: false,
          }),
        },
      });
    }
    expect(PASSWORD_POLICY.minLength).toBe(10);
  });

  it('has a Hosted UI domain per stage', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'tasklane-dev',
      UserPoolId: { Ref: Match.stringLikeRegexp('^UsersUserPool') },
    });
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'tasklane-prod' });
    expect(resourcesOfType(prod, 'AWS::Cognito::UserPoolDomain')).toHaveLength(1);
  });

  it('lets browser apps in with the authorization-code grant only, openid email profile, and stage URLs', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: Match.arrayEquals(['openid', 'email', 'profile']),
      CallbackURLs: ['https://app.tasklane.example.com/callback'],
      LogoutURLs: ['https://app.tasklane.example.com/'],
      SupportedIdentityProviders: ['COGNITO'],
      ExplicitAuthFlows: Match.arrayEquals([
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]),
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 43200,
      AuthSessionValidity: 3,
    });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: Match.arrayWith(['http://localhost:3000/callback']),
    });
    const clients = resourcesOfType(prod, 'AWS::Cognito::UserPoolClient').map(
      ([, client]) => client.Properties,
    );
    for (const client of clients) {
      expect(client?.AllowedOAuthFlows).not.toContain('implicit');
      expect(client?.AllowedOAuthScopes).not.toContain('phone');
      expect(client?.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    }
  });

  it('passes the stage sign-in limits to the API function', () => {
    const { loginLimits } = stageConfig('prod').accounts;
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'prod-tasklane-handle-api-requests',
      Environment: {
        Variables: Match.objectLike({
          LOGIN_ACCOUNT_MAX_FAILURES: String(loginLimits.accountMaxFailures),
          LOGIN_ADDRESS_MAX_FAILURES: String(loginLimits.addressMaxFailures),
          LOGIN_FAILURE_WINDOW_SECONDS: String(loginLimits.windowSeconds),
        }),
      },
    });
  });

  it('refuses http:// callback URLs outside dev', () => {
    expect(stageConfig('staging').accounts.callbackUrls.every((url) => url.startsWith('https://'))).toBe(
      true,
    );
  });
});
