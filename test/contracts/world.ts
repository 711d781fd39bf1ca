import type { ProjectRole } from '#data/entities/membership';
import type { ActivityRepository } from '#data/repositories/activity-repository';
import type { AttachmentRepository } from '#data/repositories/attachment-repository';
import type { CommentRepository } from '#data/repositories/comment-repository';
import type { IdempotencyRecords } from '#data/repositories/idempotency-repository';
import type { JobRepository } from '#data/repositories/job-repository';
import type { MembershipRepository } from '#data/repositories/membership-repository';
import type { ProjectRepository } from '#data/repositories/project-repository';
import type { TaskDependencies } from '#data/repositories/tasks/task-dependencies';
import type { TaskLookup } from '#data/repositories/tasks/task-lookup';
import type { TaskRepository } from '#data/repositories/tasks/task-repository';
import type { TaskTree } from '#data/repositories/tasks/task-tree';
import type { TaskViews } from '#data/repositories/tasks/task-views';
import type { WebhookDeliveryRepository } from '#data/repositories/webhook-delivery-repository';
import type { WebhookRepository } from '#data/repositories/webhook-repository';
import { type CreateOptions, withReceipt } from '#domain/idempotency';
import type { manualClock } from '#test/support/fixtures';

/**
 * One implementation of the repository ports under contract: the DynamoDB repositories over a
 * fresh table on DynamoDB Local, or the in-memory doubles over a fresh memory table. The specs
 * in this folder are written once against this and run on both, so a double that drifts from
 * the table fails here before a service test can pass on a rule production no longer has.
 */
export interface RepositoryWorld {
  memberships: MembershipRepository;
  projects: ProjectRepository;
  tasks: TaskRepository;
  taskLookup: TaskLookup;
  taskTree: TaskTree;
  taskViews: TaskViews;
  taskDependencies: TaskDependencies;
  comments: CommentRepository;
  attachments: AttachmentRepository;
  jobs: JobRepository;
  activity: ActivityRepository;
  records: IdempotencyRecords;
  webhooks: WebhookRepository;
  deliveries: WebhookDeliveryRepository;
  /** Moves the time every repository of this world reads (TTL, `updatedAt`). */
  clock: ReturnType<typeof manualClock>;
  /** A project with these members (version 1, owner count), stored as the project service stores it. */
  seedProject(members: Array<{ userId: string; role: ProjectRole }>): Promise<string>;
  /** Someone else writes the membership: its version moves, its role stays. */
  touchMember(projectId: string, userId: string): Promise<void>;
  /** The membership goes behind the repositories' back (a member removed meanwhile). */
  dropMember(projectId: string, userId: string): Promise<void>;
}

/** Makes a fresh world: each contract gets its own table and clock. */
export type WorldFactory = () => Promise<RepositoryWorld>;

/** Create options carrying an Idempotency-Key of `scope`; the replayed body is the created value. */
export function keyed<T>(scope: string, key: string, requestHash = 'hash-1'): CreateOptions<T> {
  return withReceipt<T>({
    scope,
    key,
    requestHash,
    respond: (created) => ({ status: 201, headers: {}, body: JSON.stringify(created) }),
  });
}

/** Every item of a paged listing, page after page. */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
