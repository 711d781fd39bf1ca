import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { PASSWORD_POLICY } from '#domain/password-policy';
import { ADMIN_GROUP } from '#domain/vocabulary';
import { dataRemovalPolicy, type StageConfig } from '../stage-config.ts';

/** Token lifetimes of the app client, stated rather than left to Cognito's defaults. */
export const TOKEN_VALIDITY = {
  accessToken: Duration.hours(1),
  idToken: Duration.hours(1),
  refreshToken: Duration.days(30),
} as const;

/**
 * The Cognito user pool (email sign-in, the password policy of `#domain/password-policy`),
 * its Hosted UI domain, its public app client (no secret: browsers and CLIs hold it; browsers
 * sign in with the authorization-code grant and PKCE) and the admin group.
 */
export class UserDirectory extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${config.stage}-tasklane-users`,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireDigits: PASSWORD_POLICY.requireDigits,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: config.deletionProtection,
      removalPolicy: dataRemovalPolicy(config),
    });
    const { accounts } = config;
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: accounts.hostedUiDomainPrefix },
    });
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `${config.stage}-tasklane-app`,
      generateSecret: false,
      // USER_PASSWORD_AUTH for /v1/auth/login (the API relays it); SRP for clients that talk to Cognito.
      authFlows: { userPassword: true, userSrp: true },
      // Browser apps: the authorization-code grant only. The client has no secret, so the code
      // is bound to the browser by PKCE (S256); the implicit grant would put tokens in URLs.
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: accounts.callbackUrls,
        logoutUrls: accounts.logoutUrls,
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: TOKEN_VALIDITY.accessToken,
      idTokenValidity: TOKEN_VALIDITY.idToken,
      refreshTokenValidity: TOKEN_VALIDITY.refreshToken,
      authSessionValidity: Duration.minutes(3),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
    new CfnOutput(this, 'HostedUiUrl', {
      description: 'Hosted UI base URL (authorize at /oauth2/authorize, tokens at /oauth2/token)',
      value: this.domain.baseUrl(),
    });
    new cognito.CfnUserPoolGroup(this, 'AdminGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: ADMIN_GROUP,
      description: 'May use the /v1/admin routes',
    });

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG1',
        reason:
          'The product password policy (src/domain/password-policy.ts): at least 10 characters with upper case, lower case and a digit; symbols allowed but not required, as the product requirements ask (NIST SP 800-63B advises against composition rules).',
      },
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is not required yet: the API signs users in with USER_PASSWORD_AUTH and has no MFA challenge step; planned with the auth roadmap.',
      },
      {
        id: 'AwsSolutions-COG3',
        reason:
          'Threat protection (advanced security) needs the Cognito Plus plan; the API enforces disabled users and revoked tokens itself.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'The Plus feature plan is a per-user cost decision for the product owner; Essentials covers sign-in, groups and token revocation.',
      },
    );
  }
}
