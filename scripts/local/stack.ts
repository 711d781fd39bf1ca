import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  ensureBucket,
  ensureTable,
  ensureUserPool,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  localCognitoClient,
  localDynamoClient,
  localS3Client,
} from './bootstrap.ts';
import { startCognitoLocal } from './cognito-local.ts';
import { startDynamoLocal } from './dynamodb-local.ts';
import type { ManagedProcess } from './processes.ts';
import { startS3Local } from './s3-local.ts';

export interface StackPorts {
  dynamodb: number;
  cognito: number;
  s3: number;
}

export interface StackOptions {
  ports: StackPorts;
  /** Absolute folder for everything the stand-ins keep. */
  rootDir: string;
  /** Keep DynamoDB data on disk (for `npm start`); otherwise in memory (tests). */
  persist: boolean;
}

export interface LocalStack {
  endpoints: { dynamodb: string; cognito: string; s3: string };
  processes: ManagedProcess[];
  stop(): Promise<void>;
}

/** Starts DynamoDB Local, cognito-local and s3rver side by side. */
export async function startLocalStack(options: StackOptions): Promise<LocalStack> {
  const started: ManagedProcess[] = [];
  const track = <T extends ManagedProcess>(promise: Promise<T>) =>
    promise.then((process) => {
      started.push(process);
      return process;
    });
  const stop = async () => {
    await Promise.all(started.map((process) => process.stop()));
  };
  try {
    const [dynamodb, cognito, s3] = await Promise.all([
      track(
        startDynamoLocal({
          port: options.ports.dynamodb,
          workDir: path.join(options.rootDir, 'dynamodb'),
          ...(options.persist ? { dataDir: path.join(options.rootDir, 'dynamodb') } : {}),
        }),
      ),
      track(
        startCognitoLocal({ port: options.ports.cognito, workDir: path.join(options.rootDir, 'cognito') }),
      ),
      track(startS3Local({ port: options.ports.s3, dataDir: path.join(options.rootDir, 's3') })),
    ]);
    return {
      endpoints: { dynamodb: dynamodb.endpoint, cognito: cognito.endpoint, s3: s3.endpoint },
      processes: started,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface LocalNames {
  tableName: string;
  poolName: string;
  bucket: string;
  corsOrigins: string[];
}

/** Creates whatever of table, pool, client, group and bucket is missing; returns the app's environment. */
export async function bootstrapLocalStack(stack: LocalStack, names: LocalNames) {
  const [, pool] = await Promise.all([
    ensureTable(localDynamoClient(stack.endpoints.dynamodb), names.tableName),
    ensureUserPool(localCognitoClient(stack.endpoints.cognito), names.poolName),
    ensureBucket(localS3Client(stack.endpoints.s3), names.bucket, names.corsOrigins),
  ]);
  const environment: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    DYNAMODB_TABLE_NAME: names.tableName,
    DYNAMODB_ENDPOINT: stack.endpoints.dynamodb,
    COGNITO_USER_POOL_ID: pool.userPoolId,
    COGNITO_CLIENT_ID: pool.clientId,
    COGNITO_ENDPOINT: stack.endpoints.cognito,
    COGNITO_ISSUER: `${stack.endpoints.cognito}/${pool.userPoolId}`,
    S3_BUCKET: names.bucket,
    S3_ENDPOINT: stack.endpoints.s3,
    CORS_ORIGINS: names.corsOrigins.join(','),
  };
  return { pool, environment };
}

/** Removes a stack's folder (ephemeral stacks only). */
export function removeStackDir(rootDir: string): void {
  rmSync(rootDir, { recursive: true, force: true });
}
