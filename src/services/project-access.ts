import type { Membership } from '#data/entities/membership';
import type { Task } from '#data/entities/task';
import { purgesSubtrees } from '#data/repositories/live-membership';
import type { MembershipRepository } from '#data/repositories/membership-repository';
import type { TaskLookup } from '#data/repositories/tasks/task-lookup';
import type { TaskPosition, TaskTree } from '#data/repositories/tasks/task-tree';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import { can, type ProjectAction } from '#domain/roles';

/**
 * The one gate to a project's resources. A caller who is not a member learns nothing —
 * not even that the project exists (`project_not_found`); a member whose role is too small gets `role_forbids`.
 */
export interface ProjectAccessDeps {
  memberships: Pick<MembershipRepository, 'find' | 'findWithProject'>;
  /** Tells which tasks sit below a deleted task whose subtree is still being purged. */
  tree: Pick<TaskTree, 'visible'>;
}

/** Keeps, of some tasks of one project, those a read may answer. */
export type ReachableFilter = <T extends TaskPosition>(tasks: readonly T[]) => Promise<T[]>;

export function createProjectAccess(deps: ProjectAccessDeps) {
  const { memberships, tree } = deps;
  return {
    /**
     * The caller's membership, when it allows `action`, and the filter that keeps the project's
     * tasks a read may answer: none below a deleted task whose subtree is being purged. Same one
     * BatchGet as `require`; the filter reads nothing unless such a purge is in flight.
     */
    async requireReachable(
      userId: string,
      projectId: string,
      action: ProjectAction,
    ): Promise<{ membership: Membership; reachable: ReachableFilter }> {
      const { membership, project } = await memberships.findWithProject(projectId, userId);
      const allowed = authorize(membership, action);
      const purging = purgesSubtrees(project);
      return { membership: allowed, reachable: (tasks) => tree.visible(tasks, () => purging) };
    },

    /** The caller's membership, or undefined when they are not a member (nothing refused yet). */
    find(userId: string, projectId: string): Promise<Membership | undefined> {
      return memberships.find(projectId, userId);
    },

    /** The caller's membership, when it allows `action`. */
    async require(userId: string, projectId: string, action: ProjectAction): Promise<Membership> {
      return authorize(await memberships.find(projectId, userId), action);
    },
  };
}

export type ProjectAccess = ReturnType<typeof createProjectAccess>;

/**
 * Checks an already-loaded membership (e.g. from a BatchGet with the resource itself,
 * so a read costs one round trip).
 */
export function authorize(membership: Membership | undefined, action: ProjectAction): Membership {
  if (!membership) throw new NotFoundError('The project does not exist.', 'project_not_found');
  if (!can(membership.role, action)) {
    throw new ForbiddenError(`Your role (${membership.role}) does not allow ${action}.`, 'role_forbids');
  }
  return membership;
}

/**
 * The gate for resources addressed by task id alone (`/v1/tasks/{taskId}/…`): the task's
 * project decides. A task the caller may not see is `task_not_found`, like one that does not exist.
 */
export interface TaskAccessDeps {
  tasks: TaskLookup;
  projectAccess: ProjectAccess;
}

export function createTaskAccess(deps: TaskAccessDeps) {
  const { tasks, projectAccess } = deps;
  return {
    /**
     * The task, the caller's membership of its project, and the filter of that project's tasks
     * (`requireReachable`). A task below a deleted task being purged is not found.
     */
    async require(
      userId: string,
      taskId: string,
      action: ProjectAction,
    ): Promise<{ task: Task; membership: Membership; reachable: ReachableFilter }> {
      const task = await tasks.byId(taskId);
      const notFound = () => new NotFoundError('The task does not exist.', 'task_not_found');
      if (!task) throw notFound();
      try {
        const access = await projectAccess.requireReachable(userId, task.projectId, action);
        if ((await access.reachable([task])).length === 0) throw notFound();
        return { task, ...access };
      } catch (error) {
        if (error instanceof NotFoundError) throw notFound();
        throw error;
      }
    },
  };
}

export type TaskAccess = ReturnType<typeof createTaskAccess>;
