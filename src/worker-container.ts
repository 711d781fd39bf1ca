import type { Config } from '#config';
import { type ContainerOptions, createStorageClients, runtimeOf } from '#container-runtime';
import { createObjectStore } from '#data/object-store';
import { createObjectUploads } from '#data/object-uploads';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createSearchSourceReader } from '#data/repositories/search-source-reader';
import { createTaskDependencies } from '#data/repositories/task-dependencies';
import { createTaskExportReader } from '#data/repositories/task-export-reader';
import { createTaskRecurrence } from '#data/repositories/task-recurrence';
import { createTaskTree } from '#data/repositories/task-tree';
import { createEmbeddedIndexStore } from '#data/search/embedded-index-store';
import { createEmbeddedSearchWriter } from '#data/search/embedded-search-writer';
import { createOpenSearchWriter } from '#data/search/opensearch-index';
import { openSearchTransportOf } from '#data/search/opensearch-transport';
import type { SearchIndexWriter } from '#data/search/search-index';
import { createActivityRecorder } from '#jobs/activity-recorder';
import { createExportJob } from '#jobs/export-job';
import type { JobRunners } from '#jobs/job-handlers';
import { createProjectPurge } from '#jobs/project-purge';
import { createRecurrence } from '#jobs/recurrence';
import { createSearchIndexing } from '#jobs/search-indexing';
import { createSearchRebuild } from '#jobs/search-rebuild';
import { createSubtreePurge } from '#jobs/subtree-purge';
import type { AppLogger } from '#lib/logger';
import { createTaskAttachmentPurge } from '#services/attachment-service';

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
 * Wires the stream worker (on Lambda and in the local poller of `npm start`): storage clients,
 * the repositories its jobs use and the job runners — no Cognito, no token checks, no HTTP
 * services. No I/O happens here.
 */
export function createWorkerContainer(config: Config, options: ContainerOptions = {}) {
  const runtime = runtimeOf(config, options);
  const { logger } = runtime;
  const clients = createStorageClients(config, runtime);
  const repositories = createWorkerRepositories(config, clients);
  const searchWriter = createSearchWriter(config, clients, repositories, logger);
  const jobs = {
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
    recurrence: createRecurrence({
      recurrence: repositories.taskRecurrence,
      tree: repositories.taskTree,
      logger,
      ...(runtime.clock ? { clock: runtime.clock } : {}),
    }),
  } satisfies JobRunners;
  const searchRebuild = createSearchRebuild({
    source: repositories.searchSource,
    writer: searchWriter,
    logger,
  });
  return { config, logger, clients, repositories, jobs, searchRebuild };
}

export type WorkerContainer = ReturnType<typeof createWorkerContainer>;
