import type { CognitoGateway } from '#data/cognito/gateway';
import type { Membership, ProjectRole } from '#data/entities/membership';
import type { Project } from '#data/entities/project';
import type { MembershipRepository, OwnerDelta, PageRequest } from '#data/repositories/membership-repository';
import type { ProjectRepository } from '#data/repositories/project-repository';
import { STATE_MOVED, type StateMoved, stateMoved } from '#data/repositories/write-failures';
import type { AuthUser } from '#domain/auth';
import {
  ConcurrentChangeError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '#domain/errors';
import type { Created, CreateOptions } from '#domain/idempotency';
import { canAssignRole } from '#domain/roles';
import { type Clock, systemClock } from '#lib/clock';
import { authorize } from './project-access.ts';

export type MemberToAdd = { userId: string; role: ProjectRole } | { email: string; role: ProjectRole };

export interface MemberServiceDeps {
  memberships: MembershipRepository;
  /** Account deletion deletes the user's own Inbox with them. */
  projects: Pick<ProjectRepository, 'deleteProject'>;
  users: Pick<CognitoGateway, 'findUserByEmail' | 'findUserById'>;
  clock?: Clock;
}

/** Attempts per change: a concurrent change cancels the transaction, and the next attempt re-reads. */
const ATTEMPTS = 5;

const lastOwner = () =>
  new ConflictError('A project must keep at least one owner; make someone else owner first.', 'last_owner');

function ownerDelta(from: ProjectRole | undefined, to: ProjectRole | undefined): OwnerDelta {
  return from === to ? 0 : from === 'owner' ? -1 : to === 'owner' ? 1 : 0;
}

/**
 * Members and roles. Every change is one transaction over the membership, the project item
 * (owner count, or existence) and the acting member's membership (unchanged since read), so
 * concurrent demotions serialize on the project item and a project always keeps an owner.
 */
export function createMemberService(deps: MemberServiceDeps) {
  const { memberships, users } = deps;
  const clock = deps.clock ?? systemClock;

  /**
   * Reads caller + project (+ target) and applies `change`; reads and decides again while the
   * change answers that the state moved since it was read, and gives up (409) after ATTEMPTS.
   * A project (or the caller's membership) that is gone is `project_not_found`, or `whenGone`'s
   * answer for a caller to whom that is an outcome.
   */
  async function withRetry<T>(
    user: AuthUser,
    projectId: string,
    targetId: string | undefined,
    change: (state: {
      actor: Membership;
      project: Project;
      target: Membership | undefined;
    }) => Promise<T | StateMoved>,
    whenGone?: () => T,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const found = await memberships.findWithProject(projectId, user.sub, targetId);
      if (!found.project || !found.membership) {
        if (whenGone) return whenGone();
        throw new NotFoundError('The project does not exist.', 'project_not_found');
      }
      const target = targetId === user.sub ? found.membership : found.other;
      const outcome = await change({ actor: found.membership, project: found.project, target });
      if (!stateMoved(outcome)) return outcome;
      if (attempt >= ATTEMPTS) throw new ConcurrentChangeError();
    }
  }

  function requireTarget(target: Membership | undefined): Membership {
    if (!target) throw new NotFoundError('No such member in this project.', 'member_not_found');
    return target;
  }

  function mayDropOwner(project: Project, target: Membership, to: ProjectRole | undefined) {
    if (target.role === 'owner' && to !== 'owner' && project.ownerCount <= 1) throw lastOwner();
  }

  async function resolve(input: MemberToAdd): Promise<{ sub: string; email: string | undefined }> {
    if ('email' in input) {
      const found = await users.findUserByEmail(input.email);
      if (!found) throw new ValidationError([{ field: 'email', message: 'no user has this e-mail address' }]);
      return found;
    }
    const found = await users.findUserById(input.userId);
    if (!found) throw new ValidationError([{ field: 'userId', message: 'no user has this id' }]);
    return found;
  }

  async function deleteMembership(user: AuthUser, projectId: string, targetId: string, self: boolean) {
    await withRetry(user, projectId, targetId, async ({ actor, project, target }) => {
      if (!self) {
        authorize(actor, 'member:manage');
        const current = requireTarget(target);
        if (!canAssignRole(actor.role, current.role, current.role)) {
          throw new ForbiddenError('Only an owner may remove an owner.', 'role_forbids');
        }
      }
      const current = requireTarget(target);
      mayDropOwner(project, current, undefined);
      return memberships.remove(current, { actor, ownerDelta: ownerDelta(current.role, undefined) });
    });
  }

  return {
    async list(user: AuthUser, projectId: string, page: PageRequest) {
      authorize(await memberships.find(projectId, user.sub), 'member:list');
      return memberships.listByProject(projectId, page, user.sub);
    },

    /**
     * Under an Idempotency-Key, the same request again answers the first response — after the same
     * access checks, and even though the user is a member by then.
     */
    async add(
      user: AuthUser,
      projectId: string,
      input: MemberToAdd,
      options: CreateOptions<Membership>,
    ): Promise<Created<Membership>> {
      // Authorize before resolving the user, so non-managers learn nothing about accounts.
      const gate = await memberships.findWithProject(projectId, user.sub);
      const actor = authorize(gate.membership, 'member:manage');
      if (!canAssignRole(actor.role, undefined, input.role)) {
        throw new ForbiddenError('Only an owner may grant the owner role.', 'role_forbids');
      }
      const resolved = await resolve(input);
      return withRetry(user, projectId, resolved.sub, async ({ actor: current, target }) => {
        authorize(current, 'member:manage');
        if (!canAssignRole(current.role, undefined, input.role)) {
          throw new ForbiddenError('Only an owner may grant the owner role.', 'role_forbids');
        }
        if (target) {
          const replay = await memberships.recordedReplay(options);
          if (replay) return replay;
          throw new ConflictError('This user is already a member.', 'already_member');
        }
        return memberships.add(
          {
            projectId,
            userId: resolved.sub,
            role: input.role,
            ...(resolved.email ? { email: resolved.email } : {}),
            addedAt: clock.now().toISOString(),
          },
          { actor: current, ownerDelta: ownerDelta(undefined, input.role) },
          options,
        );
      });
    },

    async changeRole(user: AuthUser, projectId: string, targetId: string, role: ProjectRole) {
      return withRetry(user, projectId, targetId, async ({ actor, project, target }) => {
        authorize(actor, 'member:manage');
        const current = requireTarget(target);
        if (!canAssignRole(actor.role, current.role, role)) {
          throw new ForbiddenError('Only an owner may grant or take the owner role.', 'role_forbids');
        }
        if (current.role === role) return current;
        mayDropOwner(project, current, role);
        return memberships.changeRole(current, role, { actor, ownerDelta: ownerDelta(current.role, role) });
      });
    },

    /** Takes a member out of the project; taking yourself out is leaving (any role may). */
    delete(user: AuthUser, projectId: string, targetId: string) {
      return deleteMembership(user, projectId, targetId, targetId === user.sub);
    },

    leave(user: AuthUser, projectId: string) {
      return deleteMembership(user, projectId, user.sub, true);
    },

    /**
     * Takes the user out of every project before their account goes; their own Inbox, which
     * no one else can own or delete, goes with them (its purge follows on the stream). Refused
     * (`sole_owner`, listing the projects) while they are the only owner of any other
     * project: it would be left without anyone who may manage or delete it. Hand ownership
     * over, or delete the project, first. Nothing is changed when refused; the owner-count guard
     * of each removal re-checks this against concurrent changes.
     */
    async leaveAllProjects(user: AuthUser): Promise<number> {
      const ownInbox = (project: Project) => project.inboxOf === user.sub;
      const soleOwner = (found: { membership: Membership; project: Project }) =>
        found.membership.role === 'owner' && found.project.ownerCount <= 1 && !ownInbox(found.project);
      const refuse = (projects: Project[]) =>
        new ConflictError(
          'You are the only owner of projects; make someone else owner or delete them first.',
          'sole_owner',
          { data: { projects: projects.map(({ id, name }) => ({ id, name })) } },
        );
      const all = await memberships.listAllOfUser(user.sub);
      const blocking = all.filter(soleOwner).map(({ project }) => project);
      if (blocking.length > 0) throw refuse(blocking);
      // The Inbox goes last, so a refusal found on the way leaves it in place.
      const inboxLast = [...all].sort((x, y) => Number(ownInbox(x.project)) - Number(ownInbox(y.project)));
      for (const { membership } of inboxLast) {
        await withRetry(
          user,
          membership.projectId,
          user.sub,
          async ({ project, target }) => {
            if (!target) return;
            if (ownInbox(project)) {
              return deps.projects
                .deleteProject(project.id, project.version, target)
                .catch((error: unknown) => {
                  // Renamed or deleted since it was read: read it again.
                  if (error instanceof PreconditionFailedError || error instanceof NotFoundError)
                    return STATE_MOVED;
                  throw error;
                });
            }
            if (soleOwner({ membership: target, project })) throw refuse([project]);
            return memberships.remove(target, { ownerDelta: ownerDelta(target.role, undefined) });
          },
          // The project was deleted meanwhile: its purge removes the membership.
          () => undefined,
        );
      }
      return all.length;
    },
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
