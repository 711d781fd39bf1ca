import { type DependencyGuard, dependencyGuardEntity } from '#data/entities/dependency-guard';
import { type Task, taskEntity } from '#data/entities/task';
import type { Mapper } from '#data/mapper/mapper';
import { getRequest } from '#data/mapper/read-ops';
import { ConcurrentChangeError } from '#domain/errors';
import { copiesOf, guardChecks, transactTaskWrite, type WriteGuards } from './task-writes.ts';

/** Attempts of a dependency clean-up whose task moved meanwhile (each re-reads it). */
const CLEANUP_ATTEMPTS = 5;

/** The two tasks a dependency joins, as they will be stored. */
export interface DependencyChange {
  blocked: { current: Task; next: Task };
  blocker: { current: Task; next: Task };
}

/**
 * "Task A is blocked by task B": `blockedBy` on A, `blocking` on B, both written in one
 * transaction locked on both versions (with every copy of each). A new dependency also moves the
 * project's dependency guard, locked on the version its cycle check read, so two new
 * dependencies that together would close a cycle cannot both commit.
 */
export function createTaskDependencies(mapper: Mapper) {
  /** A task's replacement, locked on its version: a failure of either task is a concurrent change (409). */
  function replaceParts(current: Task, next: Task) {
    const request = mapper.tx.replace(taskEntity, { ...next, version: current.version });
    const stored = request.model as Task;
    return { stored, parts: [{ label: 'joined' as const, request }, ...copiesOf(mapper, stored, current)] };
  }

  const dependencies = {
    /** The project's guard as it is now (absent until the project's first dependency). */
    guard(projectId: string): Promise<DependencyGuard | undefined> {
      return mapper.get(dependencyGuardEntity, { projectId }, { consistent: true });
    },

    /** Tasks of a project by id, strongly consistent; missing ones are left out. */
    async tasks(projectId: string, ids: readonly string[]): Promise<Task[]> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const found = await mapper.batchGet(
        unique.map((id) => getRequest(taskEntity, { projectId, id })),
        { consistent: true },
      );
      return found.filter((task): task is Task => task !== undefined);
    },

    /**
     * Stores a change of both tasks' lists; `guard` (the version the cycle check started from,
     * or undefined when the project had none) is moved when the change adds a dependency.
     */
    async write(
      change: DependencyChange,
      guards: WriteGuards,
      guard: { current: DependencyGuard | undefined } | undefined,
    ): Promise<Task> {
      const blocked = replaceParts(change.blocked.current, change.blocked.next);
      const blocker = replaceParts(change.blocker.current, change.blocker.next);
      const projectId = change.blocked.current.projectId;
      const guardParts = guard
        ? [
            {
              label: 'dependencyGuard' as const,
              request: guard.current
                ? mapper.tx.replace(dependencyGuardEntity, guard.current)
                : mapper.tx.create(dependencyGuardEntity, {
                    projectId,
                    createdAt: mapper.clock.now().toISOString(),
                    updatedAt: mapper.clock.now().toISOString(),
                  }),
            },
          ]
        : [];
      await transactTaskWrite(mapper, [
        ...blocked.parts,
        ...blocker.parts,
        ...guardParts,
        ...guardChecks(mapper, projectId, guards),
      ]);
      return blocked.stored;
    },

    /**
     * Takes a deleted task out of the lists of the tasks it was joined with (a blocked task's
     * open blockers go down when the deleted one was not done). Each task is re-read and written
     * locked on its version; a task that no longer names the deleted one is left alone, so
     * running it again (a redelivered stream record) changes nothing.
     */
    async detach(
      deleted: Pick<Task, 'id' | 'projectId' | 'status' | 'blockedBy' | 'blocking'>,
    ): Promise<void> {
      const others = [...new Set([...deleted.blockedBy, ...deleted.blocking])];
      for (const otherId of others) {
        for (let attempt = 1; ; attempt++) {
          const [current] = await dependencies.tasks(deleted.projectId, [otherId]);
          if (!current) break;
          const next = withoutDependency(current, deleted);
          if (!next) break;
          try {
            await transactTaskWrite(mapper, replaceParts(current, next).parts);
            break;
          } catch (error) {
            if (!(error instanceof ConcurrentChangeError) || attempt >= CLEANUP_ATTEMPTS) throw error;
          }
        }
      }
    },
  };
  return dependencies;
}

/** `task` without any mention of `deleted`; undefined when it named it nowhere. */
export function withoutDependency(task: Task, deleted: Pick<Task, 'id' | 'status'>): Task | undefined {
  const wasBlocker = task.blockedBy.includes(deleted.id);
  const wasBlocked = task.blocking.includes(deleted.id);
  if (!wasBlocker && !wasBlocked) return undefined;
  return {
    ...task,
    blockedBy: task.blockedBy.filter((id) => id !== deleted.id),
    blocking: task.blocking.filter((id) => id !== deleted.id),
    openBlockerCount: Math.max(0, task.openBlockerCount - (wasBlocker && deleted.status !== 'done' ? 1 : 0)),
  };
}

export type TaskDependencies = ReturnType<typeof createTaskDependencies>;
