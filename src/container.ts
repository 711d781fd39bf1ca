import type { Config } from '#config';
import { type ContainerOptions, createStorageClients, type Runtime, runtimeOf } from '#container-runtime';
import { createCognitoClient, createCognitoGateway } from '#data/cognito/gateway';
import { tableProbe } from '#data/dynamodb/client';
import { targetProblem } from '#data/outbound/webhook-transport';
import { createAccountSignOutRepository } from '#data/repositories/account-sign-out-repository';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createCommentRepository } from '#data/repositories/comment-repository';
import { createIdempotencyRecords } from '#data/repositories/idempotency-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createLoginAttemptRepository } from '#data/repositories/login-attempt-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createRevokedTokenRepository } from '#data/repositories/revoked-token-repository';
import { createTaskDependencies } from '#data/repositories/tasks/task-dependencies';
import { createTaskLookup } from '#data/repositories/tasks/task-lookup';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import { createTaskViews } from '#data/repositories/tasks/task-views';
import { createWebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import { createWebhookRepository } from '#data/repositories/webhook-repository';
import { createObjectStore } from '#data/s3/object-store';
import { createEmbeddedIndexStore } from '#data/search/embedded-index-store';
import { createEmbeddedSearchIndex } from '#data/search/embedded-search-index';
import { createOpenSearchIndex } from '#data/search/opensearch-index';
import { openSearchTransportOf } from '#data/search/opensearch-transport';
import type { SearchIndex } from '#data/search/search-index';
import type { AppLogger } from '#lib/logger';
import { createSecretBox } from '#lib/secret-box';
import { createAccountService } from '#services/account-service';
import { createActivityService } from '#services/activity-service';
import { createAttachmentService } from '#services/attachment-service';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import { createAuthenticator } from '#services/auth/authenticator';
import { createLoginLimiter } from '#services/auth/login-limiter';
import { createSessions } from '#services/auth/sessions';
import { createTokenRevocations } from '#services/auth/token-revocations';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { createCommentService } from '#services/comment-service';
import { createExportService } from '#services/export-service';
import { createMemberService } from '#services/member-service';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import { createProjectService } from '#services/project-service';
import { createSearchService } from '#services/search-service';
import { createSessionService } from '#services/session-service';
import { createTaskBulkService } from '#services/task-bulk-service';
import { createTaskDependencyService } from '#services/task-dependency-service';
import { createTaskFeedService } from '#services/task-feed-service';
import { createTaskService } from '#services/task-service';
import { createWebhookService } from '#services/webhook-service';

export type { ContainerOptions };

/** The API's clients: storage and Cognito. */
function createClients(config: Config, runtime: Runtime) {
  return {
    ...createStorageClients(config, runtime),
    cognito: runtime.instrument(
      createCognitoClient({
        region: config.region,
        endpoint: config.cognito.endpoint,
        outbound: config.outbound,
      }),
    ),
  };
}

export type Clients = ReturnType<typeof createClients>;

/** Everything in src/data the API's services talk to: the table's repositories, the bucket, the user pool. */
function createRepositories(config: Config, clients: Clients) {
  const { mapper } = clients;
  const memberships = createMembershipRepository(mapper);
  const objects = createObjectStore(clients.s3, config.s3.bucket);
  return {
    memberships,
    projects: createProjectRepository(mapper, memberships),
    tasks: createTaskRepository(mapper),
    taskLookup: createTaskLookup(mapper),
    taskTree: createTaskTree(mapper),
    taskDependencies: createTaskDependencies(mapper),
    idempotencyRecords: createIdempotencyRecords(mapper),
    taskViews: createTaskViews(mapper),
    comments: createCommentRepository(mapper),
    attachments: createAttachmentRepository(mapper),
    jobs: createJobRepository(mapper),
    activity: createActivityRepository(mapper),
    webhooks: createWebhookRepository(mapper),
    webhookDeliveries: createWebhookDeliveryRepository(mapper),
    revokedTokens: createRevokedTokenRepository(mapper),
    loginAttempts: createLoginAttemptRepository(mapper),
    accountSignOuts: createAccountSignOutRepository(mapper),
    objects,
    searchIndex: createSearchIndex(config, mapper, objects),
    users: createCognitoGateway({
      client: clients.cognito,
      userPoolId: config.cognito.userPoolId,
      clientId: config.cognito.clientId,
    }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** The stage's search engine: the embedded index, or OpenSearch (SEARCH_ENGINE). */
function createSearchIndex(
  config: Config,
  mapper: Clients['mapper'],
  objects: ReturnType<typeof createObjectStore>,
): SearchIndex {
  const { openSearch } = config.search;
  if (config.search.engine === 'opensearch' && openSearch) {
    return createOpenSearchIndex({
      index: openSearch.index,
      transport: openSearchTransportOf(config, openSearch),
    });
  }
  return createEmbeddedSearchIndex(
    createEmbeddedIndexStore({ mapper, objects, cacheTasks: config.search.cacheTasks }),
  );
}

/** The access gates, the token check and every service the routes call. */
function createServices(config: Config, logger: AppLogger, repositories: Repositories) {
  const { memberships, objects, users } = repositories;
  const { authCaches } = config;
  const revocations = createTokenRevocations({
    store: repositories.revokedTokens,
    notRevokedCacheMs: authCaches.notRevokedMs,
    maxEntries: authCaches.revokedTokens,
  });
  const userStatus = createUserStatusCache({
    lookup: users.getUserStatus,
    ttlSeconds: config.cognito.userStatusCacheSeconds,
    maxEntries: authCaches.userStatuses,
  });
  const verifier = createAccessTokenVerifier({
    issuer: config.cognito.issuer,
    jwksUri: config.cognito.jwksUri,
    clientId: config.cognito.clientId,
    hardened: config.isHardened,
    jwksTimeoutMs: config.outbound.connectTimeoutMs + config.outbound.requestTimeoutMs,
    jwksFailureBackoffMs: authCaches.jwksFailureBackoffMs,
    verifiedCacheSize: authCaches.verifiedTokens,
  });
  const sessions = createSessions({
    users,
    revocations,
    userStatus,
    signOuts: repositories.accountSignOuts,
    logger,
  });
  const limiter = createLoginLimiter({ store: repositories.loginAttempts, limits: config.loginLimits });
  const projectAccess = createProjectAccess({ memberships, tree: repositories.taskTree });
  const taskAccess = createTaskAccess({ tasks: repositories.taskLookup, projectAccess });
  const memberService = createMemberService({ memberships, projects: repositories.projects, users });
  const projectService = createProjectService({ projects: repositories.projects, memberships, logger });
  const attachmentService = createAttachmentService({
    attachments: repositories.attachments,
    objects,
    taskAccess,
    limits: { maxBytes: config.s3.attachmentMaxBytes, contentTypes: config.s3.attachmentContentTypes },
  });
  return {
    projectAccess,
    taskAccess,
    authenticator: createAuthenticator({ verifier, revocations, userStatus }),
    sessionService: createSessionService({ users, sessions, limiter }),
    accountService: createAccountService({ users, sessions, limiter, memberships: memberService }),
    projectService,
    memberService,
    taskService: createTaskService({
      tasks: repositories.tasks,
      tree: repositories.taskTree,
      dependencies: repositories.taskDependencies,
      projectAccess,
      taskAccess,
      // A deleted task takes its attachments (records and files) with it.
      onTaskDeleted: async (task) => {
        await attachmentService.purgeTask(task.id);
      },
      ensureInbox: (user) => projectService.ensureInbox(user),
    }),
    taskBulkService: createTaskBulkService({ projectAccess, records: repositories.idempotencyRecords }),
    taskDependencyService: createTaskDependencyService({
      dependencies: repositories.taskDependencies,
      taskAccess,
    }),
    commentService: createCommentService({ comments: repositories.comments, taskAccess }),
    taskFeedService: createTaskFeedService({
      views: repositories.taskViews,
      tree: repositories.taskTree,
      cursorSecret: config.cursorSecret,
    }),
    attachmentService,
    searchService: createSearchService({
      index: repositories.searchIndex,
      memberships,
      tree: repositories.taskTree,
      projectAccess,
      cursorSecret: config.cursorSecret,
    }),
    exportService: createExportService({
      jobs: repositories.jobs,
      objects,
      projectAccess,
      policy: config.jobs,
    }),
    activityService: createActivityService({
      activity: repositories.activity,
      projectAccess,
      taskAccess,
      cursorSecret: config.cursorSecret,
      retentionSeconds: config.activity.retentionSeconds,
      settleMs: config.activity.settleMs,
    }),
    webhookService: createWebhookService({
      webhooks: repositories.webhooks,
      deliveries: repositories.webhookDeliveries,
      projectAccess,
      secrets: createSecretBox(config.webhooks.secretKey),
      targetProblem: (url) => targetProblem(url, config.webhooks),
      perProject: config.webhooks.perProject,
      retentionSeconds: config.webhooks.retentionSeconds,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Wires the API once per process: clients → repositories → services, each group typed by what
 * builds it. `createApp` takes the result (it reads a subset, `AppDeps`). No I/O happens here.
 */
export function createContainer(config: Config, options: ContainerOptions = {}) {
  const runtime = runtimeOf(config, options);
  const clients = createClients(config, runtime);
  const repositories = createRepositories(config, clients);
  return {
    config,
    logger: runtime.logger,
    checkDatabase: tableProbe(clients.dynamodb.client, config.dynamodb.tableName),
    clients,
    repositories,
    services: createServices(config, runtime.logger, repositories),
  };
}

export type Container = ReturnType<typeof createContainer>;
