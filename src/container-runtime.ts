import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb/client';
import { createMapper } from '#data/mapper/mapper';
import { createS3Client } from '#data/s3/object-store';
import type { Clock } from '#lib/clock';
import { type AppLogger, createLogger } from '#lib/logger';

/*
 * What both containers start from. Apart from either so that the API's imports never reach the
 * worker's jobs (nor the worker's the API's services): each Lambda bundle holds only its own.
 */

/** What an entry point may hand the container instead of the defaults. */
export interface ContainerOptions {
  /** A logger the entry already owns (the Lambda entries add Lambda context to theirs). */
  logger?: AppLogger;
  /**
   * Applied once to every AWS SDK client the container creates — X-Ray capture on Lambda,
   * identity elsewhere. Every new client added here must pass through it.
   */
  instrumentClient?: <T>(client: T) => T;
  /** The data layer's clock (TTL liveness, idempotency record expiry); tests move it by hand. */
  clock?: Clock;
}

/** The options resolved to what the builders use; both containers start from it. */
export interface Runtime {
  logger: AppLogger;
  instrument: <T>(client: T) => T;
  clock: Clock | undefined;
}

/** The entry's logger, instrumentation and clock, or the defaults. */
export function runtimeOf(config: Config, options: ContainerOptions): Runtime {
  return {
    logger: options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel }),
    instrument: options.instrumentClient ?? (<T>(client: T) => client),
    clock: options.clock,
  };
}

/** DynamoDB (raw, document, and the mapper over it) and S3: what the API and the worker both use. */
export function createStorageClients(config: Config, runtime: Runtime) {
  const dynamodb = createDynamoClients(config);
  // The document client shares the base client's middleware stack, so one capture covers both.
  runtime.instrument(dynamodb.client);
  return {
    dynamodb,
    mapper: createMapper({
      doc: dynamodb.doc,
      tableName: config.dynamodb.tableName,
      cursorSecret: config.cursorSecret,
      logger: runtime.logger,
      ...(runtime.clock ? { clock: runtime.clock } : {}),
    }),
    s3: runtime.instrument(createS3Client(config)),
  };
}
