import type { AppDeps } from '#app';
import type { Config } from '#config';
import { createCognitoClient, createCognitoGateway } from '#data/cognito-gateway';
import { createDynamoClients, tableProbe } from '#data/dynamodb-client';
import { createMapper } from '#data/mapper/mapper';
import { createObjectStore, createS3Client } from '#data/object-store';
import { createAccountSignOutRepository } from '#data/repositories/account-sign-out-repository';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createCommentRepository } from '#data/repositories/comment-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createLoginAttemptRepository } from '#data/repositories/login-attempt-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createRevokedTokenRepository } from '#data/repositories/revoked-token-repository';
import { createTaskExportReader } from '#data/repositories/task-export-reader';
import { createTaskLookup } from '#data/repositories/task-lookup';
import { createTaskRepository } from '#data/repositories/task-repository';
import { createTaskViews } from '#data/repositories/task-views';
import { createExportJob } from '#jobs/export-job';
import { createProjectPurge } from '#jobs/project-purge';
import type { Clock } from '#lib/clock';
import { type AppLogger, createLogger } from '#lib/logger';
import { createAttachmentService } from '#services/attachment-service';
import { createAccessTokenVerifier } from '#services/auth/access-token-verifier';
import { createAuthenticator } from '#services/auth/authenticator';
import { createLoginLimiter } from '#services/auth/login-limiter';
import { createTokenRevocations } from '#services/auth/token-revocations';
import { createUserStatusCache } from '#services/auth/user-status-cache';
import { createAuthService } from '#services/auth-service';
import { createCommentService } from '#services/comment-service';
import { createExportService } from '#services/export-service';
import { createMemberService } from '#services/member-service';
import { createProjectAccess, createTaskAccess } from '#services/project-access';
import { createProjectService } from '#services/project-service';
import { createTaskFeeds } from '#services/task-feeds';
import { createTaskService } from '#services/task-service';

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

/** Wires clients → repositories → services once per process. No I/O happens here. */
export function createContainer(config: Config, options: ContainerOptions = {}): AppDeps {
  const logger = options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const instrument = options.instrumentClient ?? (<T>(client: T) => client);
  const dynamo = createDynamoClients(config);
  // The document client shares the base client's middleware stack, so one capture covers both.
  instrument(dynamo.client);
  const mapper = createMapper({
    doc: dynamo.doc,
    tableName: config.dynamodb.tableName,
    cursorSecret: config.cursorSecret,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const cognito = createCognitoGateway({
    client: instrument(
      createCognitoClient({
        region: config.region,
        endpoint: config.cognito.endpoint,
        outbound: config.outbound,
      }),
    ),
    userPoolId: config.cognito.userPoolId,
    clientId: config.cognito.clientId,
  });
  const revocations = createTokenRevocations({
    store: createRevokedTokenRepository(mapper),
  });
  const userStatus = createUserStatusCache({
    lookup: cognito.getUserStatus,
    ttlSeconds: config.cognito.userStatusCacheSeconds,
  });
  const verifier = createAccessTokenVerifier({
    issuer: config.cognito.issuer,
    jwksUri: config.cognito.jwksUri,
    clientId: config.cognito.clientId,
    hardened: config.isHardened,
    jwksTimeoutMs: config.outbound.connectTimeoutMs + config.outbound.requestTimeoutMs,
  });

  const memberships = createMembershipRepository(mapper);
  const memberService = createMemberService({ memberships, users: cognito });
  const projectAccess = createProjectAccess(memberships);
  const taskAccess = createTaskAccess(createTaskLookup(mapper), projectAccess);
  const projects = createProjectRepository(mapper, memberships);
  const objectStore = createObjectStore(instrument(createS3Client(config)), config.s3.bucket);
  const jobs = createJobRepository(mapper);
  const attachments = createAttachmentService({
    attachments: createAttachmentRepository(mapper),
    objects: objectStore,
    taskAccess,
    limits: { maxBytes: config.s3.attachmentMaxBytes, contentTypes: config.s3.attachmentContentTypes },
  });
  const projectService = createProjectService({ projects, memberships, logger });
  return {
    config,
    logger,
    projectAccess,
    taskAccess,
    checkDatabase: tableProbe(dynamo.client, config.dynamodb.tableName),
    authenticator: createAuthenticator({ verifier, revocations, userStatus }),
    authService: createAuthService({
      gateway: cognito,
      revocations,
      userStatus,
      limiter: createLoginLimiter({
        store: createLoginAttemptRepository(mapper),
        limits: config.loginLimits,
      }),
      signOuts: createAccountSignOutRepository(mapper),
      memberships: memberService,
      logger,
    }),
    tasks: createTaskService({
      tasks: createTaskRepository(mapper),
      projectAccess,
      taskAccess,
      // A deleted task takes its attachments (records and files) with it.
      onTaskDeleted: async (task) => {
        await attachments.purgeTask(task.id);
      },
      ensureInbox: (user) => projectService.ensureInbox(user),
    }),
    comments: createCommentService({ comments: createCommentRepository(mapper), taskAccess }),
    taskFeeds: createTaskFeeds({ views: createTaskViews(mapper), cursorSecret: config.cursorSecret }),
    projectService,
    memberService,
    objectStore,
    attachments,
    exports: createExportService({ jobs, objects: objectStore, projectAccess, policy: config.jobs }),
    exportJob: createExportJob({
      jobs,
      tasks: createTaskExportReader(mapper),
      objects: objectStore,
      logger,
      policy: config.jobs,
      stallTimeoutMs: config.jobs.stallTimeoutMs,
    }),
    projectPurge: createProjectPurge({ projects, purgeTaskFiles: attachments.purgeTask, logger }),
  };
}
