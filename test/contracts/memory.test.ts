import { newId } from '#lib/ids';
import { manualClock } from '#test/support/fixtures';
import {
  membershipId,
  memoryActivityRepository,
  memoryAttachmentRepository,
  memoryCommentRepository,
  memoryIdempotencyRecords,
  memoryJobRepository,
  memoryMembershipRepository,
  memoryProjectRepository,
  memoryTable,
  memoryTaskDependencies,
  memoryTaskLookup,
  memoryTaskRepository,
  memoryTaskTree,
  memoryTaskViews,
  memoryWebhookDeliveryRepository,
  memoryWebhookRepository,
  putProject,
} from '#test/support/memory-repositories';
import { repositoryContracts } from './index.ts';
import type { RepositoryWorld } from './world.ts';

/** The contract on the in-memory doubles the service unit tests run on. */
async function memoryWorld(): Promise<RepositoryWorld> {
  const clock = manualClock();
  const table = memoryTable(clock);
  return {
    memberships: memoryMembershipRepository(table),
    projects: memoryProjectRepository(table),
    tasks: memoryTaskRepository(table),
    taskLookup: memoryTaskLookup(table),
    taskTree: memoryTaskTree(table),
    taskViews: memoryTaskViews(table),
    taskDependencies: memoryTaskDependencies(table),
    comments: memoryCommentRepository(table),
    attachments: memoryAttachmentRepository(table),
    jobs: memoryJobRepository(table),
    activity: memoryActivityRepository(table),
    records: memoryIdempotencyRecords(table),
    webhooks: memoryWebhookRepository(table),
    deliveries: memoryWebhookDeliveryRepository(table),
    clock,
    async seedProject(members) {
      return putProject(table, { id: newId() }, members).id;
    },
    async touchMember(projectId, userId) {
      const key = membershipId(projectId, userId);
      const current = table.memberships.get(key);
      if (current) table.memberships.set(key, { ...current, version: current.version + 1 });
    },
    async dropMember(projectId, userId) {
      table.memberships.delete(membershipId(projectId, userId));
    },
  };
}

repositoryContracts(memoryWorld);
