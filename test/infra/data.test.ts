import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '#data/dynamodb/table';
import { resourcesOfType, SYNTH_TIMEOUT_MS, type Synthesized, synthStage } from '#test/support/infra';
import { STAGE_ENVIRONMENTS } from '../../infra/stage-config.ts';

let dev: Synthesized;
let prod: Synthesized;
beforeAll(async () => {
  dev = await synthStage('dev');
  prod = await synthStage('prod');
}, SYNTH_TIMEOUT_MS);

describe('the table', () => {
  it('uses the key names of src/data/dynamodb/table.ts, one ALL-projected GSI, TTL and a NEW_AND_OLD_IMAGES stream', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'dev-tasklane-table',
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: TABLE_KEYS.gsi1.indexName,
          KeySchema: [
            { AttributeName: TABLE_KEYS.gsi1.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.gsi1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('is retained and deletion-protected in prod', () => {
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it('is destroyed with the stack in dev', () => {
    dev.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });
});

describe('the file bucket', () => {
  const filesBucket = (synth: Synthesized) => {
    const found = resourcesOfType(synth, 'AWS::S3::Bucket').find(([, bucket]) =>
      JSON.stringify(bucket.Properties.BucketName).endsWith('-tasklane-files"'),
    );
    if (!found) throw new Error('no files bucket');
    return found[1].Properties;
  };

  it('blocks public access, encrypts, logs access and allows presigned uploads from the stage origins only', () => {
    expect(filesBucket(prod)).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: { LogFilePrefix: 'files/' },
      CorsConfiguration: {
        CorsRules: [
          expect.objectContaining({
            AllowedOrigins: ['https://app.tasklane.example.com'],
            AllowedMethods: ['PUT', 'GET', 'HEAD'],
          }),
        ],
      },
    });
  });

  it('expires exports and aborts incomplete multipart uploads', () => {
    const rules = (filesBucket(prod).LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'exports/', ExpirationInDays: 7, Status: 'Enabled' }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
      ]),
    );
  });

  it('is named <account>-<stage>-tasklane-files after the stage account, versioned and retained in every stage', () => {
    expect(filesBucket(prod).BucketName).toBe(`${STAGE_ENVIRONMENTS.prod.account}-prod-tasklane-files`);
    expect(filesBucket(dev).BucketName).toBe(`${STAGE_ENVIRONMENTS.dev.account}-dev-tasklane-files`);
    for (const synth of [dev, prod]) {
      expect(filesBucket(synth).VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(filesBucket(synth).LifecycleConfiguration).toEqual({
        Rules: expect.arrayContaining([
          expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        ]),
      });
      for (const [, bucket] of resourcesOfType(synth, 'AWS::S3::Bucket')) {
        expect(String(bucket.Properties.BucketName)).toMatch(/^\d{12}-(dev|prod)-tasklane-[a-z-]+$/);
      }
    }
    dev.template.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('refuses plain HTTP on every bucket', () => {
    const policies = resourcesOfType(prod, 'AWS::S3::BucketPolicy');
    // The files, access-log and web app buckets.
    expect(policies).toHaveLength(3);
    for (const [, policy] of policies) {
      expect(JSON.stringify(policy.Properties)).toContain('"aws:SecureTransport":"false"');
    }
  });
});

describe('the cursor secret', () => {
  it('is generated by Secrets Manager and reaches the functions as a deploy-time dynamic reference', () => {
    dev.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'dev-tasklane-cursor-secret',
      GenerateSecretString: Match.objectLike({ PasswordLength: 64, ExcludePunctuation: true }),
    });
    const ours = resourcesOfType(dev, 'AWS::Lambda::Function').filter(([, fn]) => fn.Properties.FunctionName);
    expect(ours).toHaveLength(3);
    for (const [, fn] of ours) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(variables.CURSOR_SECRET)).toMatch(
        /\{\{resolve:secretsmanager:.*:SecretString:::\}\}/,
      );
    }
  });
});
