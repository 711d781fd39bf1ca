import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';

/** Status checks, member lookups, password change, sign-out everywhere and account deletion. */
const COGNITO_ACTIONS = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:ListUsers',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminDeleteUser',
];

let dev: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  dev = await synthStage('dev');
  prod = await synthStage('prod');
}, SYNTH_TIMEOUT_MS);

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function statements(synth: Synthesized): Statement[] {
  return resourcesOfType(synth, 'AWS::IAM::Policy').flatMap(
    ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
  );
}

function functionNamed(synth: Synthesized, name: string) {
  const found = resourcesOfType(synth, 'AWS::Lambda::Function').find(
    ([, fn]) => fn.Properties.FunctionName === name,
  );
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

describe('the functions', () => {
  it('run Node.js 24 on arm64 with X-Ray, sized per function and stage', () => {
    for (const [name, memory, timeout] of [
      ['prod-tasklane-handle-api-requests', 1024, 10],
      ['prod-tasklane-run-jobs', 1024, 300],
    ] as const) {
      expect(functionNamed(prod, name)[1].Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: memory,
        Timeout: timeout,
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
      });
    }
    expect(functionNamed(dev, 'dev-tasklane-handle-api-requests')[1].Properties.MemorySize).toBe(512);
  });

  it('get their configuration from the resources, and never set AWS_REGION (Lambda does)', () => {
    const variables = (
      functionNamed(prod, 'prod-tasklane-handle-api-requests')[1].Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    expect(Object.keys(variables).sort()).toEqual(
      [
        'API_KEY_REQUIRED',
        'COGNITO_CLIENT_ID',
        'COGNITO_USER_POOL_ID',
        'CORS_ORIGINS',
        'CURSOR_SECRET',
        'DYNAMODB_TABLE_NAME',
        'LOGIN_ACCOUNT_MAX_FAILURES',
        'LOGIN_ADDRESS_MAX_FAILURES',
        'LOGIN_FAILURE_WINDOW_SECONDS',
        'LOG_LEVEL',
        'NODE_OPTIONS',
        'S3_BUCKET',
        'STAGE',
        'WEBHOOK_SECRET_KEY',
      ].sort(),
    );
    expect(variables).toMatchObject({
      STAGE: 'prod',
      CORS_ORIGINS: 'https://app.tasklane.example.com',
      API_KEY_REQUIRED: 'true',
      DYNAMODB_TABLE_NAME: { Ref: expect.stringMatching(/^DataTable/) },
      COGNITO_USER_POOL_ID: { Ref: expect.stringMatching(/^UsersUserPool/) },
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('log to their own log groups, with a retention per stage', () => {
    prod.template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/prod-tasklane-handle-api-requests',
      RetentionInDays: 365,
    });
    dev.template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/dev-tasklane-run-jobs',
      RetentionInDays: 7,
    });
  });
});

describe('IAM', () => {
  it('has no "*" action in any policy of the template (IAM, bucket, queue, topic, key)', () => {
    const documents: Array<{ Statement: Statement[] }> = [];
    const collect = (value: unknown) => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.Statement)) documents.push(record as { Statement: Statement[] });
      for (const child of Object.values(record)) collect(child);
    };
    collect(prod.json.Resources);
    const allows = documents.flatMap((document) => document.Statement).filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(15);
    for (const statement of allows) expect([statement.Action].flat()).not.toContain('*');
    // The one service-wide grant: the KMS default key policy lets the account administer its key.
    const serviceWide = allows.filter((s) => [s.Action].flat().some((action) => action.endsWith(':*')));
    expect(serviceWide.map((s) => s.Action)).toEqual(['kms:*']);
  });

  it('has no IAM statement with a "*" action or a service-wide wildcard', () => {
    const actions = statements(prod).flatMap((statement) => [statement.Action].flat());
    expect(actions.length).toBeGreaterThan(10);
    for (const action of actions) {
      expect(action).not.toBe('*');
      expect(action).not.toMatch(/:\*$/);
    }
  });

  it('grants only the log group, the table, the bucket objects and the Cognito admin calls the API makes on the pool', () => {
    const apiPolicy = resourcesOfType(prod, 'AWS::IAM::Policy').find(([id]) =>
      id.startsWith('ApiFunctionRole'),
    );
    if (!apiPolicy) throw new Error('no policy on the API role');
    const apiStatements = (apiPolicy[1].Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    expect(apiStatements).toContainEqual({
      Action: COGNITO_ACTIONS,
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^UsersUserPool/), 'Arn'] },
    });
    expect(apiStatements).toContainEqual(
      expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] }),
    );
    const cognitoActions = statements(prod)
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => action.startsWith('cognito-idp:'));
    expect(cognitoActions).toEqual(COGNITO_ACTIONS);
  });

  it('uses "*" resources only for actions without resource-level permissions (X-Ray, ListStreams) and CDK\'s web app invalidation', () => {
    const starred = statements(prod)
      .filter((statement) => statement.Resource === '*')
      .flatMap((statement) => [statement.Action].flat());
    expect(starred.sort()).toEqual(
      [
        // BucketDeployment's own handler invalidates the web distribution after copying the app.
        'cloudfront:CreateInvalidation',
        'cloudfront:GetInvalidation',
        'dynamodb:ListStreams',
        // The API, the stream worker and the webhook delivery function each trace.
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ].sort(),
    );
  });
});

describe('the stream worker', () => {
  it('reads the records of its consumers only (jobs, what users change, removals, deletion markers, task changes, new webhook due places), in bounded batches, bisecting failures and reporting partial batches', () => {
    prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('^WorkerFunction') },
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 21600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^JobsDeadLetters'), 'Arn'] } },
      },
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              dynamodb: {
                NewImage: { _et: { S: ['Job', 'Task', 'Comment', 'Attachment', 'Membership', 'Project'] } },
              },
            }),
          },
          {
            Pattern: JSON.stringify({
              eventName: ['REMOVE'],
              dynamodb: { OldImage: { _et: { S: ['Project', 'Task', 'Comment'] } } },
            }),
          },
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: { NewImage: { _et: { S: ['Deletion', 'WebhookDue'] } } },
            }),
          },
          {
            Pattern: JSON.stringify({
              eventName: ['MODIFY'],
              dynamodb: { NewImage: { _et: { S: ['Task'] } } },
            }),
          },
        ],
      },
    });
  });

  it('may stream export files (and abort them) and delete the files of purged projects', () => {
    const workerPolicy = resourcesOfType(prod, 'AWS::IAM::Policy').find(([id]) =>
      id.startsWith('WorkerFunctionRole'),
    );
    if (!workerPolicy) throw new Error('no policy on the worker role');
    const workerStatements = (workerPolicy[1].Properties.PolicyDocument as { Statement: Statement[] })
      .Statement;
    expect(workerStatements).toContainEqual(
      expect.objectContaining({
        Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject'],
      }),
    );
  });

  it('dead-letters into an encrypted queue that refuses plain HTTP', () => {
    prod.template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'prod-tasklane-worker-dlq',
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
    });
    prod.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
