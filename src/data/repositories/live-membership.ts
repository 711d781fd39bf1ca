import { type Membership, membershipEntity } from '#data/entities/membership';
import { type Project, projectEntity } from '#data/entities/project';
import { type GetRequest, getRequest } from '#data/mapper/read-ops';

/**
 * The one rule of access: a membership counts only while its project's `#META` item exists.
 * Deleting a project removes `#META` first (with the owner's membership) and purges the rest
 * later, so a membership left behind by an unfinished delete grants nothing. Every read that
 * decides access fetches both items in the same consistent BatchGet and asks this module.
 */

/** The two reads an access decision needs: the membership, then the project item. */
export function membershipReads(
  projectId: string,
  userId: string,
): readonly [GetRequest<typeof membershipEntity>, GetRequest<typeof projectEntity>] {
  return [
    getRequest(membershipEntity, { projectId, userId }),
    getRequest(projectEntity, { id: projectId }),
  ] as const;
}

/** The membership, if it counts: undefined while the project item is gone. */
export function liveMembership(
  membership: Membership | undefined,
  project: Project | undefined,
): Membership | undefined {
  return project ? membership : undefined;
}

/**
 * Whether some subtree of the project's tasks is being purged (a deleted task's descendants
 * the stream worker has not removed yet): only then must a read check a subtask's ancestors.
 */
export function purgesSubtrees(project: Pick<Project, 'subtreePurges'> | undefined): boolean {
  return (project?.subtreePurges ?? 0) > 0;
}
