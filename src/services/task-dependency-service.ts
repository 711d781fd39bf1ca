import type { Task } from '#data/entities/task';
import type { TaskDependencies } from '#data/repositories/tasks/task-dependencies';
import type { AuthUser } from '#domain/auth';
import { ConflictError, NotFoundError, ValidationError } from '#domain/errors';
import { rolesAllowedTo } from '#domain/roles';
import { LIMITS } from '#domain/vocabulary';
import type { TaskAccess } from './project-access.ts';

export interface TaskDependencyServiceDeps {
  dependencies: TaskDependencies;
  taskAccess: TaskAccess;
}

const field = 'blockedBy';
const invalid = (message: string) => new ValidationError([{ field, message }]);

/**
 * "Blocked by" between tasks of one project: no task waits on itself, no cycle of any length
 * (409 `dependency_cycle`), at most LIMITS.blockersPerTask blockers per task and
 * LIMITS.blockedPerTask tasks blocked by one task. A task is blocked while any blocker is not done.
 */
export function createTaskDependencyService(deps: TaskDependencyServiceDeps) {
  const { dependencies, taskAccess } = deps;

  /** Does `from` wait on `target`, directly or through other tasks? Breadth first over `blockedBy`. */
  async function waitsOn(projectId: string, from: Task, target: string): Promise<boolean> {
    const seen = new Set<string>([from.id]);
    let frontier = from.blockedBy.filter((id) => !seen.has(id));
    while (frontier.length > 0) {
      if (frontier.includes(target)) return true;
      for (const id of frontier) seen.add(id);
      const found = await dependencies.tasks(projectId, frontier);
      frontier = [...new Set(found.flatMap((task) => task.blockedBy))].filter((id) => !seen.has(id));
    }
    return false;
  }

  return {
    /** `taskId` is blocked by `blockerId` from now on; answers the blocked task. */
    async add(user: AuthUser, taskId: string, blockerId: string): Promise<Task> {
      const { task, reachable } = await taskAccess.require(user.sub, taskId, 'task:update');
      if (blockerId === taskId) throw invalid('a task cannot block itself');
      if (task.blockedBy.includes(blockerId)) return task;
      const guard = await dependencies.guard(task.projectId);
      const [blocker] = await reachable(await dependencies.tasks(task.projectId, [blockerId]));
      if (!blocker) throw invalid('is not a task of this project');
      if (task.blockedBy.length >= LIMITS.blockersPerTask) {
        throw invalid(`the task already waits on ${LIMITS.blockersPerTask} tasks`);
      }
      if (blocker.blocking.length >= LIMITS.blockedPerTask) {
        throw invalid(`that task already blocks ${LIMITS.blockedPerTask} tasks`);
      }
      if (await waitsOn(task.projectId, blocker, task.id)) {
        throw new ConflictError(
          'The dependency would close a cycle of tasks waiting on each other.',
          'dependency_cycle',
        );
      }
      return dependencies.write(
        {
          blocked: {
            current: task,
            next: {
              ...task,
              blockedBy: [...task.blockedBy, blocker.id],
              openBlockerCount: task.openBlockerCount + (blocker.status === 'done' ? 0 : 1),
            },
          },
          blocker: { current: blocker, next: { ...blocker, blocking: [...blocker.blocking, task.id] } },
        },
        { actor: { userId: user.sub, roles: rolesAllowedTo('task:update') } },
        { current: guard },
      );
    },

    /** `taskId` no longer waits on `blockerId`; 404 `dependency_not_found` when it did not. */
    async remove(user: AuthUser, taskId: string, blockerId: string): Promise<Task> {
      const { task } = await taskAccess.require(user.sub, taskId, 'task:update');
      if (!task.blockedBy.includes(blockerId)) {
        throw new NotFoundError('The task is not blocked by that task.', 'dependency_not_found');
      }
      const [blocker] = await dependencies.tasks(task.projectId, [blockerId]);
      // A deleted blocker leaves its blocked tasks' lists in the clean-up after its delete.
      if (!blocker) throw new NotFoundError('The blocking task is being deleted.', 'dependency_not_found');
      const next = {
        ...task,
        blockedBy: task.blockedBy.filter((id) => id !== blockerId),
        openBlockerCount: Math.max(0, task.openBlockerCount - (blocker.status === 'done' ? 0 : 1)),
      };
      return dependencies.write(
        {
          blocked: { current: task, next },
          blocker: {
            current: blocker,
            next: { ...blocker, blocking: blocker.blocking.filter((id) => id !== taskId) },
          },
        },
        { actor: { userId: user.sub, roles: rolesAllowedTo('task:update') } },
        undefined,
      );
    },
  };
}

export type TaskDependencyService = ReturnType<typeof createTaskDependencyService>;
