import type { AppDeps } from '#app';
import type { Config } from '#config';
import { createDynamoClients, tableProbe } from '#data/dynamodb-client';
import { type AppLogger, createLogger } from '#lib/logger';

/** What an entry point may hand the container instead of the defaults. */
export interface ContainerOptions {
  /** A logger the entry already owns (the Lambda entries add Lambda context to theirs). */
  logger?: AppLogger;
  /**
   * Applied once to every AWS SDK client the container creates — X-Ray capture on Lambda,
   * identity elsewhere. Every new client added here must pass through it.
   */
  instrumentClient?: <T>(client: T) => T;
}

/** Wires clients → repositories → services once per process. No I/O happens here. */
export function createContainer(config: Config, options: ContainerOptions = {}): AppDeps {
  const logger = options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const instrument = options.instrumentClient ?? (<T>(client: T) => client);
  const dynamo = createDynamoClients(config);
  // The document client shares the base client's middleware stack, so one capture covers both.
  instrument(dynamo.client);
  return {
    config,
    logger,
    checkDatabase: tableProbe(dynamo.client, config.dynamodb.tableName),
  };
}
