import {
  type CfnElement,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { DataTable } from '../constructs/data-table.ts';
import { FileStorage } from '../constructs/file-storage.ts';
import { Operations } from '../constructs/operations.ts';
import { TasklaneRestApi } from '../constructs/rest-api.ts';
import { SearchDomain } from '../constructs/search-domain.ts';
import { StreamWorker } from '../constructs/stream-worker.ts';
import { TasklaneFunction } from '../constructs/tasklane-function.ts';
import { UserDirectory } from '../constructs/user-directory.ts';
import { ApiWebAcl } from '../constructs/web-acl.ts';
import { WebHosting } from '../constructs/web-hosting.ts';
import { WebhookDelivery } from '../constructs/webhook-delivery.ts';
import { dataRemovalPolicy, type StageConfig } from '../stage-config.ts';

/**
 * Cognito admin APIs the API function calls (public client APIs such as InitiateAuth need no IAM):
 * AdminGetUser for disabled-user checks and member ids, ListUsers for adding a member by e-mail.
 */
export const API_COGNITO_ACTIONS = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:ListUsers',
  // Changing a password, signing out everywhere and deleting an account (the caller re-proved the password).
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminDeleteUser',
] as const;

export interface TasklaneStackProps extends StackProps {
  config: StageConfig;
  alarmEmail?: string;
}

/** One stage of Tasklane: data, users, files, the API, the stream worker, the web app, and their alarms. */
export class TasklaneStack extends Stack {
  readonly api: TasklaneRestApi;

  constructor(scope: Construct, id: string, props: TasklaneStackProps) {
    super(scope, id, props);
    const { config } = props;
    const prefix = `${config.stage}-tasklane`;
    const { table } = new DataTable(this, 'Data', { config });
    const users = new UserDirectory(this, 'Users', { config });
    const { bucket, accessLogs } = new FileStorage(this, 'Files', { config });

    // Resolved by CloudFormation at deploy time into the functions' (KMS-encrypted) environment:
    // no Secrets Manager call on cold start, and loadConfig stays a pure env read. See docs/decisions.
    const cursorSecret = new secretsmanager.Secret(this, 'CursorSecret', {
      secretName: `${prefix}-cursor-secret`,
      description: 'Signs pagination cursors (HMAC)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the cursor secret only invalidates outstanding page cursors; it is rotated by a deploy, not by a rotation Lambda.',
    });

    // Seals webhook signing secrets in the table (a dump of the table alone cannot sign).
    const webhookSecretKey = new secretsmanager.Secret(this, 'WebhookSecretKey', {
      secretName: `${prefix}-webhook-secret-key`,
      description: 'Encrypts webhook signing secrets at rest (AES-256-GCM key material)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(webhookSecretKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key seals stored webhook secrets; rotating it needs the stored secrets re-sealed, so it is not rotated by a rotation Lambda.',
    });

    const search =
      config.search === 'opensearch'
        ? new SearchDomain(this, 'Search', { config, logRetentionDays: config.logRetentionDays })
        : undefined;

    const environment = {
      STAGE: config.stage,
      LOG_LEVEL: config.logLevel,
      DYNAMODB_TABLE_NAME: table.tableName,
      COGNITO_USER_POOL_ID: users.userPool.userPoolId,
      COGNITO_CLIENT_ID: users.client.userPoolClientId,
      S3_BUCKET: bucket.bucketName,
      CORS_ORIGINS: config.corsOrigins.join(','),
      // The gateway checks keys; the app declares them in its API document.
      API_KEY_REQUIRED: String(config.apiKeys.required),
      CURSOR_SECRET: cursorSecret.secretValue.unsafeUnwrap(),
      WEBHOOK_SECRET_KEY: webhookSecretKey.secretValue.unsafeUnwrap(),
      LOGIN_ACCOUNT_MAX_FAILURES: String(config.accounts.loginLimits.accountMaxFailures),
      LOGIN_ADDRESS_MAX_FAILURES: String(config.accounts.loginLimits.addressMaxFailures),
      LOGIN_FAILURE_WINDOW_SECONDS: String(config.accounts.loginLimits.windowSeconds),
      ...search?.environment,
    };
    const logs = { logRetentionDays: config.logRetentionDays, logRemovalPolicy: dataRemovalPolicy(config) };

    const api = new TasklaneFunction(this, 'ApiFunction', {
      functionName: `${prefix}-handle-api-requests`,
      description: 'Tasklane API (Hono behind the API Gateway REST API)',
      bundle: 'api',
      sizing: config.api,
      environment,
      ...logs,
    });
    table.grantReadWriteData(api.role);
    api.role.addToPolicy(
      new iam.PolicyStatement({ actions: [...API_COGNITO_ACTIONS], resources: [users.userPool.userPoolArn] }),
    );
    grantObjects(api.role, bucket.arnForObjects('*'), ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);

    const worker = new TasklaneFunction(this, 'WorkerFunction', {
      functionName: `${prefix}-run-jobs`,
      description: 'Tasklane DynamoDB stream worker (jobs)',
      bundle: 'worker',
      sizing: config.worker,
      environment,
      ...logs,
    });
    table.grantReadWriteData(worker.role);
    // Exports stream as multipart uploads (abort on failure); project purges delete attachment files.
    grantObjects(worker.role, bucket.arnForObjects('*'), [
      's3:GetObject',
      's3:PutObject',
      's3:AbortMultipartUpload',
      's3:DeleteObject',
    ]);
    search?.grantAccess({ api: api.role, worker: worker.role });
    const streamWorker = new StreamWorker(this, 'Jobs', { config, table, worker });

    // Webhook deliveries: the stream worker hands due deliveries to a queue; this function sends them
    // (a batch of 10 attempts, each bounded by WEBHOOK_ATTEMPT_TIMEOUT_MS, runs concurrently).
    const delivererSizing = { memorySize: 512, timeout: Duration.seconds(60) };
    const deliverer = new TasklaneFunction(this, 'WebhookFunction', {
      functionName: `${prefix}-deliver-webhooks`,
      description: 'Tasklane webhook deliveries (from the delivery queue)',
      bundle: 'worker',
      sizing: delivererSizing,
      environment,
      ...logs,
    });
    table.grantReadWriteData(deliverer.role);
    const webhooks = new WebhookDelivery(this, 'Webhooks', {
      config,
      deliverer,
      senders: [worker.role],
      delivererTimeout: delivererSizing.timeout,
    });
    for (const fn of [worker, deliverer])
      fn.function.addEnvironment('WEBHOOK_QUEUE_URL', webhooks.queue.queueUrl);

    this.api = new TasklaneRestApi(this, 'Rest', {
      config,
      handler: api.function,
      userPool: users.userPool,
      ...logs,
    });
    if (config.waf.enabled) {
      new ApiWebAcl(this, 'Firewall', { config, stageArn: this.api.stage.stageArn });
    } else {
      Validations.of(this.api.stage).acknowledge({
        id: 'AwsSolutions-APIG3',
        reason: `WAF is off in ${config.stage} by its stage configuration (waf.enabled); prod runs it.`,
      });
    }
    const operations = new Operations(this, 'Operations', {
      config,
      api: this.api.api,
      apiFunction: api.function,
      worker: worker.function,
      table,
      deadLetters: streamWorker.deadLetters,
      ...(props.alarmEmail ? { alarmEmail: props.alarmEmail } : {}),
    });
    webhooks.alarmTo(operations.topic);

    const arnOf = (resource: { node: { defaultChild?: unknown } }) =>
      `<${this.getLogicalId(resource.node.defaultChild as CfnElement)}.Arn>`;
    for (const role of [api.role, worker.role, deliverer.role]) {
      Validations.of(role).acknowledge(
        {
          id: `AwsSolutions-IAM5[Resource::${arnOf(table)}/index/*]`,
          reason: "Queries on the table's GSI need its index ARNs; the table has exactly one index (gsi1).",
        },
        {
          id: `AwsSolutions-IAM5[Resource::${arnOf(bucket)}/*]`,
          reason:
            'Object keys are per project and per task (attachments/…, exports/…), created at run time; the grant names object actions only, never bucket-level ones.',
        },
      );
    }

    this.addWebApp(config, users, bucket, accessLogs);

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'WebApiKeyId', {
      description: "The web app's API key (its value: aws apigateway get-api-key --include-value)",
      value: this.api.apiKeys.web?.keyId ?? '',
    });
    new CfnOutput(this, 'UserPoolId', { value: users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: users.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'BucketName', { value: bucket.bucketName });
  }

