import { Duration, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP } from '#domain/vocabulary';
import { dataRemovalPolicy, type StageConfig } from '../stage-config.ts';

/** The group whose members may use the admin routes (the app reads `cognito:groups`). */

/**
 * The Cognito user pool (email sign-in), its public app client (no secret: browsers and CLIs
 * hold it) and the admin group.
 */
export class UserDirectory extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

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
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: config.deletionProtection,
      removalPolicy: dataRemovalPolicy(config),
    });
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `${config.stage}-tasklane-app`,
      generateSecret: false,
      // USER_PASSWORD_AUTH for /v1/auth/login (the API relays it); SRP for clients that talk to Cognito.
      authFlows: { userPassword: true, userSrp: true },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
    new cognito.CfnUserPoolGroup(this, 'AdminGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: ADMIN_GROUP,
      description: 'May use the /v1/admin routes',
    });

    Validations.of(this.userPool).acknowledge(
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
