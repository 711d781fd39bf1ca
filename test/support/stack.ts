import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type Config, loadConfig } from '#config';
import {
  ensureTable,
  localCognitoClient,
  localDynamoClient,
  localS3Client,
} from '../../scripts/local/bootstrap.ts';

/** The run's local stack, started once by the global setup. */
export function stackContext() {
  return inject('stack');
}

/** A new, uniquely named table on the run's DynamoDB Local; suites never share one. */
export async function createTestTable(prefix = 't'): Promise<string> {
  const name = `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  await ensureTable(localDynamoClient(stackContext().endpoints.dynamodb), name);
  return name;
}

/** A configuration pointing at the run's stack and the given table. */
export function testConfig(tableName: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ...stackContext().environment,
    STAGE: 'test',
    LOG_LEVEL: 'SILENT',
    DYNAMODB_TABLE_NAME: tableName,
    CURSOR_SECRET: 'test-cursor-secret-0123456789abcdef0123456789',
    ...overrides,
  });
}

export const stackClients = {
  dynamodb: () => localDynamoClient(stackContext().endpoints.dynamodb),
  cognito: () => localCognitoClient(stackContext().endpoints.cognito),
  s3: () => localS3Client(stackContext().endpoints.s3),
};
