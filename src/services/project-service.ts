import type { Membership, ProjectRole } from '#data/entities/membership';
import type { Project } from '#data/entities/project';
import type { MembershipRepository, PageRequest } from '#data/repositories/membership-repository';
import type { ProjectPatch, ProjectRepository } from '#data/repositories/project-repository';
import type { AuthUser } from '#domain/auth';
import { ConflictError, NotFoundError } from '#domain/errors';
import { adaptOptions, type Created, type CreateOptions, mapCreated } from '#domain/idempotency';
import { INBOX_NAME, inboxProjectId } from '#domain/inbox';
import { type Clock, systemClock } from '#lib/clock';
import { newId } from '#lib/ids';
import type { AppLogger } from '#lib/logger';
import { authorize } from './project-access.ts';

/** A project as its reader sees it: with the reader's own role. */
/** A project as its member sees it: their role, and whether it is someone's personal Inbox. */
export type ProjectView = Project & { role: ProjectRole; inbox: boolean };

/** Every client-owned field of a project, as a full replacement sends it. */
export interface ProjectReplacement {
  name: string;
  /** Absent removes the description. */
  description?: string | undefined;
}

export interface ProjectChanges {
  name?: string | undefined;
  /** null removes the description. */
  description?: string | null | undefined;
}

export interface ProjectServiceDeps {
  projects: ProjectRepository;
  memberships: MembershipRepository;
  logger: AppLogger;
  clock?: Clock;
}

const view = (project: Project, membership: Membership): ProjectView => ({
  inbox: project.inboxOf !== undefined,
  ...project,
  role: membership.role,
});

/** Projects: create (creator = owner), read, list mine, rename, delete with everything in it. */
export function createProjectService(deps: ProjectServiceDeps) {
  const { projects, memberships, logger } = deps;
  const clock = deps.clock ?? systemClock;

  /** The caller's membership and the project, in one round trip; `project_not_found` for non-members. */
  async function load(user: AuthUser, projectId: string) {
    const { membership, project } = await memberships.findWithProject(projectId, user.sub);
    if (!project) throw new NotFoundError('The project does not exist.', 'project_not_found');
    return { project, membership };
  }

  /** A new project of `user`'s, and their owner membership. */
  function ownedBy(user: AuthUser, id: string, fields: Pick<Project, 'name' | 'description' | 'inboxOf'>) {
    const now = clock.now().toISOString();
    const project = {
      id,
      ...withoutUndefined(fields),
      ownerId: user.sub,
      ownerCount: 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: user.sub,
    };
    const owner = {
      projectId: id,
      userId: user.sub,
      role: 'owner' as const,
      ...(user.email ? { email: user.email } : {}),
      addedAt: now,
      updatedBy: user.sub,
    };
    return [project, owner] as const;
  }

  async function update(
    user: AuthUser,
    projectId: string,
    changes: ProjectChanges,
    expectedVersion: number | undefined,
  ) {
    const { membership } = await load(user, projectId);
    const allowed = authorize(membership, 'project:update');
    const patch: ProjectPatch = { name: changes.name, description: changes.description };
    // Without If-Match one conditional update sets only the named fields on the current version.
    return view(await projects.update(projectId, patch, expectedVersion, user.sub), allowed);
  }

  return {
    /** Anyone signed in may create, so a replay needs no access check beyond the caller's own key. */
    async create(
      user: AuthUser,
      input: { name: string; description?: string | undefined },
      options: CreateOptions<ProjectView>,
    ): Promise<Created<ProjectView>> {
      const viewOf = (created: { project: Project; membership: Membership }) =>
        view(created.project, created.membership);
      const outcome = await projects.create(...ownedBy(user, newId(), input), adaptOptions(options, viewOf));
      return mapCreated(outcome, viewOf);
    },

    /**
     * Creates the caller's Inbox project unless it exists. Its id is derived from the caller,
     * so of concurrent first calls exactly one transaction succeeds; the others find it made.
     */
    async ensureInbox(user: AuthUser): Promise<string> {
      const id = inboxProjectId(user.sub);
      await projects.createUnlessExists(...ownedBy(user, id, { name: INBOX_NAME, inboxOf: user.sub }));
      return id;
    },

    async get(user: AuthUser, projectId: string): Promise<ProjectView> {
      const { project, membership } = await load(user, projectId);
      return view(project, authorize(membership, 'project:read'));
    },

    async listMine(user: AuthUser, page: PageRequest) {
      const listed = await projects.listForUser(user.sub, page);
      return {
        items: listed.items.map(({ project, membership }) => view(project, membership)),
        nextCursor: listed.nextCursor,
      };
    },

    update,

    /** Every client-owned field at once: what the replacement leaves out is removed. */
    replace(
      user: AuthUser,
      projectId: string,
      replacement: ProjectReplacement,
      expectedVersion: number | undefined,
    ) {
      return update(
        user,
        projectId,
        { name: replacement.name, description: replacement.description ?? null },
        expectedVersion,
      );
    },

    /**
     * Deletes the project (owners only; If-Match optional): one transaction, after which nothing of it is
     * reachable. The stream worker purges what it held from the removal's stream record
     * (`#worker/project-purge`); see docs/projects.md.
     */
    async delete(user: AuthUser, projectId: string, expectedVersion: number | undefined): Promise<void> {
      const { membership, project } = await load(user, projectId);
      const owner = authorize(membership, 'project:delete');
      if (project.inboxOf !== undefined) {
        throw new ConflictError('An Inbox project cannot be deleted.', 'inbox_not_deletable');
      }
      // Without If-Match the delete applies to the current version (the owner condition still holds it).
      await projects.deleteProject(projectId, expectedVersion, owner);
      logger.info('project deleted; its purge is queued on the stream', { projectId });
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
