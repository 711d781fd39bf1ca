import type { Membership } from '#data/entities/membership';
import type { Task } from '#data/entities/task';
import type { MembershipRepository } from '#data/repositories/membership-repository';
import type { TaskLookup } from '#data/repositories/task-lookup';
import { ForbiddenError, NotFoundError } from '#domain/errors';
import { can, type ProjectAction } from '#domain/roles';

/**
 * The one gate to a project's resources. A caller who is not a member learns nothing —
 * not even that the project exists (`project_not_found`); a member whose role is too small gets `role_forbids`.
 */
export interface ProjectAccessDeps {
  memberships: Pick<MembershipRepository, 'find'>;
}

export function createProjectAccess(deps: ProjectAccessDeps) {
  const { memberships } = deps;
  return {
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
    async require(
      userId: string,
      taskId: string,
      action: ProjectAction,
    ): Promise<{ task: Task; membership: Membership }> {
      const task = await tasks.byId(taskId);
      if (!task) throw new NotFoundError('The task does not exist.', 'task_not_found');
      try {
        return { task, membership: await projectAccess.require(userId, task.projectId, action) };
      } catch (error) {
        if (error instanceof NotFoundError)
          throw new NotFoundError('The task does not exist.', 'task_not_found');
        throw error;
      }
    },
  };
}

export type TaskAccess = ReturnType<typeof createTaskAccess>;
