import type { AppDeps } from '#app';
import type { Config } from '#config';
import { createDynamoClients, tableProbe } from '#data/dynamodb-client';
import { createLogger } from '#lib/logger';

/** Wires clients → repositories → services once per process. No I/O happens here. */
export function createContainer(config: Config): AppDeps {
  const logger = createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const dynamo = createDynamoClients(config);
  return {
    config,
    logger,
    checkDatabase: tableProbe(dynamo.client, config.dynamodb.tableName),
  };
}
