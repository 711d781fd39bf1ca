import type { Config } from '#config';
import { createDynamoClients } from '#data/dynamodb-client';
import { createMapper } from '#data/mapper/mapper';
import { createObjectStore, createS3Client } from '#data/object-store';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createTaskExportReader } from '#data/repositories/task-export-reader';
import { createExportJob } from '#jobs/export-job';
import type { JobRunners } from '#jobs/job-handlers';
import { createProjectPurge } from '#jobs/project-purge';
import type { Clock } from '#lib/clock';
import { type AppLogger, createLogger } from '#lib/logger';
import { createTaskAttachmentPurge } from '#services/attachment-service';

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

/** What the stream worker's jobs read and write: jobs, tasks to export, projects to purge, the bucket. */
function createWorkerRepositories(config: Config, clients: ReturnType<typeof createStorageClients>) {
  const { mapper } = clients;
  return {
    jobs: createJobRepository(mapper),
    taskExports: createTaskExportReader(mapper),
    projects: createProjectRepository(mapper, createMembershipRepository(mapper)),
    attachments: createAttachmentRepository(mapper),
    objects: createObjectStore(clients.s3, config.s3.bucket),
  };
}

/**
 * Wires the stream worker (on Lambda and in the local poller of `npm start`): storage clients,
 * the repositories its jobs use and the job runners — no Cognito, no token checks, no HTTP
 * services. No I/O happens here.
 */
export function createWorkerContainer(config: Config, options: ContainerOptions = {}) {
  const runtime = runtimeOf(config, options);
  const { logger } = runtime;
  const clients = createStorageClients(config, runtime);
  const repositories = createWorkerRepositories(config, clients);
  const jobs: JobRunners = {
    exportJob: createExportJob({
      jobs: repositories.jobs,
      tasks: repositories.taskExports,
      objects: repositories.objects,
      logger,
      policy: config.jobs,
      stallTimeoutMs: config.jobs.stallTimeoutMs,
    }),
    projectPurge: createProjectPurge({
      projects: repositories.projects,
      purgeTaskFiles: createTaskAttachmentPurge(repositories),
      logger,
    }),
  };
  return { config, logger, clients, repositories, jobs };
}

export type WorkerContainer = ReturnType<typeof createWorkerContainer>;
