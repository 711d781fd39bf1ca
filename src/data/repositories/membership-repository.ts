import { partitions, SK_PREFIX } from '#data/dynamodb/table';
import { type Membership, membershipEntity } from '#data/entities/membership';
import { type Project, projectEntity } from '#data/entities/project';
import type { Mapper } from '#data/mapper/mapper';
import type { Page } from '#data/mapper/query-ops';
import { getRequest } from '#data/mapper/read-ops';
import type { TransactPart, WriteRequest } from '#data/mapper/write-request';
import { ConflictError } from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { deletionMarker } from './deletion-marker.ts';
import { recordedReplay, transactCreate } from './idempotency-repository.ts';
import { liveMembership, membershipReads } from './live-membership.ts';
import { ownerCountChange } from './owner-count.ts';
import {
  type ExplainFailure,
  orStateMoved,
  type StateMoved,
  stateMoved,
  transactExplained,
} from './write-failures.ts';

/**
 * The items of a membership change: the membership itself, the project item (owner count or
 * existence) and the acting member's membership (unchanged since read). Any of them failing
 * means the state moved since the caller read it: the change answers STATE_MOVED (read again).
 */
export type MembershipWriteLabel = 'member' | 'project' | 'actor' | 'marker';
type Part = TransactPart<MembershipWriteLabel>;

/** An add that finds the member there already is `already_member`; any other failure a concurrent change. */
export const explainMemberAdd: ExplainFailure<MembershipWriteLabel> = ({ label, code }) =>
  label === 'member' && code === 'already_exists'
    ? new ConflictError('This user is already a member.', 'already_member')
    : undefined;

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** How a membership change moves the project's owner count (-1, 0, +1). */
export type OwnerDelta = -1 | 0 | 1;

export interface MembershipWriteGuard {
  /** The acting member as read: the write happens only if their membership is unchanged. */
  actor?: Membership;
  ownerDelta: OwnerDelta;
}

