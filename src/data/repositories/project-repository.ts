import { attachmentEntity } from '#data/entities/attachment';
import { type Membership, membershipEntity } from '#data/entities/membership';
import { type Project, projectEntity } from '#data/entities/project';
import type { ItemKey } from '#data/mapper/errors';
import type { Mapper } from '#data/mapper/mapper';
import type { QuerySpec } from '#data/mapper/query-ops';
import { type GetRequest, getRequest } from '#data/mapper/read-ops';
import { partitions, SK_PREFIX } from '#data/table';
import type { CreateReceipt } from '#domain/idempotency';
import { transactCreate } from './idempotency-repository.ts';
import type { MembershipRepository, PageRequest } from './membership-repository.ts';

/** What a project delete removed that lives outside the table (the attachments' S3 objects). */
export interface PurgeResult {
  /** Object keys (`projects/<pid>/tasks/<tid>/attachments/<aid>`) of the deleted attachments. */
  attachmentObjectKeys: string[];
  deletedItems: number;
}

/** A field set to undefined is removed. */
export interface ProjectPatch {
  name?: string;
  description?: string | undefined;
}

const KEYS_PAGE = 1000;

/** Projects: the `#META` item, its creation with the owner, my-projects and the delete cascade. */
export function createProjectRepository(mapper: Mapper, memberships: MembershipRepository) {
  /** Every key a query matches (all pages, expired items too). */
  async function allKeys(spec: Omit<QuerySpec, 'limit' | 'cursor'>): Promise<ItemKey[]> {
    const keys: ItemKey[] = [];
    let cursor: string | undefined;
    do {
      const page = await mapper.queryKeys({ ...spec, limit: KEYS_PAGE, cursor, consistent: true });
      keys.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return keys;
  }

  async function attachmentObjectKeys(taskId: string): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await mapper.query(attachmentEntity, {
        partition: partitions.task(taskId),
        range: { beginsWith: SK_PREFIX.attachment },
        limit: KEYS_PAGE,
        cursor,
        consistent: true,
      });
      found.push(...page.items.map((attachment) => attachment.objectKey));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return found;
  }

  return {
    /** Creates the project and its owner's membership in one transaction (with the receipt's record). */
    async create(
      project: Omit<Project, 'version'>,
      owner: Omit<Membership, 'version'>,
      receipt?: CreateReceipt<{ project: Project; membership: Membership }>,
    ) {
      const projectWrite = mapper.tx.create(projectEntity, project);
      const ownerWrite = mapper.tx.create(membershipEntity, owner);
      const created = { project: projectWrite.model as Project, membership: ownerWrite.model as Membership };
      await transactCreate(mapper, [projectWrite, ownerWrite], receipt, created);
      return created;
    },

    /** Name/description changes, locked on the version the client read (412 when stale). */
    update(id: string, changes: ProjectPatch, expectedVersion: number) {
      return mapper.update(projectEntity, { id }, changes as Partial<Project>, { expectedVersion });
    },

    /**
     * A page of the user's projects: memberships from gsi1, then ONE consistent BatchGet of
     * each project and the membership itself. gsi1 may lag, so a membership removed (or a
     * project deleted) a moment ago is dropped here, and the role is the current one.
     */
    async listForUser(userId: string, page: PageRequest) {
      const listed = await memberships.listByUser(userId, page);
      const reads: GetRequest[] = listed.items.flatMap(({ projectId }) => [
        getRequest(projectEntity, { id: projectId }),
        getRequest(membershipEntity, { projectId, userId }),
      ]);
      const found = reads.length > 0 ? await mapper.batchGet(reads, { consistent: true }) : [];
      const items: Array<{ project: Project; membership: Membership }> = [];
      listed.items.forEach((_, index) => {
        const project = found[index * 2] as Project | undefined;
        const membership = found[index * 2 + 1] as Membership | undefined;
        if (project && membership) items.push({ project, membership });
      });
      return { items, nextCursor: listed.nextCursor };
    },

    /**
     * Step 1 of a delete, one transaction: the `#META` item (locked on the client's version)
     * and the caller's own membership (which must still be an owner's). From its commit on,
     * every access check fails: `memberships.find` requires `#META`.
     */
    async deleteProject(id: string, expectedVersion: number, owner: Membership): Promise<void> {
      await mapper.transact([
        mapper.tx.delete(projectEntity, { id }, { expectedVersion }),
        mapper.tx.delete(
          membershipEntity,
          { projectId: id, userId: owner.userId },
          { condition: { role: 'owner' } },
        ),
      ]);
    },

    /**
     * Step 2: removes everything else of a project whose `#META` is gone — memberships first
     * (my-projects and every gate forget it), then each task's `TASK#<tid>` partition (ref,
     * assignment copy, comments, attachment metadata), then the rest of the project partition.
     * Idempotent: safe to run again after a crash. Returns the attachments' object keys.
     */
    async purge(id: string): Promise<PurgeResult> {
      const partition = partitions.project(id);
      const members = await allKeys({ partition, range: { beginsWith: SK_PREFIX.member } });
      await mapper.batchWrite({ deletes: members });
      let deletedItems = members.length;
      const attachmentObjects: string[] = [];
      const tasks = await allKeys({ partition, range: { beginsWith: SK_PREFIX.task } });
      for (const task of tasks) {
        const taskId = task.sk.slice(SK_PREFIX.task.length);
        attachmentObjects.push(...(await attachmentObjectKeys(taskId)));
        const taskItems = await allKeys({ partition: partitions.task(taskId) });
        await mapper.batchWrite({ deletes: taskItems });
        deletedItems += taskItems.length;
      }
      const rest = await allKeys({ partition });
      await mapper.batchWrite({ deletes: rest });
      return { attachmentObjectKeys: attachmentObjects, deletedItems: deletedItems + rest.length };
    },
  };
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;
