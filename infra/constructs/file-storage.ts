import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

/** Finished exports live under this prefix and expire (the job record points at them). */
export const EXPORTS_PREFIX = 'exports/';

/**
 * The bucket for attachments and exports: private, encrypted, TLS only, versioned (it holds
 * user files), CORS for presigned browser uploads from the stage's origins, exports expiring,
 * server access logs kept. Buckets are named `${account}-${stage}-${purpose}` and are
 * retained in every stage: S3 refuses to delete a bucket that still holds objects, and no
 * stack operation should delete user files.
 */
export class FileStorage extends Construct {
  readonly bucket: s3.Bucket;
  /** Server access logs of the buckets and the web distribution's logs (ACLs enabled for CloudFront). */
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: { config: StageConfig }) {
    super(scope, id);
    const { config } = props;
    const name = (purpose: string) => `${Stack.of(this).account}-${config.stage}-${purpose}`;
    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      bucketName: name('tasklane-access-logs'),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(config.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.accessLogs = accessLogs;
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket; logging it into itself (or another bucket) would recurse.',
    });

    this.bucket = new s3.Bucket(this, 'Files', {
      bucketName: name('tasklane-files'),
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
      cors: [
        {
          allowedOrigins: config.corsOrigins,
          allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET, s3.HttpMethods.HEAD],
          allowedHeaders: ['Content-Type', 'Content-Length', 'Content-MD5'],
          exposedHeaders: ['ETag'],
          maxAge: 600,
        },
      ],
      lifecycleRules: [
        { id: 'expire-exports', prefix: EXPORTS_PREFIX, expiration: config.exportExpiration },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
