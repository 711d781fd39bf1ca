import { membershipEntity } from '#data/entities/membership';
import { createAttachmentRepository } from '#data/repositories/attachment-repository';
import { createCommentRepository } from '#data/repositories/comment-repository';
import { createIdempotencyRecords } from '#data/repositories/idempotency-repository';
import { createJobRepository } from '#data/repositories/job-repository';
import { createMembershipRepository } from '#data/repositories/membership-repository';
import { createProjectRepository } from '#data/repositories/project-repository';
import { createTaskLookup } from '#data/repositories/task-lookup';
import { createTaskRepository } from '#data/repositories/task-repository';
import { createTaskTree } from '#data/repositories/task-tree';
import { mapperFixture, seedProject } from '#test/support/fixtures';
import { repositoryContracts } from './index.ts';
import type { RepositoryWorld } from './world.ts';

/** The contract on the DynamoDB repositories: a fresh table on DynamoDB Local per contract. */
async function dynamoWorld(): Promise<RepositoryWorld> {
  const { mapper, clock } = await mapperFixture();
  const memberships = createMembershipRepository(mapper);
  return {
    memberships,
    projects: createProjectRepository(mapper, memberships),
    tasks: createTaskRepository(mapper),
    taskLookup: createTaskLookup(mapper),
    taskTree: createTaskTree(mapper),
    comments: createCommentRepository(mapper),
    attachments: createAttachmentRepository(mapper),
    jobs: createJobRepository(mapper),
    records: createIdempotencyRecords(mapper),
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
