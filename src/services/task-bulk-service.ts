import type { IdempotencyRecords } from '#data/repositories/idempotency-repository';
import type { AuthUser } from '#domain/auth';
import type { Created, CreateOptions } from '#domain/idempotency';
import type { ProjectAccess } from './project-access.ts';

export interface TaskBulkServiceDeps {
  projectAccess: ProjectAccess;
  records: IdempotencyRecords;
}

/**
 * What one bulk request made: its outcome, and whether it is final — an outcome with a
 * failure worth retrying (a database that did not answer) is answered but not recorded, so the
 * same request under the same key runs again instead of replaying the failure.
 */
export interface BulkRun<T> {
  outcome: T;
  final: boolean;
}

/**
 * A bulk request around the task service's own operations (which the caller runs, one by one,
 * in `apply`): the project must be visible to the caller, and under an Idempotency-Key the
 * whole request runs once — a retry answers the recorded outcome after the same access check.
 */
export function createTaskBulkService(deps: TaskBulkServiceDeps) {
  const { projectAccess, records } = deps;
  return {
    async run<T>(
      user: AuthUser,
      projectId: string,
      options: CreateOptions<T>,
      apply: () => Promise<BulkRun<T>>,
    ): Promise<Created<T>> {
      await projectAccess.require(user.sub, projectId, 'task:read');
      const replay = await records.recordedReplay(options);
      if (replay) return replay;
      const { outcome, final } = await apply();
      if (!final) return { created: outcome };
      return records.recordOutcome(options, outcome);
    },
  };
}

export type TaskBulkService = ReturnType<typeof createTaskBulkService>;
