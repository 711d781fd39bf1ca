import { KEY_TEMPLATES, parseKey, partitions, SK_PREFIX } from '#data/dynamodb/table';
import { type Membership, membershipEntity } from '#data/entities/membership';
import { type NewProject, type Project, projectEntity } from '#data/entities/project';
import { type ItemKey, TransactionCancelledError } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { GetRequest } from '#data/mapper/read-ops';
import { type ClearableChanges, clearsOf } from '#data/mapper/update-builder';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { transactCreate } from './idempotency-repository.ts';
import { liveMembership, membershipReads } from './live-membership.ts';
import type { MembershipRepository, PageRequest } from './membership-repository.ts';
import {
  type ExplainConflict,
  type ExplainFailure,
  explainCancellation,
  transactExplained,
  writeExplained,
} from './write-failures.ts';

const projectNotFound = () => new NotFoundError('The project does not exist.', 'project_not_found');

/** A rename locked on a stale version is `precondition_failed`; on a deleted project `project_not_found`. */
export const explainProjectUpdate: ExplainConflict = (code) => {
  if (code === 'version_conflict') return new PreconditionFailedError();
  if (code === 'not_found') return projectNotFound();
  return undefined;
};

/** A delete whose caller is no longer an owner is `role_forbids`; a stale version `precondition_failed`, a deleted project `project_not_found`. */
export const explainProjectDelete: ExplainFailure<'project' | 'owner'> = ({ label, code }) => {
  if (label === 'owner') return new ForbiddenError('Only an owner may delete the project.', 'role_forbids');
  if (code === 'version_conflict') return new PreconditionFailedError();
  if (code === 'not_found') return projectNotFound();
  return undefined;
};

/** What a purge removed from the table. */
export interface PurgeResult {
  tasks: number;
  deletedItems: number;
}

export interface PurgeHooks {
  /** Runs before a task's items go, so its files are never left without their records. */
  purgeTaskFiles(taskId: string): Promise<unknown>;
}

/** Task keys read per round of a purge, tasks read at once within it, BatchWrites in flight. */
const PURGE_PAGE = 100;
const PURGE_CONCURRENCY = 16;
const DELETE_LANES = 4;

/** Name/description changes; `null` removes the description. */
export type ProjectPatch = ClearableChanges<Pick<Project, 'name' | 'description'>>;

