import { membershipEntity } from '#data/entities/membership';
import { createMapper } from '#data/mapper/mapper';
import { createActivityRepository } from '#data/repositories/activity-repository';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createCommentRepository } from '#data/repositories/comment-repository';
import { createIdempotencyRecords } from '#data/repositories/idempotency-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createTaskDependencies } from '#data/repositories/tasks/task-dependencies';
import { createTaskLookup } from '#data/repositories/tasks/task-lookup';
import { createTaskRepository } from '#data/repositories/tasks/task-repository';
import { createTaskTree } from '#data/repositories/tasks/task-tree';
import { createTaskViews } from '#data/repositories/tasks/task-views';
import { createWebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import { createWebhookRepository } from '#data/repositories/webhook-repository';
import { manualClock, mapperFixture, seedProject } from '#test/support/fixtures';
import { repositoryContracts } from './index.ts';
import type { RepositoryWorld } from './world.ts';

/** One fresh table on DynamoDB Local for this file: table creation is the slow part on a loaded machine. */
let fixture: ReturnType<typeof mapperFixture> | undefined;

/** The contract on the DynamoDB repositories; each contract gets a clock of its own (its ids keep them apart). */
async function dynamoWorld(): Promise<RepositoryWorld> {
  fixture ??= mapperFixture();
  const { doc, table, config } = await fixture;
  const clock = manualClock();
  const mapper = createMapper({
    doc,
    tableName: table,
    cursorSecret: config.cursorSecret,
    clock,
    sleep: async () => {},
  });
  const memberships = createMembershipRepository(mapper);
  return {
    memberships,
    projects: createProjectRepository(mapper, memberships),
    tasks: createTaskRepository(mapper),
    taskLookup: createTaskLookup(mapper),
    taskTree: createTaskTree(mapper),
    taskViews: createTaskViews(mapper),
    taskDependencies: createTaskDependencies(mapper),
    comments: createCommentRepository(mapper),
    attachments: createAttachmentRepository(mapper),
    jobs: createJobRepository(mapper),
    activity: createActivityRepository(mapper),
    records: createIdempotencyRecords(mapper),
    webhooks: createWebhookRepository(mapper),
    deliveries: createWebhookDeliveryRepository(mapper),
    clock,
    seedProject: (members) =>
      seedProject(
        mapper,
        members.map(({ userId, role }) => ({ sub: userId, role })),
      ),
    async touchMember(projectId, userId) {
      await mapper.update(membershipEntity, { projectId, userId }, { email: `${userId}@touched.test` });
    },
    async dropMember(projectId, userId) {
      await mapper.delete(membershipEntity, { projectId, userId });
    },
  };
}

repositoryContracts(dynamoWorld);