  /**
   * The web app, told at start-up where the API, the user pool and the Hosted UI are. Where the
   * stage requires API keys it is also given the web key's value: a browser app's key is public
   * by nature (it identifies the app for its usage plan; tokens authorize).
   */
  private addWebApp(
    config: StageConfig,
    users: UserDirectory,
    files: s3.IBucket,
    accessLogs: s3.IBucket,
  ): void {
    const { region, urlSuffix } = Stack.of(this);
    const webKey = this.api.apiKeys.web;
    const apiKey =
      config.apiKeys.required && webKey
        ? new cr.AwsCustomResource(this, 'WebApiKeyValue', {
            onUpdate: {
              service: 'APIGateway',
              action: 'getApiKey',
              parameters: { apiKey: webKey.keyId, includeValue: true },
              physicalResourceId: cr.PhysicalResourceId.of(webKey.keyId),
              outputPaths: ['value'],
            },
            policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [webKey.keyArn] }),
            installLatestAwsSdk: false,
          }).getResponseField('value')
        : undefined;
    new WebHosting(this, 'Web', {
      config,
      accessLogs,
      runtimeConfig: {
        apiUrl: this.api.url,
        ...(apiKey ? { apiKey } : {}),
        auth: {
          mode: 'hosted',
          authority: `https://cognito-idp.${region}.${urlSuffix}/${users.userPool.userPoolId}`,
          clientId: users.client.userPoolClientId,
          domain: users.domain.baseUrl(),
        },
      },
      connectSources: {
        apiOrigin: `https://${this.api.api.restApiId}.execute-api.${region}.${urlSuffix}`,
        uploadOrigin: `https://${files.bucketRegionalDomainName}`,
        authOrigins: [users.domain.baseUrl(), `https://cognito-idp.${region}.${urlSuffix}`],
      },
    });
  }
}

/** Object-level S3 access, spelled out (the L2 grants add `s3:*Object*` wildcards). */
function grantObjects(role: iam.IRole, objectsArn: string, actions: string[]): void {
  role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [objectsArn] }));
}