/** Projects: the `#META` item, its creation with the owner, my-projects and the delete cascade. */
export function createProjectRepository(mapper: Mapper, memberships: MembershipRepository) {
  const repository = {
    /**
     * Creates the project and its owner's membership in one transaction (with the receipt's
     * record). The id is new, so a failed create is a concurrent change.
     */
    async create(
      project: NewProject,
      owner: Omit<Membership, 'version'>,
      options: CreateOptions<{ project: Project; membership: Membership }>,
    ): Promise<Created<{ project: Project; membership: Membership }>> {
      const { created, parts } = ownedProject(project, owner);
      return transactCreate(mapper, parts, options, created, () => undefined);
    },

    /**
     * Creates a project whose id is derived (a user's Inbox) unless it exists: 'existing' when
     * another request made it first, which concurrent first uses expect.
     */
    async createUnlessExists(
      project: NewProject,
      owner: Omit<Membership, 'version'>,
    ): Promise<'created' | 'existing'> {
      const { parts } = ownedProject(project, owner);
      try {
        await mapper.transact(parts);
        return 'created';
      } catch (error) {
        const taken = error instanceof TransactionCancelledError ? error.failureOf('project') : undefined;
        if (taken?.code === 'already_exists') return 'existing';
        throw explainCancellation(error, () => undefined);
      }
    },

    /**
     * Name/description changes in one conditional update of the named fields: locked on the
     * version the client read (`precondition_failed` when stale), or, without one, on the current version.
     */
    update(id: string, changes: ProjectPatch, expectedVersion: number | undefined, actorId: string) {
      const { values, remove } = clearsOf<Project>(changes);
      return writeExplained(
        mapper.update(projectEntity, { id }, { ...values, updatedBy: actorId }, { expectedVersion, remove }),
        explainProjectUpdate,
      );
    },

    /**
     * A page of the user's projects: memberships from gsi1, then ONE consistent BatchGet of
     * each project and the membership itself. gsi1 may lag, so a membership removed (or a
     * project deleted) a moment ago is dropped here, and the role is the current one.
     */
    async listForUser(userId: string, page: PageRequest) {
      const listed = await memberships.listByUser(userId, page);
      const reads: GetRequest[] = listed.items.flatMap(({ projectId }) => membershipReads(projectId, userId));
      const found = reads.length > 0 ? await mapper.batchGet(reads, { consistent: true }) : [];
      const items: Array<{ project: Project; membership: Membership }> = [];
      listed.items.forEach((_, index) => {
        const project = found[index * 2 + 1] as Project | undefined;
        const membership = liveMembership(found[index * 2] as Membership | undefined, project);
        if (project && membership) items.push({ project, membership });
      });
      return { items, nextCursor: listed.nextCursor };
    },

    /**
     * Step 1 of a delete, one transaction: the `#META` item (locked on the client's version, if any)
     * and the caller's own membership (which must still be an owner's). From its commit on,
     * every access check fails: `memberships.find` requires `#META`.
     */
    async deleteProject(id: string, expectedVersion: number | undefined, owner: Membership): Promise<void> {
      const ownership = mapper.tx.delete(
        membershipEntity,
        { projectId: id, userId: owner.userId },
        { condition: { role: 'owner' } },
      );
      await transactExplained(
        mapper,
        [
          { label: 'project', request: mapper.tx.delete(projectEntity, { id }, { expectedVersion }) },
          { label: 'owner', request: ownership },
        ],
        explainProjectDelete,
      );
    },

    /**
     * Step 2, on the stream worker: removes everything else of a project whose `#META` is gone —
     * memberships first (my-projects and every gate forget it), then a page of tasks at a time:
     * the files of those with attachments (the hook, before their records go), every item of
     * their `TASK#<tid>` partitions (ref, assignment copy, comments, attachment records) and only
     * then their canonical items, so the next round — or a run after a crash — finds every task
     * not yet finished. Last, the rest of the project partition. Idempotent.
     */
    async purge(id: string, hooks: PurgeHooks): Promise<PurgeResult> {
      const partition = partitions.project(id);
      let deletedItems = await mapper.deletePartition(partition, { beginsWith: SK_PREFIX.member });
      let tasks = 0;
      for (;;) {
        const page = await mapper.queryKeys({
          partition,
          range: { beginsWith: SK_PREFIX.task },
          limit: PURGE_PAGE,
          consistent: true,
        });
        if (page.items.length === 0) break;
        const taskItems: ItemKey[] = [];
        for (let start = 0; start < page.items.length; start += PURGE_CONCURRENCY) {
          const found = await Promise.all(
            page.items.slice(start, start + PURGE_CONCURRENCY).map(async (task) => {
              const taskId = String(parseKey(KEY_TEMPLATES.task.sk, task.sk)?.id);
              const keys = await allKeys(partitions.task(taskId));
              if (keys.some((key) => key.sk.startsWith(SK_PREFIX.attachment)))
                await hooks.purgeTaskFiles(taskId);
              return keys;
            }),
          );
          taskItems.push(...found.flat());
        }
        await inLanes(taskItems);
        await inLanes(page.items);
        deletedItems += taskItems.length + page.items.length;
        tasks += page.items.length;
      }
      deletedItems += await mapper.deletePartition(partition);
      return { tasks, deletedItems };
    },
  };
  return repository;

  function ownedProject(project: NewProject, owner: Omit<Membership, 'version'>) {
    const projectWrite = mapper.tx.create(projectEntity, project);
    const ownerWrite = mapper.tx.create(membershipEntity, owner);
    return {
      created: { project: projectWrite.model as Project, membership: ownerWrite.model as Membership },
      parts: [
        { label: 'project', request: projectWrite },
        { label: 'owner', request: ownerWrite },
      ] as const,
    };
  }

  /** Every key of a partition (all pages, expired items too). */
  async function allKeys(taskPartition: string): Promise<ItemKey[]> {
    const keys: ItemKey[] = [];
    let cursor: string | undefined;
    do {
      const page = await mapper.queryKeys({
        partition: taskPartition,
        limit: 1000,
        cursor,
        consistent: true,
      });
      keys.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return keys;
  }

  /** Batched deletes, a few batches at a time. */
  async function inLanes(keys: ItemKey[]): Promise<void> {
    const perLane = Math.ceil(keys.length / DELETE_LANES);
    await Promise.all(
      Array.from({ length: DELETE_LANES }, (_, lane) =>
        mapper.batchWrite({ deletes: keys.slice(lane * perLane, (lane + 1) * perLane) }),
      ),
    );
  }
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;