/** Project memberships: who belongs to a project, and with which role. */
export function createMembershipRepository(mapper: Mapper) {
  /** The project item's part of a membership transaction: the owner count, or its existence. */
  function projectGuard(projectId: string, delta: OwnerDelta): Part {
    return {
      label: 'project',
      request:
        delta === 0
          ? mapper.tx.check(projectEntity, { id: projectId })
          : ownerCountChange(mapper, projectId, delta),
    };
  }

  function actorGuard(guard: MembershipWriteGuard, target: string): Part[] {
    const { actor } = guard;
    if (!actor || actor.userId === target) return [];
    const request = mapper.tx.check(
      membershipEntity,
      { projectId: actor.projectId, userId: actor.userId },
      { expectedVersion: actor.version },
    );
    return [{ label: 'actor', request }];
  }

  /** One membership change with its guards; any failed item means the state moved (read again). */
  function change(
    request: WriteRequest,
    current: Membership,
    guard: MembershipWriteGuard,
    extra: Part[] = [],
  ): Promise<'done' | StateMoved> {
    const { projectId, userId } = current;
    return orStateMoved(
      transactExplained(
        mapper,
        [
          { label: 'member', request },
          projectGuard(projectId, guard.ownerDelta),
          ...actorGuard(guard, userId),
          ...extra,
        ],
        () => undefined,
      ).then(() => 'done' as const),
    );
  }

  /**
   * The caller's membership and the project (and optionally another member), in one round
   * trip. Memberships are given only while the project exists (live-membership.ts).
   */
  async function findWithProject(
    projectId: string,
    userId: string,
    otherUserId?: string,
  ): Promise<{ membership?: Membership; project?: Project; other?: Membership }> {
    const [found, project, other] = await mapper.batchGet(
      [
        ...membershipReads(projectId, userId),
        getRequest(membershipEntity, { projectId, userId: otherUserId ?? userId }),
      ] as const,
      { consistent: true },
    );
    const membership = liveMembership(found, project);
    const otherMembership = otherUserId === undefined ? undefined : liveMembership(other, project);
    return {
      ...(membership ? { membership } : {}),
      ...(project ? { project } : {}),
      ...(otherMembership ? { other: otherMembership } : {}),
    };
  }

  return {
    /**
     * The membership, read strongly consistent, and only while its project exists: a
     * membership left behind by an unfinished project delete grants nothing. One BatchGet.
     */
    async find(projectId: string, userId: string): Promise<Membership | undefined> {
      return (await findWithProject(projectId, userId)).membership;
    },

    findWithProject,

    /** A page of a project's members, by user id (base table, strongly consistent). */
    listByProject(projectId: string, page: PageRequest, caller: string): Promise<Page<Membership>> {
      return mapper.query(membershipEntity, {
        partition: partitions.project(projectId),
        range: { beginsWith: SK_PREFIX.member },
        limit: page.limit,
        cursor: page.cursor,
        caller,
        consistent: true,
      });
    },

    /** A page of a user's memberships from gsi1 (eventually consistent: callers re-check). */
    listByUser(userId: string, page: PageRequest): Promise<Page<Membership>> {
      return mapper.query(membershipEntity, {
        index: 'gsi1',
        partition: partitions.userProjects(userId),
        range: { beginsWith: SK_PREFIX.userProject },
        limit: page.limit,
        cursor: page.cursor,
        caller: userId,
      });
    },

    /**
     * Every membership of the user that still exists, each with its project: gsi1 pages, each
     * re-read in one consistent BatchGet (gsi1 lags; a membership of a deleted project is left out).
     */
    async listAllOfUser(userId: string): Promise<Array<{ membership: Membership; project: Project }>> {
      const found: Array<{ membership: Membership; project: Project }> = [];
      let cursor: string | undefined;
      do {
        const page = await mapper.query(membershipEntity, {
          index: 'gsi1',
          partition: partitions.userProjects(userId),
          range: { beginsWith: SK_PREFIX.userProject },
          limit: 50,
          cursor,
          caller: userId,
        });
        const reads = page.items.flatMap(({ projectId }) => membershipReads(projectId, userId));
        const current = reads.length > 0 ? await mapper.batchGet(reads, { consistent: true }) : [];
        for (let index = 0; index < current.length; index += 2) {
          const project = current[index + 1] as Project | undefined;
          const membership = liveMembership(current[index] as Membership | undefined, project);
          if (membership && project) found.push({ membership, project });
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return found;
    },

    /**
     * Adds a member (never overwrites: an existing member is `already_member`), with the
     * receipt's idempotency record in the same transaction; STATE_MOVED when a guard failed.
     */
    async add(
      input: Omit<Membership, 'version'>,
      guard: MembershipWriteGuard,
      options: CreateOptions<Membership>,
    ): Promise<Created<Membership> | StateMoved> {
      const create = mapper.tx.create(membershipEntity, {
        ...input,
        ...(guard.actor ? { updatedBy: guard.actor.userId } : {}),
      });
      const created = create.model as Membership;
      return orStateMoved(
        transactCreate(
          mapper,
          [
            { label: 'member', request: create },
            projectGuard(input.projectId, guard.ownerDelta),
            ...actorGuard(guard, input.userId),
          ],
          options,
          created,
          explainMemberAdd,
        ),
      );
    },

    /** The recorded answer under the options' key, if any (for an add the state refuses). */
    recordedReplay: (options: CreateOptions<Membership>) => recordedReplay(mapper, options),

    /** Changes a member's role, locked on the version read; STATE_MOVED when it or a guard moved. */
    async changeRole(
      current: Membership,
      role: Membership['role'],
      guard: MembershipWriteGuard,
    ): Promise<Membership | StateMoved> {
      const { projectId, userId } = current;
      const expectedVersion = current.version;
      const done = await change(
        mapper.tx.update(
          membershipEntity,
          { projectId, userId },
          { role, updatedBy: guard.actor?.userId ?? userId },
          { expectedVersion },
        ),
        current,
        guard,
      );
      return stateMoved(done) ? done : { ...current, role, version: current.version + 1 };
    },

    /** Removes a member, locked on the version read; STATE_MOVED when it or a guard moved. */
    async remove(current: Membership, guard: MembershipWriteGuard): Promise<'removed' | StateMoved> {
      const { projectId, userId } = current;
      const expectedVersion = current.version;
      const done = await change(
        mapper.tx.delete(membershipEntity, { projectId, userId }, { expectedVersion }),
        current,
        guard,
        [
          {
            label: 'marker',
            request: deletionMarker(mapper, {
              projectId,
              resource: 'member',
              resourceId: userId,
              resourceVersion: current.version,
              // A member taken out by no one else (account deletion) left by themself.
              deletedBy: guard.actor?.userId ?? userId,
            }),
          },
        ],
      );
      return stateMoved(done) ? done : 'removed';
    },
  };
}

export type MembershipRepository = ReturnType<typeof createMembershipRepository>;
