import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '#config';
import { type ContainerOptions, createStorageClients, runtimeOf } from '#container-runtime';
import type { WebhookDue } from '#data/entities/webhook-delivery';
import { sendWebhook } from '#data/outbound/webhook-transport';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createSearchSourceReader } from '#data/repositories/search-source-reader';
import { createTaskDependencies } from '#data/repositories/tasks/task-dependencies';
import { createTaskExportReader } from '#data/repositories/tasks/task-export-reader';
import { createTaskRecurrence } from '#data/repositories/tasks/task-recurrence';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import { createWebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import { createWebhookRepository } from '#data/repositories/webhook-repository';
import { createObjectStore } from '#data/s3/object-store';
import { createObjectUploads } from '#data/s3/object-uploads';
import { createEmbeddedIndexStore } from '#data/search/embedded-index-store';
import { createEmbeddedSearchWriter } from '#data/search/embedded-search-writer';
import { createOpenSearchWriter } from '#data/search/opensearch-index';
import { openSearchTransportOf } from '#data/search/opensearch-transport';
import type { SearchIndexWriter } from '#data/search/search-index';
import { createSqsDeliveryQueue } from '#data/sqs/delivery-queue';
import { type Clock, systemClock } from '#lib/clock';
import type { AppLogger } from '#lib/logger';
import { createSecretBox } from '#lib/secret-box';
import { createTaskAttachmentPurge } from '#services/attachment-service';
import { createActivityRecorder } from '#worker/activity-recorder';
import { createExportJob } from '#worker/exports/export-job';
import { createProjectPurge } from '#worker/project-purge';
import { createRecurrence } from '#worker/recurrence';
import { createSearchIndexing } from '#worker/search-indexing';
import { createSearchRebuild } from '#worker/search-rebuild';
import type { ConsumerHandlers } from '#worker/stream/stream-consumers';
import { createSubtreePurge } from '#worker/subtree-purge';
import { createDeliveryMessageHandler } from '#worker/webhooks/delivery-messages';
import { createDueAnnouncer } from '#worker/webhooks/due-announcer';
import { type DueDeliveryPoller, startDueDeliveryPoller } from '#worker/webhooks/due-delivery-poller';
import { createWebhookDeliverer } from '#worker/webhooks/webhook-deliverer';
import { createWebhookFanout } from '#worker/webhooks/webhook-fanout';

/** What the stream worker's jobs read and write: jobs, tasks to export, projects to purge, the bucket. */
function createWorkerRepositories(config: Config, clients: ReturnType<typeof createStorageClients>) {
  const { mapper } = clients;
  return {
    jobs: createJobRepository(mapper),
    taskExports: createTaskExportReader(mapper),
    projects: createProjectRepository(mapper, createMembershipRepository(mapper)),
    attachments: createAttachmentRepository(mapper),
    activity: createActivityRepository(mapper),
    taskTree: createTaskTree(mapper),
    taskDependencies: createTaskDependencies(mapper),
    taskRecurrence: createTaskRecurrence(mapper),
    objects: createObjectStore(clients.s3, config.s3.bucket),
    uploads: createObjectUploads(clients.s3, config.s3.bucket),
    searchSource: createSearchSourceReader(mapper),
    webhooks: createWebhookRepository(mapper),
    webhookDeliveries: createWebhookDeliveryRepository(mapper),
  };
}

/** The stage's search engine's write side: the embedded index, or OpenSearch (SEARCH_ENGINE). */
function createSearchWriter(
  config: Config,
  clients: ReturnType<typeof createStorageClients>,
  repositories: ReturnType<typeof createWorkerRepositories>,
  logger: AppLogger,
): SearchIndexWriter {
  const { openSearch } = config.search;
  if (config.search.engine === 'opensearch' && openSearch) {
    return createOpenSearchWriter({
      index: openSearch.index,
      transport: openSearchTransportOf(config, openSearch),
    });
  }
  return createEmbeddedSearchWriter({
    mapper: clients.mapper,
    store: createEmbeddedIndexStore({
      mapper: clients.mapper,
      objects: repositories.objects,
      cacheTasks: config.search.cacheTasks,
    }),
    logger,
  });
}

/**
 * The delivery side of webhooks: the deliverer one attempt runs, and what runs the due queue:
 * the SQS queue on AWS (WEBHOOK_QUEUE_URL: the stream hands it each new due place, its messages
 * come back to `handleMessages`), or a poller of the table's due queue (`startPolling`: the local
 * stack), woken by the same stream consumer.
 */
function createWebhookDeliveries(
  config: Config,
  repositories: ReturnType<typeof createWorkerRepositories>,
  logger: AppLogger,
  clock: Clock | undefined,
) {
  const attempt = createWebhookDeliverer({
    webhooks: repositories.webhooks,
    deliveries: repositories.webhookDeliveries,
    secrets: createSecretBox(config.webhooks.secretKey),
    send: sendWebhook,
    rules: config.webhooks,
    attemptTimeoutMs: config.webhooks.attemptTimeoutMs,
    retryScheduleSeconds: config.webhooks.retryScheduleSeconds,
    logger,
    ...(clock ? { clock } : {}),
  });
  const now = () => (clock ?? systemClock).now().getTime();
  const { queueUrl } = config.webhooks;
  const queue = queueUrl
    ? createSqsDeliveryQueue(
        new SQSClient({ region: config.region, maxAttempts: config.outbound.maxAttempts }),
        queueUrl,
      )
    : undefined;
  let poller: DueDeliveryPoller | undefined;
  return {
    attempt,
    /** Hands a new due place to the queue (with the delay left), or wakes the local poller when it is due. */
    async announce(due: WebhookDue): Promise<void> {
      const wait = Date.parse(due.dueAt) - now();
      if (queue) await queue.send([due], wait / 1000);
      else if (wait <= 0) poller?.wake();
    },
    /** The SQS messages of the delivery queue (on AWS). */
    handleMessages: createDeliveryMessageHandler({
      attempt,
      queue: queue ?? {
        send: async () => {
          throw new Error('WEBHOOK_QUEUE_URL is not set: deliveries run from the table here');
        },
      },
      logger,
      ...(clock ? { clock } : {}),
    }),
    /** Starts running the table's due queue in this process (stopped by the poller it returns). */
    startPolling(): DueDeliveryPoller {
      poller = startDueDeliveryPoller({
        deliveries: repositories.webhookDeliveries,
        attempt,
        concurrency: config.webhooks.concurrency,
        pollIntervalMs: config.webhooks.pollIntervalMs,
        logger,
      });
      return poller;
    },
  };
}

/**
 * Wires the stream worker (on Lambda and in the local poller of `npm start`): storage clients,
 * the repositories its consumers use and their handlers — no Cognito, no token checks, no HTTP
 * services. No I/O happens here.
 */
export function createWorkerContainer(config: Config, options: ContainerOptions = {}) {
  const runtime = runtimeOf(config, options);
  const { logger } = runtime;
  const clients = createStorageClients(config, runtime);
  const repositories = createWorkerRepositories(config, clients);
  const searchWriter = createSearchWriter(config, clients, repositories, logger);
  const webhookDeliveries = createWebhookDeliveries(config, repositories, logger, runtime.clock);
  const handlers = {
    exportJob: createExportJob({
      jobs: repositories.jobs,
      tasks: repositories.taskExports,
      uploads: repositories.uploads,
      logger,
      policy: config.jobs,
      stallTimeoutMs: config.jobs.stallTimeoutMs,
    }),
    projectPurge: createProjectPurge({
      projects: repositories.projects,
      purgeTaskFiles: createTaskAttachmentPurge(repositories),
      logger,
    }),
    searchIndex: createSearchIndexing({ writer: searchWriter, logger }),
    activity: createActivityRecorder({
      activity: repositories.activity,
      logger,
      retentionSeconds: config.activity.retentionSeconds,
      writeBoundMs: config.activity.writeBoundMs,
    }),
    subtreePurge: createSubtreePurge({
      tree: repositories.taskTree,
      dependencies: repositories.taskDependencies,
      purgeTaskFiles: createTaskAttachmentPurge(repositories),
      logger,
    }),
    webhooks: createWebhookFanout({
      webhooks: repositories.webhooks,
      deliveries: repositories.webhookDeliveries,
      logger,
      retentionSeconds: config.webhooks.retentionSeconds,
    }),
    webhookQueue: createDueAnnouncer((due) => webhookDeliveries.announce(due)),
    recurrence: createRecurrence({
      recurrence: repositories.taskRecurrence,
      tree: repositories.taskTree,
      logger,
      ...(runtime.clock ? { clock: runtime.clock } : {}),
    }),
  } satisfies ConsumerHandlers;
  const searchRebuild = createSearchRebuild({
    source: repositories.searchSource,
    writer: searchWriter,
    logger,
  });
  return { config, logger, clients, repositories, handlers, searchRebuild, webhookDeliveries };
}

export type WorkerContainer = ReturnType<typeof createWorkerContainer>;
